#pragma once

#include "Clock.h"

#include <QString>

#include <compare>
#include <cstdint>
#include <mutex>
#include <optional>

namespace prihvat {

// A hybrid-logical-clock stamp: physical milliseconds, a logical counter for events within
// the same millisecond, and the device that made it as the final tie-break. Stamps order
// every change made anywhere totally and deterministically.
struct HlcStamp
{
    std::int64_t wallMs = 0;
    std::uint32_t counter = 0;
    QString device;

    // Text form "<13 hex digits wall>-<6 hex digits counter>-<device>": sorts as text in
    // the same order as the stamps themselves, so SQLite can compare it with plain `<`.
    QString toString() const;
    static std::optional<HlcStamp> fromString(const QString& text);

    bool isNull() const { return wallMs == 0 && counter == 0 && device.isEmpty(); }

    friend std::strong_ordering operator<=>(const HlcStamp& a, const HlcStamp& b)
    {
        if (auto c = a.wallMs <=> b.wallMs; c != 0)
            return c;
        if (auto c = a.counter <=> b.counter; c != 0)
            return c;
        const int d = QString::compare(a.device, b.device);
        return d < 0 ? std::strong_ordering::less
                     : (d > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    }
    friend bool operator==(const HlcStamp& a, const HlcStamp& b) = default;
};

// The clock itself (Kulkarni et al., "Logical Physical Clocks"). Thread-safe.
// A physical clock that jumps backwards never makes a stamp go backwards; one that jumps
// forwards is followed. Stamps received from other devices move the clock past them.
class HybridLogicalClock
{
public:
    HybridLogicalClock(const Clock& clock, QString deviceId, HlcStamp last = {});

    // A stamp for a local event, strictly greater than every stamp seen before.
    HlcStamp now();
    // Take in a stamp from elsewhere (a pulled change); later local stamps exceed it.
    void observe(const HlcStamp& remote);
    HlcStamp last() const;
    const QString& deviceId() const { return m_device; }

private:
    const Clock& m_clock;
    QString m_device;
    mutable std::mutex m_mutex;
    std::int64_t m_wall = 0;
    std::uint32_t m_counter = 0;
};

} // namespace prihvat
