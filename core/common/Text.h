#pragma once

#include <QString>

namespace prihvat {

// How free text is cleaned on input and shown in logs and exports.
namespace Text {

// NFC, with bidirectional control characters (U+202A–202E, U+2066–2069, U+200E, U+200F,
// U+061C) removed so they cannot disguise a name. The zero-width non-joiner (U+200C) that
// Persian needs is kept. Other control characters except tab and newline are removed too.
QString clean(const QString& input);

// True when the text holds a bidi control character.
bool hasBidiControl(const QString& input);

// For logs and CSV: every bidi control and other invisible format character written as
// <U+XXXX>, so what a reader sees is what is stored.
QString escapeInvisible(const QString& input);

} // namespace Text
} // namespace prihvat
