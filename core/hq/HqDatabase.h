#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace prihvat::hq {

// Headquarters' database through QtSql: PostgreSQL in production, SQLite for a small office
// or a test. The same SQL runs on both (TEXT, BIGINT, integers for booleans,
// INSERT … ON CONFLICT … DO UPDATE), always with bound values.
//
// Each instance owns one connection under a name of its own, so several may live in one
// process (and several processes may share one database: SQLite in WAL mode with a busy
// timeout, PostgreSQL as it is).
class HqDatabase
{
public:
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    static constexpr int kSchemaVersion = 5;

    // `url` is "sqlite:PATH" or "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB". Opens the
    // connection and brings the schema up to date (idempotent; safe when several processes
    // start at once).
    static Result<std::unique_ptr<HqDatabase>> open(const QString& url);

    ~HqDatabase();
    HqDatabase(const HqDatabase&) = delete;
    HqDatabase& operator=(const HqDatabase&) = delete;

    Engine engine() const { return m_engine; }
    // "sqlite" or "postgresql", as /v1/health reports it.
    QString engineName() const;
    // The URL without any password, for logs.
    QString displayUrl() const { return m_displayUrl; }

    QSqlDatabase connection() const;
    // A prepared query on this connection (forward only). `ok` is false when preparing failed;
    // lastError() then says why.
    QSqlQuery prepare(const QString& sql, bool* ok) const;
    // Prepares and runs `sql` with positional values (`?`).
    Result<QSqlQuery> run(const QString& sql, const QVariantList& values = {}) const;

    // A write transaction. On SQLite it takes the write lock at once (BEGIN IMMEDIATE), so a
    // transaction never has to upgrade a read lock, which could fail at once under another
    // process's write instead of waiting.
    Status begin();
    Status commit();
    void rollback();

    // Checks the connection with a trivial query and, when that fails, opens it again once.
    Status ping();
    int schemaVersion() const;

    // Leaves no copy of removed or replaced values in the database's files: SQLite
    // rewrites the file (VACUUM) and truncates its write-ahead log; PostgreSQL rewrites
    // `tables` (VACUUM FULL, which locks each table while it runs). Outside a transaction.
    Status reclaim(const QStringList& tables);

    // A NULL value to bind (a null QString binds as '' in Qt 6).
    static QVariant null() { return QVariant(QMetaType::fromType<QString>()); }

private:
    HqDatabase(Engine engine, QString connectionName, QString displayUrl);
    Status migrate();
    Status configure();

    Engine m_engine;
    QString m_connectionName;
    QString m_displayUrl;
};

} // namespace prihvat::hq
