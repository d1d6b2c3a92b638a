#include "HqReference.h"

#include "HqLog.h"
#include "common/Text.h"
#include "forms/FormRegistry.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace prihvat::hq {

namespace {

QVariant bigint(std::int64_t v)
{
    return QVariant::fromValue<qlonglong>(v);
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ReferenceEntry entryFrom(const QSqlQuery& q)
{
    ReferenceEntry e;
    e.set = q.value(0).toString();
    e.code = q.value(1).toString();
    e.position = q.value(2).toLongLong();
    e.removed = q.value(3).isNull();
    if (!e.removed)
        e.data = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    e.seq = q.value(4).toLongLong();
    return e;
}

// Takes the counter (the row lock on PostgreSQL, the write lock on SQLite): the caller is
// inside a transaction. The same discipline as HqStore::push, so reference changes and
// record changes share one order of seqs that no later commit can fall below.
Result<std::int64_t> lockCounter(HqDatabase& db)
{
    if (auto lock = db.run(u"UPDATE counter SET value = value WHERE id = 1"_s); !lock)
        return lock.error();
    auto q = db.run(u"SELECT value FROM counter WHERE id = 1"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::io(u"the counter row is missing"_s);
    return q->value(0).toLongLong();
}

// Writes rows with seqs first+1, first+2, … and moves the counter past them.
Status writeRows(HqDatabase& db, const QList<ReferenceEntry>& rows, std::int64_t first, std::int64_t nowMs)
{
    std::int64_t seq = first;
    for (const ReferenceEntry& r : rows) {
        auto q = db.run(u"INSERT INTO reference_entries(set_name, code, position, data, seq, updated_ms) "
                        "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(set_name, code) DO UPDATE SET "
                        "position = excluded.position, data = excluded.data, seq = excluded.seq, "
                        "updated_ms = excluded.updated_ms"_s,
                        {r.set, r.code, bigint(r.position), r.removed ? HqDatabase::null() : QVariant(jsonText(r.data)),
                         bigint(++seq), bigint(nowMs)});
        if (!q)
            return q.error();
    }
    if (seq > first)
        if (auto bump = db.run(u"UPDATE counter SET value = ? WHERE id = 1"_s, {bigint(seq)}); !bump)
            return bump.error();
    return {};
}

} // namespace

HqReference::HqReference(HqDatabase& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Status HqReference::seedBuiltIn(HqDatabase& db, std::int64_t nowMs)
{
    QList<ReferenceEntry> rows;
    for (const QString& set : ReferenceData::managedSets()) {
        auto entries = ReferenceData::readEntries(QString::fromUtf16(FormRegistry::builtInReference), set);
        if (!entries)
            return entries.error();
        std::int64_t position = 0;
        for (const QJsonObject& o : std::as_const(*entries)) {
            auto code = ReferenceData::checkEntry(set, o);
            if (!code)
                return code.error();
            rows.append({set, *code, position++, o, false, 0});
        }
    }
    auto first = lockCounter(db);
    if (!first)
        return first.error();
    if (*first > 0) // a database in use before reference data was managed here
        return writeRows(db, rows, *first, nowMs);
    // A new database: the seed is the state it starts from, seq 0, and comes with every
    // device's first page (changes() from 0). Seqs of record changes still start at 1.
    for (const ReferenceEntry& r : std::as_const(rows))
        if (auto q = db.run(u"INSERT INTO reference_entries(set_name, code, position, data, seq, updated_ms) "
                            "VALUES(?, ?, ?, ?, 0, ?)"_s,
                            {r.set, r.code, bigint(r.position), jsonText(r.data), bigint(nowMs)});
            !q)
            return q.error();
    return {};
}

Result<QList<QJsonObject>> HqReference::parseFile(const QString& set, const QByteArray& json)
{
    if (!ReferenceData::managedSets().contains(set))
        return Error::invalid(u"Unknown set \"%1\": use one of %2."_s.arg(
            set, ReferenceData::managedSets().join(u", "_s)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::invalid(u"The file is not valid JSON: %1 (at byte %2)."_s.arg(error.errorString())
                                  .arg(error.offset));
    QJsonArray array;
    if (doc.isArray())
        array = doc.array();
    else if (doc.object().value(set).isArray())
        array = doc.object().value(set).toArray();
    else
        return Error::invalid(
            u"The file must hold a JSON array of %1 entries, or an object with a \"%1\" array."_s.arg(set));
    QList<QJsonObject> out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return Error::invalid(u"Entry %1 of the file is not a JSON object."_s.arg(i + 1));
        // Text as devices will store it: NFC, no bidi controls that could disguise a name.
        QJsonObject o = array.at(i).toObject();
        const QJsonDocument clean = QJsonDocument::fromJson(Text::clean(jsonText(o)).toUtf8());
        out.append(clean.isObject() ? clean.object() : o);
    }
    return out;
}

Result<ReferenceImport> HqReference::import(const QString& set, const QList<QJsonObject>& entries, bool replace)
{
    if (!ReferenceData::managedSets().contains(set))
        return Error::invalid(u"Unknown set \"%1\": use one of %2."_s.arg(
            set, ReferenceData::managedSets().join(u", "_s)));
    // The file on its own: every entry well formed, no code twice.
    if (auto alone = ReferenceData().withSet(set, entries); !alone)
        return Error::invalid(alone.error().message);

    if (Status s = m_db.begin(); !s)
        return s.error();
    const auto fail = [this](const Error& e) {
        m_db.rollback();
        return e;
    };
    auto first = lockCounter(m_db);
    if (!first)
        return fail(first.error());

    // What is there now, read under the lock.
    QList<ReferenceEntry> existing;
    {
        auto q = m_db.run(u"SELECT set_name, code, position, data, seq FROM reference_entries "
                          "WHERE set_name = ? ORDER BY position, code"_s,
                          {set});
        if (!q)
            return fail(q.error());
        while (q->next())
            existing.append(entryFrom(*q));
    }
    QHash<QString, qsizetype> byCode;
    std::int64_t nextPosition = 0;
    for (qsizetype i = 0; i < existing.size(); ++i) {
        byCode.insert(existing.at(i).code, i);
        nextPosition = std::max(nextPosition, existing.at(i).position + 1);
    }

    ReferenceImport outcome;
    QList<ReferenceEntry> rows;
    QSet<QString> inFile;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject& o = entries.at(i);
        const QString code = *ReferenceData::checkEntry(set, o);
        inFile.insert(code);
        const auto it = byCode.constFind(code);
        const ReferenceEntry* old = it == byCode.constEnd() ? nullptr : &existing.at(*it);
        std::int64_t position = replace ? i : (old && !old->removed ? old->position : nextPosition++);
        if (old && !old->removed && old->data == o && old->position == position) {
            ++outcome.unchanged;
            continue;
        }
        if (old && !old->removed)
            ++outcome.changed;
        else
            ++outcome.added;
        rows.append({set, code, position, o, false, 0});
    }
    if (replace)
        for (const ReferenceEntry& old : std::as_const(existing))
            if (!old.removed && !inFile.contains(old.code)) {
                rows.append({set, old.code, old.position, {}, true, 0});
                ++outcome.removed;
            }

    // The set as it will be: must still make a usable set (never empty, unless retention).
    QList<QJsonObject> result;
    {
        QList<ReferenceEntry> after = existing;
        for (const ReferenceEntry& r : std::as_const(rows)) {
            const auto it = byCode.constFind(r.code);
            if (it == byCode.constEnd())
                after.append(r);
            else
                after[*it] = r;
        }
        std::stable_sort(after.begin(), after.end(),
                         [](const ReferenceEntry& a, const ReferenceEntry& b) { return a.position < b.position; });
        for (const ReferenceEntry& r : std::as_const(after))
            if (!r.removed)
                result.append(r.data);
    }
    if (auto check = ReferenceData().withSet(set, result); !check)
        return fail(Error::invalid(check.error().message));

    if (Status s = writeRows(m_db, rows, *first, m_clock.nowMs()); !s)
        return fail(s.error());
    if (Status s = m_db.commit(); !s)
        return s.error();
    qCInfo(lcHq) << "reference set" << set << "imported:" << outcome.added << "added," << outcome.changed
                 << "changed," << outcome.removed << "removed," << outcome.unchanged << "unchanged";
    return outcome;
}

Result<ReferenceImport> HqReference::setRetention(const FormRegistry& forms, const QString& form, int days)
{
    if (!forms.form(form))
        return Error::invalid(u"Unknown form \"%1\": use one of %2."_s.arg(form, forms.formIds().join(u", "_s)));
    if (days < 0 || days > 36500)
        return Error::invalid(u"The retention period is a whole number of days from 1 to 36500 (0 removes it)."_s);
    if (days > 0)
        return import(u"retention"_s, {QJsonObject{{u"form"_s, form}, {u"days"_s, days}}}, false);

    // Removal: the entry stays as a row without data, with a new seq.
    auto live = list(u"retention"_s);
    if (!live)
        return live.error();
    for (const ReferenceEntry& e : std::as_const(*live))
        if (e.code == form) {
            if (Status s = write({{e.set, e.code, e.position, {}, true, 0}}); !s)
                return s.error();
            ReferenceImport outcome;
            outcome.removed = 1;
            return outcome;
        }
    return ReferenceImport{};
}

Status HqReference::write(QList<ReferenceEntry> rows)
{
    if (Status s = m_db.begin(); !s)
        return s;
    auto first = lockCounter(m_db);
    if (!first) {
        m_db.rollback();
        return first.error();
    }
    if (Status s = writeRows(m_db, rows, *first, m_clock.nowMs()); !s) {
        m_db.rollback();
        return s;
    }
    return m_db.commit();
}

Result<QList<ReferenceEntry>> HqReference::list(const QString& set) const
{
    if (!set.isEmpty() && !ReferenceData::managedSets().contains(set))
        return Error::invalid(u"Unknown set \"%1\": use one of %2."_s.arg(
            set, ReferenceData::managedSets().join(u", "_s)));
    auto q = set.isEmpty()
                 ? m_db.run(u"SELECT set_name, code, position, data, seq FROM reference_entries "
                            "WHERE data IS NOT NULL ORDER BY set_name, position, code"_s)
                 : m_db.run(u"SELECT set_name, code, position, data, seq FROM reference_entries "
                            "WHERE data IS NOT NULL AND set_name = ? ORDER BY position, code"_s,
                            {set});
    if (!q)
        return q.error();
    QList<ReferenceEntry> out;
    while (q->next())
        out.append(entryFrom(*q));
    return out;
}

Result<std::int64_t> HqReference::version() const
{
    auto q = m_db.run(u"SELECT max(seq) FROM reference_entries"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<ReferenceData> HqReference::current(const ReferenceData& builtIn) const
{
    auto entries = list();
    if (!entries)
        return entries.error();
    QHash<QString, QList<QJsonObject>> bySet;
    for (const ReferenceEntry& e : std::as_const(*entries))
        bySet[e.set].append(e.data);
    ReferenceData data = builtIn;
    for (auto it = bySet.cbegin(); it != bySet.cend(); ++it) {
        auto next = data.withSet(it.key(), it.value());
        if (!next)
            return next.error();
        data = std::move(*next);
    }
    return data;
}

Result<QList<protocol::ReferenceChange>> HqReference::changes(std::int64_t after, std::int64_t upTo) const
{
    auto q = m_db.run(u"SELECT set_name, code, position, data, seq FROM reference_entries "
                      "WHERE seq > ? AND seq <= ? ORDER BY seq"_s,
                      {bigint(after > 0 ? after : -1), bigint(upTo)});
    if (!q)
        return q.error();
    QList<protocol::ReferenceChange> out;
    while (q->next()) {
        const ReferenceEntry e = entryFrom(*q);
        out.append({e.seq, e.set, e.code, e.position, e.removed ? QJsonValue() : QJsonValue(e.data)});
    }
    return out;
}

} // namespace prihvat::hq
