#include "Hlc.h"

#include <algorithm>

namespace prihvat {

QString HlcStamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(static_cast<qulonglong>(wallMs), 13, 16, QLatin1Char('0'))
        .arg(static_cast<qulonglong>(counter), 6, 16, QLatin1Char('0'))
        .arg(device);
}

std::optional<HlcStamp> HlcStamp::fromString(const QString& text)
{
    // Fixed widths: 13 + 1 + 6 + 1, then the device id; lower-case hex digits only, so that
    // every accepted text round-trips and sorts like the stamp.
    if (text.size() < 22 || text.at(13) != QLatin1Char('-') || text.at(20) != QLatin1Char('-'))
        return std::nullopt;
    for (int i = 0; i < 20; ++i) {
        if (i == 13)
            continue;
        const QChar c = text.at(i);
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return std::nullopt;
    }
    bool okWall = false;
    bool okCounter = false;
    const qulonglong wall = text.left(13).toULongLong(&okWall, 16);
    const qulonglong counter = text.mid(14, 6).toULongLong(&okCounter, 16);
    const QString device = text.mid(21);
    if (!okWall || !okCounter || device.isEmpty())
        return std::nullopt;
    return HlcStamp{static_cast<std::int64_t>(wall), static_cast<std::uint32_t>(counter), device};
}

HybridLogicalClock::HybridLogicalClock(const Clock& clock, QString deviceId, HlcStamp last)
    : m_clock(clock), m_device(std::move(deviceId)), m_wall(last.wallMs), m_counter(last.counter)
{
}

namespace {
// The text form holds six hex digits of counter: past them, move to the next millisecond.
constexpr std::uint32_t kMaxCounter = 0xFFFFFF;
} // namespace

HlcStamp HybridLogicalClock::now()
{
    std::lock_guard lock(m_mutex);
    const std::int64_t physical = m_clock.nowMs();
    if (physical > m_wall) {
        m_wall = physical;
        m_counter = 0;
    } else if (m_counter >= kMaxCounter) {
        ++m_wall;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return {m_wall, m_counter, m_device};
}

void HybridLogicalClock::observe(const HlcStamp& remote)
{
    std::lock_guard lock(m_mutex);
    const std::int64_t physical = m_clock.nowMs();
    const std::int64_t wall = std::max({m_wall, remote.wallMs, physical});
    if (wall == m_wall && wall == remote.wallMs)
        m_counter = std::max(m_counter, remote.counter) + 1;
    else if (wall == m_wall)
        ++m_counter;
    else if (wall == remote.wallMs)
        m_counter = remote.counter + 1;
    else
        m_counter = 0;
    m_wall = wall;
    if (m_counter > kMaxCounter) {
        ++m_wall;
        m_counter = 0;
    }
}

HlcStamp HybridLogicalClock::last() const
{
    std::lock_guard lock(m_mutex);
    return {m_wall, m_counter, m_device};
}

} // namespace prihvat
