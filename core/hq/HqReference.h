#pragma once

#include "HqDatabase.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "forms/ReferenceData.h"
#include "sync/Protocol.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>

namespace prihvat {
class FormRegistry;
}

namespace prihvat::hq {

// One entry of a reference set as headquarters keeps it.
struct ReferenceEntry
{
    QString set;
    QString code;
    std::int64_t position = 0;
    QJsonObject data; // empty when removed
    bool removed = false;
    std::int64_t seq = 0;
};

struct ReferenceImport
{
    int added = 0;
    int changed = 0;
    int removed = 0;
    int unchanged = 0;
};

// The reference data headquarters manages (ReferenceData::managedSets(): sites, services,
// providers, items, retention periods) in the table `reference_entries`. Every change of an
// entry takes the next seq from the same counter as record changes, in the same way
// (HqStore::push), so the devices' pull cursor covers it. A removed entry stays as a row
// without data, so devices learn of the removal too. Stateless between calls.
class HqReference
{
public:
    HqReference(HqDatabase& db, const Clock& clock);

    // Fills the table from the built-in files (":/reference"); run by the schema migration
    // inside its transaction, so a new database starts with the sets devices know. In a new
    // database the seed has seq 0 (see changes()); in one that already holds changes it takes
    // new seqs, so devices whose cursor is past 0 get it too.
    static Status seedBuiltIn(HqDatabase& db, std::int64_t nowMs);

    // The entries of `set` in a file: a JSON array of entries, or an object holding that
    // array under the set's name (resources/reference/services.json has both services and
    // providers).
    static Result<QList<QJsonObject>> parseFile(const QString& set, const QByteArray& json);

    // Brings `set` to `entries`: with `replace`, exactly those (others are removed); else
    // those added or updated and the rest kept. Every entry is checked first: on any fault
    // nothing changes (Code::Invalid, the message says what is wrong).
    Result<ReferenceImport> import(const QString& set, const QList<QJsonObject>& entries, bool replace);
    // Sets (days > 0) or removes (days == 0) the retention period of `form`, one of `forms`.
    Result<ReferenceImport> setRetention(const FormRegistry& forms, const QString& form, int days);

    // The live entries of `set` (every managed set when empty), in set and position order.
    Result<QList<ReferenceEntry>> list(const QString& set = {}) const;
    // The highest seq of any reference change (0: none); changes when anything changes.
    Result<std::int64_t> version() const;
    // `builtIn` with every set headquarters holds replaced by its entries.
    Result<ReferenceData> current(const ReferenceData& builtIn) const;
    // Reference changes with after < seq <= upTo, in seq order (for a pull page); from 0,
    // also the seed of a new database (seq 0).
    Result<QList<protocol::ReferenceChange>> changes(std::int64_t after, std::int64_t upTo) const;

private:
    // Writes `rows` (entries with data, or removed) with new seqs in one transaction.
    Status write(QList<ReferenceEntry> rows);

    HqDatabase& m_db;
    const Clock& m_clock;
};

} // namespace prihvat::hq
