#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace prihvat::Format {

namespace {
QString withFullYear(QString format)
{
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}
} // namespace

QString dateFormat(const QString& language)
{
    const QLocale locale(language);
    // English here is not American: 8 Dec 2026, never 12/8/2026.
    if (locale.language() == QLocale::English)
        return u"d MMM yyyy"_s;
    return withFullYear(locale.dateFormat(QLocale::ShortFormat));
}

QString timeFormat(const QString& language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::English)
        return u"HH:mm"_s;
    return locale.timeFormat(QLocale::ShortFormat);
}

QString date(const QDate& d, const QString& language)
{
    return QLocale(language).toString(d, dateFormat(language));
}

QString date(const QString& isoDate, const QString& language)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? date(d, language) : isoDate;
}

QString dateTime(const QDateTime& time, const QString& language)
{
    const QLocale locale(language);
    return locale.toString(time, dateFormat(language) + u' ' + timeFormat(language));
}

QString isolatedLtr(const QString& text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

QString personName(const QString& displayName)
{
    if (!displayName.trimmed().isEmpty())
        return displayName;
    return QCoreApplication::translate("Format", "(no name kept: no consent)");
}

} // namespace prihvat::Format
