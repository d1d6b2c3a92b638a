#include "Reseal.h"

#include "SyncState.h"

#include "AnswerSealer.h"
#include "LocalStore.h"
#include "SqliteDb.h"
#include "common/Log.h"
#include "security/FieldSealer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

// Where a pass is: the table it walks (an index into the walk below), the last key done in
// it, rows done, rows in all, values left under an older key.
struct State
{
    int table = 0;
    QString after;
    std::int64_t done = 0;
    std::int64_t total = 0;
    std::int64_t left = 0;
};

enum Table
{
    Records,
    Outbox,
    Rejections,
    Conflicts,
    Meta,
    End
};

const QString kStateKey = u"reseal_state"_s;
const QString kWaitingKey = u"reseal_waiting"_s;

Result<std::optional<State>> loadState(SqliteDb& db)
{
    auto s = db.prepare(u"SELECT value FROM meta WHERE key = ?1"_s);
    if (!s)
        return Error::io(db.lastError());
    s->bind(1, kStateKey);
    if (!s->next())
        return s->ok() ? Result<std::optional<State>>(std::optional<State>())
                       : Result<std::optional<State>>(Error::io(s->error()));
    const QStringList parts = s->text(0).split(u'\x1f');
    if (parts.size() != 5)
        return std::optional<State>(State{}); // damaged: start again
    State st;
    st.table = parts[0].toInt();
    st.after = parts[1];
    st.done = parts[2].toLongLong();
    st.total = parts[3].toLongLong();
    st.left = parts[4].toLongLong();
    return std::optional<State>(st);
}

Status setMeta(SqliteDb& db, const QString& key, const QString& value)
{
    auto s = db.prepare(u"INSERT INTO meta(key, value) VALUES(?1, ?2) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    if (!s)
        return Error::io(db.lastError());
    s->bind(1, key).bind(2, value);
    return s->run();
}

Status deleteMeta(SqliteDb& db, const QString& key)
{
    auto s = db.prepare(u"DELETE FROM meta WHERE key = ?1"_s);
    if (!s)
        return Error::io(db.lastError());
    s->bind(1, key);
    return s->run();
}

Status saveState(SqliteDb& db, const State& st)
{
    return setMeta(db, kStateKey,
                   QStringList{QString::number(st.table), st.after, QString::number(st.done),
                               QString::number(st.total), QString::number(st.left)}
                       .join(u'\x1f'));
}

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

// One sealed text under the newest key it belongs under, or nullopt when it already is,
// is not sealed, or cannot be opened here (`left` counts those).
// An answer (`stamp` set: the stamp it was written under) goes to the bound formats ("s3:",
// "p2:"), an unbound value from before included; anything else (no stamp: the sync
// credential, drafts) stays unbound ("s2:").
std::optional<QString> resealText(const FieldSealer& sealer, bool protection, const QString& recordId,
                                  const QString& field, const std::optional<QString>& stamp,
                                  const QString& text, std::int64_t& left)
{
    const auto origin = FieldSealer::originOf(text);
    if (!origin)
        return std::nullopt;
    const KeyRing& keys = sealer.keys();
    const bool toP = protection && sealer.hasProtectionKey();
    bool atTarget = toP ? origin->kind == FieldSealer::KeyKind::Protection &&
                              origin->generation == keys.protectionGeneration
                        : origin->kind == FieldSealer::KeyKind::Data &&
                              origin->generation == keys.dataGeneration && !text.startsWith(u"s1:"_s);
    if (stamp)
        atTarget = atTarget && FieldSealer::isBound(text);
    else if (!toP && origin->kind == FieldSealer::KeyKind::Data && origin->generation == 1 &&
             keys.dataGeneration == 1)
        atTarget = true;
    if (atTarget)
        return std::nullopt;
    if (!sealer.canOpen(text)) {
        ++left;
        return std::nullopt;
    }
    auto plain = sealer.open(recordId, field, stamp.value_or(QString()), text);
    if (!plain)
        return std::nullopt; // damaged (or sealed under other associated data): left as it is,
                             // and its key with it; verify() reports a damaged answer

    auto sealed = !stamp ? sealer.seal(recordId, field, *plain)
                  : toP  ? sealer.sealProtection(recordId, field, *stamp, *plain)
                         : sealer.sealBound(recordId, field, *stamp, *plain);
    sodium_memzero(plain->data(), static_cast<std::size_t>(plain->size()));
    if (!sealed) {
        ++left;
        return std::nullopt;
    }
    return *sealed;
}

std::optional<QJsonValue> resealValue(const FieldSealer& sealer, const AnswerSealer& answers,
                                      const QString& form, const QString& recordId, const QString& field,
                                      const QString& stamp, const QJsonValue& v, std::int64_t& left)
{
    if (!AnswerSealer::isSealed(v))
        return std::nullopt;
    auto text = resealText(sealer, answers.isProtectionField(form, field), recordId, field, stamp,
                           v.toString(), left);
    if (!text)
        return std::nullopt;
    return QJsonValue(*text);
}

} // namespace

