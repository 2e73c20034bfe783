#pragma once

#include "store/clerkstore.h"

namespace qms {

class SqliteDb;

/** The clerks table of the hub's database. Shares the event store's connection; not thread-safe. */
class SqliteClerkStore : public ClerkStore
{
public:
    explicit SqliteClerkStore(SqliteDb &db)
        : m_db(db)
    { }

    Result<std::optional<ClerkRecord>> find(const QString &username) override;
    Result<std::vector<ClerkRecord>> list() override;
    Result<Ok> add(const ClerkRecord &record) override;
    Result<Ok> setPin(const QString &username, const QByteArray &hash, const QByteArray &salt, int iterations) override;
    Result<Ok> setLoginState(const QString &username, int failedAttempts, Timestamp lockedUntil) override;
    Result<Ok> setActive(const QString &username, bool active) override;

private:
    SqliteDb &m_db;
};

} // namespace qms
