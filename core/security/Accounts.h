#pragma once

#include "PasswordKdf.h"
#include "Role.h"
#include "Session.h"
#include "common/Result.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <functional>

namespace prihvat {

class LocalStore;

// One local user as listed (no secret in here).
struct UserInfo
{
    QString name;
    Role role = Role::Mobile;
    int failures = 0;    // wrong passwords since the last successful login
    bool locked = false; // locked out: only an administrator lifts it
    bool hasKey = false; // a wrapped data key exists (false after a crypto-erase)
    std::int64_t createdMs = 0;
    std::int64_t passwordChangedMs = 0;
};

// Local accounts of a data folder (schema 7: tables `users` and `wrapped_keys`).
//
// Keys. The folder has one random data key (32 bytes, SecretKey::random) that seals its
// records. It is never stored in clear: for each user it is wrapped (XChaCha20-Poly1305,
// a random nonce, associated data "prihvat-data-key-1", the folder's key id and the user
// name, so a wrapped key copied to another user or folder does not open) under a
// key-encryption key (KEK) derived from that user's password.
//
// Derivation. One Argon2id run per login (KdfParams: never below libsodium's MODERATE
// limits, stored with the hash) gives 64 bytes: the first 32 are the verifier, compared
// in constant time with the stored one; the last 32 are the KEK. The two halves of one
// Argon2id output are independent (its variable-length output is BLAKE2b in counter
// mode), so the stored verifier says nothing about the KEK, and a login costs one
// derivation, not two. The verifier is checked before anything is decrypted: a wrong
// password never touches the wrapped key. (An attacker with the file can test guesses
// against the verifier or the wrapped key alike; each guess costs one Argon2id run.)
//
// Throttling. Failures are counted in the database, before the derivation runs (so a
// process killed during it still counts the attempt), with the time before which the
// next attempt waits (1 s, 2 s, 4 s, 8 s): restarting the program resets nothing. The
// kMaxFailures-th wrong password locks the account until an administrator lifts it.
//
// Every event is in the audit trail (login, login_failed, lockout, lock, user_add,
// user_remove, role_change, password_change, user_unlock, crypto_erase): who, when, what;
// never a password or a key.
class Accounts
{
public:
    // Waits `ms` milliseconds (tests pass one that moves a ManualClock instead).
    using Sleeper = std::function<void(std::int64_t ms)>;
    static constexpr int kMaxFailures = 5;
    static constexpr int kMinPasswordLength = 8;

    Accounts(LocalStore& store, const PasswordKdf& kdf, Sleeper sleeper);

    // The default KDF (Argon2id) and sleeper (the thread sleeps).
    static const PasswordKdf& argon2id();
    static Sleeper threadSleeper();
    // The wait before the next attempt after `failures` wrong passwords.
    static std::int64_t delayAfter(int failures);

    // True when the folder has at least one user.
    Result<bool> hasUsers() const;
    // True when cryptoErase() destroyed the folder's keys.
    Result<bool> isErased() const;

    // The first administrator of a folder that has no user yet; makes the data key.
    Result<Session> createAdministrator(const QString& name, const QString& password);
    // Logs a user in (see above): their session, or an error after the delay.
    Result<Session> unlock(const QString& name, const QString& password);
    // The session was locked (idle or on demand): an audit entry; the caller drops the key.
    Status recordLock(const Session& session);

    // Administrator only (checked against the database, not just the session).
    Status addUser(const Session& admin, const QString& name, Role role, const QString& password);
    Status removeUser(const Session& admin, const QString& name);
    Status changeRole(const Session& admin, const QString& name, Role role);
    Status unlockUser(const Session& admin, const QString& name);
    // A user's own password, or (administrators) anyone's: the data key is wrapped again
    // under the new password; no record is touched. The caller confirms the current
    // password (unlock) before a user changes their own.
    Status changePassword(const Session& session, const QString& name, const QString& newPassword);

    Result<QList<UserInfo>> users() const;

    // Headquarters revoked the device: every wrapped key is destroyed (secure_delete, then
    // the WAL is checkpointed and truncated, so no copy of them remains in the files).
    // Afterwards nothing can be unlocked, by anyone.
    Status cryptoErase();

    // A user name is 1 to 64 letters, digits, '.', '_' or '-'.
    static Status checkName(const QString& name);
    static Status checkPassword(const QString& password);

private:
    struct Stored;
    Result<std::optional<Stored>> load(const QString& name) const;
    // The stored user, or NotFound ("There is no user …").
    Result<Stored> loadExisting(const QString& name) const;
    Result<Stored> requireAdmin(const Session& admin) const;
    Result<int> countAdmins() const;
    Status insertUser(const QString& name, Role role, const QString& password, const SecretKey& dataKey,
                      const QString& keyId);
    Result<QString> keyId() const;

    LocalStore& m_store;
    const PasswordKdf& m_kdf;
    Sleeper m_sleep;
};

} // namespace prihvat