Status Reseal::schedule(SqliteDb& db)
{
    auto total = db.scalar(u"SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM outbox) + "
                           "(SELECT count(*) FROM rejections) + (SELECT count(*) FROM conflicts) + "
                           "(SELECT count(*) FROM meta)"_s);
    if (!total)
        return total.error();
    State st;
    st.total = total->toLongLong();
    if (Status s = deleteMeta(db, kWaitingKey); !s)
        return s;
    return saveState(db, st);
}

Result<Reseal::Progress> Reseal::progress() const
{
    auto st = loadState(m_store.db());
    if (!st)
        return st.error();
    if (!st->has_value())
        return Progress{};
    return Progress{(*st)->done, std::max((*st)->total, (*st)->done), true};
}

Status Reseal::resumeIfWaiting()
{
    const auto sealer = m_store.sealer();
    if (!sealer || sealer->keys().protection.empty())
        return {};
    auto waiting = m_store.db().scalar(u"SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'reseal_waiting')"_s);
    if (!waiting)
        return waiting.error();
    if (waiting->toInt() == 0)
        return {};
    auto running = progress();
    if (!running)
        return running.error();
    if (running->running)
        return {};
    SqliteTransaction tx(m_store.db());
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = schedule(m_store.db()); !s)
        return s;
    return tx.commit();
}

