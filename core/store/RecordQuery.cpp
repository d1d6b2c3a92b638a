#include "RecordQuery.h"

#include "LocalStore.h"
#include "SqliteDb.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

QString sortColumn(RecordQuery::Sort sort)
{
    switch (sort) {
    case RecordQuery::Sort::Date:
        return u"r.event_date"_s;
    case RecordQuery::Sort::Site:
        return u"r.site"_s;
    case RecordQuery::Sort::State:
        return u"r.state"_s;
    case RecordQuery::Sort::Updated:
        return u"r.updated_ms"_s;
    }
    return u"r.event_date"_s;
}

// WHERE clause and its parameters, in order.
QString whereClause(const RecordFilter& f, QStringList& params)
{
    QStringList parts{u"r.deleted = 0"_s};
    auto add = [&](const QString& sql, const QString& value) {
        params.append(value);
        parts.append(sql.arg(params.size()));
    };
    if (!f.form.isEmpty())
        add(u"r.form = ?%1"_s, f.form);
    if (!f.site.isEmpty())
        add(u"r.site = ?%1"_s, f.site);
    if (f.from.isValid())
        add(u"r.event_date >= ?%1"_s, f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        add(u"r.event_date <= ?%1"_s, f.to.toString(Qt::ISODate));
    if (!f.state.isEmpty())
        add(u"r.state = ?%1"_s, f.state);
    if (!f.personId.isEmpty())
        add(u"r.person_id = ?%1"_s, f.personId);
    return parts.join(u" AND "_s);
}

} // namespace

Result<std::int64_t> RecordQuery::count(const RecordFilter& filter) const
{
    QStringList params;
    const QString sql = u"SELECT count(*) FROM records r WHERE "_s + whereClause(filter, params);
    auto s = m_store.db().prepare(sql);
    if (!s)
        return s.error();
    for (int i = 0; i < params.size(); ++i)
        s->bind(i + 1, params.at(i));
    if (!s->next())
        return Error::io(s->error());
    return s->integer(0);
}

RecordQuery::Cursor RecordQuery::cursorOf(const RecordRow& row, Sort sort)
{
    switch (sort) {
    case Sort::Date:
        return {row.date, row.rid};
    case Sort::Site:
        return {row.site, row.rid};
    case Sort::State:
        return {row.state, row.rid};
    case Sort::Updated:
        return {QString::number(row.updatedMs), row.rid};
    }
    return {row.date, row.rid};
}

Result<QList<RecordRow>> RecordQuery::page(const RecordFilter& filter, Sort sort, bool descending, int limit,
                                           const std::optional<Cursor>& after) const
{
    QStringList params;
    QString where = whereClause(filter, params);
    // The sort column itself (no function around it), so SQLite walks an index in order;
    // the key columns of a form are always set (its key fields are required).
    const QString column = sortColumn(sort);
    const QString op = descending ? u"<"_s : u">"_s;
    const QString dir = descending ? u"DESC"_s : u"ASC"_s;
    if (after) {
        params.append(after->key);
        const int k = static_cast<int>(params.size());
        params.append(QString::number(after->rid));
        where += u" AND (%1, r.rid) %2 (?%3, ?%4)"_s.arg(column, op).arg(k).arg(k + 1);
    }
    const QString sql =
        u"SELECT r.rid, r.id, r.form, r.event_date, r.site, r.state, r.person_id, r.updated_ms, r.data, "
        "json_extract(p.data, '$.given_name'), json_extract(p.data, '$.family_name'), "
        "r.stamps, r.updated_hlc, json_extract(p.stamps, '$.given_name'), "
        "json_extract(p.stamps, '$.family_name'), p.updated_hlc "
        "FROM records r LEFT JOIN records p ON p.id = r.person_id "
        "WHERE %1 ORDER BY %2 %3, r.rid %3 LIMIT %4"_s.arg(where, column, dir)
            .arg(limit);
    auto s = m_store.db().prepare(sql);
    if (!s)
        return s.error();
    for (int i = 0; i < params.size(); ++i) {
        // The cursor's key is a number when sorting by time of change, and so is its rid.
        const bool number = after && (i == params.size() - 1 || (sort == Sort::Updated && i == params.size() - 2));
        if (number)
            s->bind(i + 1, static_cast<std::int64_t>(params.at(i).toLongLong()));
        else
            s->bind(i + 1, params.at(i));
    }
    // Sealed answers are opened with the store's key; a locked store lists the key columns
    // and plain answers only, and no names.
    const AnswerSealer sealer = m_store.answers();
    // A name is bound to its own stamp (column `stampAt`), else the person's updated_hlc.
    const auto name = [&](const QString& personId, const QString& field, int at,
                          int stampAt) -> Result<QString> {
        const QJsonValue stored = s->isNull(at) ? QJsonValue() : QJsonValue(s->text(at));
        if (sealer.isLocked())
            return QString();
        const QString stamp = s->isNull(stampAt) ? s->text(15) : s->text(stampAt);
        auto opened = sealer.open(u"person"_s, personId, field, stamp, stored);
        if (!opened)
            return opened.error();
        return opened->toString();
    };
    QList<RecordRow> rows;
    while (s->next()) {
        RecordRow r;
        r.rid = s->integer(0);
        r.id = s->text(1);
        r.form = s->text(2);
        r.date = s->text(3);
        r.site = s->text(4);
        r.state = s->text(5);
        r.personId = s->text(6);
        r.updatedMs = s->integer(7);
        const QJsonObject stored = QJsonDocument::fromJson(s->text(8).toUtf8()).object();
        if (sealer.isLocked()) {
            r.values = sealer.withoutSealed(r.form, stored);
        } else {
            auto values = sealer.openValues(r.form, r.id, stored,
                                            AnswerSealer::Stamps::fromStored(s->text(11), s->text(12)));
            if (!values)
                return values.error();
            r.values = std::move(values.value());
        }
        auto given = name(r.personId, u"given_name"_s, 9, 13);
        auto family = name(r.personId, u"family_name"_s, 10, 14);
        if (!given)
            return given.error();
        if (!family)
            return family.error();
        r.personName = QStringList{*given, *family}.join(u' ').trimmed();
        rows.append(std::move(r));
    }
    if (!s->ok())
        return Error::io(s->error());
    return rows;
}

} // namespace prihvat
