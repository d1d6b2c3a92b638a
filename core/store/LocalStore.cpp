#include "LocalStore.h"

#include "AuditLog.h"
#include "ReferenceStore.h"
#include "Schema.h"
#include "SchemaSealing.h"
#include "SqliteDb.h"
#include "common/Log.h"
#include "common/Uuid7.h"
#include "forms/FormRegistry.h"
#include "security/FieldSealer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

// Files up to this size are checked in full on every open; larger ones when the last
// session did not close cleanly, and always by `verify`.
constexpr qint64 kAlwaysCheckBelowBytes = 64 * 1024 * 1024;

QString toJsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString valueText(const QJsonValue& v)
{
    // Wrap in an array so that any JSON value serialises; strip the brackets.
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QJsonObject parseObject(const QString& text, bool* ok = nullptr)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && d.isObject();
    return d.object();
}

QString keyValue(const QJsonObject& values, const QString& field)
{
    if (field.isEmpty())
        return {};
    const QJsonValue v = values.value(field);
    return v.isString() ? v.toString() : QString();
}

// The audit detail of a write: the names of the fields it changed, never their values.
// Protection-sensitive fields are only counted: that a record has, say, a GBV note is
// itself protection-sensitive.
QString changedFields(const FormDefinition& form, const RecordWrite& w)
{
    QStringList names;
    int protection = 0;
    for (const FieldChange& c : w.changes) {
        if (c.field == u"_deleted"_s)
            continue;
        const FieldDefinition* field = form.field(c.field);
        if (field && field->sensitivity == Sensitivity::Protection)
            ++protection;
        else
            names.append(c.field);
    }
    if (protection > 0)
        names.append(u"+%1 protection"_s.arg(protection));
    if (!w.auditNote.isEmpty())
        names.append(w.auditNote);
    return names.isEmpty() ? QString() : names.join(u',');
}

AuditKind kindOf(const RecordWrite& w)
{
    if (w.isNew)
        return AuditKind::Create;
    if (w.record.deleted && std::any_of(w.changes.begin(), w.changes.end(),
                                        [](const FieldChange& c) { return c.field == u"_deleted"_s; }))
        return AuditKind::Delete;
    return AuditKind::Update;
}

// The authoriser of the store's connection: the audit trail's table and triggers cannot be
// dropped or altered through it (its rows are guarded by the triggers themselves).
int guardAudit(void*, int action, const char* a, const char* b, const char*, const char*)
{
    const auto isAudit = [](const char* name) { return name && std::strcmp(name, "audit") == 0; };
    switch (action) {
    case SQLITE_DROP_TABLE:
        return isAudit(a) ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_DROP_TRIGGER:
        return isAudit(b) ? SQLITE_DENY : SQLITE_OK; // a: trigger, b: its table
    case SQLITE_ALTER_TABLE:
        return isAudit(b) ? SQLITE_DENY : SQLITE_OK; // a: database, b: table
    default:
        return SQLITE_OK;
    }
}

bool headerLooksRight(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(16);
    return header == QByteArray("SQLite format 3\0", 16);
}

} // namespace

LocalStore::LocalStore(DataFolder folder, std::unique_ptr<SqliteDb> db,
                       std::shared_ptr<const FormRegistry> forms, const Clock& clock)
    : m_folder(std::move(folder)), m_db(std::move(db)), m_forms(std::move(forms)), m_clock(clock),
      m_actor(AuditLog::systemUser()), m_audit(std::make_unique<AuditLog>(*this))
{
}

