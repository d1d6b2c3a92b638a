#pragma once

#include "KeyRing.h"
#include "SecretKey.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace prihvat {

// Seals one answer of one record. The answers a record holds, and those the outbox, kept
// rejections and the conflict log hold, are sealed with "<record id>\x1f<field>\x1f<stamp>"
// as associated data, <stamp> being the HLC stamp under which that value of that field was
// written (the per-field stamp kept with the record, the change's stamp in the outbox, the
// entry's own stamp in rejections and the conflict log): its time and counter, the first
// two parts "<13 hex>-<6 hex>" of HlcStamp::toString. The device id that ends the stamp
// text is left out because enrolment renames it in every stored stamp (a device's local
// id becomes the one headquarters gives); a device's own stamps never repeat a time and
// counter, so this still tells every value of a field apart, except two values of the same
// field written by two devices in the same millisecond with the same counter. So a
// sealed value moved to another record or field no longer opens, and neither does an older
// sealed value of the same field put back in place of the current one (copied from the
// outbox or from an older copy of the file): it was written under an older stamp. What this
// does NOT stop: whoever can write the files may also put back the old stamp next to the old
// value (the stamps are not sealed); the record then opens with the old answer. It also
// does not stop putting back an older UNBOUND value ("s1:", "s2:", "p1:") from a copy made
// before those were re-sealed, since those formats carry no stamp. Other sealed things (the
// sync credential, drafts, the key check) are sealed without a stamp, with
// "<record id>\x1f<field>" as associated data ("s2:"). A sealed value is text that says which
// key sealed it, and whether it is bound:
//
//  "s3:<gen>:" base64(nonce || ciphertext)  XChaCha20-Poly1305 (IETF) under the data key D
//                                           of generation <gen>, bound to the stamp
//                                           (identifying answers);
//  "p2:<gen>:" base64(E || nonce || ct)     as "p1:" below, bound to the stamp
//                                           (protection-sensitive answers);
//  "s2:<gen>:" base64(nonce || ciphertext)  as "s3:" without the stamp (identifying answers
//                                           written before stamps were bound: still read,
//                                           moved to "s3:" by a re-seal; other sealed things);
//  "s1:" base64(nonce || ciphertext)        the same under D of generation 1 (schema 8;
//                                           still read, no longer written);
//  "p1:<gen>:" base64(E || nonce || ct)     (still read, moved to "p2:" by a re-seal)
//                                           sealed to the PUBLIC protection key P of
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
// a "p1:" or "p2:" value: canOpen() says so before anything is tried (AnswerSealer then withholds
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
    // Under the current data key, without a stamp ("s2:"; the sync credential, drafts,
    // the key check, the headquarters' own values).
    Result<QString> seal(const QString& recordId, const QString& field, const QByteArray& plain) const;
    // Under the current data key, bound to `stamp` ("s3:"; identifying answers).
    Result<QString> sealBound(const QString& recordId, const QString& field, const QString& stamp,
                              const QByteArray& plain) const;
    // To the current protection public key, bound to `stamp` ("p2:"); under D ("s3:") while
    // the folder has none yet.
    Result<QString> sealProtection(const QString& recordId, const QString& field, const QString& stamp,
                                   const QByteArray& plain) const;
    // Opens any format; a bound one ("s3:", "p2:") only with the stamp it was sealed with
    // (another stamp, or none: "does not open with this key"). The stamp is not used for
    // the unbound formats.
    Result<QByteArray> open(const QString& recordId, const QString& field, const QString& stamp,
                            const QString& sealed) const;
    // Without a stamp: the unbound formats (a bound value opens only if sealed with an empty
    // stamp).
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
               text.startsWith(QLatin1String("s3:")) || text.startsWith(QLatin1String("p1:")) ||
               text.startsWith(QLatin1String("p2:"));
    }
    static bool isProtectionSealed(const QString& text)
    {
        return text.startsWith(QLatin1String("p1:")) || text.startsWith(QLatin1String("p2:"));
    }
    // Sealed with the stamp in its associated data ("s3:", "p2:").
    static bool isBound(const QString& text)
    {
        return text.startsWith(QLatin1String("s3:")) || text.startsWith(QLatin1String("p2:"));
    }

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
