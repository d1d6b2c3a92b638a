#pragma once

#include "HqDatabase.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace prihvat::hq {

// One entry of headquarters' audit trail. Never a value of a record: who (actor), when,
// what kind, which record, and at most a detail of ids and counts (JSON text).
struct HqAuditEntry
{
    std::int64_t seq = 0;
    std::int64_t atMs = 0;
    QString actor;    // "device:<id>", "operator:<name>" or "address:<ip>"
    QString kind;     // HqAudit::k…
    QString recordId; // null when about no single record
    QString detail;   // null when none
    QString prevHash; // hex
    QString hash;     // hex

    // {"seq","at" (ISO 8601 UTC),"at_ms","actor","kind","record_id","detail","hash"}.
    QJsonObject toJson() const;
};

// Where the chain does not hold: the first broken entry and what is wrong there.
struct HqAuditFault
{
    std::int64_t seq = 0;
    QString message;
};

// Headquarters' append-only, hash-chained audit trail (table `audit`, schema version 2),
// on SQLite and PostgreSQL alike. Each entry's hash is BLAKE2b-256 over a canonical
// encoding of its seq, time, actor, kind, record id, detail and the previous entry's hash;
// the first chains from 32 zero bytes. The one-row table `audit_head` holds the last seq and
// hash: appending locks that row first (PostgreSQL row lock; SQLite's write lock), so
// several prihvat-hq processes on one database keep one linear chain, and entries removed
// from the end are found too. Triggers refuse UPDATE and DELETE of entries; someone who
// owns the database can drop them, and verify() then names the first entry that was
// changed or removed.
class HqAudit
{
public:
    // Kinds (stored; never rename one).
    static constexpr const char16_t* kEnrol = u"enrol";
    static constexpr const char16_t* kAuthFailed = u"auth_failed";
    static constexpr const char16_t* kDeviceAdd = u"device_add";
    static constexpr const char16_t* kDeviceRevoke = u"device_revoke";
    static constexpr const char16_t* kPush = u"push";
    static constexpr const char16_t* kPull = u"pull";
    static constexpr const char16_t* kProtectionDelivered = u"protection_delivered";
    static constexpr const char16_t* kConflict = u"conflict";
    // Values sealed under the key (HqSealing, counts) and records emptied by retention
    // (HqRetention, the record id and its form).
    static constexpr const char16_t* kValuesSealed = u"values_sealed";
    static constexpr const char16_t* kRetentionPurge = u"retention_purge";
    // A device's push did not agree with the audit head headquarters recorded for it
    // (detail: {"problem", "seq", "recorded", "reported", "head_seq"}).
    static constexpr const char16_t* kDeviceAuditDivergence = u"device_audit_divergence";

    struct Event
    {
        QString actor;
        QString kind;
        QString recordId; // null: none
        QString detail;   // null: none
    };

    HqAudit(HqDatabase& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Appends inside the caller's transaction (HqDatabase::begin): the entries commit or
    // roll back with the caller's writes.
    Status appendInTransaction(const QList<Event>& events);
    // Appends in a transaction of its own.
    Status append(const QList<Event>& events);
    Status append(const Event& event) { return append(QList<Event>{event}); }

    // Newest first.
    Result<QList<HqAuditEntry>> entries(int limit = 100) const;

    // Inside a push's transaction: compares the device's audit head and anchor (seq 0: not
    // sent) with the head recorded at its last push. The divergence to record, if any: the
    // anchor names another seq or holds another hash than was recorded there (the device's
    // trail was rewritten), is missing although the last push carried one, or the head went
    // backwards.
    Result<std::optional<Event>> checkDeviceHead(const QString& deviceId, std::int64_t headSeq,
                                                 std::int64_t anchorSeq, const QString& anchorHash) const;
    // Every recorded divergence of a device's audit trail, oldest first.
    Result<QList<HqAuditEntry>> divergences() const;
    // The first place where the chain does not hold, or nothing when it is intact.
    // `count` receives the number of entries read.
    Result<std::optional<HqAuditFault>> verify(std::int64_t* count = nullptr) const;

    static QString deviceActor(const QString& id) { return QStringLiteral("device:") + id; }
    static QString operatorActor(const QString& name) { return QStringLiteral("operator:") + name; }
    static QString addressActor(const QString& ip) { return QStringLiteral("address:") + ip; }

    // The hash (hex) of an entry from its fields and the previous hash (hex).
    static QString computeHash(std::int64_t seq, std::int64_t atMs, const QString& actor, const QString& kind,
                               const QString& recordId, const QString& detail, const QString& prevHash);
    static QString zeroHash();

    // The schema of version 2 for `engine` (HqDatabase's migrations).
    static QStringList schema(HqDatabase::Engine engine);

private:
    HqDatabase& m_db;
    const Clock& m_clock;
};

} // namespace prihvat::hq
