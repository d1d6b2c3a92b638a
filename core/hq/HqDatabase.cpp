#include "HqDatabase.h"

#include "HqAudit.h"
#include "HqLog.h"
#include "HqReference.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace prihvat::hq {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"prihvat-hq-%1"_s.arg(++counter);
}

QString describe(const QSqlError& error)
{
    QString text = error.text().trimmed();
    if (text.isEmpty())
        text = u"unknown database error"_s;
    return text;
}

// The schema, one list of statements per version. Each version is applied once, inside
// one transaction with the row that records it, so a crash leaves the old or the new
// schema and never half of one. Only portable SQL: TEXT, BIGINT, INTEGER 0/1 for booleans.
QList<QStringList> migrations(HqDatabase::Engine engine)
{
    return {
        // Version 1.
        {
            // The source of sequence numbers: one row, bumped inside the transaction that
            // stores the changes it numbers (see HqStore::push for why not a SEQUENCE).
            u"CREATE TABLE counter(id INTEGER PRIMARY KEY, value BIGINT NOT NULL)"_s,
            u"INSERT INTO counter(id, value) VALUES(1, 0)"_s,
            // Devices and their credentials: only hashes of the enrolment code and token.
            u"CREATE TABLE devices("
            "id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, "
            "code_hash TEXT UNIQUE, code_expires_ms BIGINT NOT NULL, token_hash TEXT, "
            "reported_name TEXT, created_ms BIGINT NOT NULL, enrolled_ms BIGINT, revoked_ms BIGINT)"_s,
            u"CREATE TABLE device_sites(device_id TEXT NOT NULL REFERENCES devices(id), site TEXT NOT NULL, "
            "PRIMARY KEY(device_id, site))"_s,
            // The stored answer of every push batch, for idempotent retries.
            u"CREATE TABLE batches(device_id TEXT NOT NULL, batch_id TEXT NOT NULL, answer TEXT NOT NULL, "
            "received_ms BIGINT NOT NULL, PRIMARY KEY(device_id, batch_id))"_s,
            // Records as headquarters knows them: the form, the site that scopes them, and
            // each field's current value with its stamp and seq.
            u"CREATE TABLE records(id TEXT PRIMARY KEY, form TEXT NOT NULL, site TEXT, "
            "deleted INTEGER NOT NULL DEFAULT 0, created_seq BIGINT NOT NULL, updated_seq BIGINT NOT NULL)"_s,
            u"CREATE INDEX records_site ON records(site)"_s,
            u"CREATE TABLE fields(record_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, "
            "hlc TEXT NOT NULL, device_id TEXT NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY(record_id, field))"_s,
            // Every accepted change in seq order: what devices pull. `hlc` is the stamp as
            // compared and stored (after the clock clamp), `sent_hlc` as the device sent it
            // (to know a change sent again).
            u"CREATE TABLE changes(seq BIGINT PRIMARY KEY, record_id TEXT NOT NULL, form TEXT NOT NULL, "
            "field TEXT NOT NULL, value TEXT NOT NULL, hlc TEXT NOT NULL, sent_hlc TEXT NOT NULL, "
            "device_id TEXT NOT NULL, base BIGINT NOT NULL, received_ms BIGINT NOT NULL)"_s,
            u"CREATE INDEX changes_record_field ON changes(record_id, field, sent_hlc)"_s,
            // Concurrent edits: both values, both stamps, both devices.
            u"CREATE TABLE conflicts(id TEXT PRIMARY KEY, seq BIGINT NOT NULL, record_id TEXT NOT NULL, "
            "form TEXT NOT NULL, field TEXT NOT NULL, "
            "winner_value TEXT NOT NULL, winner_hlc TEXT NOT NULL, winner_device TEXT NOT NULL, "
            "loser_value TEXT NOT NULL, loser_hlc TEXT NOT NULL, loser_device TEXT NOT NULL, "
            "resolved INTEGER NOT NULL DEFAULT 0, resolved_seq BIGINT)"_s,
            u"CREATE INDEX conflicts_seq ON conflicts(seq)"_s,
            u"CREATE INDEX conflicts_field ON conflicts(record_id, field)"_s,
        },
        // Version 2: the audit trail (HqAudit).
        HqAudit::schema(engine),
        // Version 3: the reference data headquarters manages (HqReference), each entry's
        // latest state with the seq of its last change (a removed entry keeps its row, without
        // data); seeded from the built-in files by the migration. Conflicts are found by the
        // seq that resolved them, so a resolution reaches every device that holds the conflict.
        {
            u"CREATE TABLE reference_entries(set_name TEXT NOT NULL, code TEXT NOT NULL, "
            "position BIGINT NOT NULL, data TEXT, seq BIGINT NOT NULL, updated_ms BIGINT NOT NULL, "
            "PRIMARY KEY(set_name, code))"_s,
            u"CREATE INDEX reference_entries_seq ON reference_entries(seq)"_s,
            u"CREATE INDEX conflicts_resolved_seq ON conflicts(resolved_seq)"_s,
        },
        // Version 4: the key the database's protection-sensitive values are sealed under
        // (HqSealing: one row holding a value sealed under it, to refuse a wrong key), and
        // the time retention emptied a record (HqRetention). Values from before stay in
        // clear until `prihvat-hq key seal-existing` or the first serve with a key.
        {
            u"CREATE TABLE sealing(id INTEGER PRIMARY KEY, key_check TEXT NOT NULL, created_ms BIGINT NOT NULL)"_s,
            u"ALTER TABLE records ADD COLUMN purged_ms BIGINT"_s,
        },
        // Version 5: a digest of each push batch's content beside its stored answer, so a
        // batch id sent again with other changes is refused (409 batch_id_reused) instead
        // of being answered for the old content. Batches stored before have none.
        {
            u"ALTER TABLE batches ADD COLUMN digest TEXT"_s,
        },
    };
}

