#include "NameFolding.h"

namespace prihvat::NameFolding {

namespace {

char16_t foldArabic(char16_t c)
{
    switch (c) {
    case 0x064A: // ARABIC YEH
    case 0x0649: // ALEF MAKSURA
    case 0x06D2: // YEH BARREE (Urdu)
        return 0x06CC; // FARSI YEH
    case 0x0643: // ARABIC KAF
        return 0x06A9; // KEHEH
    case 0x0629: // TEH MARBUTA
    case 0x06C1: // HEH GOAL (Urdu)
    case 0x06BE: // HEH DOACHASHMEE
        return 0x0647; // HEH
    case 0x0623: // ALEF WITH HAMZA ABOVE
    case 0x0625: // ALEF WITH HAMZA BELOW
    case 0x0622: // ALEF WITH MADDA
    case 0x0671: // ALEF WASLA
        return 0x0627; // ALEF
    case 0x0624: // WAW WITH HAMZA
        return 0x0648;
    case 0x0626: // YEH WITH HAMZA
        return 0x06CC;
    default:
        break;
    }
    if (c >= 0x0660 && c <= 0x0669)
        return static_cast<char16_t>(u'0' + (c - 0x0660));
    if (c >= 0x06F0 && c <= 0x06F9)
        return static_cast<char16_t>(u'0' + (c - 0x06F0));
    return c;
}

bool dropped(char16_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || c == 0x200C || c == 0x200D;
}

} // namespace

QString fold(const QString& text)
{
    // Decompose so that accents become separate marks, then keep only base letters.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        const char16_t c = ch.unicode();
        if (dropped(c))
            continue;
        const QChar::Category cat = ch.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || cat == QChar::Mark_SpacingCombining)
            continue;
        if (c == u'đ' || c == u'Đ') {
            out += u'd';
            continue;
        }
        out += QChar(foldArabic(QChar::toCaseFolded(c)));
    }
    return out;
}

QStringList tokens(const QString& text)
{
    QStringList out;
    QString current;
    const QString folded = fold(text);
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

} // namespace prihvat::NameFolding
