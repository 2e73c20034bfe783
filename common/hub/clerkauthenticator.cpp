#include "hub/clerkauthenticator.h"

#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include "hub/logging.h"
#include "store/clerkstore.h"

namespace qms {

namespace {
/** Runs `work` on the thread pool and `then(result)` back on `owner`'s thread. */
template <typename T, typename Work, typename Then>
void runOffThread(QObject *owner, Work work, Then then)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, then] {
        then(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(work));
}

Error lockedOut(const QString &username, qint64 waitSeconds)
{
    return Error{ErrorCode::LockedOut,
                 QStringLiteral("too many wrong PINs for \"%1\"; try again in %2 s").arg(username).arg(waitSeconds),
                 waitSeconds};
}
} // namespace

ClerkAuthenticator::ClerkAuthenticator(ClerkStore &store, Clock clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(std::move(clock))
{ }

void ClerkAuthenticator::login(const QString &username, const QString &pin, QObject *context, LoginCallback done)
{
    const auto found = m_store.find(username);
    if (!found) {
        done(LoginResult{std::nullopt, found.error()});
        return;
    }
    const std::optional<ClerkRecord> &record = found.value();
    const Timestamp now = m_clock();
    if (record && record->lockedUntil > now) {
        const qint64 wait = (record->lockedUntil - now + 999) / 1000;
        done(LoginResult{std::nullopt, lockedOut(username, wait)});
        return;
    }
    // One PIN of a clerk checked at a time, whatever the connection: guesses sent in
    // parallel are refused, not hashed, so they meet the lockout one after another.
    int &inFlight = m_inFlight[username];
    if (inFlight >= maxChecksPerClerk) {
        done(LoginResult{
            std::nullopt,
            Error{ErrorCode::Busy, QStringLiteral("a PIN for \"%1\" is already being checked").arg(username)}});
        return;
    }
    ++inFlight;
    if (m_decoy.iterations != m_iterations)
        m_decoy = hashPin(QStringLiteral("0000"), m_iterations);
    const bool usable = record && record->active;
    const PinHash stored = usable ? PinHash{record->pinHash, record->pinSalt, record->pinIterations} : m_decoy;
    QPointer<QObject> guard(context);
    runOffThread<bool>(
        this, [pin, stored, usable] { return verifyPin(pin, stored) && usable; },
        [this, username, guard, done](bool verified) {
            if (--m_inFlight[username] <= 0)
                m_inFlight.remove(username);
            // The outcome counts even when the asker hung up.
            const LoginResult result = finishLogin(username, verified);
            if (guard)
                done(result);
        });
}

ClerkAuthenticator::LoginResult ClerkAuthenticator::resume(const QString &username)
{
    const auto found = m_store.find(username);
    if (!found)
        return LoginResult{std::nullopt, found.error()};
    const std::optional<ClerkRecord> &record = found.value();
    if (!record || !record->active || record->lockedUntil > m_clock())
        return LoginResult{std::nullopt,
                           Error{ErrorCode::LoginFailed, QStringLiteral("the login has ended: enter the PIN")}};
    qCInfo(lcAuth) << "clerk" << username << "back after a reconnection";
    return LoginResult{record->clerk, Error{ErrorCode::LoginFailed, {}}};
}

ClerkAuthenticator::LoginResult ClerkAuthenticator::finishLogin(const QString &username, bool verified)
{
    // Read again: other logins for this clerk may have ended while this PIN was hashed.
    const auto found = m_store.find(username);
    if (!found)
        return LoginResult{std::nullopt, found.error()};
    const std::optional<ClerkRecord> &record = found.value();
    if (!record) {
        qCInfo(lcAuth) << "login refused for unknown user" << username;
        return LoginResult{std::nullopt, Error{ErrorCode::LoginFailed, QStringLiteral("wrong username or PIN")}};
    }
    const Timestamp now = m_clock();
    // A lock that began while this PIN was hashed holds for it too, right PIN or not.
    if (record->lockedUntil > now) {
        qCWarning(lcAuth) << "login for" << username << "refused: locked out";
        return LoginResult{std::nullopt, lockedOut(username, (record->lockedUntil - now + 999) / 1000)};
    }
    if (verified) {
        if (record->failedAttempts != 0 || record->lockedUntil != 0) {
            if (auto r = m_store.setLoginState(username, 0, 0); !r)
                qCWarning(lcAuth).noquote() << r.error().message;
        }
        qCInfo(lcAuth) << "clerk" << username << "logged in";
        return LoginResult{record->clerk, Error{ErrorCode::LoginFailed, {}}};
    }
    const int failures = record->failedAttempts + 1;
    const Timestamp lockedUntil = m_backoff.lockedUntil(failures, now);
    if (auto r = m_store.setLoginState(username, failures, lockedUntil); !r)
        qCWarning(lcAuth).noquote() << r.error().message;
    qCWarning(lcAuth) << "wrong PIN for" << username << "- failure" << failures;
    if (lockedUntil > now) {
        const qint64 wait = (lockedUntil - now + 999) / 1000;
        return LoginResult{std::nullopt, lockedOut(username, wait)};
    }
    return LoginResult{std::nullopt, Error{ErrorCode::LoginFailed, QStringLiteral("wrong username or PIN")}};
}

Result<Ok> ClerkAuthenticator::addClerkNow(const Clerk &clerk, const QString &pin)
{
    if (!isAcceptableUsername(clerk.username))
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a username is 2–40 of a–z, 0–9, '.', '_', '-'")};
    if (clerk.displayName.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a clerk needs a display name")};
    if (!isAcceptablePin(pin))
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a PIN is 4 to 8 digits")};
    const PinHash h = hashPin(pin, m_iterations);
    return m_store.add(ClerkRecord{clerk, h.hash, h.salt, h.iterations, 0, 0, true, m_clock()});
}

void ClerkAuthenticator::addClerk(const Clerk &clerk, const QString &pin, QObject *context, DoneCallback done)
{
    if (!isAcceptableUsername(clerk.username) || clerk.displayName.trimmed().isEmpty() || !isAcceptablePin(pin)) {
        done(addClerkNow(clerk, pin)); // same checks, same messages; fails before hashing
        return;
    }
    QPointer<QObject> guard(context);
    const int iterations = m_iterations;
    runOffThread<PinHash>(
        this, [pin, iterations] { return hashPin(pin, iterations); },
        [this, clerk, guard, done](const PinHash &h) {
            if (!guard)
                return;
            done(m_store.add(ClerkRecord{clerk, h.hash, h.salt, h.iterations, 0, 0, true, m_clock()}));
        });
}

void ClerkAuthenticator::setPin(const QString &username, const QString &pin, QObject *context, DoneCallback done)
{
    if (!isAcceptablePin(pin)) {
        done(Error{ErrorCode::InvalidArgument, QStringLiteral("a PIN is 4 to 8 digits")});
        return;
    }
    QPointer<QObject> guard(context);
    const int iterations = m_iterations;
    runOffThread<PinHash>(
        this, [pin, iterations] { return hashPin(pin, iterations); },
        [this, username, guard, done](const PinHash &h) {
            if (guard)
                done(m_store.setPin(username, h.hash, h.salt, h.iterations));
        });
}

} // namespace qms
