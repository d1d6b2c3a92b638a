#include "ReferenceStore.h"

#include "SqliteDb.h"
#include "common/Log.h"
#include "forms/FormRegistry.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace prihvat::ReferenceStore {

Result<int> apply(SqliteDb& db, const QList<protocol::ReferenceChange>& changes)
{
    const auto failed = [&db] {
        return Error::io(QCoreApplication::translate("Store", "Saving the reference data from headquarters failed: %1")
                             .arg(db.lastError()));
    };
    SqliteStatement* upsert = db.cached(
        "INSERT INTO reference_entries(set_name, code, position, data, seq) VALUES(?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(set_name, code) DO UPDATE SET position = excluded.position, data = excluded.data, "
        "seq = excluded.seq WHERE excluded.seq >= reference_entries.seq");
    if (!upsert)
        return failed();
    int stored = 0;
    for (const protocol::ReferenceChange& c : changes) {
        if (!ReferenceData::managedSets().contains(c.set)) {
            qCWarning(lcStore) << "reference change" << c.seq << "of unknown set" << c.set << "is not stored";
            continue;
        }
        const QJsonObject entry = c.entry.toObject();
        if (!c.entry.isNull()) {
            auto code = ReferenceData::checkEntry(c.set, entry);
            if (!code || *code != c.code) {
                qCWarning(lcStore) << "reference change" << c.seq << "of set" << c.set << "is not usable here:"
                                   << (code ? u"the code does not match"_s : code.error().message);
                continue;
            }
        }
        upsert->reset();
        upsert->bind(1, c.set).bind(2, c.code).bind(3, c.position);
        if (c.entry.isNull()) // removed at headquarters: kept as a removal, so the built-in one goes too
            upsert->bindNull(4);
        else
            upsert->bind(4, QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
        upsert->bind(5, c.seq);
        if (!upsert->run())
            return failed();
        ++stored;
    }
    return stored;
}

Result<std::shared_ptr<const FormRegistry>> overlay(SqliteDb& db, std::shared_ptr<const FormRegistry> forms)
{
    auto rows = db.prepare(
        u"SELECT set_name, code, position, data FROM reference_entries ORDER BY set_name, position, code"_s);
    if (!rows)
        return rows.error();
    QHash<QString, QList<ReferenceData::EntryUpdate>> bySet;
    while (rows->next()) {
        ReferenceData::EntryUpdate u{rows->text(1), rows->integer(2), std::nullopt};
        if (!rows->isNull(3))
            u.entry = QJsonDocument::fromJson(rows->text(3).toUtf8()).object();
        bySet[rows->text(0)].append(std::move(u));
    }
    if (!rows->ok())
        return Error::io(rows->error());
    if (bySet.isEmpty())
        return forms;
    ReferenceData data = forms->reference();
    for (auto it = bySet.cbegin(); it != bySet.cend(); ++it) {
        auto next = data.withUpdates(it.key(), it.value());
        if (!next) {
            qCWarning(lcStore) << "stored reference set" << it.key()
                               << "is not used; the built-in one stays:" << next.error().message;
            continue;
        }
        data = std::move(*next);
    }
    return forms->withReference(std::move(data));
}

} // namespace prihvat::ReferenceStore
