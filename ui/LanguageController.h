#pragma once

#include <QObject>
#include <QString>

namespace prihvat {

// Switches the whole application to a language at run time: the translator, the layout
// direction (set explicitly: right-to-left for ar, fa, ps, ur, never left to Qt's own
// translations), and fonts that carry the script (Noto Naskh Arabic, Noto Nastaliq Urdu).
// Widgets then receive QEvent::LanguageChange and retranslate themselves.
class LanguageController : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // False when the language is not one of the seven.
    static bool apply(const QString& language);
};

} // namespace prihvat
