#include "store/sqlitedb.h"

#include <sqlite3.h>

namespace qms {

namespace {
ErrorCode codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return ErrorCode::StorageFull;
    case SQLITE_READONLY:
        return ErrorCode::StorageReadOnly;
    case SQLITE_PERM:
        return ErrorCode::StorageReadOnly;
    default:
        return ErrorCode::StorageError;
    }
}
} // namespace

Result<std::unique_ptr<SqliteDb>> SqliteDb::openWith(const QString &path, int flags)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
        sqlite3_close(db);
        return Error{codeFor(rc), QStringLiteral("cannot open database %1: %2").arg(path, msg)};
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<SqliteDb>(new SqliteDb(db));
}

Result<std::unique_ptr<SqliteDb>> SqliteDb::open(const QString &path)
{
    return openWith(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
}

Result<std::unique_ptr<SqliteDb>> SqliteDb::openReadOnly(const QString &path)
{
    return openWith(path, SQLITE_OPEN_READONLY);
}

SqliteDb::~SqliteDb()
{
    sqlite3_close_v2(m_db);
}

Error SqliteDb::lastError(const QString &context) const
{
    const int rc = sqlite3_extended_errcode(m_db);
    return Error{codeFor(rc),
                 QStringLiteral("%1: %2 (sqlite %3)").arg(context, QString::fromUtf8(sqlite3_errmsg(m_db))).arg(rc)};
}

bool SqliteDb::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Result<Ok> SqliteDb::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError(QString::fromUtf8(sql).left(60));
    return Ok{};
}

Result<SqliteStatement> SqliteDb::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return lastError(QStringLiteral("prepare \"%1\"").arg(QString::fromUtf8(sql).left(60)));
    return SqliteStatement(this, stmt);
}

Result<SqliteStatement> SqliteDb::firstRow(const char *sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    const auto row = stmt->next(QString::fromUtf8(sql));
    if (!row)
        return row.error();
    if (!row.value())
        return Error{ErrorCode::StorageError, QStringLiteral("no row from \"%1\"").arg(QString::fromUtf8(sql))};
    return stmt;
}

Result<qint64> SqliteDb::queryInt(const char *sql)
{
    auto stmt = firstRow(sql);
    if (!stmt)
        return stmt.error();
    return stmt->intAt(0);
}

Result<QString> SqliteDb::queryText(const char *sql)
{
    auto stmt = firstRow(sql);
    if (!stmt)
        return stmt.error();
    return stmt->textAt(0);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{ }

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<Ok> SqliteStatement::run(const QString &context)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        Error e = m_db->lastError(context);
        reset();
        return e;
    }
    reset();
    return Ok{};
}

Result<bool> SqliteStatement::next(const QString &context)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->lastError(context);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::intAt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::textAt(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray SqliteStatement::blobAt(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(sqlite3_db_handle(m_stmt));
}

} // namespace qms
