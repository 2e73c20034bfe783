#pragma once

#include <QHash>
#include <QString>

#include <optional>

#include "domain/time.h"

namespace qms {

/**
 * Lets a clerk back in after the station's connection dropped, without typing
 * the PIN again: a login hands the station a random token, bound to the clerk
 * and the device, that logs the same clerk in on a new connection of the same
 * device for the rest of a working day. Logging out, a new PIN, or a restart of
 * the hub ends it (tokens live only in the hub's memory).
 */
class LoginResumes
{
public:
    static constexpr Timestamp lifetimeMs = 12LL * 3600 * 1000;
    static constexpr int maxTokens = 2000;

    /** A new token for `user` at `device`. */
    QString issue(const QString &user, const QString &device, Timestamp now);
    /** Whether `token` was issued to `user` at `device` and has not expired. */
    [[nodiscard]] bool isValid(const QString &token, const QString &user, const QString &device,
                               Timestamp now) const;
    void revoke(const QString &token) { m_tokens.remove(token); }
    /** Every token of the clerk (a new PIN, a deactivated clerk). */
    void revokeUser(const QString &user);

private:
    struct Entry
    {
        QString user;
        QString device;
        Timestamp expires = 0;
    };
    void dropExpired(Timestamp now);

    QHash<QString, Entry> m_tokens;
};

} // namespace qms