struct ParsedUrl
{
    HqDatabase::Engine engine = HqDatabase::Engine::Sqlite;
    QString path; // SQLite
    QString user, password, host, database;
    int port = 5432;
    QString options;
    QString display;
};

Result<ParsedUrl> parseUrl(const QString& url)
{
    ParsedUrl p;
    if (url.startsWith(u"sqlite:"_s)) {
        p.engine = HqDatabase::Engine::Sqlite;
        p.path = url.mid(7);
        if (p.path.startsWith(u"//"_s)) // sqlite:///abs/path
            p.path = p.path.mid(2);
        if (p.path.isEmpty())
            return Error::invalid(u"The database URL \"%1\" names no file (use sqlite:PATH)."_s.arg(url));
        p.display = u"sqlite:"_s + p.path;
        return p;
    }
    if (url.startsWith(u"postgresql://"_s) || url.startsWith(u"postgres://"_s)) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid())
            return Error::invalid(u"The database URL is not valid: %1"_s.arg(u.errorString()));
        p.engine = HqDatabase::Engine::Postgres;
        p.user = u.userName();
        p.password = u.password();
        p.host = u.host();
        p.port = u.port(5432);
        p.database = u.path().mid(1);
        if (p.host.isEmpty() || p.database.isEmpty() || p.database.contains(u'/'))
            return Error::invalid(
                u"The database URL needs a host and a database: postgresql://USER@HOST:PORT/DB"_s);
        // Only options that are safe to pass to libpq as they are.
        static const QStringList allowed{u"sslmode"_s, u"connect_timeout"_s, u"application_name"_s};
        QStringList options;
        bool timeout = false;
        for (const auto& [key, value] : QUrlQuery(u).queryItems(QUrl::FullyDecoded)) {
            if (!allowed.contains(key))
                return Error::invalid(u"The database URL has an unknown option \"%1\"."_s.arg(key));
            for (QChar c : value)
                if (!(c.isLetterOrNumber() || c == u'-' || c == u'_'))
                    return Error::invalid(
                        u"The database URL option \"%1\" has an unusable value."_s.arg(key));
            options.append(key + u'=' + value);
            timeout = timeout || key == u"connect_timeout"_s;
        }
        if (!timeout)
            options.append(u"connect_timeout=10"_s);
        p.options = options.join(u';');
        QUrl shown = u;
        shown.setPassword(QString());
        p.display = shown.toString();
        return p;
    }
    return Error::invalid(
        u"The database URL must be sqlite:PATH or postgresql://USER@HOST:PORT/DB, not \"%1\"."_s.arg(url));
}

} // namespace

