#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

#include "auth/pinhash.h"
#include "domain/clerk.h"
#include "hub/loginbackoff.h"
#include "util/result.h"

namespace qms {

class ClerkStore;

/**
 * Clerk logins and PIN changes. Hashing a PIN takes tens of milliseconds, so it
 * runs on the thread pool and the answer comes back on the hub's thread: other
 * clients are never held up by someone logging in (or guessing).
 *
 * Failures count per clerk and survive restarts (they are in the database);
 * past the free attempts the clerk is locked out with a doubling back-off.
 * Unknown usernames cost the same hashing time as known ones.
 */
class ClerkAuthenticator : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<Timestamp()>;

    struct LoginResult
    {
        std::optional<Clerk> clerk;              ///< set on success
        Error error{ErrorCode::LoginFailed, {}}; ///< LockedOut carries when to retry
    };
    using LoginCallback = std::function<void(const LoginResult &)>;
    using DoneCallback = std::function<void(const Result<Ok> &)>;

    ClerkAuthenticator(ClerkStore &store, Clock clock, QObject *parent = nullptr);

    /** Checks user + PIN; `done` runs on this thread unless `context` is gone by then. */
    void login(const QString &username, const QString &pin, QObject *context, LoginCallback done);
    void addClerk(const Clerk &clerk, const QString &pin, QObject *context, DoneCallback done);
    void setPin(const QString &username, const QString &pin, QObject *context, DoneCallback done);

    /**
     * The clerk, when a login may resume without the PIN (LoginResumes checked
     * the token): still known, active, and not locked out meanwhile.
     */
    [[nodiscard]] LoginResult resume(const QString &username);

    /** Synchronous add, for `qms-kiosk --add-clerk` before the hub runs. */
    Result<Ok> addClerkNow(const Clerk &clerk, const QString &pin);

    void setBackoff(LoginBackoff backoff) { m_backoff = backoff; }
    void setIterations(int iterations) { m_iterations = iterations; }

private:
    LoginResult finishLogin(const QString &username, bool verified);

    /** PINs of one clerk hashed at once, across every connection. */
    static constexpr int maxChecksPerClerk = 1;

    ClerkStore &m_store;
    Clock m_clock;
    LoginBackoff m_backoff;
    int m_iterations = defaultPinIterations;
    PinHash m_decoy;                ///< hashed against for unknown users, so timing does not tell
    QHash<QString, int> m_inFlight; ///< PINs being hashed, per username
};

} // namespace qms
