#include "Text.h"

#include <QList>

namespace prihvat::Text {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
           c == 0x061C;
}

bool isUnwantedControl(char32_t c)
{
    if (c == U'\t' || c == U'\n')
        return false;
    return c < 0x20 || (c >= 0x7F && c < 0xA0);
}

} // namespace

QString clean(const QString& input)
{
    QString out;
    out.reserve(input.size());
    for (char32_t c : input.toUcs4()) {
        if (isBidiControl(c) || isUnwantedControl(c))
            continue;
        if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(static_cast<char16_t>(c));
        }
    }
    return out.normalized(QString::NormalizationForm_C);
}

bool hasBidiControl(const QString& input)
{
    for (QChar c : input)
        if (isBidiControl(c.unicode()))
            return true;
    return false;
}

QString escapeInvisible(const QString& input)
{
    QString out;
    out.reserve(input.size());
    for (char32_t c : input.toUcs4()) {
        const bool invisible = isBidiControl(c) || isUnwantedControl(c) ||
                               QChar::category(c) == QChar::Other_Format;
        if (invisible && c != 0x200C) {
            out += QStringLiteral("<U+%1>").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
        } else if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(static_cast<char16_t>(c));
        }
    }
    return out;
}

} // namespace prihvat::Text