HqDatabase::HqDatabase(Engine engine, QString connectionName, QString displayUrl)
    : m_engine(engine), m_connectionName(std::move(connectionName)), m_displayUrl(std::move(displayUrl))
{
}

HqDatabase::~HqDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<HqDatabase>> HqDatabase::open(const QString& url)
{
    auto parsed = parseUrl(url);
    if (!parsed)
        return parsed.error();
    const QString driver = parsed->engine == Engine::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error::unsupported(u"The Qt SQL driver %1 is not installed."_s.arg(driver));

    const QString name = nextConnectionName();
    std::unique_ptr<HqDatabase> self(new HqDatabase(parsed->engine, name, parsed->display));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    bool created = false;
    if (parsed->engine == Engine::Sqlite) {
        const QFileInfo info(parsed->path);
        if (parsed->path != u":memory:"_s && !info.absoluteDir().exists())
            return Error::io(u"The folder of the database %1 does not exist."_s.arg(parsed->path));
        created = parsed->path != u":memory:"_s && !info.exists();
        db.setDatabaseName(parsed->path);
        // Wait for another process's write lock instead of failing at once.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
    } else {
        db.setHostName(parsed->host);
        db.setPort(parsed->port);
        db.setDatabaseName(parsed->database);
        db.setUserName(parsed->user);
        db.setPassword(parsed->password);
        db.setConnectOptions(parsed->options);
    }
    if (!db.open())
        return Error::io(u"Cannot open the database %1: %2"_s.arg(parsed->display, describe(db.lastError())));
    if (created) // the headquarters database holds personal data: owner only
        QFile::setPermissions(parsed->path, QFile::ReadOwner | QFile::WriteOwner);
    if (Status s = self->configure(); !s)
        return s.error();
    if (Status s = self->migrate(); !s)
        return s.error();
    return self;
}

QString HqDatabase::engineName() const
{
    return m_engine == Engine::Sqlite ? u"sqlite"_s : u"postgresql"_s;
}

QSqlDatabase HqDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery HqDatabase::prepare(const QString& sql, bool* ok) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    *ok = q.prepare(sql);
    return q;
}

Result<QSqlQuery> HqDatabase::run(const QString& sql, const QVariantList& values) const
{
    bool ok = false;
    QSqlQuery q = prepare(sql, &ok);
    if (!ok)
        return Error::io(describe(q.lastError()));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error::io(describe(q.lastError()));
    return q;
}

Status HqDatabase::configure()
{
    if (m_engine == Engine::Sqlite) {
        // WAL lets readers and one writer work at once, also across processes; FULL makes
        // every acknowledged push durable.
        for (const QString& pragma :
             {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s,
              // A value replaced (sealed, or emptied by retention) leaves no copy in free space.
              u"PRAGMA secure_delete=ON"_s}) {
            QSqlQuery q(connection());
            if (!q.exec(pragma))
                return Error::io(u"Cannot configure the database: %1"_s.arg(describe(q.lastError())));
        }
    } else {
        // UTF-8 on the wire; notices ("already exists, skipping") are not worth a log line.
        for (const QString& setting :
             {u"SET client_encoding = 'UTF8'"_s, u"SET client_min_messages = warning"_s}) {
            QSqlQuery q(connection());
            if (!q.exec(setting))
                return Error::io(u"Cannot configure the database: %1"_s.arg(describe(q.lastError())));
        }
    }
    return {};
}

Status HqDatabase::begin()
{
    QSqlQuery q(connection());
    if (!q.exec(m_engine == Engine::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s))
        return Error::io(describe(q.lastError()));
    return {};
}

Status HqDatabase::commit()
{
    QSqlQuery q(connection());
    if (!q.exec(u"COMMIT"_s)) {
        const Error e = Error::io(describe(q.lastError()));
        rollback();
        return e;
    }
    return {};
}

