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

// Local accounts of a data folder (schema 7: tables `users` and `wrapped_keys`; schema 9:
// `user_keys`, `key_grants`, `key_chain`).
//
// Keys (schema 9). Two kinds of folder keys, each by generation:
//  - the data key D (32 random bytes, SecretKey::random), which seals identifying answers
//    and whatever else the whole team reads (FieldSealer "s3:", "s2:");
//  - the protection keypair P (X25519), to whose PUBLIC key protection-sensitive answers
//    are sealed (FieldSealer "p2:"): anyone writes them, only holders of P's secret read.
// Each user has an X25519 keypair (crypto_box): the public key in clear in `user_keys`, the
// secret key wrapped (XChaCha20-Poly1305, random nonce, associated data
// "prihvat-user-key-1", the folder's key id and the user name) under a key-encryption key
// (KEK) derived from the user's password. A key is granted to a user by crypto_box_seal of
// the key (with its kind, generation, the folder's key id and the user's name, checked on
// opening) to the user's public key (`key_grants`), so an administrator who holds D grants
// it to a user whose password they do not know. Every user is granted D. P's secret is
// granted only to users of role protection: administrators do NOT get it, and so cannot
// open protection answers, in the interface or with a script reading the files.
// An older generation stays reachable while values are sealed under it: `key_chain` keeps
// it sealed under its successor (D: XChaCha20-Poly1305 under the next D; P: crypto_box_seal
// to the next P's public key). Reseal (core/store/Reseal.h) moves values to the newest
// generation and then deletes what no value needs any more (secure_delete, WAL truncated).
//
// Grants and re-keying.
//  - Adding a protection officer (or raising a role to protection): the administrator does
//    not hold P's secret, so the grant is pending, and is made at the next unlock of any
//    protection officer (their session seals P's secrets to the new user's public key).
//    When no protection officer holds the current P (a new folder, or all of them left),
//    the administrator makes a fresh P and seals it to that user only. Protection answers
//    sealed to an older P that no officer holds any more cannot be opened on this laptop;
//    a protection device pulls them again from headquarters.
//  - Removing a user: a new D' at once, granted to every remaining user; the old D is
//    kept sealed under D' (so old values still open) and new values are written under D'.
//    A copy of the folder taken before the removal, with the removed user's password,
//    opens only what was sealed before. If the user was a protection officer, also a new P'.
//  - Removing a protection officer or lowering their role: a new P' whose public key is in
//    the clear at once (new protection answers go to P' immediately); P' is granted to the
//    remaining protection officers (by the administrator, who makes it and then forgets it);
//    an officer's next unlock seals the older P under P'.
//  - Changing one's own password wraps the same secret key again; nothing else changes.
//  - An administrator setting another user's password: that user gets a new keypair,
//    D is granted at once; P (for a protection officer) is pending as above, or fresh if no
//    other officer holds it.
//  - Upgrade from schema 8: each user moves to a keypair at their next login (the D their
//    old KEK-wrapped key gives is granted to their new public key, and the old wrapping is
//    deleted). P is made at the first unlock of a protection officer after the upgrade, and
//    the D-sealed protection answers are then re-sealed to P (Reseal, resumable). A user who
//    had not logged in since the upgrade when D was renewed waits until another user logs in
//    (that session grants them the new D).
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

    // The first administrator of a folder that has no user yet; makes the data key, and the
    // folder's recovery secret (see recover()), put in `recoverySecret` when it is given: to
    // be shown once, written down or printed, and kept apart from the laptop.
    Result<Session> createAdministrator(const QString& name, const QString& password,
                                        QString* recoverySecret = nullptr);
    // Recovery. At set-up a recovery secret is made: 128 random bits, shown as groups of
    // base32 letters and digits. It stands for a pseudo-user: an X25519 keypair whose secret
    // key is wrapped under a key derived from the recovery secret (BLAKE2b, keyed with a
    // stored random salt; the secret itself is random, so no slow derivation is needed),
    // granted D (and kept granted whenever D is renewed), never P. With the files AND the
    // recovery secret, the administrator `name` who forgot their password or locked
    // themselves out gets a new password (a new keypair, D granted), their lock-out lifted;
    // audited as "(recovery)". Only an administrator's account can be recovered this way.
    Status recover(const QString& name, const QString& recoverySecret, const QString& newPassword);
    // Logs a user in (see above): their session, or an error after the delay.
    Result<Session> unlock(const QString& name, const QString& password);
    // The session was locked (idle or on demand): an audit entry; the caller drops the key.
    Status recordLock(const Session& session);

    // Administrator only (checked against the database, not just the session). Each may
    // renew keys (see above); the store, when unlocked, is given the new keys at once.
    Status addUser(const Session& admin, const QString& name, Role role, const QString& password);
    Status removeUser(const Session& admin, const QString& name);
    Status changeRole(const Session& admin, const QString& name, Role role);
    Status unlockUser(const Session& admin, const QString& name);
    // A user's own password (their secret key is wrapped again under the new password), or
    // (administrators) anyone's (a new keypair, see above); no record is touched. The caller
    // confirms the current password (unlock) before a user changes their own.
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
    // The user's row, keypair and grants; their secret key.
    Result<std::shared_ptr<const SecretKey>> insertUser(const QString& name, Role role,
                                                        const QString& password, const KeyRing& keys,
                                                        const QString& keyId);
    Result<QString> keyId() const;

    // Schema 9 keys (see above).
    Result<int> dataGeneration() const;
    Result<int> protectionGeneration() const;
    // A fresh keypair for `name`, its secret wrapped under `kek`; replaces any former one.
    Result<std::shared_ptr<const SecretKey>> newUserKeys(const QString& name, const unsigned char* kek,
                                                         const QString& keyId);
    Status grant(const QString& user, const QString& kind, int generation, const SecretKey& key,
                 const QString& keyId);
    // The keys `user` reaches with their secret key: grants, then the chain.
    Result<KeyRing> loadRing(const QString& user, const SecretKey& userKey, const QString& keyId) const;
    // Pending grants and chain links this session can make (at unlock).
    Status fulfil(const Stored& user, KeyRing& keys, const QString& keyId);
    // A new protection keypair, granted to `holders` (those with a keypair); its secret is
    // put in `keys` when `keys` is not null.
    Status newProtectionKey(const QStringList& holders, const QString& keyId, KeyRing* keys);
    // P for a user who became a protection officer: pending, or fresh when no other
    // officer holds the current one.
    Status ensureProtection(const QString& user, const QString& keyId);
    // A new data key, granted to every user with a keypair; the current one sealed under it.
    Status newDataKey(KeyRing& keys, const QString& keyId);
    Result<KeyRing> adminKeys(const Session& admin) const;
    Result<QStringList> protectionUsers(const QString& except) const;
    // The unlocked store gets `keys` (and the folder's current protection public key).
    void refreshStore(const KeyRing& keys);
    // The recovery pseudo-user (see recover()): made at set-up; its grant of D renewed.
    Result<QString> newRecoveryKey(const SecretKey& dataKey, const QString& keyId);
    Status grantRecovery(int generation, const SecretKey& dataKey, const QString& keyId);

    LocalStore& m_store;
    const PasswordKdf& m_kdf;
    Sleeper m_sleep;
};

} // namespace prihvat
