#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>

namespace prihvat {

// Typed settings with defaults and a change signal. Stored in an INI file inside the data
// folder (so two devices on one laptop do not share them); tests use a temporary one.
class Settings : public QObject
{
    Q_OBJECT
public:
    explicit Settings(const QString& iniPath, QObject* parent = nullptr);

    QString language() const;
    void setLanguage(const QString& code);
    // Empty: no respondent language shown beside the staff language.
    QString respondentLanguage() const;
    void setRespondentLanguage(const QString& code);
    QString lastPage() const;
    void setLastPage(const QString& page);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    // The session locks after this many minutes without input (default 5).
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);
    // Distribution mode: the assistance type and item chosen last.
    QString distributionType() const;
    QString distributionItem() const;
    void setDistribution(const QString& type, const QString& item);

    void sync();

Q_SIGNALS:
    void languageChanged(const QString& code);
    void respondentLanguageChanged(const QString& code);
    void idleLockChanged(int minutes);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace prihvat
