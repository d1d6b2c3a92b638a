#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace prihvat {

// One CSV line (RFC 4180, UTF-8, "\r\n") at a time, made safe for the spreadsheets exports
// are opened in:
// - bidi control characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) become
//   visible "\u202E" escapes, so that no name is shown reversed or disguised;
// - a text cell that starts with '=', '+', '-', '@', a tab or a carriage return gets a
//   leading apostrophe, so that a spreadsheet never runs it as a formula.
namespace Csv {

QString line(const QStringList& cells);
// A stored answer as a cell: text as is, numbers, yes/no for booleans, lists joined with
// ';'; then escaped as above (numbers are not text and keep their sign).
QString cell(const QJsonValue& value);
// Text as a cell (both protections applied, then quoted when needed).
QString text(const QString& text);
// Only the bidi escape.
QString escapeBidi(const QString& text);

} // namespace Csv
} // namespace prihvat
