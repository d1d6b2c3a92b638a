#pragma once

#include "Role.h"
#include "SecretKey.h"

#include <QString>

#include <memory>

namespace prihvat {

// Who is logged in, and the data folder's data key that their password unwrapped (in
// locked memory). Handed out by Accounts::unlock() and Accounts::createAdministrator();
// locking a session means dropping every copy of it (the key is wiped when the last
// holder lets go of it).
struct Session
{
    QString user;
    Role role = Role::Mobile;
    std::shared_ptr<const SecretKey> dataKey;

    // Need-to-know: protection-sensitive fields are shown to and edited by protection
    // officers only (not even administrators).
    bool canSeeProtection() const { return role == Role::Protection; }
    bool isAdministrator() const { return role == Role::Admin; }
};

} // namespace prihvat
