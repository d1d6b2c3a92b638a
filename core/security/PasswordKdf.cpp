#include "PasswordKdf.h"

#include "SecretKey.h"

#include <QCoreApplication>

#include <sodium.h>

namespace prihvat {

static_assert(KdfParams::kFloorOpslimit >= crypto_pwhash_OPSLIMIT_MODERATE);
static_assert(KdfParams::kFloorMemlimit >= crypto_pwhash_MEMLIMIT_MODERATE);
static_assert(KdfParams::kSaltBytes == crypto_pwhash_SALTBYTES);

KdfParams KdfParams::fresh()
{
    KdfParams p;
    p.alg = QString::fromUtf16(kArgon2id);
    p.opslimit = kFloorOpslimit;
    p.memlimit = kFloorMemlimit;
    p.salt = QByteArray(kSaltBytes, Qt::Uninitialized);
    if (sodiumReady())
        randombytes_buf(p.salt.data(), kSaltBytes);
    return p;
}

Status KdfParams::check() const
{
    if (alg != QStringView(kArgon2id))
        return Error::unsupported(
            QCoreApplication::translate("Accounts",
                                        "The password of this user is hashed with \"%1\", which this "
                                        "version does not accept.")
                .arg(alg));
    if (opslimit < kFloorOpslimit || memlimit < kFloorMemlimit)
        return Error::damaged(QCoreApplication::translate(
            "Accounts", "The stored password parameters of this user are weaker than the minimum; "
                        "the account is refused. An administrator must set a new password."));
    if (opslimit > kCeilingOpslimit || memlimit > kCeilingMemlimit)
        return Error::damaged(QCoreApplication::translate(
            "Accounts",
            "The stored password parameters of this user are out of range; the account is refused."));
    if (static_cast<std::size_t>(salt.size()) != kSaltBytes)
        return Error::damaged(
            QCoreApplication::translate("Accounts", "The stored password salt of this user is damaged."));
    return {};
}

Status Argon2idKdf::derive(QByteArrayView password, const KdfParams& params, unsigned char* out,
                           std::size_t size) const
{
    if (!sodiumReady())
        return Error::io(
            QCoreApplication::translate("Security", "The encryption library could not be started."));
    if (Status s = params.check(); !s)
        return s;
    if (crypto_pwhash(out, size, password.data(), static_cast<unsigned long long>(password.size()),
                      reinterpret_cast<const unsigned char*>(params.salt.constData()), params.opslimit,
                      static_cast<std::size_t>(params.memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::io(
            QCoreApplication::translate(
                "Accounts", "There is not enough memory to check the password (Argon2id needs %1 MiB).")
                .arg(params.memlimit / (1024 * 1024)));
    return {};
}

} // namespace prihvat
