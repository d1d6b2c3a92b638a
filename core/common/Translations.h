#pragma once

#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace prihvat {

// Loads the compiled translations that are built into every binary (":/i18n") and
// installs them. Qt's own .qm files are not relied upon; right-to-left layout is set by
// the desktop application itself.
class Translations
{
public:
    // The language to use when none is given: the system's, if it is one of the seven.
    static QString systemLanguage();
    // Replaces the installed translator with one for `language` (English has one too: its
    // plurals).
    // Returns false when no translation for that language is built in.
    static bool install(const QString& language);
    static QString current();
};

} // namespace prihvat
