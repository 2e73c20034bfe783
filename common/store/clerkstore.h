#pragma once

#include <QByteArray>

#include <optional>
#include <vector>

#include "domain/clerk.h"
#include "domain/time.h"
#include "util/result.h"

namespace qms {

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

/**
 * Where clerks and their PIN hashes are kept. The hub depends on this
 * interface; SqliteClerkStore keeps them beside the event log.
 */
class ClerkStore
{
public:
    virtual ~ClerkStore() = default;

    virtual Result<std::optional<ClerkRecord>> find(const QString &username) = 0;
    virtual Result<std::vector<ClerkRecord>> list() = 0;
    /** Adds a clerk; refuses a username that exists (InvalidArgument). */
    virtual Result<Ok> add(const ClerkRecord &record) = 0;
    /** New PIN hash; clears failures and any lockout. */
    virtual Result<Ok> setPin(const QString &username, const QByteArray &hash, const QByteArray &salt, int iterations)
        = 0;
    virtual Result<Ok> setLoginState(const QString &username, int failedAttempts, Timestamp lockedUntil) = 0;
    /** A clerk who has left (or comes back): an inactive clerk cannot log in. */
    virtual Result<Ok> setActive(const QString &username, bool active) = 0;
};

} // namespace qms
