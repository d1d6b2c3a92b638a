#include "HqSealing.h"

#include "HqLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace prihvat::hq {

namespace {

enum Table
{
    Changes,
    Fields,
    Conflicts
};

const char16_t* const kTableNames[] = {u"changes", u"fields", u"conflicts"};

QString marks(qsizetype n)
{
    return QStringList(n, u"?"_s).join(u',');
}

} // namespace

HqSealing::HqSealing(HqDatabase& db, const FormRegistry& forms, const Clock& clock)
    : m_db(db), m_forms(forms), m_clock(clock)
{
}

Result<bool> HqSealing::needsKey() const
{
    auto q = m_db.run(u"SELECT count(*) FROM sealing"_s);
    if (!q)
        return q.error();
    return q->next() && q->value(0).toLongLong() > 0;
}

Status HqSealing::check(const HqSealer& sealer)
{
    if (Status s = m_db.begin(); !s)
        return s;
    auto q = m_db.run(u"SELECT key_check FROM sealing WHERE id = 1"_s);
    if (!q) {
        m_db.rollback();
        return q.error();
    }
    const bool known = q->next();
    const QString stored = known ? q->value(0).toString() : QString();
    q->finish();
    if (!sealer.hasKey()) {
        m_db.rollback();
        if (known)
            return Error::invalid(
                u"This database seals protection-sensitive values and needs its key: start prihvat-hq with "
                "--key-file FILE (the key file it was given; see \"Key file\" in README.md)."_s);
        return {};
    }
    if (known) {
        m_db.rollback();
        if (!sealer.opensKeyCheck(stored))
            return Error::invalid(
                u"The key file is not the key of this database: its sealed values do not open "
                "with it. Nothing was read or changed."_s);
        return {};
    }
    auto check = sealer.keyCheck();
    if (!check) {
        m_db.rollback();
        return check.error();
    }
    // Two processes starting at once with a key: the first one's row stays, and the second
    // is held to it like any later start.
    if (auto insert = m_db.run(u"INSERT INTO sealing(id, key_check, created_ms) VALUES(1, ?, ?) "
                               "ON CONFLICT(id) DO NOTHING"_s,
                               {*check, QVariant::fromValue<qlonglong>(m_clock.nowMs())});
        !insert) {
        m_db.rollback();
        return insert.error();
    }
    if (Status s = m_db.commit(); !s)
        return s;
    auto kept = m_db.run(u"SELECT key_check FROM sealing WHERE id = 1"_s);
    if (!kept)
        return kept.error();
    if (!kept->next() || !sealer.opensKeyCheck(kept->value(0).toString()))
        return Error::invalid(u"The key file is not the key of this database: another prihvat-hq gave it a "
                              "different key at the same moment. Nothing was read or changed."_s);
    kept->finish();
    qCInfo(lcHq) << "the database seals protection-sensitive values under the key given";
    return {};
}

Result<SealReport> HqSealing::sealExisting(const HqSealer& sealer, const QString& actor, int batchRows)
{
    if (!sealer.hasKey())
        return Error::invalid(u"Sealing needs the key file (--key-file FILE)."_s);
    SealReport report;
    std::int64_t* counts[] = {&report.changes, &report.fields, &report.conflicts};
    for (int table : {Changes, Fields, Conflicts}) {
        for (;;) {
            if (Status s = m_db.begin(); !s)
                return s.error();
            auto n = sealBatch(sealer, table, std::max(1, batchRows));
            if (!n) {
                m_db.rollback();
                return n.error();
            }
            if (*n == 0) {
                m_db.rollback();
                break;
            }
            const QJsonObject detail{{u"table"_s, QString::fromUtf16(kTableNames[table])},
                                     {u"sealed"_s, static_cast<double>(*n)}};
            HqAudit audit(m_db, m_clock);
            if (Status s = audit.appendInTransaction(
                    {{actor, QString::fromUtf16(HqAudit::kValuesSealed), QString(),
                      QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))}});
                !s) {
                m_db.rollback();
                return s.error();
            }
            if (Status s = m_db.commit(); !s)
                return s.error();
            *counts[table] += *n;
        }
    }
    if (report.total() > 0)
        qCInfo(lcHq) << "sealed" << report.changes << "changes," << report.fields << "current values and"
                     << report.conflicts << "conflict entries that were in clear";
    return report;
}

