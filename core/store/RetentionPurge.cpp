#include "RetentionPurge.h"

#include "AuditLog.h"
#include "LocalStore.h"
#include "SqliteDb.h"
#include "SyncState.h"
#include "forms/FormRegistry.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace prihvat {

int PurgeReport::total() const
{
    int n = 0;
    for (int v : purged)
        n += v;
    return n;
}

namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

// Candidates of one form, oldest first: confirmed at headquarters and past the period.
const char16_t* const kCandidates =
    uR"(SELECT r.id FROM records r
        WHERE r.form = ?1
          AND COALESCE(r.event_date < ?2, r.created_ms < ?3)
          AND r.updated_ms < ?3
          AND r.updated_ms <= ?4
          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.record_id = r.id)
          AND NOT EXISTS (SELECT 1 FROM rejections j WHERE j.record_id = r.id)
          AND NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.record_id = r.id
                          AND c.resolved = 0 AND c.resolved_locally = 0)
          AND NOT EXISTS (SELECT 1 FROM records p WHERE p.person_id = r.id)
        ORDER BY r.rid)";

// Persons named as another person's household head (read once per purge, not per record).
const char16_t* const kHeads =
    uR"(SELECT DISTINCT json_extract(data, '$.household_head') FROM records
        WHERE form = ?1 AND json_extract(data, '$.household_head') IS NOT NULL)";

} // namespace

Result<PurgeReport> RetentionPurge::run(LocalStore& store, const RetentionDays& retentionDays, const QString& actor)
{
    PurgeReport report;
    SyncState sync(store);
    const std::int64_t lastSync = sync.isEnrolled() ? sync.lastSuccessMs() : 0;
    if (lastSync <= 0)
        return report; // headquarters has confirmed nothing yet

    // Forms that refer to a person go before the person form, so a person is only removed
    // once nothing on the device points at them.
    QStringList forms;
    QStringList personForms;
    for (const QString& id : store.forms().formIds()) {
        if (!retentionDays(id))
            continue;
        (store.forms().form(id)->keys.person.isEmpty() ? personForms : forms).append(id);
    }
    forms += personForms;
    if (forms.isEmpty())
        return report;

    SqliteDb& db = store.db();
    if (Status s = db.exec(u"PRAGMA secure_delete = ON"_s); !s)
        return s.error();
    {
        SqliteTransaction tx(db);
        if (Status s = tx.begin(); !s)
            return store.storeError(QCoreApplication::translate("RetentionPurge", "Could not start the purge"));
        auto candidates = db.prepare(QString::fromUtf16(kCandidates));
        auto dropRecord = db.prepare(u"DELETE FROM records WHERE id = ?1"_s);
        auto dropConflicts = db.prepare(u"DELETE FROM conflicts WHERE record_id = ?1"_s);
        auto dropRejections = db.prepare(u"DELETE FROM rejections WHERE record_id = ?1"_s);
        if (!candidates || !dropRecord || !dropConflicts || !dropRejections)
            return store.storeError(QCoreApplication::translate("RetentionPurge", "Could not prepare the purge"));

        const std::int64_t now = store.clock().nowMs();
        const QDate today = store.clock().today();
        for (const QString& form : std::as_const(forms)) {
            const int days = *retentionDays(form);
            if (days < 1)
                continue;
            const std::int64_t cutoffMs = now - days * kDayMs;
            const QString cutoffDate = today.addDays(-days).toString(Qt::ISODate);
            QSet<QString> heads;
            if (store.forms().form(form)->field(u"household_head"_s)) {
                auto read = db.prepare(QString::fromUtf16(kHeads));
                if (!read)
                    return store.storeError(QCoreApplication::translate("RetentionPurge", "Could not find old records"));
                read->bind(1, form);
                while (read->next())
                    heads.insert(read->text(0));
            }
            QStringList ids;
            candidates->reset();
            candidates->bind(1, form).bind(2, cutoffDate).bind(3, cutoffMs).bind(4, lastSync);
            while (candidates->next())
                if (const QString id = candidates->text(0); !heads.contains(id))
                    ids.append(id);
            if (!candidates->ok())
                return store.storeError(QCoreApplication::translate("RetentionPurge", "Could not find old records"));
            for (const QString& id : std::as_const(ids)) {
                for (SqliteStatement* st : {&*dropConflicts, &*dropRejections, &*dropRecord}) {
                    st->reset();
                    if (Status s = st->bind(1, id).run(); !s)
                        return store.storeError(
                            QCoreApplication::translate("RetentionPurge", "Could not remove an old record"));
                }
                if (Status s = store.audit().appendAs(actor, AuditKind::Purge, id, form); !s)
                    return s.error();
            }
            if (!ids.isEmpty())
                report.purged.insert(form, static_cast<int>(ids.size()));
        }
        if (Status s = tx.commit(); !s)
            return store.storeError(QCoreApplication::translate("RetentionPurge", "Could not finish the purge"));
    }
    if (report.total() > 0) {
        // The old pages may still be in the WAL: copy it into the file (where secure_delete
        // zeroed them) and empty it.
        if (Status s = db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s); !s)
            return store.storeError(QCoreApplication::translate("RetentionPurge", "Could not clear the journal after the purge"));
    }
    return report;
}

} // namespace prihvat
