#pragma once

#include "AnswerSealer.h"
#include "DataFolder.h"
#include "Record.h"
#include "common/Clock.h"
#include "common/Hlc.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace prihvat {

class AuditLog;
class FieldSealer;
class FormRegistry;
class SqliteDb;

// The device's own database: records, their per-field stamps and the outbox of changes
// waiting for sync, in SQLite with WAL and synchronous=FULL. A write is acknowledged only
// after its transaction committed durably. Not thread-safe: one store per thread.
//
// Identifying and protection-sensitive answers are sealed on disk (AnswerSealer.h) with the
// data key the caller hands in through setSealer(). A store opens locked: it counts, lists
// key columns and writes records without such answers, but reading or writing a sealed
// answer fails with a clear error and writes nothing until setSealer() unlocks it.
class LocalStore
{
public:
    // Creates the data folder's database for a device at `site` (a site code of the
    // reference data). Refuses a folder that already holds one. Like open(), the store it
    // gives is locked until setSealer().
    static Result<std::unique_ptr<LocalStore>> initialise(const DataFolder& folder, const QString& site,
                                                          std::shared_ptr<const FormRegistry> forms, const Clock& clock);
    // Opens an initialised folder: checks the file (fully when the last session did not
    // close cleanly or the file is small), upgrades the schema, restores the clock.
    // A damaged file is reported as Error::Code::Damaged and left exactly as it was.
    static Result<std::unique_ptr<LocalStore>> open(const DataFolder& folder, std::shared_ptr<const FormRegistry> forms,
                                                    const Clock& clock);
    ~LocalStore();

    const QString& deviceId() const { return m_deviceId; }
    const QString& site() const { return m_site; }
    const FormRegistry& forms() const { return *m_forms; }
    std::shared_ptr<const FormRegistry> formsShared() const { return m_forms; }
    // Lays the reference data stored from headquarters (ReferenceStore) over the forms again,
    // after a pull brought some. The registry forms() gave before stays alive with the
    // store, so references into it stay valid (they show the old lists).
    Status reloadReference();
    HybridLogicalClock& hlc() { return *m_hlc; }
    const Clock& clock() const { return m_clock; }
    const DataFolder& folder() const { return m_folder; }

    // Who is using the store, for the audit trail (the user name; the device id is added
    // there). Until accounts exist, the operating-system user.
    const QString& actor() const { return m_actor; }
    void setActor(const QString& actor);
    // The audit trail of this data folder (schema 4).
    AuditLog& audit() const { return *m_audit; }

    // Unlocks the store with the data key's sealer, or locks it again (nullptr). The first
    // unlock of a folder whose answers are not sealed yet (schema 7 or a new folder) seals
    // them all in one transaction (schema 8) and truncates the WAL; a sync credential kept in
    // clear is sealed the same way. The audit trail's keyed head is checked and moved on
    // (AuditLog::confirm). A key that does not open this folder's sealed answers is refused
    // and the store stays as it was. Protection answers are sealed to the folder's current
    // protection public key (meta "protection_public"), whatever key the sealer came with;
    // call it again after the keys changed (Accounts does).
    Status setSealer(std::shared_ptr<const FieldSealer> sealer);
    bool isLocked() const { return !m_sealer; }
    std::shared_ptr<const FieldSealer> sealer() const { return m_sealer; }
    // Seals and opens answers with the current key (none while locked).
    AnswerSealer answers() const { return AnswerSealer(*m_forms, m_sealer.get()); }

    // The record with its answers opened (an error while locked when it has sealed ones).
    Result<std::optional<Record>> get(const QString& id) const;
    // A live (not deleted) person record with this id exists.
    bool personExists(const QString& id) const;

    // Writes records, their outbox changes and their audit entries (one per write: create,
    // update or delete, with the names of the changed fields, never their values) in one
    // transaction; returns only after the commit is durable. On any error nothing of the
    // batch is written. Skip leaves the outbox alone: for synthetic demonstration data
    // (seed), which must never reach headquarters; it writes one "seed" audit entry for the
    // whole batch. `actor` is who made the change (empty: actor()).
    enum class OutboxMode { Write, Skip };
    Status commit(const QList<RecordWrite>& writes, OutboxMode outboxMode = OutboxMode::Write,
                  const QString& actor = QString());

    // Live records of a form, newest first; `offset`/`limit` page through them.
    Result<QList<Record>> list(const QString& form, int limit, int offset = 0) const;
    Result<std::int64_t> count(const QString& form) const;
    Result<std::int64_t> outboxSize() const;

    // Full integrity check, consistency of records, stamps and outbox, and the audit
    // trail's hash chain. The result lists every fault found (empty when all is well).
    Result<QStringList> verify() const;

    // Enrolment: the device takes the id headquarters gave it (its stamps must carry the id
    // of its credential). In one transaction: the device id, the stamps of unsent changes,
    // of the records and of kept rejections are rewritten to `deviceId`, and `meta` entries
    // are written too; the clock continues under the new id. Nothing changes on error.
    Status adoptDeviceId(const QString& deviceId, const QList<std::pair<QString, QString>>& meta);

    SqliteDb& db() const { return *m_db; }
    // The last database failure in plain words ("<what>: the disk is full…").
    Error storeError(const QString& what) const;

private:
    LocalStore(DataFolder folder, std::unique_ptr<SqliteDb> db, std::shared_ptr<const FormRegistry> forms,
               const Clock& clock);
    Status configure();
    void protectAudit();
    Status loadMeta();
    Status setMeta(const QString& key, const QString& value);

    DataFolder m_folder;
    std::unique_ptr<SqliteDb> m_db;
    std::shared_ptr<const FormRegistry> m_forms;
    std::vector<std::shared_ptr<const FormRegistry>> m_retiredForms;
    const Clock& m_clock;
    std::unique_ptr<HybridLogicalClock> m_hlc;
    QString m_deviceId;
    QString m_site;
    QString m_actor;
    std::unique_ptr<AuditLog> m_audit;
    std::shared_ptr<const FieldSealer> m_sealer;
};

} // namespace prihvat
