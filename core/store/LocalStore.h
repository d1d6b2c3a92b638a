#pragma once

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

namespace prihvat {

class FormRegistry;
class SqliteDb;

// The device's own database: records, their per-field stamps and the outbox of changes
// waiting for sync, in SQLite with WAL and synchronous=FULL. A write is acknowledged only
// after its transaction committed durably. Not thread-safe: one store per thread.
class LocalStore
{
public:
    // Creates the data folder's database for a device at `site` (a site code of the
    // reference data). Refuses a folder that already holds one.
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
    HybridLogicalClock& hlc() { return *m_hlc; }
    const Clock& clock() const { return m_clock; }
    const DataFolder& folder() const { return m_folder; }

    Result<std::optional<Record>> get(const QString& id) const;
    // A live (not deleted) person record with this id exists.
    bool personExists(const QString& id) const;

    // Writes records and their outbox changes in one transaction; returns only after the
    // commit is durable. On any error nothing of the batch is written. Skip leaves the
    // outbox alone: for synthetic demonstration data (seed), which must never reach
    // headquarters.
    enum class OutboxMode { Write, Skip };
    Status commit(const QList<RecordWrite>& writes, OutboxMode outboxMode = OutboxMode::Write);

    // Live records of a form, newest first; `offset`/`limit` page through them.
    Result<QList<Record>> list(const QString& form, int limit, int offset = 0) const;
    Result<std::int64_t> count(const QString& form) const;
    Result<std::int64_t> outboxSize() const;

    // Full integrity check and consistency of records, stamps and outbox. The result lists
    // every fault found (empty when all is well).
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
    Status loadMeta();
    Status setMeta(const QString& key, const QString& value);

    DataFolder m_folder;
    std::unique_ptr<SqliteDb> m_db;
    std::shared_ptr<const FormRegistry> m_forms;
    const Clock& m_clock;
    std::unique_ptr<HybridLogicalClock> m_hlc;
    QString m_deviceId;
    QString m_site;
};

} // namespace prihvat
