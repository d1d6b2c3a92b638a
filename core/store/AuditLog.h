#pragma once

#include "common/Result.h"

#include <QHash>
#include <QStringList>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace prihvat {

class LocalStore;

// What an audit entry records. The names are stored; never rename one.
enum class AuditKind {
    Init,           // the data folder was created (or its audit trail started, on upgrade)
    Create,         // a record was created
    Update,         // a record was changed
    Delete,         // a record was deleted (a tombstone)
    ViewProtection, // protection-sensitive fields of a record were shown
    Export,         // data left the application (a file, a report)
    Sync,           // an answer from headquarters was applied
    Purge,          // records were removed for retention; only their ids remain here
    Seed,           // synthetic demonstration data was added (one entry per commit)
    Login,
    LoginFailed,
    Lock,
    RoleChange,
    Lockout,        // an account was locked after too many wrong passwords
    UserAdd,        // accounts (schema 7): a user was added, removed, unlocked by an
    UserRemove,     //   administrator, or given a new password
    UserUnlock,
    PasswordChange,
    CryptoErase,    // every wrapped data key was destroyed (the device was revoked)
};

QString auditKindName(AuditKind kind);
std::optional<AuditKind> auditKindFromName(QStringView name);

// One entry as stored. Never a value of a record: who (actor), when, what kind, which
// record of which form, and at most a non-identifying detail (field names, counts).
struct AuditEntry
{
    std::int64_t seq = 0;
    std::int64_t atMs = 0;
    QString actor;    // "<user>@<device id>"
    QString kind;     // auditKindName()
    QString recordId; // null when the entry is about no single record
    QString form;     // null when none
    QString detail;   // null when none
    QByteArray prevHash;
    QByteArray hash;

    // {"seq", "at" (ISO 8601 UTC), "at_ms", "actor", "kind", "record_id", "form", "detail",
    //  "hash"}: absent fields are JSON null.
    QJsonObject toJson() const;
};

// A place where the chain does not hold: the entry's seq and what is wrong there.
struct AuditFault
{
    std::int64_t seq = 0;
    QString message;
};

// The append-only, hash-chained audit trail of the local database (schema 4, table
// `audit`). Each entry's hash is BLAKE2b-256 over a canonical encoding of its seq, time,
// actor, kind, record id, form, detail and the previous entry's hash; the first entry
// chains from 32 zero bytes. The head of the chain (last seq and hash) is also kept in
// `meta`, so that entries removed from the end are found as well.
//
// What it protects against: triggers refuse UPDATE and DELETE of entries through any
// connection, and this connection also refuses to drop the triggers or the table
// (LocalStore installs an authoriser). Someone with the file and their own SQLite can
// still edit it; then verify() reports the entry where the chain breaks. The chain has
// no secret key yet: a forger who knows this encoding and recomputes every later hash
// and the recorded head is not detected on this device. Keying the hash with the sealed
// data key, or anchoring the head at headquarters through sync, would close that gap;
// neither exists yet.
class AuditLog
{
public:
    static constexpr int kHashBytes = 32;

    explicit AuditLog(const LocalStore& store);

    // Appends one entry for the store's actor (LocalStore::actor()) on this device.
    // Inside the caller's transaction when there is one (the entry then commits or rolls
    // back with the caller's writes), else in a transaction of its own. A null `recordId`,
    // `form` or `detail` is stored as NULL.
    Status append(AuditKind kind, const QString& recordId = QString(), const QString& form = QString(),
                  const QString& detail = QString());
    // The same for another user on this device (a RecordService's actor).
    Status appendAs(const QString& user, AuditKind kind, const QString& recordId = QString(),
                    const QString& form = QString(), const QString& detail = QString());

    // Protection-sensitive fields of a record were shown (`fields` of them). The names of
    // those fields are not stored: which ones a record has is itself sensitive.
    Status viewedProtection(const QString& recordId, const QString& form, int fields);

    // Newest first.
    Result<QList<AuditEntry>> entries(int limit = 1000, int offset = 0) const;
    Result<std::int64_t> count() const;
    // For each of `recordIds` made on this device: when and by whom it was created (the
    // "create" entry). Records received from headquarters have none.
    Result<QHash<QString, AuditEntry>> creations(const QStringList& recordIds) const;

    // Checks the whole chain: every seq from 1 present once, each entry's hash over its
    // own contents, each prev_hash equal to the hash of the entry before, the last entry
    // equal to the recorded head. At most `maxFaults` faults, in seq order.
    Result<QList<AuditFault>> verify(int maxFaults = 50) const;

    // The hash of an entry from its fields (seq, atMs, actor, kind, recordId, form, detail,
    // prevHash); exposed for tests that forge entries.
    static QByteArray computeHash(const AuditEntry& e);
    // As computeHash, over the stored UTF-8 bytes of the text columns (null: not present).
    static QByteArray computeHash(std::int64_t seq, std::int64_t atMs, const QByteArray& actor,
                                  const QByteArray& kind, const std::optional<QByteArray>& recordId,
                                  const std::optional<QByteArray>& form, const std::optional<QByteArray>& detail,
                                  const QByteArray& prevHash);

    // The actor for a user on a device.
    static QString actorFor(const QString& user, const QString& deviceId);
    // The operating-system user running the process ("unknown" when none is set).
    static QString systemUser();

    static constexpr const char16_t* kHeadKey = u"audit_head";

private:
    Status write(const QString& actor, AuditKind kind, const QString& recordId, const QString& form,
                 const QString& detail);

    const LocalStore& m_store;
};

} // namespace prihvat
