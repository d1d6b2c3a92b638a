#include "SqliteDb.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace prihvat {

struct SqliteDb::Cache
{
    QHash<const char*, SqliteStatement*> statements;
    ~Cache() { qDeleteAll(statements); }
};

SqliteDb::SqliteDb(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)), m_cache(std::make_unique<Cache>()) {}

SqliteDb::~SqliteDb()
{
    m_cache.reset(); // finalize statements before closing
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<SqliteDb>> SqliteDb::open(const QString& path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return Error::io(QCoreApplication::translate("Store", "The database %1 cannot be opened: %2").arg(path, message));
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    return std::unique_ptr<SqliteDb>(new SqliteDb(db, path));
}

Status SqliteDb::exec(const QString& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return Error::io(text);
    }
    return {};
}

Result<SqliteStatement> SqliteDb::prepare(const QString& sql)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()), 0, &stmt, nullptr) != SQLITE_OK)
        return Error::io(lastError());
    return SqliteStatement(stmt, m_db);
}

SqliteStatement* SqliteDb::cached(const char* sql)
{
    auto it = m_cache->statements.constFind(sql);
    if (it != m_cache->statements.constEnd()) {
        (*it)->reset();
        return *it;
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    auto* s = new SqliteStatement(stmt, m_db);
    m_cache->statements.insert(sql, s);
    return s;
}

Result<QVariant> SqliteDb::scalar(const QString& sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    if (!stmt->next()) {
        if (!stmt->ok())
            return Error::io(stmt->error());
        return QVariant();
    }
    sqlite3_stmt* raw = nullptr;
    Q_UNUSED(raw);
    if (stmt->isNull(0))
        return QVariant();
    return QVariant(stmt->text(0));
}

std::int64_t SqliteDb::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDb::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteDb::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

int SqliteDb::lastErrorCode() const
{
    return sqlite3_extended_errcode(m_db);
}

void SqliteDb::setNoCheckpointOnClose(bool on)
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, on ? 1 : 0, nullptr);
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_error(std::move(other.m_error)),
      m_errorCode(other.m_errorCode)
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_error = std::move(other.m_error);
        m_errorCode = other.m_errorCode;
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QString& text)
{
    return bind(index, QStringView(text));
}

SqliteStatement& SqliteStatement::bind(int index, QStringView text)
{
    sqlite3_bind_text16(m_stmt, index, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QByteArray& blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindUtf8(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

SqliteStatement& SqliteStatement::bindOptional(int index, const QString& text)
{
    return text.isNull() ? bindNull(index) : bind(index, text);
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_errorCode = sqlite3_extended_errcode(m_db);
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    return false;
}

Status SqliteStatement::run()
{
    while (next()) {
    }
    if (!ok())
        return Error::io(m_error);
    sqlite3_reset(m_stmt);
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error.clear();
    m_errorCode = 0;
}

QString SqliteStatement::text(int column) const
{
    const auto* data = static_cast<const char16_t*>(sqlite3_column_text16(m_stmt, column));
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return data ? QString::fromUtf16(data, bytes / 2) : QString();
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

std::int64_t SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteTransaction::SqliteTransaction(SqliteDb& db) : m_db(db) {}

SqliteTransaction::~SqliteTransaction()
{
    if (m_open)
        static_cast<void>(m_db.exec(u"ROLLBACK"_s));
}

Status SqliteTransaction::begin()
{
    Status s = m_db.exec(u"BEGIN IMMEDIATE"_s);
    m_open = s.ok();
    return s;
}

Status SqliteTransaction::commit()
{
    Status s = m_db.exec(u"COMMIT"_s);
    if (s.ok())
        m_open = false;
    return s;
}

} // namespace prihvat
