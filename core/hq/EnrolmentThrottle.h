#pragma once

#include "common/Clock.h"

#include <QHash>
#include <QString>

#include <cstdint>

namespace prihvat::hq {

// Slows guessing of enrolment codes (and, in a second instance in HqApi, of device
// credentials): after `maxFailures` failures from one address within `windowMs`, that
// address is refused until the window has passed. In memory, per process (nginx's
// limit_req in front adds a shared limit).
class EnrolmentThrottle
{
public:
    explicit EnrolmentThrottle(const Clock& clock, int maxFailures = 5,
                               std::int64_t windowMs = 10 * 60 * 1000, int maxTracked = 10000);

    // Seconds to wait before trying again, or 0 when `peer` may try now.
    int retryAfterSeconds(const QString& peer);
    void recordFailure(const QString& peer);

private:
    struct Entry
    {
        int failures = 0;
        std::int64_t windowStartMs = 0;
    };
    void prune(std::int64_t now);

    const Clock& m_clock;
    int m_maxFailures;
    std::int64_t m_windowMs;
    int m_maxTracked;
    QHash<QString, Entry> m_entries;
};

} // namespace prihvat::hq
