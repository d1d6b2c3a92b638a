#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace prihvat {

class LocalStore;

// What a retention purge removed, per form.
struct PurgeReport
{
    QHash<QString, int> purged; // form → records removed
    int total() const;
};

// Removes from this laptop the records that headquarters keeps and that are older than
// the retention period headquarters set for their form (README.md, retention). A record
// goes when all of these hold:
//  - its form has a retention period of `days` days;
//  - its date (the form's date key, else when it was made) and its last change are more
//    than `days` days before today on the store's clock;
//  - headquarters has it: the device is enrolled, the last successful sync came after the
//    record's last change, nothing of it waits in the outbox, no rejected change of it is
//    kept and no conflict about it is open;
//  - for a person: no record left on the device refers to them (their screenings,
//    assistance, referrals, transport, household members) — those go first.
// Everything goes in one transaction with SQLite's secure_delete on (the freed space is
// overwritten with zeros), the record's conflict log and rejections with it; the audit
// trail keeps one `purge` entry per record with its id and form only. After the commit the
// WAL is checkpointed and truncated, so no copy of the removed pages stays in it.
class RetentionPurge
{
public:
    using RetentionDays = std::function<std::optional<int>(const QString& form)>;

    static Result<PurgeReport> run(LocalStore& store, const RetentionDays& retentionDays, const QString& actor);
};

} // namespace prihvat
