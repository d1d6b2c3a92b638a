#include "FieldSealer.h"

#include <QCoreApplication>

#include <sodium.h>

namespace prihvat {

namespace {

QByteArray associatedData(const QString& recordId, const QString& field)
{
    return recordId.toUtf8() + '\x1f' + field.toUtf8();
}

constexpr qsizetype NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype TagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

} // namespace

FieldSealer::FieldSealer(std::shared_ptr<const SecretKey> key) : m_key(std::move(key)) {}

Result<QString> FieldSealer::seal(const QString& recordId, const QString& field, const QByteArray& plain) const
{
    if (!m_key || !sodiumReady())
        return Error::io(QCoreApplication::translate("Security", "The data is locked."));
    const QByteArray ad = associatedData(recordId, field);
    QByteArray out(NonceSize + plain.size() + TagSize, Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, NonceSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + NonceSize, &written, reinterpret_cast<const unsigned char*>(plain.constData()),
        static_cast<unsigned long long>(plain.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, nonce, m_key->data());
    out.truncate(NonceSize + static_cast<qsizetype>(written));
    return QString(QStringLiteral("s1:") + QString::fromLatin1(out.toBase64()));
}

Result<QByteArray> FieldSealer::open(const QString& recordId, const QString& field, const QString& sealed) const
{
    if (!m_key || !sodiumReady())
        return Error::io(QCoreApplication::translate("Security", "The data is locked."));
    if (!isSealed(sealed))
        return Error::damaged(QCoreApplication::translate("Security", "A sealed answer is not in the sealed format."));
    const auto decoded = QByteArray::fromBase64Encoding(QStringView(sealed).mid(3).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < NonceSize + TagSize)
        return Error::damaged(QCoreApplication::translate("Security", "A sealed answer is damaged."));
    const QByteArray& box = decoded.decoded;
    const QByteArray ad = associatedData(recordId, field);
    QByteArray plain(box.size() - NonceSize - TagSize, Qt::Uninitialized);
    unsigned long long written = 0;
    const auto* nonce = reinterpret_cast<const unsigned char*>(box.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr, nonce + NonceSize,
            static_cast<unsigned long long>(box.size() - NonceSize), reinterpret_cast<const unsigned char*>(ad.constData()),
            static_cast<unsigned long long>(ad.size()), nonce, m_key->data())
        != 0)
        return Error::damaged(QCoreApplication::translate("Security", "A sealed answer does not open with this key."));
    plain.truncate(static_cast<qsizetype>(written));
    return plain;
}

Result<QByteArray> FieldSealer::mac(const QByteArray& purpose, const QByteArray& message) const
{
    if (!m_key || !sodiumReady())
        return Error::io(QCoreApplication::translate("Security", "The data is locked."));
    unsigned char subkey[crypto_generichash_KEYBYTES];
    crypto_generichash(subkey, sizeof subkey, reinterpret_cast<const unsigned char*>(purpose.constData()),
                       static_cast<unsigned long long>(purpose.size()), m_key->data(), SecretKey::size());
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<std::size_t>(out.size()),
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<unsigned long long>(message.size()), subkey, sizeof subkey);
    sodium_memzero(subkey, sizeof subkey);
    return out;
}

} // namespace prihvat
