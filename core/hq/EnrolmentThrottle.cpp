#include "EnrolmentThrottle.h"

#include <algorithm>

namespace prihvat::hq {

EnrolmentThrottle::EnrolmentThrottle(const Clock& clock, int maxFailures, std::int64_t windowMs,
                                     int maxTracked)
    : m_clock(clock), m_maxFailures(maxFailures), m_windowMs(windowMs), m_maxTracked(maxTracked)
{
}

int EnrolmentThrottle::retryAfterSeconds(const QString& peer)
{
    const std::int64_t now = m_clock.nowMs();
    auto it = m_entries.find(peer);
    if (it == m_entries.end()) {
        // While the table is full, new addresses share one entry (fail closed).
        it = m_entries.find(QString());
        if (it == m_entries.end())
            return 0;
    }
    const std::int64_t end = it->windowStartMs + m_windowMs;
    if (now >= end) {
        m_entries.erase(it);
        return 0;
    }
    if (it->failures < m_maxFailures)
        return 0;
    return static_cast<int>(std::max<std::int64_t>(1, (end - now + 999) / 1000));
}

void EnrolmentThrottle::recordFailure(const QString& peer)
{
    const std::int64_t now = m_clock.nowMs();
    auto it = m_entries.find(peer);
    if (it == m_entries.end() || now >= it->windowStartMs + m_windowMs) {
        if (m_entries.size() >= m_maxTracked)
            prune(now);
        if (m_entries.size() >= m_maxTracked) {
            // A flood of addresses: count them together rather than forget them.
            Entry& shared = m_entries[QString()];
            if (now >= shared.windowStartMs + m_windowMs)
                shared = Entry{0, now};
            ++shared.failures;
            return;
        }
        m_entries.insert(peer, Entry{1, now});
        return;
    }
    ++it->failures;
}

void EnrolmentThrottle::prune(std::int64_t now)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (now >= it->windowStartMs + m_windowMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

} // namespace prihvat::hq
