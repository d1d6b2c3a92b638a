#include "FieldSealer.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>

namespace prihvat {

namespace {

QByteArray associatedData(const QString& recordId, const QString& field)
{
    return recordId.toUtf8() + '\x1f' + field.toUtf8();
}

// "s3:" and "p2:" values also bind the stamp the answer was written under: its time and
// counter, "<13 hex>-<6 hex>" (the text up to the device id, which enrolment renames in
// every stored stamp; LocalStore::adoptDeviceId).
QByteArray boundData(const QString& recordId, const QString& field, const QString& stamp)
{
    return associatedData(recordId, field) + '\x1f' + stamp.section(u'-', 0, 1).toUtf8();
}

constexpr qsizetype NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype TagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype PublicSize = crypto_box_PUBLICKEYBYTES;
constexpr char kProtectionDomain[] = "prihvat-protection-answer-1";

static_assert(crypto_box_PUBLICKEYBYTES == crypto_scalarmult_BYTES);
static_assert(crypto_box_SECRETKEYBYTES == SecretKey::Size);

Error lockedError()
{
    return Error::io(QCoreApplication::translate("Security", "The data is locked."));
}

Error damagedError()
{
    return Error::damaged(QCoreApplication::translate("Security", "A sealed answer is damaged."));
}

Error wrongKeyError()
{
    return Error::damaged(
        QCoreApplication::translate("Security", "A sealed answer does not open with this key."));
}

// nonce || XChaCha20-Poly1305(plain) under `key`.
QByteArray aeadSeal(const unsigned char* key, const QByteArray& ad, const QByteArray& plain,
                    qsizetype prefix = 0)
{
    QByteArray out(prefix + NonceSize + plain.size() + TagSize, Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data()) + prefix;
    randombytes_buf(nonce, NonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + NonceSize, &written, reinterpret_cast<const unsigned char*>(plain.constData()),
        static_cast<unsigned long long>(plain.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, nonce, key);
    out.truncate(prefix + NonceSize + static_cast<qsizetype>(written));
    return out;
}

Result<QByteArray> aeadOpen(const unsigned char* key, const QByteArray& ad, const char* box, qsizetype size)
{
    if (size < NonceSize + TagSize)
        return damagedError();
    QByteArray plain(size - NonceSize - TagSize, Qt::Uninitialized);
    unsigned long long written = 0;
    const auto* nonce = reinterpret_cast<const unsigned char*>(box);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr, nonce + NonceSize,
            static_cast<unsigned long long>(size - NonceSize),
            reinterpret_cast<const unsigned char*>(ad.constData()),
            static_cast<unsigned long long>(ad.size()), nonce, key) != 0)
        return wrongKeyError();
    plain.truncate(static_cast<qsizetype>(written));
    return plain;
}

// The one-time key of a "p1:" value: BLAKE2b(X25519 shared secret || E || P || domain).
bool protectionKey(const unsigned char* shared, const unsigned char* ephemeral,
                   const unsigned char* publicKey, unsigned char* out)
{
    crypto_generichash_state state;
    if (crypto_generichash_init(&state, nullptr, 0, crypto_aead_xchacha20poly1305_ietf_KEYBYTES) != 0)
        return false;
    crypto_generichash_update(&state, shared, crypto_scalarmult_BYTES);
    crypto_generichash_update(&state, ephemeral, PublicSize);
    crypto_generichash_update(&state, publicKey, PublicSize);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(kProtectionDomain),
                              sizeof kProtectionDomain - 1);
    const bool ok = crypto_generichash_final(&state, out, crypto_aead_xchacha20poly1305_ietf_KEYBYTES) == 0;
    sodium_memzero(&state, sizeof state);
    return ok;
}

