#include "Translations.h"

#include "Digits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

// The compiled translation, shown in the language's digits: a translator writes "1 to 64" and
// "%n", and Farsi reads "۱ to ۶۴" (Digits). Numbers given with arg() are formatted with
// Digits::number by the code that gives them.
class LanguageTranslator final : public QTranslator
{
public:
    explicit LanguageTranslator(QString language) : m_language(std::move(language)) {}

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isEmpty())
            return text;
        text = Digits::localise(text, m_language);
        if (n >= 0) {
            const QString number = Digits::number(n, m_language);
            text.replace(u"%Ln"_s, number);
            text.replace(u"%n"_s, number);
        }
        return text;
    }

private:
    QString m_language;
};

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
    auto translator = std::make_unique<LanguageTranslator>(language);
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