Status LocalStore::setSealer(std::shared_ptr<const FieldSealer> sealer)
{
    if (!sealer) {
        m_sealer.reset();
        m_audit->lock();
        return {};
    }
    if (Status s = Schema::checkSealKey(*m_db, *sealer); !s)
        return s;
    // The folder decides where protection answers go: its current protection public key,
    // whatever the sealer was made with.
    auto protection = m_db->scalar(u"SELECT value FROM meta WHERE key = 'protection_public'"_s);
    if (!protection)
        return protection.error();
    if (const QString text = protection->toString(); !text.isEmpty()) {
        const qsizetype colon = text.indexOf(u':');
        bool ok = false;
        const int generation = colon > 0 ? QStringView(text).left(colon).toInt(&ok) : 0;
        const QByteArray publicKey = QByteArray::fromBase64(text.mid(colon + 1).toLatin1());
        if (!ok || generation <= 0 || publicKey.size() != 32)
            return Error::damaged(QCoreApplication::translate("Security", "A key has the wrong length."));
        if (sealer->keys().protectionGeneration != generation || sealer->keys().protectionPublic != publicKey)
            sealer = sealer->withProtectionPublic(generation, publicKey);
    }
    // The audit trail's keyed head: checked, and moved on to entries written while locked.
    // Before the sealing steps, which truncate the WAL after them.
    if (Status s = m_audit->confirm(*sealer); !s)
        qCWarning(lcStore) << "the audit trail could not be keyed:" << s.error().message;
    if (Schema::version(*m_db) < Schema::sealedVersion) {
        if (Status s = Schema::migrate(*m_db, *m_forms, Schema::currentVersion, sealer.get()); !s)
            return s;
        folder().restrictFiles();
    }
    // A credential an older version kept in clear is sealed now (no schema step needed).
    if (Status s = Schema::sealSyncCredential(*m_db, *sealer); !s)
        return s;
    m_sealer = std::move(sealer);
    return {};
}

void LocalStore::setActor(const QString& actor)
{
    m_actor = actor.isEmpty() ? AuditLog::systemUser() : actor;
}

void LocalStore::protectAudit()
{
    // After the migrations, which a later schema step may need to alter the table with.
    sqlite3_set_authorizer(m_db->handle(), guardAudit, nullptr);
}

LocalStore::~LocalStore()
{
    if (m_db && !m_deviceId.isEmpty())
        static_cast<void>(setMeta(u"clean_shutdown"_s, u"1"_s));
}

Error LocalStore::storeError(const QString& what) const
{
    const int code = m_db->lastErrorCode() & 0xFF;
    const QString detail = m_db->lastError();
    if (code == SQLITE_FULL)
        return Error::io(
            QCoreApplication::translate(
                "Store", "%1: the disk is full. Nothing was saved; free some space and try again.")
                .arg(what));
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        return Error::damaged(
            QCoreApplication::translate("Store", "%1: the database file is damaged (%2).").arg(what, detail));
    if (code == SQLITE_IOERR)
        return Error::io(
            QCoreApplication::translate("Store", "%1: the disk reported an error (%2). Nothing was saved.")
                .arg(what, detail));
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return Error::io(
            QCoreApplication::translate("Store", "%1: the database is busy in another program. Try again.")
                .arg(what));
    if (code == SQLITE_READONLY)
        return Error::io(QCoreApplication::translate("Store", "%1: the database cannot be written to (%2).")
                             .arg(what, detail));
    return Error::io(QCoreApplication::translate("Store", "%1: %2").arg(what, detail));
}

Status LocalStore::configure()
{
    sqlite3* h = m_db->handle();
    // Limits that keep hostile input from exhausting memory.
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, 32 * 1024 * 1024);
    sqlite3_limit(h, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
    // No writable_schema and the like: the schema (the audit triggers included) cannot be
    // edited behind SQLite's back through this connection.
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    return m_db->exec(uR"(
        PRAGMA synchronous = FULL;
        PRAGMA foreign_keys = ON;
        PRAGMA secure_delete = ON;
        PRAGMA temp_store = MEMORY;
        PRAGMA trusted_schema = OFF;
        PRAGMA cell_size_check = ON;
    )"_s);
}