Result<Reseal::Progress> Reseal::step(int rows)
{
    SqliteDb& db = m_store.db();
    const auto sealer = m_store.sealer();
    if (!sealer)
        return AnswerSealer::lockedError();
    const AnswerSealer answers = m_store.answers();
    const QString what = QCoreApplication::translate("Store", "Saving");
    rows = std::max(rows, 1);
    SqliteTransaction tx(db);
    if (!tx.begin())
        return m_store.storeError(what);
    auto loaded = loadState(db);
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value())
        return Progress{};
    State st = **loaded;
    int budget = rows;
    while (budget > 0 && st.table < End) {
        int seen = 0;
        if (st.table == Records) {
            auto read =
                db.prepare(u"SELECT rid, id, form, data, stamps, updated_hlc FROM records WHERE rid > ?1 "
                           "ORDER BY rid LIMIT ?2"_s);
            auto write = db.prepare(u"UPDATE records SET data = ?2 WHERE rid = ?1"_s);
            if (!read || !write)
                return m_store.storeError(what);
            read->bind(1, static_cast<std::int64_t>(st.after.toLongLong())).bind(2, budget);
            QList<std::pair<std::int64_t, QString>> changed;
            while (read->next()) {
                ++seen;
                const std::int64_t rid = read->integer(0);
                st.after = QString::number(rid);
                const QString id = read->text(1);
                const QString form = read->text(2);
                QJsonObject values = QJsonDocument::fromJson(read->text(3).toUtf8()).object();
                const auto stamps = AnswerSealer::Stamps::fromStored(read->text(4), read->text(5));
                bool any = false;
                for (auto it = values.begin(); it != values.end(); ++it) {
                    auto v = resealValue(*sealer, answers, form, id, it.key(), stamps.of(it.key()),
                                         it.value(), st.left);
                    if (v) {
                        it.value() = *v;
                        any = true;
                    }
                }
                if (any)
                    changed.append(
                        {rid, QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))});
            }
            if (!read->ok())
                return Error::io(read->error());
            for (const auto& [rid, data] : std::as_const(changed)) {
                write->reset();
                write->bind(1, rid).bind(2, data);
                if (Status s = write->run(); !s)
                    return s.error();
            }
        } else if (st.table == Outbox || st.table == Rejections) {
            const QString table = st.table == Outbox ? u"outbox"_s : u"rejections"_s;
            auto read = db.prepare(u"SELECT seq, record_id, form, field, value, hlc FROM %1 WHERE seq > ?1 "
                                   "ORDER BY seq LIMIT ?2"_s.arg(table));
            auto write = db.prepare(u"UPDATE %1 SET value = ?2 WHERE seq = ?1"_s.arg(table));
            if (!read || !write)
                return m_store.storeError(what);
            read->bind(1, static_cast<std::int64_t>(st.after.toLongLong())).bind(2, budget);
            QList<std::pair<std::int64_t, QString>> changed;
            while (read->next()) {
                ++seen;
                st.after = QString::number(read->integer(0));
                if (read->isNull(4))
                    continue;
                auto v = resealValue(*sealer, answers, read->text(2), read->text(1), read->text(3),
                                     read->text(5), parseValue(read->text(4)), st.left);
                if (v)
                    changed.append({read->integer(0), valueText(*v)});
            }
            if (!read->ok())
                return Error::io(read->error());
            for (const auto& [seq, text] : std::as_const(changed)) {
                write->reset();
                write->bind(1, seq).bind(2, text);
                if (Status s = write->run(); !s)
                    return s.error();
            }
        } else if (st.table == Conflicts) {
            auto read =
                db.prepare(u"SELECT id, record_id, form, field, winner_value, loser_value, winner_hlc, "
                           "loser_hlc FROM conflicts WHERE id > ?1 ORDER BY id LIMIT ?2"_s);
            auto write =
                db.prepare(u"UPDATE conflicts SET winner_value = ?2, loser_value = ?3 WHERE id = ?1"_s);
            if (!read || !write)
                return m_store.storeError(what);
            read->bind(1, st.after).bind(2, budget);
            struct Row
            {
                QString id;
                QString winner;
                QString loser;
            };
            QList<Row> changed;
            while (read->next()) {
                ++seen;
                st.after = read->text(0);
                Row row{st.after, {}, {}};
                bool any = false;
                for (int column : {4, 5}) {
                    QString& out = column == 4 ? row.winner : row.loser;
                    if (read->isNull(column))
                        continue;
                    out = read->text(column);
                    auto v = resealValue(*sealer, answers, read->text(2), read->text(1), read->text(3),
                                         read->text(column + 2), parseValue(out), st.left);
                    if (v) {
                        out = valueText(*v);
                        any = true;
                    }
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
                    return s.error();
            }
        } else {
            auto read = db.prepare(u"SELECT key, value FROM meta WHERE key > ?1 ORDER BY key LIMIT ?2"_s);
            if (!read)
                return m_store.storeError(what);
            read->bind(1, st.after).bind(2, budget);
            QList<std::pair<QString, QString>> changed;
            while (read->next()) {
                ++seen;
                st.after = read->text(0);
                if (st.after == kStateKey || !FieldSealer::isSealed(read->text(1)))
                    continue;
                // The associated data each meta value was sealed with: a draft is bound to
                // "draft" and its user (DraftStore), the sync credential to "meta" and its
                // key (SyncState), the key check to no record and its key.
                QString record;
                QString field = st.after;
                if (st.after.startsWith(u"draft:"_s)) {
                    record = u"draft"_s;
                    field = st.after.mid(6);
                } else if (st.after == QStringView(SyncState::kCredential)) {
                    record = QString::fromUtf16(SyncState::kSealedMetaId);
                }
                auto text = resealText(*sealer, false, record, field, std::nullopt, read->text(1), st.left);
                if (text)
                    changed.append({st.after, *text});
            }
            if (!read->ok())
                return Error::io(read->error());
            for (const auto& [key, text] : std::as_const(changed))
                if (Status s = setMeta(db, key, text); !s)
                    return s.error();
        }
        st.done += seen;
        budget -= seen;
        if (budget > 0) { // the table is walked to its end
            ++st.table;
            st.after = st.table == Conflicts || st.table == Meta ? u""_s : u"0"_s;
        }
    }
    const bool over = st.table >= End;
    if (over) {
        if (Status s = deleteMeta(db, kStateKey); !s)
            return s.error();
        if (st.left > 0)
            if (Status s = setMeta(db, kWaitingKey, QString::number(st.left)); !s)
                return s.error();
    } else if (Status s = saveState(db, st); !s) {
        return s.error();
    }
    if (!tx.commit())
        return m_store.storeError(what);
    if (over) {
        qCInfo(lcStore) << "re-seal pass over;" << st.left << "values wait for a key this session lacks";
        auto discarded = discardUnusedKeys();
        if (!discarded)
            return discarded.error();
        return Progress{st.done, st.done, false};
    }
    return Progress{st.done, std::max(st.total, st.done), true};
}

