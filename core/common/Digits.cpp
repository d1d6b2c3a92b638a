#include "Digits.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace prihvat::Digits {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// True when the digits starting at `start` belong to a phone number: going back over digits
// and spaces reaches a '+'.
bool inPhoneNumber(const QString& text, qsizetype start)
{
    for (qsizetype i = start - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c == u'+')
            return true;
        if (!isAsciiDigit(c) && c != u' ')
            return false;
    }
    return false;
}

// "ISO 8601": a standard's number after its upper-case Latin name stays as it is written.
bool afterLatinName(const QString& text, qsizetype start)
{
    return start >= 2 && text.at(start - 1) == u' ' && isAsciiLetter(text.at(start - 2));
}

} // namespace

QString zero(const QString& language)
{
    return QLocale(language).zeroDigit();
}

QString localise(const QString& text, const QString& language)
{
    const QString z = zero(language);
    if (z == u"0"_s || z.size() != 1)
        return text;
    const char16_t base = z.at(0).unicode();
    QString out = text;
    qsizetype i = 0;
    while (i < out.size()) {
        if (!isAsciiDigit(out.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < out.size() && isAsciiDigit(out.at(end)))
            ++end;
        const QChar before = i > 0 ? out.at(i - 1) : QChar();
        const QChar after = end < out.size() ? out.at(end) : QChar();
        const bool placeholder = before == u'%' || (before == u'L' && i >= 2 && out.at(i - 2) == u'%');
        const bool keep = placeholder || isAsciiLetter(before) || isAsciiLetter(after) ||
                          (before == u'-' && i >= 2 && isAsciiLetter(out.at(i - 2))) ||
                          inPhoneNumber(out, i) || afterLatinName(out, i);
        if (!keep)
            for (qsizetype k = i; k < end; ++k)
                out[k] = QChar(char16_t(base + (out.at(k).unicode() - u'0')));
        i = end;
    }
    return out;
}

QString number(qint64 n, const QString& language)
{
    return localise(QString::number(n), language);
}

} // namespace prihvat::Digits
