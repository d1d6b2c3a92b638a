#pragma once

#include <QString>
#include <QStringList>

namespace prihvat {

// The seven languages every label, message and screen is written in.
namespace Languages {

// en, bs, ar, fa, ps, ur, fr: the order menus show them in.
const QStringList& all();
bool isSupported(const QString& code);
bool isRightToLeft(const QString& code);
// The language's name written in that language ("العربية", "Bosanski", …).
QString nativeName(const QString& code);

} // namespace Languages
} // namespace prihvat
