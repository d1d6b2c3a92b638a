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

class FieldSealer;
class LocalStore;

// What an audit entry records. The names are stored; never rename one.
enum class AuditKind
{
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
    Lockout,    // an account was locked after too many wrong passwords
    UserAdd,    // accounts (schema 7): a user was added, removed, unlocked by an
    UserRemove, //   administrator, or given a new password
    UserUnlock,
    PasswordChange,
    CryptoErase,   // every wrapped data key was destroyed (the device was revoked)
    TrailUnsealed, // an unlock found the trail without its seal although it held session
                   // entries: those entries ("entries=1-N") could not be confirmed
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
// still edit it, and even recompute every hash; so the head is also keyed: `meta.audit_mac`
// holds "<seq> <hash hex> <mac hex>", a MAC (FieldSealer::mac, purpose "prihvat-audit-mac-1")
// of an entry's seq and hash under the data key, which only a logged-in session holds.
// Every entry written while the store is unlocked moves it on; entries written while it is
// locked (a failed login, a lock-out) are confirmed by the next unlock, which first checks
// that the chain runs intact from the keyed entry to them. Whoever rewrites the trail
// without the key breaks the MAC; verify() says so. Headquarters keeps the heads each push
// carried, so a rewrite by someone who has the key shows there (docs/SYNC.md).
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
    // The hash stored for entry `seq` (nothing when there is no such entry).
    Result<std::optional<QByteArray>> hashAt(std::int64_t seq) const;
    // For each of `recordIds` made on this device: when and by whom it was created (the
    // "create" entry). Records received from headquarters have none.
    Result<QHash<QString, AuditEntry>> creations(const QStringList& recordIds) const;

    // Checks the whole chain: every seq from 1 present once, each entry's hash over its
    // own contents, each prev_hash equal to the hash of the entry before, the last entry
    // equal to the recorded head. At most `maxFaults` faults, in seq order.
    Result<QList<AuditFault>> verify(int maxFaults = 50) const;

    // Called by LocalStore::setSealer when the store is unlocked: checks the keyed head and
    // the chain after it and, when they hold, keys the current head (a trail that was never
    // keyed is checked in full first). When they do not hold, nothing is keyed in this
    // session, so verify() keeps reporting the break. Never fails the unlock for it.
    Status confirm(const FieldSealer& sealer);
    // The store locks: nothing is keyed until the next confirm().
    void lock() { m_confirmed = false; }
    // The data key is replaced: checks the keyed head with `from`, then keys it with `to`
    // (inside the caller's transaction when there is one). Refused when the MAC does not
    // hold under `from`.
    Status rekey(const FieldSealer& from, const FieldSealer& to);
    // The MAC of a head (seq, hash) under `sealer`'s data key.
    // `generation` 0: the sealer's current data key; else that generation of it.
    static Result<QByteArray> headMac(const FieldSealer& sealer, std::int64_t seq, const QByteArray& hash,
                                      int generation = 0);
    // Entry kinds that only a logged-in session writes: found after the keyed head, they
    // were added by someone without the key.
    static bool needsSession(QStringView kind);

    // The hash of an entry from its fields (seq, atMs, actor, kind, recordId, form, detail,
    // prevHash); exposed for tests that forge entries.
    static QByteArray computeHash(const AuditEntry& e);
    // As computeHash, over the stored UTF-8 bytes of the text columns (null: not present).
    static QByteArray computeHash(std::int64_t seq, std::int64_t atMs, const QByteArray& actor,
                                  const QByteArray& kind, const std::optional<QByteArray>& recordId,
                                  const std::optional<QByteArray>& form,
                                  const std::optional<QByteArray>& detail, const QByteArray& prevHash);

    // The actor for a user on a device.
    static QString actorFor(const QString& user, const QString& deviceId);
    // The operating-system user running the process ("unknown" when none is set).
    static QString systemUser();

    static constexpr const char16_t* kHeadKey = u"audit_head";
    static constexpr const char16_t* kMacKey = u"audit_mac";

private:
    Status write(const QString& actor, AuditKind kind, const QString& recordId, const QString& form,
                 const QString& detail);

    // Entries of kinds only a logged-in session writes (needsSession) exist.
    bool holdsSessionEntries() const;
    // Entries from `fromSeq` on (0: all): each links to the one before (to `fromHash` for
    // the first) and matches its hash, and none of a kind in needsSession() when
    // `sessionKinds` is false. The last one read goes to `last`.
    bool chainHolds(std::int64_t fromSeq, const QByteArray& fromHash, bool sessionKinds,
                    std::pair<std::int64_t, QByteArray>* last) const;
    Status writeMac(const FieldSealer& sealer, std::int64_t seq, const QByteArray& hash);

    const LocalStore& m_store;
    bool m_confirmed = false;
};

} // namespace prihvat
