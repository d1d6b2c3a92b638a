#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {
std::unique_ptr<QTranslator>& installed()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
QString& currentLanguage()
{
    static QString language = u"en"_s;
    return language;
}
const QStringList kLanguages{u"en"_s, u"bs"_s, u"ar"_s, u"fa"_s, u"ps"_s, u"ur"_s, u"fr"_s};
} // namespace

QString Translations::systemLanguage()
{
    const QString name = QLocale::system().name().section(u'_', 0, 0);
    if (name == u"hr"_s || name == u"sr"_s)
        return u"bs"_s;
    return kLanguages.contains(name) ? name : u"en"_s;
}

bool Translations::install(const QString& language)
{
    if (!kLanguages.contains(language))
        return false;
    if (installed()) {
        QCoreApplication::removeTranslator(installed().get());
        installed().reset();
    }
    currentLanguage() = language;
    // English too: its catalogue holds the real plurals ("1 person", "2 people", never
    // "person(s)").
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(u":/i18n/prihvat_%1.qm"_s.arg(language)))
        return false;
    QCoreApplication::installTranslator(translator.get());
    installed() = std::move(translator);
    return true;
}

QString Translations::current()
{
    return currentLanguage();
}

} // namespace prihvat
