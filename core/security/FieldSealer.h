#pragma once

#include "SecretKey.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace prihvat {

// Seals one answer of one record: XChaCha20-Poly1305 (IETF) under the data folder's data
// key, with "<record id>\x1f<field>" as associated data, so a sealed value moved to another
// record or field no longer opens. A sealed value is the text "s1:" followed by base64 of
// nonce || ciphertext; it is what the database, the outbox and the conflict log store for
// every field a form marks identifying or protection-sensitive.
class FieldSealer
{
public:
    explicit FieldSealer(std::shared_ptr<const SecretKey> key);

    // `plain` is the answer as compact JSON text (so any JSON type can be sealed).
    Result<QString> seal(const QString& recordId, const QString& field, const QByteArray& plain) const;
    Result<QByteArray> open(const QString& recordId, const QString& field, const QString& sealed) const;

    static bool isSealed(const QString& text) { return text.startsWith(QLatin1String("s1:")); }

    // A MAC of `message` under a key derived from the data key for one purpose: BLAKE2b-256
    // keyed with BLAKE2b-256(key = data key, message = `purpose`). Whoever lacks the data key
    // can neither compute nor check it (the audit trail's head, AuditLog).
    Result<QByteArray> mac(const QByteArray& purpose, const QByteArray& message) const;

private:
    std::shared_ptr<const SecretKey> m_key;
};

} // namespace prihvat
