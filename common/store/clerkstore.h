#pragma once

#include <QByteArray>

#include <optional>
#include <vector>

#include "domain/clerk.h"
#include "domain/time.h"
#include "util/result.h"

namespace qms {

class SqliteDb;

/** A clerk as stored: the PIN only as a salted PBKDF2 hash, and the lockout state. */
struct ClerkRecord
{
    Clerk clerk;
    QByteArray pinHash;
    QByteArray pinSalt;
    int pinIterations = 0;
    int failedAttempts = 0;
    Timestamp lockedUntil = 0;
    bool active = true;
    Timestamp createdAt = 0;
};

/** The clerks table. Shares the hub's connection; not thread-safe. */
class ClerkStore
{
public:
    explicit ClerkStore(SqliteDb &db)
        : m_db(db)
    { }

    Result<std::optional<ClerkRecord>> find(const QString &username);
    Result<std::vector<ClerkRecord>> list();
    /** Adds a clerk; refuses a username that exists (InvalidArgument). */
    Result<Ok> add(const ClerkRecord &record);
    /** New PIN hash; clears failures and any lockout. */
    Result<Ok> setPin(const QString &username, const QByteArray &hash, const QByteArray &salt, int iterations);
    Result<Ok> setLoginState(const QString &username, int failedAttempts, Timestamp lockedUntil);

private:
    SqliteDb &m_db;
};

[[nodiscard]] QString clerkRoleName(ClerkRole role);
[[nodiscard]] std::optional<ClerkRole> clerkRoleFromName(const QString &name);

} // namespace qms
