#include "LanguageController.h"

#include "common/Translations.h"
#include "forms/Languages.h"

#include <QApplication>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace prihvat {

bool LanguageController::apply(const QString& language)
{
    if (!Languages::isSupported(language) || !Translations::install(language))
        return false;
    QLocale::setDefault(QLocale(language == u"bs"_s ? u"bs_Latn_BA"_s : language));
    const bool rtl = Languages::isRightToLeft(language);
    QApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    QFont font = QApplication::font();
    QStringList families{u"Noto Sans"_s, u"DejaVu Sans"_s};
    // Urdu too is set in Naskh. Qt 6.4 draws Noto Nastaliq Urdu without the dots and the top
    // strokes of a word's raised first letters (تلاش reads ہلاش, کمزوری reads بزوری) at any line
    // height, and Nastaliq's ink reaches far outside its own line box (1.4 em below the
    // baseline against a descent of 0.6 em), so rows, check boxes and the navigation clip it.
    // Naskh is read by every Urdu reader and fits its line box.
    if (rtl)
        families.prepend(u"Noto Naskh Arabic"_s);
    families.append({u"Noto Sans Arabic"_s, u"Noto Naskh Arabic"_s});
    font.setFamilies(families);
    font.setPointSizeF(language == u"ur"_s ? 10.5 : 10.0);
    QApplication::setFont(font);
    return true;
}

} // namespace prihvat