void HqDatabase::rollback()
{
    QSqlQuery q(connection());
    q.exec(u"ROLLBACK"_s);
}

Status HqDatabase::ping()
{
    {
        QSqlQuery q(connection());
        if (q.exec(u"SELECT 1"_s) && q.next())
            return {};
    }
    // The connection is gone (a PostgreSQL restart, a dropped socket): open it once more.
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return Error::io(describe(db.lastError()));
    if (Status s = configure(); !s)
        return s;
    qCInfo(lcHq) << "reconnected to" << m_displayUrl;
    return {};
}

Status HqDatabase::reclaim(const QStringList& tables)
{
    QSqlQuery q(connection()); // not prepared: neither engine prepares VACUUM
    if (m_engine == Engine::Sqlite) {
        // The whole file is written anew (its free pages were zeroed by secure_delete
        // already), then the write-ahead log is emptied and truncated: no earlier page
        // image is left in either file.
        if (!q.exec(u"VACUUM"_s))
            return Error::io(u"VACUUM failed: %1"_s.arg(describe(q.lastError())));
        if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !q.next())
            return Error::io(u"The write-ahead log could not be emptied: %1"_s.arg(describe(q.lastError())));
        if (q.value(0).toInt() != 0)
            return Error::io(
                u"The write-ahead log could not be emptied: another prihvat-hq process is reading "
                "the database. Stop it and run the command again."_s);
        return {};
    }
    // PostgreSQL keeps old row versions in the table files until VACUUM FULL writes each
    // table anew (it locks the table meanwhile).
    for (const QString& table : tables)
        if (!q.exec(u"VACUUM FULL %1"_s.arg(table)))
            return Error::io(u"VACUUM FULL %1 failed: %2"_s.arg(table, describe(q.lastError())));
    return {};
}

int HqDatabase::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(u"SELECT max(version) FROM schema_version"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

Status HqDatabase::migrate()
{
    if (Status s = begin(); !s)
        return Error::io(u"Cannot start the schema migration: %1"_s.arg(s.error().message));
    auto fail = [this](const QString& what, const QSqlQuery& q) {
        const Error e = Error::io(u"Schema migration failed (%1): %2"_s.arg(what, describe(q.lastError())));
        rollback();
        return e;
    };
    QSqlQuery q(connection());
    // Two processes starting at once on one PostgreSQL: the second waits here for the
    // first to finish (SQLite's BEGIN IMMEDIATE already serialises them).
    if (m_engine == Engine::Postgres && !q.exec(u"SELECT pg_advisory_xact_lock(84700001)"_s))
        return fail(u"lock"_s, q);
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)"_s))
        return fail(u"schema_version"_s, q);
    if (!q.exec(u"SELECT max(version) FROM schema_version"_s) || !q.next())
        return fail(u"schema_version"_s, q);
    const int current = q.value(0).isNull() ? 0 : q.value(0).toInt();
    q.finish();
    if (current > kSchemaVersion) {
        rollback();
        return Error::unsupported(
            u"The database has schema version %1; this prihvat-hq knows up to %2. Use a newer prihvat-hq."_s
                .arg(current)
                .arg(kSchemaVersion));
    }
    const QList<QStringList> steps = migrations(m_engine);
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        for (const QString& sql : steps.at(version - 1))
            if (!q.exec(sql))
                return fail(u"version %1"_s.arg(version), q);
        if (version == 3) {
            if (Status s = HqReference::seedBuiltIn(*this, QDateTime::currentMSecsSinceEpoch()); !s) {
                rollback();
                return Error::io(u"Schema migration failed (reference data): %1"_s.arg(s.error().message));
            }
        }
        q.prepare(u"INSERT INTO schema_version(version) VALUES(?)"_s);
        q.addBindValue(version);
        if (!q.exec())
            return fail(u"version %1"_s.arg(version), q);
        qCInfo(lcHq) << "database schema now at version" << version;
    }
    q.finish();
    if (Status s = commit(); !s)
        return Error::io(u"Schema migration failed: %1"_s.arg(s.error().message));
    return {};
}

} // namespace prihvat::hq
