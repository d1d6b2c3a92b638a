#pragma once

// Shared by the headquarters tests: which engine a run uses, and a fresh database for each
// test (a file in a temporary folder for SQLite; a new database in the throwaway cluster
// that the ctest fixture started for PostgreSQL).

#include "common/Hlc.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <atomic>

namespace prihvat::hqtest {

using namespace Qt::StringLiterals;

// "sqlite" or "postgresql", from PRIHVAT_TEST_DB (ctest runs each test once with each).
inline QString engine()
{
    const QString e = qEnvironmentVariable("PRIHVAT_TEST_DB", u"sqlite"_s);
    return e;
}

inline bool isPostgres()
{
    return engine() == u"postgresql"_s;
}

// The URL of the cluster the fixture started (PRIHVAT_TEST_PG_URL).
inline QString clusterUrl()
{
    return qEnvironmentVariable("PRIHVAT_TEST_PG_URL");
}

// Runs `sql` on `database` of the cluster (its maintenance database when empty). Empty on
// success, else the error.
inline QString adminExec(const QString& sql, const QString& database = {})
{
    static std::atomic<int> counter{0};
    const QString name = u"hq-test-admin-%1"_s.arg(++counter);
    QString error;
    {
        const QUrl url(clusterUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(database.isEmpty() ? url.path().mid(1) : database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.exec(u"SET client_min_messages = warning"_s);
            for (const QString& statement : sql.split(u';', Qt::SkipEmptyParts)) {
                if (!q.exec(statement)) {
                    error = q.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// A database nobody has used, for one test. SQLite: a new file named after `tag`.
// PostgreSQL: the database `name` (made once per test process, so that test programs
// running at the same time do not meet) with its schema emptied, which is much quicker
// than a new database per test. Empty on failure, with the reason in `error`.
inline QString freshDatabase(const QTemporaryDir& dir, const QString& name, const QString& tag,
                             QString* error)
{
    if (!isPostgres())
        return u"sqlite:"_s + dir.filePath(tag + u".db"_s);
    if (clusterUrl().isEmpty()) {
        *error = u"PRIHVAT_TEST_PG_URL is not set: run through ctest (the pg_start fixture)"_s;
        return {};
    }
    static QSet<QString> made;
    if (!made.contains(name)) {
        *error = adminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE); CREATE DATABASE %1"_s.arg(name));
        if (!error->isEmpty())
            return {};
        made.insert(name);
    } else {
        *error = adminExec(u"DROP SCHEMA public CASCADE; CREATE SCHEMA public"_s, name);
        if (!error->isEmpty())
            return {};
    }
    QUrl url(clusterUrl());
    url.setPath(u"/"_s + name);
    return url.toString();
}

inline void dropDatabase(const QString& name)
{
    if (isPostgres() && !clusterUrl().isEmpty())
        adminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
}

inline QString stamp(const QString& device, std::int64_t wallMs, std::uint32_t counter = 0)
{
    return HlcStamp{wallMs, counter, device}.toString();
}

inline QJsonObject change(const QString& record, const QString& form, const QString& field,
                          const QJsonValue& value, const QString& hlc, std::int64_t base = 0)
{
    return {{u"record_id"_s, record}, {u"form"_s, form}, {u"field"_s, field},
            {u"value"_s, value},      {u"hlc"_s, hlc},   {u"base"_s, static_cast<double>(base)}};
}

} // namespace prihvat::hqtest
