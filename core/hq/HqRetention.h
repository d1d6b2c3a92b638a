#pragma once

#include "HqStore.h"
#include "common/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace prihvat::hq {

// What one purge did: records emptied per form, and their ids.
struct HqPurgeReport
{
    QMap<QString, int> purged; // form → records
    QStringList recordIds;
    int total() const { return static_cast<int>(recordIds.size()); }
};

// Retention at headquarters: the periods of the reference data (`prihvat-hq reference
// retention`, the same the devices' RetentionPurge applies) applied to headquarters' own
// copy. A record whose last change reached headquarters more than its form's period ago
// is emptied:
//  - every value it had is gone: its current values (`fields`) are deleted, and the value
//    of each of its changes and both values of each of its conflict entries are replaced
//    by HqSealer::purgedMarker();
//  - what stays is what keeps sync consistent: the record's row (id, form, site, seqs) with
//    the time it was emptied (`purged_ms`), and each change's seq, field name, stamps,
//    device and time. Pull leaves emptied records out (no device receives them again, and
//    cursors move on as over any seq a device does not see); a push to one is rejected;
//  - the audit trail gets one `retention_purge` entry per record: its id and form.
// A person record that a record still kept refers to (its person key, or a household
// head) is kept until that record goes too.
class HqRetention
{
public:
    explicit HqRetention(HqStore& store) : m_store(store) {}

    // One transaction. `actor` is who asked, for the audit trail.
    Result<HqPurgeReport> purge(const QString& actor);

    // The tables that held the values purge removes (HqDatabase::reclaim).
    static QStringList valueTables()
    {
        return {QStringLiteral("changes"), QStringLiteral("fields"), QStringLiteral("conflicts")};
    }

private:
    HqStore& m_store;
};

} // namespace prihvat::hq