// The base64 body after "s1:", "s2:<gen>:" or "p1:<gen>:".
std::optional<QByteArray> bodyOf(const QString& sealed)
{
    qsizetype start = 3;
    if (!sealed.startsWith(QLatin1String("s1:"))) {
        start = sealed.indexOf(u':', 3);
        if (start < 0)
            return std::nullopt;
        ++start;
    }
    const auto decoded = QByteArray::fromBase64Encoding(QStringView(sealed).mid(start).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

FieldSealer::FieldSealer(std::shared_ptr<const SecretKey> key)
{
    m_keys.dataGeneration = 1;
    if (key)
        m_keys.data.emplace(1, std::move(key));
}

FieldSealer::FieldSealer(KeyRing keys) : m_keys(std::move(keys)) {}

std::shared_ptr<const FieldSealer> FieldSealer::withProtectionPublic(int generation,
                                                                     const QByteArray& publicKey) const
{
    KeyRing keys = m_keys;
    keys.protectionGeneration = generation;
    keys.protectionPublic = publicKey;
    return std::make_shared<const FieldSealer>(std::move(keys));
}

std::optional<FieldSealer::Origin> FieldSealer::originOf(const QString& sealed)
{
    if (sealed.startsWith(QLatin1String("s1:")))
        return Origin{KeyKind::Data, 1};
    const bool data = sealed.startsWith(QLatin1String("s2:")) || sealed.startsWith(QLatin1String("s3:"));
    if (!data && !sealed.startsWith(QLatin1String("p1:")) && !sealed.startsWith(QLatin1String("p2:")))
        return std::nullopt;
    const qsizetype end = sealed.indexOf(u':', 3);
    if (end < 0)
        return std::nullopt;
    bool ok = false;
    const int generation = QStringView(sealed).mid(3, end - 3).toInt(&ok);
    if (!ok || generation <= 0)
        return std::nullopt;
    return Origin{data ? KeyKind::Data : KeyKind::Protection, generation};
}

bool FieldSealer::canOpen(const QString& sealed) const
{
    const auto origin = originOf(sealed);
    if (!origin)
        return false;
    if (origin->kind == KeyKind::Data)
        return m_keys.data.count(origin->generation) != 0;
    return m_keys.protection.count(origin->generation) != 0;
}

Result<QString> FieldSealer::seal(const QString& recordId, const QString& field,
                                  const QByteArray& plain) const
{
    const auto key = m_keys.currentData();
    if (!key || !sodiumReady())
        return lockedError();
    const QByteArray box = aeadSeal(key->data(), associatedData(recordId, field), plain);
    return QString(QStringLiteral("s2:%1:").arg(m_keys.dataGeneration) + QString::fromLatin1(box.toBase64()));
}

Result<QString> FieldSealer::sealBound(const QString& recordId, const QString& field, const QString& stamp,
                                       const QByteArray& plain) const
{
    const auto key = m_keys.currentData();
    if (!key || !sodiumReady())
        return lockedError();
    const QByteArray box = aeadSeal(key->data(), boundData(recordId, field, stamp), plain);
    return QString(QStringLiteral("s3:%1:").arg(m_keys.dataGeneration) + QString::fromLatin1(box.toBase64()));
}

Result<QString> FieldSealer::sealProtection(const QString& recordId, const QString& field,
                                            const QString& stamp, const QByteArray& plain) const
{
    if (!hasProtectionKey())
        return sealBound(recordId, field, stamp, plain);
    if (!sodiumReady())
        return lockedError();
    if (m_keys.protectionPublic.size() != PublicSize)
        return Error::damaged(QCoreApplication::translate("Security", "A key has the wrong length."));
    unsigned char ephemeralSecret[crypto_box_SECRETKEYBYTES];
    unsigned char ephemeral[crypto_box_PUBLICKEYBYTES];
    unsigned char shared[crypto_scalarmult_BYTES];
    unsigned char key[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
    const auto* publicKey = reinterpret_cast<const unsigned char*>(m_keys.protectionPublic.constData());
    crypto_box_keypair(ephemeral, ephemeralSecret);
    const bool ok = crypto_scalarmult(shared, ephemeralSecret, publicKey) == 0 &&
                    protectionKey(shared, ephemeral, publicKey, key);
    sodium_memzero(ephemeralSecret, sizeof ephemeralSecret);
    sodium_memzero(shared, sizeof shared);
    if (!ok) {
        sodium_memzero(key, sizeof key);
        return Error::damaged(QCoreApplication::translate("Security", "A key has the wrong length."));
    }
    QByteArray box = aeadSeal(key, boundData(recordId, field, stamp), plain, PublicSize);
    sodium_memzero(key, sizeof key);
    std::memcpy(box.data(), ephemeral, PublicSize);
    return QString(QStringLiteral("p2:%1:").arg(m_keys.protectionGeneration) +
                   QString::fromLatin1(box.toBase64()));
}

Result<QByteArray> FieldSealer::open(const QString& recordId, const QString& field,
                                     const QString& sealed) const
{
    return open(recordId, field, QString(), sealed);
}

Result<QByteArray> FieldSealer::open(const QString& recordId, const QString& field, const QString& stamp,
                                     const QString& sealed) const
{
    if (!sodiumReady() || m_keys.data.empty())
        return lockedError();
    const auto origin = originOf(sealed);
    if (!origin)
        return Error::damaged(
            QCoreApplication::translate("Security", "A sealed answer is not in the sealed format."));
    const auto body = bodyOf(sealed);
    if (!body)
        return damagedError();
    // A bound value opens only with the stamp it was written under.
    const bool bound = isBound(sealed);
    const QByteArray ad = bound ? boundData(recordId, field, stamp) : associatedData(recordId, field);
    if (origin->kind == KeyKind::Data) {
        const auto it = m_keys.data.find(origin->generation);
        if (it == m_keys.data.end())
            return wrongKeyError();
        return aeadOpen(it->second->data(), ad, body->constData(), body->size());
    }
    const auto it = m_keys.protection.find(origin->generation);
    if (it == m_keys.protection.end())
        return lockedError();
    if (body->size() < PublicSize + NonceSize + TagSize)
        return damagedError();
    const auto* ephemeral = reinterpret_cast<const unsigned char*>(body->constData());
    unsigned char publicKey[crypto_box_PUBLICKEYBYTES];
    unsigned char shared[crypto_scalarmult_BYTES];
    unsigned char key[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
    crypto_scalarmult_base(publicKey, it->second->data());
    const bool ok = crypto_scalarmult(shared, it->second->data(), ephemeral) == 0 &&
                    protectionKey(shared, ephemeral, publicKey, key);
    sodium_memzero(shared, sizeof shared);
    if (!ok) {
        sodium_memzero(key, sizeof key);
        return wrongKeyError();
    }
    auto plain = aeadOpen(key, ad, body->constData() + PublicSize, body->size() - PublicSize);
    sodium_memzero(key, sizeof key);
    return plain;
}

Result<QByteArray> FieldSealer::mac(const QByteArray& purpose, const QByteArray& message) const
{
    return macWith(m_keys.dataGeneration, purpose, message);
}

Result<QByteArray> FieldSealer::macWith(int generation, const QByteArray& purpose,
                                        const QByteArray& message) const
{
    const auto it = m_keys.data.find(generation);
    if (it == m_keys.data.end() || !sodiumReady())
        return lockedError();
    unsigned char subkey[crypto_generichash_KEYBYTES];
    crypto_generichash(subkey, sizeof subkey, reinterpret_cast<const unsigned char*>(purpose.constData()),
                       static_cast<unsigned long long>(purpose.size()), it->second->data(),
                       SecretKey::size());
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<std::size_t>(out.size()),
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<unsigned long long>(message.size()), subkey, sizeof subkey);
    sodium_memzero(subkey, sizeof subkey);
    return out;
}

} // namespace prihvat
