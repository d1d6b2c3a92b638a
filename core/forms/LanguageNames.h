#pragma once

#include <QString>
#include <QStringList>

namespace prihvat {

// The names staff use for a language, beyond the one a list shows: "Dari" and "Farsi" are
// Persian (fa), "Pashtu" is Pashto, "Sorani" Central Kurdish, "Tigrigna" Tigrinya. Used to
// filter language lists by what someone types.
namespace LanguageNames {

// Other names of the language with this code (ISO 639), in English and as its speakers
// write them; empty when there are none.
QStringList synonyms(const QString& code);
// True when every word of `typed` starts a word of one of `names` (case and accents
// ignored); an empty `typed` matches everything.
bool matches(const QString& typed, const QStringList& names);

} // namespace LanguageNames
} // namespace prihvat
