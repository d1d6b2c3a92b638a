#pragma once

#include <QString>

namespace prihvat {

// The digits a language is read in, applied by the code and never by the translator:
// translations and form texts are written with Latin digits (0-9), and what is shown is
// converted here. The rule is the language's own (its CLDR default, as QLocale has it):
// Arabic uses Arabic-Indic digits (٠١٢), Farsi and Pashto Persian digits (۰۱۲), Urdu, Bosnian,
// French and English Latin digits. Dates formatted through QLocale follow the same rule.
namespace Digits {

// The zero digit of `language` ("0", "٠" or "۰").
QString zero(const QString& language);

// `text` with its Latin digits in `language`'s digits, except where they are not a number a
// reader reads: placeholders (%1, %n, %L1), digits touching a Latin letter (Argon2id, UTF-8,
// ISO 8601), and phone numbers written with a leading '+', which are typed as shown.
QString localise(const QString& text, const QString& language);

// A whole number in `language`'s digits, without group separators.
QString number(qint64 n, const QString& language);

} // namespace Digits
} // namespace prihvat
