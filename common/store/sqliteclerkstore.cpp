#include "store/sqliteclerkstore.h"

#include "store/sqlitedb.h"

namespace qms {

namespace {
constexpr const char *selectColumns
    = "SELECT username, display_name, role, pin_hash, pin_salt, pin_iterations, failed_attempts,"
      " locked_until, active, created_at FROM clerks";

ClerkRecord readRecord(const SqliteStatement &s)
{
    ClerkRecord r;
    r.clerk.username = s.textAt(0);
    r.clerk.displayName = s.textAt(1);
    r.clerk.role = clerkRoleFromName(s.textAt(2)).value_or(ClerkRole::Clerk);
    r.pinHash = s.blobAt(3);
    r.pinSalt = s.blobAt(4);
    r.pinIterations = int(s.intAt(5));
    r.failedAttempts = int(s.intAt(6));
    r.lockedUntil = s.intAt(7);
    r.active = s.intAt(8) != 0;
    r.createdAt = s.intAt(9);
    return r;
}
} // namespace

Result<std::optional<ClerkRecord>> SqliteClerkStore::find(const QString &username)
{
    auto stmt = m_db.prepare((QByteArray(selectColumns) + " WHERE username = ?1").constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, username);
    const auto row = stmt->next(QStringLiteral("find clerk"));
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<ClerkRecord>();
    return std::optional<ClerkRecord>(readRecord(stmt.value()));
}

Result<std::vector<ClerkRecord>> SqliteClerkStore::list()
{
    auto stmt = m_db.prepare((QByteArray(selectColumns) + " ORDER BY username").constData());
    if (!stmt)
        return stmt.error();
    std::vector<ClerkRecord> out;
    for (;;) {
        const auto row = stmt->next(QStringLiteral("list clerks"));
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        out.push_back(readRecord(stmt.value()));
    }
}

Result<Ok> SqliteClerkStore::add(const ClerkRecord &r)
{
    const auto existing = find(r.clerk.username);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("clerk \"%1\" already exists").arg(r.clerk.username)};
    auto stmt = m_db.prepare(
        "INSERT INTO clerks (username, display_name, role, pin_hash, pin_salt, pin_iterations, failed_attempts,"
        " locked_until, active, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, 1, ?7)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, r.clerk.username)
        .bind(2, r.clerk.displayName)
        .bind(3, clerkRoleName(r.clerk.role))
        .bind(4, r.pinHash)
        .bind(5, r.pinSalt)
        .bind(6, qint64(r.pinIterations))
        .bind(7, r.createdAt);
    return stmt->run(QStringLiteral("add clerk"));
}

Result<Ok> SqliteClerkStore::setPin(const QString &username, const QByteArray &hash, const QByteArray &salt,
                                    int iterations)
{
    auto stmt = m_db.prepare("UPDATE clerks SET pin_hash = ?2, pin_salt = ?3, pin_iterations = ?4,"
                             " failed_attempts = 0, locked_until = 0 WHERE username = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, username).bind(2, hash).bind(3, salt).bind(4, qint64(iterations));
    if (auto r = stmt->run(QStringLiteral("set PIN")); !r)
        return r;
    if (stmt->changes() != 1)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("no clerk \"%1\"").arg(username)};
    return Ok{};
}

Result<Ok> SqliteClerkStore::setActive(const QString &username, bool active)
{
    auto stmt = m_db.prepare("UPDATE clerks SET active = ?2, failed_attempts = 0, locked_until = 0 WHERE username = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, username).bind(2, qint64(active ? 1 : 0));
    if (auto r = stmt->run(QStringLiteral("set clerk active")); !r)
        return r;
    if (stmt->changes() != 1)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("no clerk \"%1\"").arg(username)};
    return Ok{};
}

Result<Ok> SqliteClerkStore::setLoginState(const QString &username, int failedAttempts, Timestamp lockedUntil)
{
    auto stmt = m_db.prepare("UPDATE clerks SET failed_attempts = ?2, locked_until = ?3 WHERE username = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, username).bind(2, qint64(failedAttempts)).bind(3, lockedUntil);
    return stmt->run(QStringLiteral("record login"));
}

} // namespace qms
