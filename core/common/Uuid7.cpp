#include "Uuid7.h"

#include <QRandomGenerator>

#include <array>
#include <cstdint>

namespace prihvat {

QString Uuid7::generate(const Clock& clock)
{
    std::array<std::uint8_t, 16> b{};
    const auto ms = static_cast<std::uint64_t>(clock.nowMs());
    for (int i = 0; i < 6; ++i)
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(ms >> (8 * (5 - i)));
    std::array<std::uint32_t, 3> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    for (std::size_t i = 0; i < 10; ++i)
        b[6 + i] = static_cast<std::uint8_t>(random[i / 4] >> (8 * (i % 4)));
    b[6] = static_cast<std::uint8_t>(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = static_cast<std::uint8_t>(0x80 | (b[8] & 0x3F)); // RFC variant

    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0x0F]);
    }
    return out;
}

bool Uuid7::isValid(const QString& text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                     (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    return true;
}

} // namespace prihvat
