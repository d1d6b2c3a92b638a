#pragma once

#include <QString>
#include <QStringList>

namespace prihvat {

// How names are compared for search: case and accents ignored (Ćamil = camil), Arabic-
// script letter variants made one (ي/ی, ك/ک, ة/ه, أ/إ/آ/ا), diacritics (harakat) and
// tatweel dropped, Persian and Arabic digits as ASCII. Stored names stay as typed.
namespace NameFolding {

QString fold(const QString& text);
// The folded words of a text, split on spaces and punctuation.
QStringList tokens(const QString& text);

} // namespace NameFolding
} // namespace prihvat
