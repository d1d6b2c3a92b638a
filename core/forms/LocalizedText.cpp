#include "LocalizedText.h"

#include "Languages.h"
#include "common/Digits.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace prihvat {

// Form texts are written in Latin digits; the reader sees the language's digits (Digits).
QString LocalizedText::text(const QString& language) const
{
    auto it = m_text.constFind(language);
    if (it != m_text.constEnd() && !it->isEmpty())
        return Digits::localise(*it, language);
    return m_text.value(u"en"_s);
}

std::optional<LocalizedText> LocalizedText::fromJson(const QJsonValue& json, QString* fault)
{
    if (!json.isObject()) {
        *fault = QCoreApplication::translate("FormLoader", "must be an object with a text for each language");
        return std::nullopt;
    }
    const QJsonObject object = json.toObject();
    QHash<QString, QString> texts;
    for (const QString& language : Languages::all()) {
        const QJsonValue v = object.value(language);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            *fault =
                QCoreApplication::translate("FormLoader", "has no text in language \"%1\"").arg(language);
            return std::nullopt;
        }
        texts.insert(language, v.toString());
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!Languages::isSupported(it.key())) {
            *fault =
                QCoreApplication::translate("FormLoader", "has an unknown language \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }
    return LocalizedText(std::move(texts));
}

} // namespace prihvat
