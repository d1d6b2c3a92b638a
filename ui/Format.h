#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace prihvat {

// How dates and times are shown: the language's own short format, always with a
// four-digit year (5/2/84 could be 1884 or 2084 to a reader), in the language's digits.
namespace Format {

// English (as spoken here, not American): "8 Dec 2026" and a 24-hour clock.
QString dateFormat(const QString& language);
QString timeFormat(const QString& language);
QString date(const QDate& date, const QString& language);
// ISO text (YYYY-MM-DD) from storage; the text itself when it is not a date.
QString date(const QString& isoDate, const QString& language);
QString dateTime(const QDateTime& time, const QString& language);
// Wrapped in a left-to-right isolate so it keeps its order inside right-to-left text.
QString isolatedLtr(const QString& text);
// A person's name as lists show it; a person kept without a name (no consent, or consent
// withdrawn) is called that, so the row does not look empty or broken.
QString personName(const QString& displayName);

} // namespace Format
} // namespace prihvat
