#pragma once

#include <QByteArray>
#include <QString>

namespace prihvat::hq {

// Enrolment codes and device tokens (libsodium). Headquarters stores only their hashes:
// a copy of the database does not let anyone enrol or act as a device.
namespace Credentials {

// A one-time enrolment code for a person to type: 20 characters of Crockford base32
// (100 random bits) in groups of five, e.g. "K7QZP-3MX9D-R2T8W-5NB4C".
QString newEnrolmentCode();
// The code as typed → its canonical form (upper case, no separators, O→0, I/L→1), or an
// empty string when it cannot be a code.
QString normaliseCode(const QString& typed);
// Hex BLAKE2b of a normalised code.
QString hashCode(const QString& normalisedCode);

// A device token: 32 random bytes, base64url without padding.
QString newToken();
// Hex BLAKE2b of a token.
QString hashToken(const QString& token);

// Constant-time comparison of two hashes of the same length.
bool sameHash(const QString& a, const QString& b);

} // namespace Credentials
} // namespace prihvat::hq
