#pragma once

#include "KeyRing.h"
#include "Role.h"
#include "SecretKey.h"

#include <QString>

#include <memory>

namespace prihvat {

// Who is logged in, and the keys their password reached (in locked memory). Handed out by
// Accounts::unlock() and Accounts::createAdministrator(); locking a session means dropping
// every copy of it (the keys are wiped when the last holder lets go of them).
//
//  - dataKey: the folder's current data key D (identifying answers, and whatever else is
//    sealed for the whole team); every user has it.
//  - protectionKey: the secret key of the folder's current protection keypair P, which
//    opens protection-sensitive answers; null for every role but protection (an
//    administrator does not hold it either) and for a protection officer whose grant is
//    still pending (Accounts.h).
//  - keys: every generation of D and P the session holds (FieldSealer opens older values
//    with them while they are re-sealed under the newest).
//  - userKey: the user's own X25519 secret key (grants are sealed to its public key).
struct Session
{
    QString user;
    Role role = Role::Mobile;
    std::shared_ptr<const SecretKey> dataKey;
    std::shared_ptr<const SecretKey> protectionKey;
    std::shared_ptr<const KeyRing> keys;
    std::shared_ptr<const SecretKey> userKey;

    // Need-to-know: protection-sensitive fields are shown to and edited by protection
    // officers only (not even administrators), and by an officer only once they hold P: one
    // whose grant is still pending is treated like the other roles (the answers show as
    // withheld, never as their sealed text, and cannot be changed) until it is made.
    bool canSeeProtection() const { return role == Role::Protection && protectionKey != nullptr; }
    bool isAdministrator() const { return role == Role::Admin; }
};

} // namespace prihvat
