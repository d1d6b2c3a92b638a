#include "Settings.h"

#include "common/Translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {
// The settings file lives in the private data folder and is private too (0600). QSettings
// rewrites it through QSaveFile, which keeps the permissions of the file it replaces.
QString privateFile(const QString& path)
{
    QFile file(path);
    if (!file.exists() && QFileInfo(path).dir().exists() && file.open(QIODevice::WriteOnly))
        file.close();
    if (file.exists())
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return path;
}
} // namespace

Settings::Settings(const QString& iniPath, QObject* parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(privateFile(iniPath), QSettings::IniFormat))
{
}

QString Settings::language() const
{
    return m_settings->value(u"ui/language"_s, Translations::systemLanguage()).toString();
}

void Settings::setLanguage(const QString& code)
{
    if (code == language() && m_settings->contains(u"ui/language"_s))
        return;
    m_settings->setValue(u"ui/language"_s, code);
    Q_EMIT languageChanged(code);
}

QString Settings::respondentLanguage() const
{
    return m_settings->value(u"ui/respondentLanguage"_s).toString();
}

void Settings::setRespondentLanguage(const QString& code)
{
    if (code == respondentLanguage())
        return;
    m_settings->setValue(u"ui/respondentLanguage"_s, code);
    Q_EMIT respondentLanguageChanged(code);
}

QString Settings::lastPage() const
{
    return m_settings->value(u"ui/lastPage"_s, u"people"_s).toString();
}

void Settings::setLastPage(const QString& page)
{
    m_settings->setValue(u"ui/lastPage"_s, page);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(u"ui/geometry"_s).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(u"ui/geometry"_s, geometry);
}

int Settings::idleLockMinutes() const
{
    return m_settings->value(u"security/idleLockMinutes"_s, 5).toInt();
}

void Settings::setIdleLockMinutes(int minutes)
{
    m_settings->setValue(u"security/idleLockMinutes"_s, minutes);
    Q_EMIT idleLockChanged(minutes);
}

QString Settings::distributionType() const
{
    return m_settings->value(u"distribution/type"_s, u"meal"_s).toString();
}

QString Settings::distributionItem() const
{
    return m_settings->value(u"distribution/item"_s).toString();
}

void Settings::setDistribution(const QString& type, const QString& item)
{
    m_settings->setValue(u"distribution/type"_s, type);
    m_settings->setValue(u"distribution/item"_s, item);
}

void Settings::sync()
{
    m_settings->sync();
    privateFile(m_settings->fileName());
}

} // namespace prihvat
