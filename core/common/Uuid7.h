#pragma once

#include "Clock.h"

#include <QString>

namespace prihvat {

// RFC 9562 version 7 identifiers: 48 bits of Unix milliseconds, then random bits, so ids
// made later sort later and index well, and two devices never collide.
class Uuid7
{
public:
    static QString generate(const Clock& clock);
    // True for a lower-case canonical UUID (8-4-4-4-12 hex digits) of any version.
    static bool isValid(const QString& text);
};

} // namespace prihvat
