#include "SyncState.h"

#include "AuditLog.h"
#include "LocalStore.h"
#include "ReferenceStore.h"
#include "SqliteDb.h"
#include "common/Log.h"
#include "common/Uuid7.h"
#include "forms/FormRegistry.h"
#include "security/FieldSealer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

const QString kDeletedField = u"_deleted"_s;

// Any JSON value as text (null included).
QString valueText(const QJsonValue& v)
{
    const QByteArray a =
        QJsonDocument(QJsonArray{v.isUndefined() ? QJsonValue() : v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QJsonValue parseValue(const QString& text)
{
    if (text.isNull())
        return QJsonValue();
    const QJsonDocument d = QJsonDocument::fromJson(u"["_s.append(text).append(u']').toUtf8());
    return d.isArray() && !d.array().isEmpty() ? d.array().first() : QJsonValue();
}

QJsonValue columnValue(const SqliteStatement& s, int column)
{
    return s.isNull(column) ? QJsonValue() : parseValue(s.text(column));
}

QString keyValue(const QJsonObject& values, const QString& field)
{
    if (field.isEmpty())
        return {};
    const QJsonValue v = values.value(field);
    return v.isString() ? v.toString() : QString();
}

QJsonValue normalised(const QJsonValue& v)
{
    return v.isUndefined() ? QJsonValue() : v;
}

QString deviceOf(const QString& stamp)
{
    return stamp.size() > 21 ? stamp.mid(21) : QString();
}

} // namespace

SyncState::SyncState(LocalStore& store) : m_store(store) {}

Error SyncState::storeError(const QString& what) const
{
    return m_store.storeError(what);
}

QString SyncState::meta(const char16_t* key) const
{
    SqliteStatement* s = m_store.db().cached("SELECT value FROM meta WHERE key = ?1");
    if (!s)
        return {};
    s->bind(1, QString::fromUtf16(key));
    QString value;
    if (s->next())
        value = s->text(0);
    s->reset();
    return value;
}

Status SyncState::setMeta(const char16_t* key, const QString& value)
{
    SqliteStatement* s = m_store.db().cached("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!s)
        return storeError(QCoreApplication::translate("SyncState", "Saving the sync state"));
    s->bind(1, QString::fromUtf16(key))
        .bind(2, value.isNull() ? u""_s : value); // a null QString binds as NULL
    if (!s->run())
        return storeError(QCoreApplication::translate("SyncState", "Saving the sync state"));
    return {};
}

bool SyncState::isEnrolled() const
{
    return !serverUrl().isEmpty() && !meta(kCredential).isEmpty();
}

QString SyncState::serverUrl() const
{
    return meta(kServerUrl);
}

Result<QByteArray> SyncState::credential() const
{
    const QString stored = meta(kCredential);
    if (stored.isEmpty())
        return Error::notFound(QCoreApplication::translate(
            "SyncState", "This device is not enrolled with headquarters yet, so it cannot sync."));
    const std::shared_ptr<const FieldSealer> sealer = m_store.sealer();
    if (!sealer)
        return Error::conflict(QCoreApplication::translate(
            "SyncState", "Log in to sync: this device's credential for headquarters opens only with a "
                         "user's password."));
    return sealer->open(QString::fromUtf16(kSealedMetaId), QString::fromUtf16(kCredential), stored);
}

Result<protocol::AuditHead> SyncState::auditHeadFor(const QString& batchId,
                                                    const protocol::AuditHead& current)
{
    const QStringList sending = meta(kAuditSending).split(u' ');
    if (sending.size() == 3 && sending.at(0) == batchId)
        return protocol::AuditHead{sending.at(1).toLongLong(), sending.at(2)};
    if (current.seq <= 0)
        return current;
    if (Status s =
            setMeta(kAuditSending, batchId + u' ' + QString::number(current.seq) + u' ' + current.hash);
        !s)
        return s.error();
    return current;
}

protocol::AuditHead SyncState::auditHeadSent() const
{
    const QStringList sent = meta(kAuditSent).split(u' ');
    if (sent.size() != 2)
        return {};
    bool ok = false;
    const std::int64_t seq = sent.at(0).toLongLong(&ok);
    return ok && seq > 0 ? protocol::AuditHead{seq, sent.at(1)} : protocol::AuditHead{};
}

QStringList SyncState::sites() const
{
    const QString s = meta(kSites);
    return s.isEmpty() ? QStringList() : s.split(u',');
}

QString SyncState::role() const
{
    return meta(kRole);
}

QString SyncState::tlsPin() const
{
    return meta(kTlsPin);
}

std::int64_t SyncState::cursor() const
{
    return meta(kCursor).toLongLong();
}

std::int64_t SyncState::lastSuccessMs() const
{
    return meta(kLastSuccess).toLongLong();
}

QString SyncState::lastError() const
{
    return meta(kLastError);
}

Status SyncState::saveEnrolment(const Enrolment& e)
{
    const std::shared_ptr<const FieldSealer> sealer = m_store.sealer();
    if (!sealer)
        return Error::conflict(QCoreApplication::translate(
            "SyncState",
            "Log in before enrolling: the device's credential is kept sealed with the data key."));
    QByteArray plain = (e.deviceId + u'.' + e.token).toUtf8();
    auto sealed = sealer->seal(QString::fromUtf16(kSealedMetaId), QString::fromUtf16(kCredential), plain);
    plain.fill('\0');
    if (!sealed)
        return sealed.error();
    QList<std::pair<QString, QString>> entries{
        {QString::fromUtf16(kServerUrl), e.serverUrl},
        {QString::fromUtf16(kCredential), *sealed},
        {QString::fromUtf16(kAuditSending), u""_s},
        {QString::fromUtf16(kAuditSent), u""_s},
        {QString::fromUtf16(kSites), e.sites.join(u',')},
        {QString::fromUtf16(kRole), e.role},
        {QString::fromUtf16(kTlsPin), e.tlsPin.isEmpty() ? u""_s : e.tlsPin}, // never NULL
        {QString::fromUtf16(kLastError), u""_s},
    };
    // Sequence numbers belong to one server: another server's cursor means nothing here.
    if (serverUrl() != e.serverUrl)
        entries.append({QString::fromUtf16(kCursor), u"0"_s});
    return m_store.adoptDeviceId(e.deviceId, entries);
}

Status SyncState::setLastError(const QString& text)
{
    return setMeta(kLastError, text);
}

Status SyncState::recordSuccess(std::int64_t atMs)
{
    SqliteTransaction tx(m_store.db());
    if (!tx.begin())
        return storeError(QCoreApplication::translate("SyncState", "Saving the sync state"));
    if (Status s = setMeta(kLastSuccess, QString::number(atMs)); !s)
        return s;
    if (Status s = setMeta(kLastError, QString()); !s)
        return s;
    if (!tx.commit())
        return storeError(QCoreApplication::translate("SyncState", "Saving the sync state"));
    return {};
}

Result<PushBatch> SyncState::loadBatch(const QString& batchId) const
{
    const QString what = QCoreApplication::translate("SyncState", "Reading the changes to send");
    SqliteDb& db = m_store.db();
    PushBatch batch;
    batch.batchId = batchId;
    SqliteStatement* attempts = db.cached("SELECT attempts FROM sync_batches WHERE batch_id = ?1");
    if (!attempts)
        return storeError(what);
    attempts->bind(1, batchId);
    if (attempts->next())
        batch.attempts = static_cast<int>(attempts->integer(0));
    else if (!attempts->ok())
        return storeError(what);
    attempts->reset();

    SqliteStatement* rows =
        db.cached("SELECT seq, record_id, form, field, value, hlc, base_version FROM outbox "
                  "WHERE batch_id = ?1 ORDER BY seq");
    if (!rows)
        return storeError(what);
    rows->bind(1, batchId);
    // Headquarters gets the answers themselves: sealed ones are opened for the request. A
    // protection answer this session cannot open (withheld) is never sent as its sealed
    // text: it leaves the batch and waits in the outbox for a session that holds the key.
    const AnswerSealer sealer = m_store.answers();
    QList<std::int64_t> withheld;
    while (rows->next()) {
        protocol::Change c;
        c.recordId = rows->text(1);
        c.form = rows->text(2);
        c.field = rows->text(3);
        const QJsonValue stored = columnValue(*rows, 4);
        if (sealer.isWithheld(stored)) {
            withheld.append(rows->integer(0));
            continue;
        }
        auto value = sealer.open(c.form, c.recordId, c.field, rows->text(5), stored);
        if (!value) {
            rows->reset();
            return value.error();
        }
        c.value = std::move(value.value());
        c.hlc = rows->text(5);
        c.base = rows->integer(6);
        batch.seqs.append(rows->integer(0));
        batch.changes.append(std::move(c));
    }
    if (!rows->ok())
        return storeError(what);
    rows->reset();
    for (const std::int64_t seq : std::as_const(withheld)) {
        auto release = db.prepare(u"UPDATE outbox SET batch_id = NULL WHERE seq = ?1"_s);
        if (!release)
            return storeError(what);
        release->bind(1, seq);
        if (!release->run())
            return storeError(what);
    }
    return batch;
}

Result<std::optional<PushBatch>> SyncState::nextBatch(int maxChanges)
{
    const QString what = QCoreApplication::translate("SyncState", "Preparing the changes to send");
    SqliteDb& db = m_store.db();
    auto pending =
        db.scalar(u"SELECT batch_id FROM outbox WHERE batch_id IS NOT NULL ORDER BY seq LIMIT 1"_s);
    if (!pending)
        return storeError(what);
    QString batchId = pending->toString();
    if (batchId.isEmpty()) {
        batchId = Uuid7::generate(m_store.clock());
        SqliteTransaction tx(db);
        if (!tx.begin())
            return storeError(what);
        // Protection answers wait for a session that can open them (loadBatch()).
        const auto keys = m_store.sealer();
        const bool holdsProtection = keys && !keys->keys().protection.empty();
        auto assign = db.prepare(
            u"UPDATE outbox SET batch_id = ?1 WHERE seq IN "
            "(SELECT seq FROM outbox WHERE batch_id IS NULL AND "
            "(?3 OR value IS NULL OR substr(value, 1, 4) NOT IN ('\"p1:', '\"p2:')) ORDER BY seq LIMIT ?2)"_s);
        if (!assign)
            return storeError(what);
        assign->bind(1, batchId).bind(2, std::max(1, maxChanges)).bind(3, holdsProtection ? 1 : 0);
        if (!assign->run())
            return storeError(what);
        if (db.changes() == 0)
            return std::optional<PushBatch>(); // the transaction rolls back: nothing was written
        auto insert =
            db.prepare(u"INSERT INTO sync_batches(batch_id, created_ms, attempts) VALUES(?1, ?2, 0)"_s);
        if (!insert)
            return storeError(what);
        insert->bind(1, batchId).bind(2, m_store.clock().nowMs());
        if (!insert->run())
            return storeError(what);
        if (!tx.commit())
            return storeError(what);
    }
    auto batch = loadBatch(batchId);
    if (!batch)
        return batch.error();
    if (batch->changes.isEmpty()) {
        // Everything in it was withheld: the batch is dropped, the changes wait.
        auto drop = db.prepare(u"DELETE FROM sync_batches WHERE batch_id = ?1"_s);
        if (drop) {
            drop->bind(1, batchId);
            static_cast<void>(drop->run());
        }
        return std::optional<PushBatch>();
    }
    return std::optional<PushBatch>(std::move(batch.value()));
}

Status SyncState::noteAttempt(const QString& batchId)
{
    auto s =
        m_store.db().prepare(u"INSERT INTO sync_batches(batch_id, created_ms, attempts) VALUES(?1, ?2, 1) "
                             "ON CONFLICT(batch_id) DO UPDATE SET attempts = attempts + 1"_s);
    if (!s)
        return storeError(QCoreApplication::translate("SyncState", "Saving the sync state"));
    s->bind(1, batchId).bind(2, m_store.clock().nowMs());
    if (!s->run())
        return storeError(QCoreApplication::translate("SyncState", "Saving the sync state"));
    return {};
}

Result<int> SyncState::splitBatch(const PushBatch& batch, const QString& reason)
{
    if (batch.seqs.size() <= 1) {
        protocol::PushResult r;
        r.status = protocol::PushResult::Status::Rejected;
        r.reason = reason;
        auto recorded = recordPushAnswer(batch, QList<protocol::PushResult>(batch.seqs.size(), r), false);
        if (!recorded)
            return recorded.error();
        return recorded->rejected;
    }
    const QString what = QCoreApplication::translate("SyncState", "Preparing the changes to send");
    SqliteDb& db = m_store.db();
    SqliteTransaction tx(db);
    if (!tx.begin())
        return storeError(what);
    const qsizetype half = batch.seqs.size() / 2;
    const QString first = Uuid7::generate(m_store.clock());
    const QString second = Uuid7::generate(m_store.clock());
    auto move = db.prepare(u"UPDATE outbox SET batch_id = ?1 WHERE seq = ?2 AND batch_id = ?3"_s);
    auto insert = db.prepare(u"INSERT INTO sync_batches(batch_id, created_ms, attempts) VALUES(?1, ?2, 0)"_s);
    auto drop = db.prepare(u"DELETE FROM sync_batches WHERE batch_id = ?1"_s);
    if (!move || !insert || !drop)
        return storeError(what);
    for (qsizetype i = 0; i < batch.seqs.size(); ++i) {
        move->reset();
        move->bind(1, i < half ? first : second).bind(2, batch.seqs.at(i)).bind(3, batch.batchId);
        if (!move->run())
            return storeError(what);
    }
    for (const QString& id : {first, second}) {
        insert->reset();
        insert->bind(1, id).bind(2, m_store.clock().nowMs());
        if (!insert->run())
            return storeError(what);
    }
    drop->bind(1, batch.batchId);
    if (!drop->run())
        return storeError(what);
    if (!tx.commit())
        return storeError(what);
    qCInfo(lcStore) << "push batch" << batch.batchId << "split into" << first << "and" << second;
    return 0;
}

Result<QString> SyncState::renewBatch(const PushBatch& batch)
{
    const QString what = QCoreApplication::translate("SyncState", "Preparing the changes to send");
    SqliteDb& db = m_store.db();
    SqliteTransaction tx(db);
    if (!tx.begin())
        return storeError(what);
    const QString renewed = Uuid7::generate(m_store.clock());
    auto move = db.prepare(u"UPDATE outbox SET batch_id = ?1 WHERE batch_id = ?2"_s);
    auto insert = db.prepare(u"INSERT INTO sync_batches(batch_id, created_ms, attempts) VALUES(?1, ?2, 0)"_s);
    auto drop = db.prepare(u"DELETE FROM sync_batches WHERE batch_id = ?1"_s);
    if (!move || !insert || !drop)
        return storeError(what);
    move->bind(1, renewed).bind(2, batch.batchId);
    insert->bind(1, renewed).bind(2, m_store.clock().nowMs());
    drop->bind(1, batch.batchId);
    if (!move->run() || !insert->run() || !drop->run() || !tx.commit())
        return storeError(what);
    qCInfo(lcStore) << "push batch" << batch.batchId << "sent again as" << renewed;
    return renewed;
}

Result<PushOutcome> SyncState::recordPushAnswer(const PushBatch& batch,
                                                const QList<protocol::PushResult>& results, bool fromServer)
{
    if (results.size() != batch.seqs.size())
        return Error::invalid(
            QCoreApplication::translate("SyncState", "Headquarters answered %1 changes with %2 results.")
                .arg(batch.seqs.size())
                .arg(results.size()));
    const QString what = QCoreApplication::translate("SyncState", "Saving the answer from headquarters");
    SqliteDb& db = m_store.db();
    SqliteTransaction tx(db);
    if (!tx.begin())
        return storeError(what);
    auto remove = db.prepare(u"DELETE FROM outbox WHERE seq = ?1 AND batch_id = ?2"_s);
    auto reject = db.prepare(
        u"INSERT OR REPLACE INTO rejections(seq, record_id, form, field, value, hlc, reason, at_ms) "
        "SELECT seq, record_id, form, field, value, hlc, ?3, ?4 FROM outbox "
        "WHERE seq = ?1 AND batch_id = ?2"_s);
    auto logConflict =
        db.prepare(u"INSERT INTO conflicts(id, seq, record_id, form, field) VALUES(?1, ?2, ?3, ?4, ?5) "
                   "ON CONFLICT(id) DO NOTHING"_s);
    auto dropBatch = db.prepare(u"DELETE FROM sync_batches WHERE batch_id = ?1"_s);
    if (!remove || !reject || !logConflict || !dropBatch)
        return storeError(what);
    PushOutcome outcome;
    const std::int64_t now = m_store.clock().nowMs();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const protocol::PushResult& r = results.at(i);
        const protocol::Change& c = batch.changes.at(i);
        const std::int64_t seq = batch.seqs.at(i);
        switch (r.status) {
        case protocol::PushResult::Status::Accepted:
            ++outcome.accepted;
            break;
        case protocol::PushResult::Status::Conflict:
            if (!r.conflictId.isEmpty()) {
                logConflict->reset();
                logConflict->bind(1, r.conflictId)
                    .bind(2, r.seq)
                    .bind(3, c.recordId)
                    .bind(4, c.form)
                    .bind(5, c.field);
                if (!logConflict->run())
                    return storeError(what);
                if (db.changes() > 0)
                    ++outcome.conflicts;
            }
            break;
        case protocol::PushResult::Status::Rejected:
            reject->reset();
            reject->bind(1, seq).bind(2, batch.batchId);
            reject->bind(3, r.reason.isEmpty() ? QCoreApplication::translate(
                                                     "SyncState", "Refused by headquarters without a reason.")
                                               : r.reason);
            reject->bind(4, now);
            if (!reject->run())
                return storeError(what);
            ++outcome.rejected;
            break;
        }
        remove->reset();
        remove->bind(1, seq).bind(2, batch.batchId);
        if (!remove->run())
            return storeError(what);
    }
    dropBatch->bind(1, batch.batchId);
    if (!dropBatch->run())
        return storeError(what);
    // Headquarters recorded the audit head this batch carried: the next push tells it what
    // this device's trail holds at that entry now.
    if (const QStringList sending = meta(kAuditSending).split(u' ');
        fromServer && sending.size() == 3 && sending.at(0) == batch.batchId) {
        if (Status s = setMeta(kAuditSent, sending.at(1) + u' ' + sending.at(2)); !s)
            return s.error();
    }
    if (Status s = m_store.audit().append(AuditKind::Sync, QString(), QString(),
                                          u"push batch=%1 changes=%2 accepted=%3 conflicts=%4 rejected=%5"_s
                                              .arg(batch.batchId)
                                              .arg(results.size())
                                              .arg(outcome.accepted)
                                              .arg(outcome.conflicts)
                                              .arg(outcome.rejected));
        !s)
        return s.error();
    if (!tx.commit())
        return storeError(what);
    return outcome;
}

Result<PullOutcome> SyncState::applyPull(const protocol::PullResponse& page)
{
    const QString what = QCoreApplication::translate("SyncState", "Saving the changes from headquarters");
    SqliteDb& db = m_store.db();
    const FormRegistry& forms = m_store.forms();
    const QString self = m_store.deviceId();

    struct Work
    {
        Record record;
        bool dirty = false;
    };
    QHash<QString, Work> touched;
    QStringList order;
    // The record as it stands in this page so far; created when `create` and missing.
    auto recordFor = [&](const QString& id, const protocol::PulledChange* create) -> Result<Work*> {
        auto it = touched.find(id);
        if (it != touched.end())
            return &it.value();
        auto stored = m_store.get(id);
        if (!stored)
            return stored.error();
        Work w;
        if (stored->has_value()) {
            w.record = std::move(**stored);
        } else if (create) {
            const HlcStamp stamp = HlcStamp::fromString(create->hlc).value_or(HlcStamp{});
            w.record.id = id;
            w.record.form = create->form;
            w.record.createdMs = w.record.updatedMs = stamp.wallMs;
            w.record.updatedHlc = create->hlc;
            w.dirty = true;
        } else {
            return static_cast<Work*>(nullptr);
        }
        order.append(id);
        return &touched.insert(id, std::move(w)).value();
    };

    SqliteTransaction tx(db);
    if (!tx.begin())
        return storeError(what);
    SqliteStatement* waiting = db.cached("SELECT 1 FROM outbox WHERE record_id = ?1 AND field = ?2 LIMIT 1");
    if (!waiting)
        return storeError(what);

    PullOutcome outcome;
    outcome.received = static_cast<int>(page.changes.size());
    for (const protocol::PulledChange& c : page.changes) {
        const FormDefinition* form = forms.form(c.form);
        const bool deleteField = c.field == kDeletedField;
        if (!form || !(deleteField || (form->field(c.field) && form->field(c.field)->hasValue()))) {
            qCWarning(lcStore) << "pulled change" << c.seq << "for unknown form or field" << c.form << c.field
                               << "is not applied here";
            continue;
        }
        const auto stamp = HlcStamp::fromString(c.hlc);
        if (!stamp)
            continue; // PulledChange::fromJson refuses these already
        auto found = recordFor(c.recordId, &c);
        if (!found)
            return found.error();
        Work& w = **found;
        Record& r = w.record;
        if (r.form != c.form) {
            qCWarning(lcStore) << "pulled change" << c.seq << "names form" << c.form << "for record"
                               << c.recordId << "of form" << r.form << "; not applied";
            continue;
        }
        const QString local = r.stamps.value(c.field);
        const QJsonValue localValue =
            deleteField ? QJsonValue(r.deleted) : normalised(r.values.value(c.field));
        const QJsonValue incoming = normalised(c.value);
        if (local.isEmpty() || c.hlc > local) {
            if (deleteField)
                r.deleted = incoming.toBool();
            else if (incoming.isNull())
                r.values.remove(c.field);
            else
                r.values.insert(c.field, incoming);
            r.stamps.insert(c.field, c.hlc);
            if (c.hlc > r.updatedHlc)
                r.updatedHlc = c.hlc;
            r.updatedMs = std::max(r.updatedMs, stamp->wallMs);
            w.dirty = true;
            ++outcome.applied;
            if (r.form == u"person"_s)
                outcome.peopleChanged = true;
        } else if (c.hlc != local && stamp->device == self && deviceOf(local) == self &&
                   incoming == localValue) {
            // This device's own change, its stamp clamped by headquarters (the clock here ran
            // ahead): take the server's stamp, so that later edits elsewhere, which the
            // server orders after it, replace it here too.
            waiting->reset();
            waiting->bind(1, r.id).bind(2, c.field);
            const bool unsent = waiting->next();
            if (!waiting->ok())
                return storeError(what);
            waiting->reset();
            if (!unsent) {
                r.stamps.insert(c.field, c.hlc);
                w.dirty = true;
            }
        }
        if (c.seq > r.serverVersion) {
            r.serverVersion = c.seq;
            w.dirty = true;
        }
        m_store.hlc().observe(*stamp);
    }

    SqliteStatement* known = db.cached("SELECT 1 FROM conflicts WHERE id = ?1");
    SqliteStatement* upsertConflict = db.cached(
        "INSERT INTO conflicts(id, seq, record_id, form, field, winner_value, winner_hlc, winner_device, "
        "loser_value, "
        "loser_hlc, loser_device, resolved, resolved_locally) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10, ?11, ?12, 0) "
        "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, record_id = excluded.record_id, form = "
        "excluded.form, "
        "field = excluded.field, winner_value = excluded.winner_value, winner_hlc = excluded.winner_hlc, "
        "winner_device = excluded.winner_device, loser_value = excluded.loser_value, loser_hlc = "
        "excluded.loser_hlc, "
        "loser_device = excluded.loser_device, resolved = excluded.resolved");
    if (!known || !upsertConflict)
        return storeError(what);
    // Both sides of a conflict are kept sealed like the answers themselves.
    const AnswerSealer sealer = m_store.answers();
    for (const protocol::ConflictEntry& e : page.conflicts) {
        // Each side bound to its own stamp.
        auto winner = sealer.seal(e.form, e.recordId, e.field, e.winner.hlc, e.winner.value);
        auto loser = sealer.seal(e.form, e.recordId, e.field, e.loser.hlc, e.loser.value);
        if (!winner)
            return winner.error();
        if (!loser)
            return loser.error();
        known->reset();
        known->bind(1, e.id);
        const bool existed = known->next();
        if (!known->ok())
            return storeError(what);
        known->reset();
        upsertConflict->reset();
        upsertConflict->bind(1, e.id).bind(2, e.seq).bind(3, e.recordId).bind(4, e.form).bind(5, e.field);
        upsertConflict->bind(6, valueText(*winner)).bind(7, e.winner.hlc).bind(8, e.winner.device);
        upsertConflict->bind(9, valueText(*loser)).bind(10, e.loser.hlc).bind(11, e.loser.device);
        upsertConflict->bind(12, e.resolved ? 1 : 0);
        if (!upsertConflict->run())
            return storeError(what);
        if (!existed)
            ++outcome.newConflicts;
        // Everything up to this page is applied here, the conflict's seq included: a later
        // edit of the field (resolving it) is based on it.
        auto found = recordFor(e.recordId, nullptr);
        if (!found)
            return found.error();
        if (Work* w = *found; w && e.seq > w->record.serverVersion) {
            w->record.serverVersion = e.seq;
            w->dirty = true;
        }
    }

    SqliteStatement* write = db.cached(
        "INSERT INTO records(id, form, data, stamps, deleted, created_ms, updated_ms, updated_hlc, "
        "server_version, "
        "person_id, event_date, site, state) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
        "ON CONFLICT(id) DO UPDATE SET data = excluded.data, stamps = excluded.stamps, deleted = "
        "excluded.deleted, "
        "updated_ms = excluded.updated_ms, updated_hlc = excluded.updated_hlc, server_version = "
        "excluded.server_version, "
        "person_id = excluded.person_id, event_date = excluded.event_date, site = excluded.site, state = "
        "excluded.state");
    if (!write)
        return storeError(what);
    for (const QString& id : std::as_const(order)) {
        const Work& w = touched[id];
        if (!w.dirty)
            continue;
        const Record& r = w.record;
        const FormDefinition* form = forms.form(r.form);
        if (!form)
            continue;
        QJsonObject stamps;
        for (auto it = r.stamps.begin(); it != r.stamps.end(); ++it)
            stamps.insert(it.key(), it.value());
        // Pulled answers are sealed before they are stored, like the device's own.
        auto values = sealer.sealValues(r.form, r.id, r.values, AnswerSealer::Stamps{r.stamps, r.updatedHlc});
        if (!values)
            return values.error();
        write->reset();
        write->bind(1, r.id).bind(2, r.form);
        write->bind(3, QString::fromUtf8(QJsonDocument(*values).toJson(QJsonDocument::Compact)));
        write->bind(4, QString::fromUtf8(QJsonDocument(stamps).toJson(QJsonDocument::Compact)));
        write->bind(5, r.deleted ? 1 : 0).bind(6, r.createdMs).bind(7, r.updatedMs).bind(8, r.updatedHlc);
        write->bind(9, r.serverVersion);
        write->bindOptional(10, keyValue(r.values, form->keys.person));
        write->bindOptional(11, keyValue(r.values, form->keys.date));
        write->bindOptional(12, keyValue(r.values, form->keys.site));
        write->bindOptional(13, keyValue(r.values, form->keys.state));
        if (!write->run())
            return storeError(what);
    }
    // Reference data headquarters changed, with the same cursor.
    if (auto stored = ReferenceStore::apply(db, page.reference); !stored)
        return stored.error();
    else
        outcome.reference = *stored;
    if (Status s = setMeta(kCursor, QString::number(page.next)); !s)
        return s.error();
    SqliteStatement* clock = db.cached("INSERT INTO meta(key, value) VALUES('hlc_last', ?1) "
                                       "ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)");
    if (!clock)
        return storeError(what);
    clock->bind(1, m_store.hlc().last().toString());
    if (!clock->run())
        return storeError(what);
    // An empty page (nothing new at headquarters) changes nothing here and is not logged:
    // background syncs would otherwise fill the trail.
    if (!page.changes.isEmpty() || !page.conflicts.isEmpty() || outcome.reference > 0) {
        int records = 0;
        for (const Work& w : std::as_const(touched))
            if (w.dirty)
                ++records;
        QString detail = u"pull changes=%1 applied=%2 records=%3 conflicts=%4 new_conflicts=%5 cursor=%6"_s
                             .arg(outcome.received)
                             .arg(outcome.applied)
                             .arg(records)
                             .arg(page.conflicts.size())
                             .arg(outcome.newConflicts)
                             .arg(page.next);
        if (outcome.reference > 0)
            detail += u" reference=%1"_s.arg(outcome.reference);
        if (Status s = m_store.audit().append(AuditKind::Sync, QString(), QString(), detail);
            !s)
            return s.error();
    }
    if (!tx.commit())
        return storeError(what);
    outcome.cursor = page.next;
    // New sites or items become valid here at once (forms() is read afresh by each save).
    if (outcome.reference > 0)
        if (Status s = m_store.reloadReference(); !s)
            qCWarning(lcStore) << "reference data from headquarters is stored but not in use until restart:"
                               << s.error().message;
    return outcome;
}

Result<std::int64_t> SyncState::pendingChanges() const
{
    return m_store.outboxSize();
}

Result<QList<Rejection>> SyncState::rejections(int limit) const
{
    auto s =
        m_store.db().prepare(u"SELECT seq, record_id, form, field, value, hlc, reason, at_ms FROM rejections "
                             "ORDER BY seq DESC LIMIT ?1"_s);
    if (!s)
        return storeError(QCoreApplication::translate("SyncState", "Reading the refused changes"));
    s->bind(1, limit);
    const AnswerSealer sealer = m_store.answers();
    QList<Rejection> out;
    while (s->next()) {
        auto value = sealer.open(s->text(2), s->text(1), s->text(3), s->text(5), columnValue(*s, 4));
        if (!value)
            return value.error();
        out.append({s->integer(0), s->text(1), s->text(2), s->text(3), *value, s->text(5), s->text(6),
                    s->integer(7)});
    }
    if (!s->ok())
        return storeError(QCoreApplication::translate("SyncState", "Reading the refused changes"));
    return out;
}

Result<std::int64_t> SyncState::rejectionCount() const
{
    auto v = m_store.db().scalar(u"SELECT count(*) FROM rejections"_s);
    if (!v)
        return v.error();
    return static_cast<std::int64_t>(v->toLongLong());
}

namespace {

constexpr const char* kConflictColumns =
    "id, seq, record_id, form, field, winner_value, winner_hlc, winner_device, "
    "loser_value, loser_hlc, loser_device, resolved, resolved_locally";

// A conflict as logged, its two values opened for display.
Result<ConflictRecord> conflictFrom(const SqliteStatement& s, const AnswerSealer& sealer)
{
    ConflictRecord c;
    c.id = s.text(0);
    c.seq = s.integer(1);
    c.recordId = s.text(2);
    c.form = s.text(3);
    c.field = s.text(4);
    auto winner = sealer.open(c.form, c.recordId, c.field, s.text(6), columnValue(s, 5));
    auto loser = sealer.open(c.form, c.recordId, c.field, s.text(9), columnValue(s, 8));
    if (!winner)
        return winner.error();
    if (!loser)
        return loser.error();
    c.winner = {*winner, s.text(6), s.text(7)};
    c.loser = {*loser, s.text(9), s.text(10)};
    c.resolved = s.integer(11) != 0;
    c.resolvedLocally = s.integer(12) != 0;
    return c;
}

} // namespace

Result<QList<ConflictRecord>> SyncState::openConflicts(int limit) const
{
    auto s = m_store.db().prepare(
        u"SELECT %1 FROM conflicts WHERE resolved = 0 AND resolved_locally = 0 "
        "AND winner_hlc IS NOT NULL ORDER BY seq DESC LIMIT ?1"_s.arg(QLatin1StringView(kConflictColumns)));
    if (!s)
        return storeError(QCoreApplication::translate("SyncState", "Reading the conflicts"));
    s->bind(1, limit);
    const AnswerSealer sealer = m_store.answers();
    QList<ConflictRecord> out;
    while (s->next()) {
        auto c = conflictFrom(*s, sealer);
        if (!c)
            return c.error();
        out.append(std::move(c.value()));
    }
    if (!s->ok())
        return storeError(QCoreApplication::translate("SyncState", "Reading the conflicts"));
    return out;
}

Result<std::int64_t> SyncState::openConflictCount() const
{
    auto v =
        m_store.db().scalar(u"SELECT count(*) FROM conflicts WHERE resolved = 0 AND resolved_locally = 0 "
                            "AND winner_hlc IS NOT NULL"_s);
    if (!v)
        return v.error();
    return static_cast<std::int64_t>(v->toLongLong());
}

Result<std::optional<ConflictRecord>> SyncState::conflict(const QString& id) const
{
    auto s = m_store.db().prepare(
        u"SELECT %1 FROM conflicts WHERE id = ?1"_s.arg(QLatin1StringView(kConflictColumns)));
    if (!s)
        return storeError(QCoreApplication::translate("SyncState", "Reading the conflicts"));
    s->bind(1, id);
    if (!s->next()) {
        if (!s->ok())
            return storeError(QCoreApplication::translate("SyncState", "Reading the conflicts"));
        return std::optional<ConflictRecord>();
    }
    auto c = conflictFrom(*s, m_store.answers());
    if (!c)
        return c.error();
    return std::optional<ConflictRecord>(std::move(c.value()));
}

Status SyncState::markResolvedLocally(const QString& id)
{
    auto s = m_store.db().prepare(u"UPDATE conflicts SET resolved_locally = 1 WHERE id = ?1"_s);
    if (!s)
        return storeError(QCoreApplication::translate("SyncState", "Saving the conflict"));
    s->bind(1, id);
    if (!s->run())
        return storeError(QCoreApplication::translate("SyncState", "Saving the conflict"));
    if (m_store.db().changes() == 0)
        return Error::notFound(
            QCoreApplication::translate("SyncState", "No conflict has the id %1.").arg(id));
    return {};
}

} // namespace prihvat