Result<Reseal::Progress> Reseal::finish()
{
    for (;;) {
        auto p = step();
        if (!p || !p->running)
            return p;
    }
}

Result<int> Reseal::discardUnusedKeys()
{
    SqliteDb& db = m_store.db();
    const QString what = QCoreApplication::translate("Store", "Saving");
    auto gens = db.prepare(u"SELECT kind, gen FROM key_chain UNION SELECT kind, gen FROM key_grants"_s);
    auto current = db.prepare(u"SELECT (SELECT value FROM meta WHERE key = 'data_key_gen'), "
                              "(SELECT value FROM meta WHERE key = 'protection_public')"_s);
    if (!gens || !current || !current->next())
        return m_store.storeError(what);
    const int dataGen = current->isNull(0) ? 1 : current->text(0).toInt();
    const int protectionGen = current->isNull(1) ? 0 : current->text(1).section(u':', 0, 0).toInt();
    current->reset();
    QList<std::pair<QString, int>> old;
    while (gens->next()) {
        const QString kind = gens->text(0);
        const int gen = static_cast<int>(gens->integer(1));
        if (gen < (kind == u"data"_s ? dataGen : protectionGen))
            old.append({kind, gen});
    }
    if (!gens->ok())
        return Error::io(gens->error());
    gens->reset();
    if (old.isEmpty())
        return 0;
    SqliteTransaction tx(db);
    if (!tx.begin())
        return m_store.storeError(what);
    int discarded = 0;
    for (const auto& [kind, gen] : std::as_const(old)) {
        QStringList prefixes;
        if (kind == u"data"_s) {
            prefixes << u"s2:%1:"_s.arg(gen) << u"s3:%1:"_s.arg(gen);
            if (gen == 1)
                prefixes << u"s1:"_s;
        } else {
            prefixes << u"p1:%1:"_s.arg(gen) << u"p2:%1:"_s.arg(gen);
        }
        bool used = false;
        for (const QString& prefix : std::as_const(prefixes)) {
            // JSON text holds a sealed string as "<prefix>…; meta holds it bare.
            auto found = db.prepare(u"SELECT EXISTS (SELECT 1 FROM records WHERE instr(data, ?1) > 0) OR "
                                    "EXISTS (SELECT 1 FROM outbox WHERE instr(value, ?1) = 1) OR "
                                    "EXISTS (SELECT 1 FROM rejections WHERE instr(value, ?1) = 1) OR "
                                    "EXISTS (SELECT 1 FROM conflicts WHERE instr(winner_value, ?1) = 1 OR "
                                    "instr(loser_value, ?1) = 1) OR "
                                    "EXISTS (SELECT 1 FROM meta WHERE instr(value, ?2) = 1)"_s);
            if (!found)
                return m_store.storeError(what);
            found->bind(1, u"\""_s + prefix).bind(2, prefix);
            if (!found->next())
                return m_store.storeError(what);
            used = used || found->integer(0) != 0;
        }
        if (used)
            continue;
        for (const QString& sql : {u"DELETE FROM key_chain WHERE kind = ?1 AND gen = ?2"_s,
                                   u"DELETE FROM key_grants WHERE kind = ?1 AND gen = ?2"_s}) {
            auto del = db.prepare(sql);
            if (!del)
                return m_store.storeError(what);
            del->bind(1, kind).bind(2, gen);
            if (!del->run())
                return m_store.storeError(what);
        }
        ++discarded;
    }
    if (!tx.commit())
        return m_store.storeError(what);
    if (discarded > 0) {
        // secure_delete zeroed the rows in the pages; the WAL's copies of them go too.
        auto checkpoint = db.prepare(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        if (!checkpoint || !checkpoint->next() || checkpoint->integer(0) != 0)
            qCWarning(lcStore) << "old keys discarded; the WAL could not be truncated yet";
        qCInfo(lcStore) << "discarded" << discarded << "older key generations";
    }
    return discarded;
}

} // namespace prihvat
