#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace prihvat {

// The parameters of one password hash, stored beside it (users.kdf_*), so that a later
// version can raise the cost for new passwords and still open old ones.
struct KdfParams
{
    QString alg; // "argon2id13", the only algorithm known
    std::uint64_t opslimit = 0;
    std::uint64_t memlimit = 0; // bytes
    QByteArray salt;            // 16 random bytes

    static constexpr const char16_t* kArgon2id = u"argon2id13";
    static constexpr std::size_t kSaltBytes = 16;

    // The floor: libsodium's MODERATE limits (crypto_pwhash_OPSLIMIT_MODERATE = 3,
    // crypto_pwhash_MEMLIMIT_MODERATE = 256 MiB; about 0.55 s on the reference machine).
    // Nothing is created with, and nothing is unlocked through, weaker stored parameters:
    // a file whose parameters were lowered would otherwise make guessing cheap. Raising
    // these is fine; tests/unit/test_accounts fails if they are lowered.
    static constexpr std::uint64_t kFloorOpslimit = 3;
    static constexpr std::uint64_t kFloorMemlimit = 256ULL * 1024 * 1024;
    // A ceiling, so that tampered parameters cannot make a login take all the memory.
    static constexpr std::uint64_t kCeilingOpslimit = 64;
    static constexpr std::uint64_t kCeilingMemlimit = 4ULL * 1024 * 1024 * 1024;

    // The parameters new passwords get: the floor itself (MODERATE), with a fresh salt.
    static KdfParams fresh();
    // Ok when the parameters are Argon2id, within floor and ceiling, with a whole salt.
    Status check() const;
};

// Turns a password into key material. Accounts checks KdfParams::check() before calling
// it, whatever the implementation.
class PasswordKdf
{
public:
    virtual ~PasswordKdf() = default;
    // Fills `out` (`size` bytes; locked memory of the caller's) from `password` (UTF-8).
    virtual Status derive(QByteArrayView password, const KdfParams& params, unsigned char* out,
                          std::size_t size) const = 0;
};

// Argon2id (libsodium crypto_pwhash, ALG_ARGON2ID13).
class Argon2idKdf final : public PasswordKdf
{
public:
    Status derive(QByteArrayView password, const KdfParams& params, unsigned char* out,
                  std::size_t size) const override;
};

} // namespace prihvat
