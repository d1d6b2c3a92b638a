#include "SchemaSealing.h"

#include "AnswerSealer.h"
#include "SqliteDb.h"
#include "SyncState.h"
#include "common/Log.h"
#include "forms/FormRegistry.h"
#include "security/FieldSealer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

using namespace Qt::StringLiterals;

namespace prihvat::Schema {

namespace {

// Rows are read a chunk at a time and written after, so that no statement reads a table
// while it is being changed.
constexpr int kChunk = 1000;

const QString kCheckKey = u"seal_check"_s;
const QByteArray kCheckText = QByteArrayLiteral("\"prihvat data key\"");

QString valueText(const QJsonValue& v)
{
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QJsonValue parseValue(const QString& text)
{
    const QJsonDocument d = QJsonDocument::fromJson(u"["_s.append(text).append(u']').toUtf8());
    return d.isArray() && !d.array().isEmpty() ? d.array().first() : QJsonValue();
}

Error failed(SqliteDb& db)
{
    return Error::io(db.lastError());
}

// The records' values: each row whose answers need sealing is rewritten.
Status sealRecords(SqliteDb& db, const AnswerSealer& answers)
{
    auto read = db.prepare(u"SELECT rid, id, form, data, stamps, updated_hlc FROM records WHERE rid > ?1 "
                           "ORDER BY rid LIMIT ?2"_s);
    auto write = db.prepare(u"UPDATE records SET data = ?2 WHERE rid = ?1"_s);
    if (!read || !write)
        return failed(db);
    std::int64_t after = 0;
    for (;;) {
        struct Row
        {
            std::int64_t rid;
            QString data;
        };
        QList<Row> changed;
        int seen = 0;
        read->reset();
        read->bind(1, after).bind(2, kChunk);
        while (read->next()) {
            ++seen;
            after = read->integer(0);
            const QString id = read->text(1);
            const QString form = read->text(2);
            QJsonParseError error;
            const QJsonDocument d = QJsonDocument::fromJson(read->text(3).toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !d.isObject())
                return Error::damaged(
                    QCoreApplication::translate(
                        "Store", "Record %1: its values are not valid JSON; nothing was sealed.")
                        .arg(id));
            const QJsonObject values = d.object();
            // Each answer bound to the stamp it was written under.
            auto sealed = answers.sealValues(form, id, values,
                                             AnswerSealer::Stamps::fromStored(read->text(4), read->text(5)));
            if (!sealed)
                return sealed.error();
            if (*sealed != values)
                changed.append(
                    {after, QString::fromUtf8(QJsonDocument(*sealed).toJson(QJsonDocument::Compact))});
        }
        if (!read->ok())
            return Error::io(read->error());
        for (const Row& row : std::as_const(changed)) {
            write->reset();
            write->bind(1, row.rid).bind(2, row.data);
            if (Status s = write->run(); !s)
                return s;
        }
        if (seen < kChunk)
            return {};
    }
}

// One value column of a change table (outbox, rejections: `key` is their integer seq).
Status sealChanges(SqliteDb& db, const AnswerSealer& answers, const QString& table)
{
    auto read = db.prepare(u"SELECT seq, record_id, form, field, value, hlc FROM %1 "
                           "WHERE seq > ?1 AND value IS NOT NULL ORDER BY seq LIMIT ?2"_s.arg(table));
    auto write = db.prepare(u"UPDATE %1 SET value = ?2 WHERE seq = ?1"_s.arg(table));
    if (!read || !write)
        return failed(db);
    std::int64_t after = 0;
    for (;;) {
        QList<std::pair<std::int64_t, QString>> changed;
        int seen = 0;
        read->reset();
        read->bind(1, after).bind(2, kChunk);
        while (read->next()) {
            ++seen;
            after = read->integer(0);
            const QJsonValue value = parseValue(read->text(4));
            auto sealed = answers.seal(read->text(2), read->text(1), read->text(3), read->text(5), value);
            if (!sealed)
                return sealed.error();
            if (*sealed != value)
                changed.append({after, valueText(*sealed)});
        }
        if (!read->ok())
            return Error::io(read->error());
        for (const auto& [seq, text] : std::as_const(changed)) {
            write->reset();
            write->bind(1, seq).bind(2, text);
            if (Status s = write->run(); !s)
                return s;
        }
        if (seen < kChunk)
            return {};
    }
}

// Both sides of every logged conflict.
Status sealConflicts(SqliteDb& db, const AnswerSealer& answers)
{
    auto read = db.prepare(u"SELECT id, record_id, form, field, winner_value, loser_value, winner_hlc, "
                           "loser_hlc FROM conflicts WHERE id > ?1 ORDER BY id LIMIT ?2"_s);
    auto write = db.prepare(u"UPDATE conflicts SET winner_value = ?2, loser_value = ?3 WHERE id = ?1"_s);
    if (!read || !write)
        return failed(db);
    QString after = u""_s; // not a null QString: that binds as NULL, and "id > NULL" is never true
    for (;;) {
        struct Row
        {
            QString id;
            QString winner;
            QString loser;
        };
        QList<Row> changed;
        int seen = 0;
        read->reset();
        read->bind(1, after).bind(2, kChunk);
        while (read->next()) {
            ++seen;
            after = read->text(0);
            Row row{after, {}, {}};
            bool any = false;
            for (int column : {4, 5}) {
                QString& out = column == 4 ? row.winner : row.loser;
                if (read->isNull(column))
                    continue; // NULL stays NULL (a side not known yet)
                const QJsonValue value = parseValue(read->text(column));
                // Each side bound to its own stamp (winner_hlc, loser_hlc).
                auto sealed =
                    answers.seal(read->text(2), read->text(1), read->text(3), read->text(column + 2), value);
                if (!sealed)
                    return sealed.error();
                out = valueText(*sealed);
                any = any || *sealed != value;
            }
            if (any)
                changed.append(row);
        }
        if (!read->ok())
            return Error::io(read->error());
        for (const Row& row : std::as_const(changed)) {
            write->reset();
            write->bind(1, row.id).bindOptional(2, row.winner).bindOptional(3, row.loser);
            if (Status s = write->run(); !s)
                return s;
        }
        if (seen < kChunk)
            return {};
    }
}

} // namespace

Status sealStoredAnswers(SqliteDb& db, const FormRegistry& forms, const FieldSealer& sealer)
{
    const AnswerSealer answers(forms, &sealer);
    if (Status s = sealRecords(db, answers); !s)
        return s;
    for (const QString& table : {u"outbox"_s, u"rejections"_s})
        if (Status s = sealChanges(db, answers, table); !s)
            return s;
    if (Status s = sealConflicts(db, answers); !s)
        return s;
    auto check = sealer.seal(QString(), kCheckKey, kCheckText);
    if (!check)
        return check.error();
    auto insert = db.prepare(u"INSERT INTO meta(key, value) VALUES(?1, ?2) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    if (!insert)
        return failed(db);
    insert->bind(1, kCheckKey).bind(2, *check);
    return insert->run();
}

Status sealSyncCredential(SqliteDb& db, const FieldSealer& sealer)
{
    const QString key = QString::fromUtf16(SyncState::kCredential);
    QByteArray plain;
    {
        auto stored = db.prepare(u"SELECT value FROM meta WHERE key = ?1"_s);
        if (!stored)
            return failed(db);
        stored->bind(1, key);
        if (!stored->next())
            return stored->ok() ? Status() : Status(Error::io(stored->error()));
        plain = stored->text(0).toUtf8();
    }
    if (plain.isEmpty() || FieldSealer::isSealed(QString::fromUtf8(plain)))
        return {};
    auto sealed = sealer.seal(QString::fromUtf16(SyncState::kSealedMetaId), key, plain);
    plain.fill('\0');
    if (!sealed)
        return sealed.error();
    SqliteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto update = db.prepare(u"UPDATE meta SET value = ?2 WHERE key = ?1"_s);
    if (!update)
        return failed(db);
    update->bind(1, key).bind(2, *sealed);
    if (Status s = update->run(); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    // The page that held the clear credential is in the WAL until it is checkpointed.
    auto checkpoint = db.prepare(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (!checkpoint || !checkpoint->next() || checkpoint->integer(0) != 0)
        qCWarning(lcStore) << "the WAL could not be truncated after sealing the sync credential";
    qCInfo(lcStore) << "the sync credential is sealed now";
    return {};
}

Status checkSealKey(SqliteDb& db, const FieldSealer& sealer)
{
    auto stmt = db.prepare(u"SELECT value FROM meta WHERE key = ?1"_s);
    if (!stmt)
        return failed(db);
    stmt->bind(1, kCheckKey);
    if (!stmt->next())
        return stmt->ok() ? Status() : Status(Error::io(stmt->error()));
    auto opened = sealer.open(QString(), kCheckKey, stmt->text(0));
    if (!opened || *opened != kCheckText)
        return Error::invalid(QCoreApplication::translate(
            "Store", "This key does not open the sealed answers of this data folder. Nothing was changed."));
    return {};
}

} // namespace prihvat::Schema
