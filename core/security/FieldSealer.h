#pragma once

#include "KeyRing.h"
#include "SecretKey.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace prihvat {

// Seals one answer of one record, with "<record id>\x1f<field>" as associated data, so a
// sealed value moved to another record or field no longer opens. A sealed value is text
// that says which key sealed it:
//
//  "s2:<gen>:" base64(nonce || ciphertext)  XChaCha20-Poly1305 (IETF) under the data key D
//                                           of generation <gen> (identifying answers);
//  "s1:" base64(nonce || ciphertext)        the same under D of generation 1 (schema 8;
//                                           still read, no longer written);
//  "p1:<gen>:" base64(E || nonce || ct)     sealed to the PUBLIC protection key P of
//                                           generation <gen> (protection-sensitive answers):
//                                           an ephemeral X25519 keypair (e, E), the shared
//                                           secret X25519(e, P) hashed with BLAKE2b together
//                                           with E, P and a domain label into a one-time
//                                           XChaCha20-Poly1305 key. Any session can write
//                                           such a value (it needs P's public key only);
//                                           only a holder of P's secret key opens it.
//
// It is what the database, the outbox and the conflict log store for every field a form
// marks identifying or protection-sensitive. A session without P's secret key cannot open
// a "p1:" value: canOpen() says so before anything is tried (AnswerSealer then withholds
// the answer instead of failing).
class FieldSealer
{
public:
    // A sealer with one data key (generation 1) and no protection keypair (tests, tools).
    explicit FieldSealer(std::shared_ptr<const SecretKey> key);
    explicit FieldSealer(KeyRing keys);

    const KeyRing& keys() const { return m_keys; }
    // Whether protection answers go to P (true once the folder has a protection keypair).
    bool hasProtectionKey() const { return m_keys.protectionGeneration > 0; }
    // A copy that seals protection answers to `publicKey` (generation `generation`).
    std::shared_ptr<const FieldSealer> withProtectionPublic(int generation,
                                                            const QByteArray& publicKey) const;

    // `plain` is the answer as compact JSON text (so any JSON type can be sealed).
    // Under the current data key ("s2:").
    Result<QString> seal(const QString& recordId, const QString& field, const QByteArray& plain) const;
    // To the current protection public key ("p1:"); under D while the folder has none yet.
    Result<QString> sealProtection(const QString& recordId, const QString& field,
                                   const QByteArray& plain) const;
    Result<QByteArray> open(const QString& recordId, const QString& field, const QString& sealed) const;

    // This sealer holds the key of the generation `sealed` names.
    bool canOpen(const QString& sealed) const;

    enum class KeyKind
    {
        Data,
        Protection
    };
    struct Origin
    {
        KeyKind kind;
        int generation;
    };
    // Which key sealed the value (nullopt: not a sealed value, or a damaged prefix).
    static std::optional<Origin> originOf(const QString& sealed);
    static bool isSealed(const QString& text)
    {
        return text.startsWith(QLatin1String("s1:")) || text.startsWith(QLatin1String("s2:")) ||
               text.startsWith(QLatin1String("p1:"));
    }
    static bool isProtectionSealed(const QString& text) { return text.startsWith(QLatin1String("p1:")); }

    // A MAC of `message` under a key derived from the data key for one purpose: BLAKE2b-256
    // keyed with BLAKE2b-256(key = data key, message = `purpose`). Whoever lacks the data key
    // can neither compute nor check it (the audit trail's head, AuditLog).
    // The MAC is made with the current data key's generation (dataGeneration()); macWith
    // checks one made under an earlier generation the ring still holds.
    Result<QByteArray> mac(const QByteArray& purpose, const QByteArray& message) const;
    Result<QByteArray> macWith(int generation, const QByteArray& purpose, const QByteArray& message) const;
    int dataGeneration() const { return m_keys.dataGeneration; }

private:
    KeyRing m_keys;
};

} // namespace prihvat
