#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace prihvat {

class SqliteStatement;

// A thin owner of one SQLite connection (the system libsqlite3, the same library Qt's
// QSQLITE driver uses, so the process holds one SQLite). Every value goes through bound
// parameters; errors come back as values.
class SqliteDb
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    static Result<std::unique_ptr<SqliteDb>> open(const QString& path, Mode mode);
    ~SqliteDb();
    SqliteDb(const SqliteDb&) = delete;
    SqliteDb& operator=(const SqliteDb&) = delete;

    // Runs one or more statements that take no parameters.
    Status exec(const QString& sql);
    Result<SqliteStatement> prepare(const QString& sql);
    // Prepared once per connection and kept: for statements on hot paths.
    SqliteStatement* cached(const char* sql);

    // A single value from a query with no parameters (empty QVariant when there is no row).
    Result<QVariant> scalar(const QString& sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    QString lastError() const;
    int lastErrorCode() const;
    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }

    // Do not checkpoint the WAL into the main file on close (used while a file is checked
    // and may be damaged: nothing is written over it).
    void setNoCheckpointOnClose(bool on);

private:
    explicit SqliteDb(sqlite3* db, QString path);
    sqlite3* m_db = nullptr;
    QString m_path;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3_stmt* stmt, sqlite3* db) : m_stmt(stmt), m_db(db) {}
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Parameters are numbered from 1.
    SqliteStatement& bind(int index, const QString& text);
    SqliteStatement& bind(int index, QStringView text);
    SqliteStatement& bind(int index, const QByteArray& blob);
    // Text given as its UTF-8 bytes, stored exactly as given.
    SqliteStatement& bindUtf8(int index, const QByteArray& utf8);
    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bindNull(int index);
    // Null when the string is null (QString()), text otherwise.
    SqliteStatement& bindOptional(int index, const QString& text);

    // true: a row is ready; false: done. An error makes ok() false.
    bool next();
    // Runs to completion; the result says whether it worked.
    Status run();
    void reset();
    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    int errorCode() const { return m_errorCode; }

    QString text(int column) const;
    QByteArray blob(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    QString m_error;
    int m_errorCode = 0;
};

// BEGIN IMMEDIATE … COMMIT, rolled back unless commit() succeeded.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDb& db);
    ~SqliteTransaction();
    Status begin();
    Status commit();

private:
    SqliteDb& m_db;
    bool m_open = false;
};

} // namespace prihvat
