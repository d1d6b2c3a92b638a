#pragma once

#include "common/Result.h"
#include "security/FieldSealer.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace prihvat {
class FormRegistry;
class SecretKey;
} // namespace prihvat

namespace prihvat::hq {

// Seals the values headquarters keeps of protection-sensitive fields (a form field with
// sensitivity "protection") in every table that holds them: `changes`, `fields` and both
// values of `conflicts`. XChaCha20-Poly1305 (the device's FieldSealer) under the key of
// `prihvat-hq serve --key-file`, with "<record id>\x1f<field>\x1f<stamp>" as associated
// data, where the stamp is the one stored next to the value (`hlc`, `winner_hlc`,
// `loser_hlc`): a sealed value copied to another record, field or change no longer opens.
// A sealed value is "s2:<generation>:" (earlier "s1:") and base64: it starts with "s",
// which no JSON text does.
//
// Without a key (a database that was never given one) values pass through in clear, as
// before; HqSealing refuses to run without the key once a database has been given one.
class HqSealer
{
public:
    HqSealer() = default;
    explicit HqSealer(std::shared_ptr<const SecretKey> key);

    bool hasKey() const { return m_key != nullptr; }

    // `valueText` is the value as JSON text (as the tables store it).
    Result<QString> seal(const QString& recordId, const QString& field, const QString& stamp,
                         const QString& valueText) const;
    // A sealed value opened; any other text as it is.
    Result<QString> open(const QString& recordId, const QString& field, const QString& stamp,
                         const QString& stored) const;
    static bool isSealed(const QString& stored) { return FieldSealer::isSealed(stored); }

    // A value sealed under the key and nothing else, kept in the table `sealing` to tell the
    // right key from a wrong one before anything is read or written.
    Result<QString> keyCheck() const;
    bool opensKeyCheck(const QString& stored) const;

    // The key in a key file: exactly 32 bytes, or their base64 (surrounding white space is
    // ignored). The bytes read are wiped.
    static Result<std::shared_ptr<const SecretKey>> readKeyFile(const QString& path);
    // Writes a new random key as base64 to `path`, made with mode 0600; never overwrites.
    static Status generateKeyFile(const QString& path);

    // "form:field" of every field headquarters seals.
    static QStringList sealedKeys(const FormRegistry& forms);

    // What retention leaves in place of a value (HqRetention): not JSON and not sealed.
    static QString purgedMarker() { return QStringLiteral("purged"); }

private:
    std::shared_ptr<const SecretKey> m_key;
    std::shared_ptr<const FieldSealer> m_sealer;
};

} // namespace prihvat::hq
