#pragma once

#include <QDateTime>

#include <atomic>
#include <cstdint>

namespace prihvat {

// The time source, passed in so tests can move time by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual std::int64_t nowMs() const = 0;

    QDateTime nowUtc() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    // Today's date where the device is (local time): "not in the future" means this.
    QDate today() const { return QDateTime::fromMSecsSinceEpoch(nowMs()).date(); }
};

class SystemClock final : public Clock
{
public:
    std::int64_t nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// A clock that moves only when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::int64_t ms = 1'700'000'000'000) : m_ms(ms) {}
    std::int64_t nowMs() const override { return m_ms.load(); }
    void set(std::int64_t ms) { m_ms.store(ms); }
    void advance(std::int64_t ms) { m_ms.fetch_add(ms); }

private:
    std::atomic<std::int64_t> m_ms;
};

} // namespace prihvat
