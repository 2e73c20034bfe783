#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

#include "util/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace qms {

class SqliteStatement;

/**
 * An open SQLite connection (C API). Failures come back as Errors whose code
 * tells a full disk (StorageFull) and a read-only file (StorageReadOnly) apart
 * from everything else, so callers can tell the operator what to do.
 *
 * Why the C API and not Qt SQL (QSqlDatabase with QSQLITE):
 * - Qt SQL reports a failed statement as QSqlError::StatementError or
 *   TransactionError whatever SQLite said; SQLITE_FULL and SQLITE_READONLY only
 *   survive as text in nativeErrorCode(), and the extended codes (IOERR_*) not at all.
 * - After a failed COMMIT the hub must know whether SQLite rolled the transaction
 *   back by itself (sqlite3_get_autocommit, see inTransaction()); Qt SQL cannot say.
 * - Every event is bound into three prepared statements per commit; Qt SQL boxes
 *   each value in a QVariant and copies blobs, which the group-commit path does
 *   not need.
 */
class SqliteDb
{
public:
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    /** Opens (creating it if need be) for reading and writing. */
    static Result<std::unique_ptr<SqliteDb>> open(const QString &path);
    /** Opens an existing database only to read it (beside a hub that writes it). */
    static Result<std::unique_ptr<SqliteDb>> openReadOnly(const QString &path);

    Result<Ok> exec(const char *sql);
    Result<SqliteStatement> prepare(const char *sql);
    /** The single integer a query returns (PRAGMA user_version, COUNT(*), …). */
    Result<qint64> queryInt(const char *sql);
    Result<QString> queryText(const char *sql);

    /** Maps SQLite's last error on this connection to our error codes. */
    [[nodiscard]] Error lastError(const QString &context) const;
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

private:
    static Result<std::unique_ptr<SqliteDb>> openWith(const QString &path, int flags);
    explicit SqliteDb(sqlite3 *db)
        : m_db(db)
    { }
    /** The statement stepped onto its first row; an error if there is none. */
    Result<SqliteStatement> firstRow(const char *sql);
    sqlite3 *m_db;
};

/** A prepared statement; reset and reusable. Columns and parameters count from 0/1 as in SQLite. */
class SqliteStatement
{
public:
    SqliteStatement(SqliteDb *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    { }
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bind(int index, const QByteArray &value);
    SqliteStatement &bindNull(int index);

    /** Runs the statement to completion (no rows expected). */
    Result<Ok> run(const QString &context);
    /** Steps once: true with a row, false when done. */
    Result<bool> next(const QString &context);
    void reset();

    [[nodiscard]] qint64 intAt(int column) const;
    [[nodiscard]] QString textAt(int column) const;
    [[nodiscard]] QByteArray blobAt(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    /** Rows changed by the last run(). */
    [[nodiscard]] int changes() const;

private:
    SqliteDb *m_db;
    sqlite3_stmt *m_stmt;
};

} // namespace qms