Result<std::int64_t> HqSealing::sealBatch(const HqSealer& sealer, int table, int batchRows)
{
    const QStringList keys = HqSealer::sealedKeys(m_forms);
    if (keys.isEmpty())
        return 0;
    const QVariantList keyValues(keys.begin(), keys.end());
    const QString purged = HqSealer::purgedMarker();
    std::int64_t sealed = 0;
    // A sealed value starts with "s" (FieldSealer: "s2:<generation>:…", or "s1:" from before
    // key generations); no JSON text does.
    if (table == Changes) {
        auto q = m_db.run(u"SELECT seq, record_id, field, hlc, value FROM changes "
                          "WHERE value NOT LIKE 's%' AND value <> ? AND (form || ':' || field) IN ("_s +
                              marks(keys.size()) + u") ORDER BY seq LIMIT ?"_s,
                          QVariantList{purged} + keyValues + QVariantList{batchRows});
        if (!q)
            return q.error();
        QList<QVariantList> updates;
        while (q->next()) {
            auto value = sealer.seal(q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                                     q->value(4).toString());
            if (!value)
                return value.error();
            updates.append({*value, q->value(0)});
        }
        q->finish();
        for (const QVariantList& u : std::as_const(updates)) {
            if (auto done = m_db.run(u"UPDATE changes SET value = ? WHERE seq = ?"_s, u); !done)
                return done.error();
            ++sealed;
        }
    } else if (table == Fields) {
        auto q =
            m_db.run(u"SELECT f.record_id, f.field, f.hlc, f.value FROM fields f "
                     "JOIN records r ON r.id = f.record_id "
                     "WHERE f.value NOT LIKE 's%' AND f.value <> ? AND (r.form || ':' || f.field) IN ("_s +
                         marks(keys.size()) + u") ORDER BY f.record_id, f.field LIMIT ?"_s,
                     QVariantList{purged} + keyValues + QVariantList{batchRows});
        if (!q)
            return q.error();
        QList<QVariantList> updates;
        while (q->next()) {
            auto value = sealer.seal(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                     q->value(3).toString());
            if (!value)
                return value.error();
            updates.append({*value, q->value(0), q->value(1)});
        }
        q->finish();
        for (const QVariantList& u : std::as_const(updates)) {
            if (auto done = m_db.run(u"UPDATE fields SET value = ? WHERE record_id = ? AND field = ?"_s, u);
                !done)
                return done.error();
            ++sealed;
        }
    } else {
        auto q = m_db.run(u"SELECT id, record_id, field, winner_hlc, winner_value, loser_hlc, loser_value "
                          "FROM conflicts WHERE (winner_value NOT LIKE 's%' OR loser_value NOT LIKE 's%') "
                          "AND winner_value <> ? AND (form || ':' || field) IN ("_s +
                              marks(keys.size()) + u") ORDER BY id LIMIT ?"_s,
                          QVariantList{purged} + keyValues + QVariantList{batchRows});
        if (!q)
            return q.error();
        QList<QVariantList> updates;
        while (q->next()) {
            const QString record = q->value(1).toString();
            const QString field = q->value(2).toString();
            QVariantList row;
            for (int column : {4, 6}) {
                const QString stored = q->value(column).toString();
                if (HqSealer::isSealed(stored)) {
                    row.append(stored);
                    continue;
                }
                auto value = sealer.seal(record, field, q->value(column - 1).toString(), stored);
                if (!value)
                    return value.error();
                row.append(*value);
            }
            row.append(q->value(0));
            updates.append(row);
        }
        q->finish();
        for (const QVariantList& u : std::as_const(updates)) {
            if (auto done =
                    m_db.run(u"UPDATE conflicts SET winner_value = ?, loser_value = ? WHERE id = ?"_s, u);
                !done)
                return done.error();
            ++sealed;
        }
    }
    return sealed;
}

} // namespace prihvat::hq