Status LocalStore::setMeta(const QString& key, const QString& value)
{
    SqliteStatement* s = m_db->cached("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!s)
        return storeError(QCoreApplication::translate("Store", "Writing settings"));
    s->bind(1, key).bind(2, value);
    if (!s->run())
        return storeError(QCoreApplication::translate("Store", "Writing settings"));
    return {};
}

Status LocalStore::loadMeta()
{
    auto stmt = m_db->prepare(u"SELECT key, value FROM meta"_s);
    if (!stmt)
        return storeError(QCoreApplication::translate("Store", "Reading settings"));
    QString lastHlc;
    while (stmt->next()) {
        const QString key = stmt->text(0);
        if (key == u"device_id"_s)
            m_deviceId = stmt->text(1);
        else if (key == u"site"_s)
            m_site = stmt->text(1);
        else if (key == u"hlc_last"_s)
            lastHlc = stmt->text(1);
    }
    if (!stmt->ok())
        return storeError(QCoreApplication::translate("Store", "Reading settings"));
    if (m_deviceId.isEmpty() || m_site.isEmpty())
        return Error::damaged(QCoreApplication::translate(
            "Store", "The database has no device id or site: it was not made by \"init\" or is damaged."));
    m_hlc = std::make_unique<HybridLogicalClock>(m_clock, m_deviceId,
                                                 HlcStamp::fromString(lastHlc).value_or(HlcStamp{}));
    return {};
}

Result<std::unique_ptr<LocalStore>> LocalStore::initialise(const DataFolder& folder, const QString& site,
                                                           std::shared_ptr<const FormRegistry> forms,
                                                           const Clock& clock)
{
    if (!forms->reference().site(site))
        return Error::invalid(
            QCoreApplication::translate("Store", "Unknown site code \"%1\". Known sites: %2")
                .arg(site, forms->reference().codes(u"sites"_s).join(u", "_s)));
    if (folder.isInitialised())
        return Error::conflict(
            QCoreApplication::translate("Store", "%1 already holds a Prihvat database; nothing was changed.")
                .arg(QDir::toNativeSeparators(folder.path())));
    if (Status s = folder.prepare(); !s)
        return s.error();
    auto db = SqliteDb::open(folder.databasePath(), SqliteDb::Mode::ReadWriteCreate);
    if (!db)
        return db.error();
    std::unique_ptr<LocalStore> store(new LocalStore(folder, std::move(db.value()), forms, clock));
    if (Status s = store->m_db->exec(u"PRAGMA journal_mode = WAL"_s); !s)
        return s.error();
    if (Status s = store->configure(); !s)
        return s.error();
    if (Status s = Schema::migrate(*store->m_db, *forms); !s)
        return s.error();
    store->protectAudit();
    const QString deviceId = Uuid7::generate(clock);
    SqliteTransaction tx(*store->m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    for (const auto& [k, v] : {std::pair{u"device_id"_s, deviceId}, std::pair{u"site"_s, site},
                               std::pair{u"created_ms"_s, QString::number(clock.nowMs())},
                               std::pair{u"clean_shutdown"_s, u"0"_s}}) {
        if (Status s = store->setMeta(k, v); !s)
            return s.error();
    }
    if (Status s = store->loadMeta(); !s)
        return s.error();
    if (Status s = store->m_audit->append(AuditKind::Init, QString(), QString(), u"site="_s + site); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    folder.restrictFiles();
    qCInfo(lcStore) << "initialised data folder for site" << site;
    return store;
}

Result<std::unique_ptr<LocalStore>>
LocalStore::open(const DataFolder& folder, std::shared_ptr<const FormRegistry> forms, const Clock& clock)
{
    if (!folder.isInitialised())
        return Error::notFound(
            QCoreApplication::translate("Store", "%1 holds no Prihvat database. Create one with \"init\".")
                .arg(QDir::toNativeSeparators(folder.path())));
    const QString path = folder.databasePath();
    const auto damaged = [&](const QString& detail) {
        return Error::damaged(
            QCoreApplication::translate(
                "Store", "The database %1 is damaged (%2). It has not been changed. Keep a copy of the "
                         "folder and restore the latest backup, or ask headquarters for help.")
                .arg(QDir::toNativeSeparators(path), detail));
    };
    if (!headerLooksRight(path))
        return damaged(QCoreApplication::translate("Store", "it does not start like an SQLite database"));

    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadWrite);
    if (!db)
        return db.error();
    // Until the file has passed its check nothing may be written to it, not even a
    // checkpoint when the connection closes.
    db.value()->setNoCheckpointOnClose(true);
    std::unique_ptr<LocalStore> store(new LocalStore(folder, std::move(db.value()), forms, clock));
    SqliteDb& sdb = *store->m_db;

    // A file whose schema was never written (an init interrupted before its first commit)
    // is not a usable database; say so rather than fail on a missing table.
    if (Schema::version(sdb) <= 0) {
        const int code = sdb.lastErrorCode() & 0xFF;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return damaged(sdb.lastError());
        return damaged(QCoreApplication::translate(
            "Store", "it holds no Prihvat schema; \"init\" was probably interrupted. Move the file away and "
                     "run \"init\" again"));
    }
    if (Schema::version(sdb) > Schema::currentVersion)
        return Error::unsupported(
            QCoreApplication::translate(
                "Store", "The database was written by a newer version of Prihvat (schema %1; this version "
                         "knows up to %2). Update Prihvat; the file has not been changed.")
                .arg(Schema::version(sdb))
                .arg(Schema::currentVersion));
    auto clean = sdb.scalar(u"SELECT value FROM meta WHERE key = 'clean_shutdown'"_s);
    if (!clean) {
        const int code = sdb.lastErrorCode() & 0xFF;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return damaged(sdb.lastError());
        return store->storeError(QCoreApplication::translate("Store", "Opening the database"));
    }
    const bool fullCheck = clean->toString() != u"1"_s || QFileInfo(path).size() < kAlwaysCheckBelowBytes;
    if (fullCheck) {
        auto check = sdb.prepare(u"PRAGMA quick_check(5)"_s);
        if (!check)
            return damaged(sdb.lastError());
        QStringList faults;
        while (check->next())
            if (check->text(0) != u"ok"_s)
                faults.append(check->text(0));
        if (!check->ok())
            faults.append(check->error());
        if (!faults.isEmpty())
            return damaged(faults.join(u"; "_s));
    }
    sdb.setNoCheckpointOnClose(false);

    if (Status s = store->configure(); !s)
        return s.error();
    auto mode = sdb.scalar(u"PRAGMA journal_mode"_s);
    if (mode && mode->toString() != u"wal"_s) {
        if (Status s = sdb.exec(u"PRAGMA journal_mode = WAL"_s); !s)
            return s.error();
    }
    const int fromVersion = Schema::version(sdb);
    if (Status s = Schema::migrate(sdb, *forms); !s)
        return s.error();
    if (Status s = store->reloadReference(); !s)
        return s.error();
    store->protectAudit();
    if (Status s = store->loadMeta(); !s)
        return s.error();
    // The "not closed cleanly" mark needs no flush of its own: the WAL is written in order,
    // so the first durable save after it makes it durable too, and without a save there is
    // nothing a crash could have half-written. This keeps a disk flush out of start-up.
    static_cast<void>(sdb.exec(u"PRAGMA synchronous = NORMAL"_s));
    const Status marked = store->setMeta(u"clean_shutdown"_s, u"0"_s);
    static_cast<void>(sdb.exec(u"PRAGMA synchronous = FULL"_s));
    if (Status s = marked; !s)
        return s.error();
    // A folder from before the audit trail: its first entry says when it started.
    if (fromVersion < Schema::auditVersion) {
        if (Status s = store->m_audit->append(AuditKind::Init, QString(), QString(),
                                              u"schema %1 upgraded"_s.arg(fromVersion));
            !s)
            return s.error();
    }
    folder.restrictFiles();
    return store;
}

Status LocalStore::reloadReference()
{
    auto overlaid = ReferenceStore::overlay(*m_db, m_forms);
    if (!overlaid)
        return overlaid.error();
    if (*overlaid != m_forms) {
        m_retiredForms.push_back(m_forms);
        m_forms = std::move(*overlaid);
    }
    return {};
}

Result<std::optional<Record>> LocalStore::get(const QString& id) const
{
    SqliteStatement* s =
        m_db->cached("SELECT id, form, data, stamps, deleted, created_ms, updated_ms, updated_hlc, "
                     "server_version FROM records WHERE id = ?1");
    if (!s)
        return storeError(QCoreApplication::translate("Store", "Reading a record"));
    s->bind(1, id);
    if (!s->next()) {
        if (!s->ok())
            return storeError(QCoreApplication::translate("Store", "Reading a record"));
        return std::optional<Record>();
    }
    Record r;
    r.id = s->text(0);
    r.form = s->text(1);
    auto values = answers().openValues(r.form, r.id, parseObject(s->text(2)),
                                       AnswerSealer::Stamps::fromStored(s->text(3), s->text(7)));
    if (!values) {
        s->reset();
        return values.error();
    }
    r.values = std::move(values.value());
    const QJsonObject stamps = parseObject(s->text(3));
    for (auto it = stamps.begin(); it != stamps.end(); ++it)
        r.stamps.insert(it.key(), it.value().toString());
    r.deleted = s->integer(4) != 0;
    r.createdMs = s->integer(5);
    r.updatedMs = s->integer(6);
    r.updatedHlc = s->text(7);
    r.serverVersion = s->integer(8);
    s->reset();
    // A value without its own stamp was written by the record's last change (commit()
    // leaves those out to keep rows small).
    for (auto it = r.values.begin(); it != r.values.end(); ++it)
        if (!r.stamps.contains(it.key()))
            r.stamps.insert(it.key(), r.updatedHlc);
    if (r.deleted && !r.stamps.contains(u"_deleted"_s))
        r.stamps.insert(u"_deleted"_s, r.updatedHlc);
    return std::optional<Record>(std::move(r));
}

bool LocalStore::personExists(const QString& id) const
{
    SqliteStatement* s =
        m_db->cached("SELECT 1 FROM records WHERE id = ?1 AND form = 'person' AND deleted = 0");
    if (!s)
        return false;
    s->bind(1, id);
    const bool found = s->next();
    s->reset();
    return found;
}

Status LocalStore::commit(const QList<RecordWrite>& writes, OutboxMode outboxMode, const QString& actor)
{
    if (writes.isEmpty())
        return {};
    const QString what = QCoreApplication::translate("Store", "Saving");
    SqliteTransaction tx(*m_db);
    if (!tx.begin())
        return storeError(what);
    SqliteStatement* upsert = m_db->cached(
        "INSERT INTO records(id, form, data, stamps, deleted, created_ms, updated_ms, updated_hlc, "
        "server_version, "
        "person_id, event_date, site, state) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
        "ON CONFLICT(id) DO UPDATE SET data = excluded.data, stamps = excluded.stamps, deleted = "
        "excluded.deleted, "
        "updated_ms = excluded.updated_ms, updated_hlc = excluded.updated_hlc, person_id = "
        "excluded.person_id, "
        "event_date = excluded.event_date, site = excluded.site, state = excluded.state");
    SqliteStatement* outbox = m_db->cached("INSERT INTO outbox(record_id, form, field, value, hlc, "
                                           "base_version) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    if (!upsert || !outbox)
        return storeError(what);
    const AnswerSealer sealer = answers();
    HlcStamp last;
    for (const RecordWrite& w : writes) {
        const Record& r = w.record;
        const FormDefinition* form = m_forms->form(r.form);
        if (!form)
            return Error::invalid(QCoreApplication::translate("Store", "Unknown form \"%1\".").arg(r.form));
        const QString stamp = w.stamp.toString();
        // Each answer is bound to its own stamp (as get() reads it back: its stamp, else the
        // record's updated_hlc, which is this change's).
        auto sealedValues = sealer.sealValues(r.form, r.id, r.values, AnswerSealer::Stamps{r.stamps, stamp});
        if (!sealedValues)
            return sealedValues.error();
        QJsonObject stamps;
        for (auto it = r.stamps.begin(); it != r.stamps.end(); ++it)
            // A present value (or the tombstone) stamped by this change is implied by
            // updated_hlc (see get()); a cleared field keeps its stamp explicitly.
            if (it.value() != stamp ||
                !(r.values.contains(it.key()) || (it.key() == u"_deleted"_s && r.deleted)))
                stamps.insert(it.key(), it.value());
        upsert->reset();
        upsert->bind(1, r.id).bind(2, r.form).bind(3, toJsonText(*sealedValues)).bind(4, toJsonText(stamps));
        upsert->bind(5, r.deleted ? 1 : 0).bind(6, r.createdMs).bind(7, r.updatedMs).bind(8, stamp);
        upsert->bind(9, r.serverVersion);
        upsert->bindOptional(10, keyValue(r.values, form->keys.person));
        upsert->bindOptional(11, keyValue(r.values, form->keys.date));
        upsert->bindOptional(12, keyValue(r.values, form->keys.site));
        upsert->bindOptional(13, keyValue(r.values, form->keys.state));
        if (!upsert->run())
            return storeError(what);
        for (const FieldChange& c : w.changes) {
            if (outboxMode == OutboxMode::Skip)
                break;
            // The same answer as the record's under the same stamp: its sealed text is the
            // same too (same record, field and stamp), so it is sealed once (sealing to the
            // protection key costs an X25519).
            const auto same = sealedValues->constFind(c.field);
            auto value = same != sealedValues->constEnd() && r.values.value(c.field) == c.value &&
                                 r.stamps.value(c.field, stamp) == stamp
                             ? Result<QJsonValue>(*same)
                             : sealer.seal(r.form, r.id, c.field, stamp, c.value);
            if (!value)
                return value.error();
            outbox->reset();
            outbox->bind(1, r.id).bind(2, r.form).bind(3, c.field);
            if (value->isNull() || value->isUndefined())
                outbox->bindNull(4);
            else
                outbox->bind(4, valueText(*value));
            outbox->bind(5, stamp).bind(6, r.serverVersion);
            if (!outbox->run())
                return storeError(what);
        }
        if (outboxMode == OutboxMode::Write) {
            if (Status s = m_audit->appendAs(actor, kindOf(w), r.id, r.form, changedFields(*form, w)); !s)
                return s;
        }
        if (last < w.stamp)
            last = w.stamp;
    }
    if (outboxMode == OutboxMode::Skip) {
        // Synthetic data: one entry for the batch, with counts only.
        QStringList forms;
        QHash<QString, int> perForm;
        for (const RecordWrite& w : writes)
            if (perForm[w.record.form]++ == 0)
                forms.append(w.record.form);
        QString detail = u"records=%1"_s.arg(writes.size());
        for (const QString& f : std::as_const(forms))
            detail += u" %1=%2"_s.arg(f).arg(perForm.value(f));
        if (Status s = m_audit->appendAs(actor, AuditKind::Seed, QString(), QString(), detail); !s)
            return s;
    }
    if (Status s = setMeta(u"hlc_last"_s, last.toString()); !s)
        return s;
    if (!tx.commit())
        return storeError(what);
    return {};
}

Status LocalStore::adoptDeviceId(const QString& deviceId, const QList<std::pair<QString, QString>>& meta)
{
    if (!Uuid7::isValid(deviceId))
        return Error::invalid(
            QCoreApplication::translate("Store", "The device id \"%1\" from headquarters is not a UUID.")
                .arg(deviceId));
    const QString what = QCoreApplication::translate("Store", "Saving the enrolment");
    const QString old = m_deviceId;
    const HlcStamp last = m_hlc->last();
    const HlcStamp renamed{last.wallMs, last.counter, deviceId};
    SqliteTransaction tx(*m_db);
    if (!tx.begin())
        return storeError(what);
    if (deviceId != old) {
        // A stamp is "<13 hex>-<6 hex>-<device>": the device starts at character 22.
        const QString statements[] = {
            u"UPDATE outbox SET hlc = substr(hlc, 1, 21) || ?2 WHERE substr(hlc, 22) = ?1"_s,
            u"UPDATE rejections SET hlc = substr(hlc, 1, 21) || ?2 WHERE substr(hlc, 22) = ?1"_s,
            u"UPDATE records SET updated_hlc = substr(updated_hlc, 1, 21) || ?2 WHERE substr(updated_hlc, 22) = ?1"_s,
            // In the stamps object every stamp is a JSON string ending in the device id.
            u"UPDATE records SET stamps = replace(stamps, '-' || ?1 || '\"', '-' || ?2 || '\"') "
            "WHERE instr(stamps, ?1) > 0"_s,
        };
        for (const QString& sql : statements) {
            auto stmt = m_db->prepare(sql);
            if (!stmt)
                return storeError(what);
            stmt->bind(1, old).bind(2, deviceId);
            if (!stmt->run())
                return storeError(what);
        }
        if (Status s = setMeta(u"device_id"_s, deviceId); !s)
            return s;
        if (Status s = setMeta(u"hlc_last"_s, renamed.toString()); !s)
            return s;
    }
    for (const auto& [key, value] : meta)
        if (Status s = setMeta(key, value); !s)
            return s;
    // Under the old id (the actor's device), naming the new one.
    if (Status s = m_audit->append(AuditKind::Sync, QString(), QString(), u"enrolled device=%1"_s.arg(deviceId));
        !s)
        return s;
    if (!tx.commit())
        return storeError(what);
    if (deviceId != old) {
        m_deviceId = deviceId;
        m_hlc = std::make_unique<HybridLogicalClock>(m_clock, deviceId, renamed);
        qCInfo(lcStore) << "device id changed at enrolment from" << old << "to" << deviceId;
    }
    return {};
}

Result<QList<Record>> LocalStore::list(const QString& form, int limit, int offset) const
{
    auto s = m_db->prepare(
        u"SELECT id FROM records WHERE form = ?1 AND deleted = 0 ORDER BY rid DESC LIMIT ?2 OFFSET ?3"_s);
    if (!s)
        return storeError(QCoreApplication::translate("Store", "Listing records"));
    s->bind(1, form).bind(2, limit).bind(3, offset);
    QList<Record> out;
    while (s->next()) {
        auto r = get(s->text(0));
        if (!r)
            return r.error();
        if (r->has_value())
            out.append(std::move(**r));
    }
    if (!s->ok())
        return storeError(QCoreApplication::translate("Store", "Listing records"));
    return out;
}

Result<std::int64_t> LocalStore::count(const QString& form) const
{
    SqliteStatement* s = m_db->cached("SELECT count(*) FROM records WHERE form = ?1 AND deleted = 0");
    if (!s)
        return storeError(QCoreApplication::translate("Store", "Counting records"));
    s->bind(1, form);
    if (!s->next())
        return storeError(QCoreApplication::translate("Store", "Counting records"));
    const std::int64_t n = s->integer(0);
    s->reset();
    return n;
}

Result<std::int64_t> LocalStore::outboxSize() const
{
    auto v = m_db->scalar(u"SELECT count(*) FROM outbox"_s);
    if (!v)
        return v.error();
    return static_cast<std::int64_t>(v->toLongLong());
}

Result<QStringList> LocalStore::verify() const
{
    QStringList faults;
    auto check = m_db->prepare(u"PRAGMA integrity_check(20)"_s);
    if (!check)
        return storeError(QCoreApplication::translate("Store", "Checking the database"));
    while (check->next())
        if (check->text(0) != u"ok"_s)
            faults.append(QCoreApplication::translate("Store", "SQLite integrity: %1").arg(check->text(0)));
    if (!check->ok())
        faults.append(QCoreApplication::translate("Store", "SQLite integrity: %1").arg(check->error()));
    if (!faults.isEmpty())
        return faults; // the file itself is damaged: the rest cannot be trusted

    if (Schema::version(*m_db) != Schema::currentVersion)
        faults.append(QCoreApplication::translate("Store", "Schema version %1, expected %2.")
                          .arg(Schema::version(*m_db))
                          .arg(Schema::currentVersion));

    // From schema 8 every identifying and protection answer is sealed, wherever it is kept.
    const bool sealedSchema = Schema::version(*m_db) >= Schema::sealedVersion;
    const AnswerSealer sealer = answers();
    auto rows = m_db->prepare(
        u"SELECT id, form, data, stamps, deleted, updated_hlc, person_id, event_date, site, state "
        "FROM records"_s);
    if (!rows)
        return storeError(QCoreApplication::translate("Store", "Checking the database"));
    std::int64_t seen = 0;
    while (rows->next() && faults.size() < 50) {
        ++seen;
        const QString id = rows->text(0);
        const FormDefinition* form = m_forms->form(rows->text(1));
        bool okData = false;
        bool okStamps = false;
        const QJsonObject values = parseObject(rows->text(2), &okData);
        parseObject(rows->text(3), &okStamps);
        const auto stamps = AnswerSealer::Stamps::fromStored(rows->text(3), rows->text(5));
        if (!Uuid7::isValid(id))
            faults.append(QCoreApplication::translate("Store", "Record %1: the id is not a UUID.").arg(id));
        if (!form) {
            faults.append(QCoreApplication::translate("Store", "Record %1: unknown form \"%2\".")
                              .arg(id, rows->text(1)));
            continue;
        }
        if (!okData || !okStamps)
            faults.append(
                QCoreApplication::translate("Store", "Record %1: its values or stamps are not valid JSON.")
                    .arg(id));
        if (!HlcStamp::fromString(rows->text(5)))
            faults.append(
                QCoreApplication::translate("Store", "Record %1: its clock stamp is malformed.").arg(id));
        const std::pair<QString, int> keys[] = {
            {form->keys.person, 6}, {form->keys.date, 7}, {form->keys.site, 8}, {form->keys.state, 9}};
        for (const auto& [field, column] : keys) {
            const QString expected = keyValue(values, field);
            if (expected != rows->text(column) && !(expected.isEmpty() && rows->isNull(column)))
                faults.append(QCoreApplication::translate(
                                  "Store", "Record %1: the index column for \"%2\" does not match its value.")
                                  .arg(id, field));
        }
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (!form->field(it.key()))
                faults.append(
                    QCoreApplication::translate("Store", "Record %1: value for unknown field \"%2\".")
                        .arg(id, it.key()));
            else if (sealedSchema && sealer.sealsField(form->id, it.key()) &&
                     !AnswerSealer::isSealed(it.value()))
                faults.append(QCoreApplication::translate(
                                  "Store", "Record %1: the answer to \"%2\" is stored in clear, not sealed.")
                                  .arg(id, it.key()));
            else if (AnswerSealer::isSealed(it.value()) && !sealer.isLocked() &&
                     !sealer.open(form->id, id, it.key(), stamps.of(it.key()), it.value()))
                faults.append(
                    QCoreApplication::translate(
                        "Store", "Record %1: the sealed answer to \"%2\" does not open with this key.")
                        .arg(id, it.key()));
        }
    }
    if (!rows->ok())
        faults.append(storeError(QCoreApplication::translate("Store", "Checking records")).message);

    if (sealedSchema) {
        // Changes kept for sync and the conflict log: no answer that must be sealed in clear.
        const QString tables[][2] = {{u"outbox"_s, u"value"_s},
                                     {u"rejections"_s, u"value"_s},
                                     {u"conflicts"_s, u"winner_value"_s},
                                     {u"conflicts"_s, u"loser_value"_s}};
        for (const auto& [table, column] : tables) {
            auto changes = m_db->prepare(
                u"SELECT form, field, %2 FROM %1 WHERE %2 IS NOT NULL AND %2 != 'null'"_s.arg(table, column));
            if (!changes)
                return storeError(QCoreApplication::translate("Store", "Checking the database"));
            std::int64_t clear = 0;
            while (changes->next()) {
                const QJsonDocument d =
                    QJsonDocument::fromJson((u"["_s + changes->text(2) + u"]"_s).toUtf8());
                const QJsonValue v = d.array().isEmpty() ? QJsonValue() : d.array().first();
                if (sealer.sealsField(changes->text(0), changes->text(1)) && !AnswerSealer::isSealed(v))
                    ++clear;
            }
            if (clear > 0)
                faults.append(
                    QCoreApplication::translate(
                        "Store", "%1 entries of \"%2\" hold an identifying or protection answer in clear.")
                        .arg(clear)
                        .arg(table));
        }
    }

    auto orphans =
        m_db->scalar(u"SELECT count(*) FROM outbox WHERE record_id NOT IN (SELECT id FROM records)"_s);
    if (!orphans)
        faults.append(orphans.error().message);
    else if (orphans->toLongLong() > 0)
        faults.append(QCoreApplication::translate("Store", "%1 outbox changes belong to no record.")
                          .arg(orphans->toLongLong()));
    auto strayBatches =
        m_db->scalar(u"SELECT count(*) FROM outbox WHERE batch_id IS NOT NULL AND batch_id NOT IN "
                     "(SELECT batch_id FROM sync_batches)"_s);
    if (strayBatches && strayBatches->toLongLong() > 0)
        faults.append(
            QCoreApplication::translate("Store", "%1 outbox changes belong to a push batch that is not kept.")
                .arg(strayBatches->toLongLong()));
    auto badStamps =
        m_db->scalar(u"SELECT count(*) FROM outbox WHERE length(hlc) < 22 OR substr(hlc, 14, 1) != '-'"_s);
    if (badStamps && badStamps->toLongLong() > 0)
        faults.append(QCoreApplication::translate("Store", "%1 outbox changes have a malformed clock stamp.")
                          .arg(badStamps->toLongLong()));

    auto audit = m_audit->verify();
    if (!audit)
        faults.append(audit.error().message);
    else
        for (const AuditFault& f : std::as_const(*audit))
            faults.append(f.message);
    return faults;
}

} // namespace prihvat
