#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace prihvat {

// A text written in each of the seven languages.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QHash<QString, QString> byLanguage) : m_text(std::move(byLanguage)) {}

    // The text in `language`, else in English, else empty.
    QString text(const QString& language) const;
    bool isEmpty() const { return m_text.isEmpty(); }
    const QHash<QString, QString>& all() const { return m_text; }

    // Reads {"en": "...", ...}. Every supported language must be present and non-empty;
    // otherwise `fault` says which is missing (in English, for the form author).
    static std::optional<LocalizedText> fromJson(const QJsonValue& json, QString* fault);

private:
    QHash<QString, QString> m_text;
};

} // namespace prihvat
