#include "clerkroster.h"

#include <algorithm>

#include "auth/pinhash.h"
#include "client/hubclient.h"

namespace qms {

ClerkRoster::ClerkRoster(HubClient &client, Translations &translations, Clock clock, QObject *parent)
    : ClientViewModel(client, translations, std::move(clock), parent)
{
    connect(this, &ClientViewModel::languageChanged, this, &ClerkRoster::clerksChanged);
}

QVariantList ClerkRoster::clerks() const
{
    QVariantList out;
    const Timestamp t = now();
    for (const protocol::ClerkInfo &c : m_clerks) {
        QString state;
        if (!c.active)
            state = tr("Disabled");
        else if (c.lockedUntil > t)
            state = tr("Locked after wrong PINs, %1 s left").arg((c.lockedUntil - t + 999) / 1000);
        else
            state = c.clerk.role == ClerkRole::Supervisor ? tr("Supervisor") : tr("Clerk");
        QVariantMap m;
        m.insert(QStringLiteral("user"), c.clerk.username);
        m.insert(QStringLiteral("name"), c.clerk.displayName);
        m.insert(QStringLiteral("supervisor"), c.clerk.role == ClerkRole::Supervisor);
        m.insert(QStringLiteral("active"), c.active);
        m.insert(QStringLiteral("stateText"), state);
        m.insert(QStringLiteral("self"), c.clerk.username == m_self);
        out << m;
    }
    return out;
}

void ClerkRoster::refresh()
{
    if (!isOnline())
        return;
    client().send(protocol::ListClerks{}, this, [this](const Result<protocol::ClerkList> &r) {
        if (!r) {
            say(errorText(r.error()), true);
            return;
        }
        m_clerks = r->clerks;
        // Supervisors first, then by name as people read them.
        std::stable_sort(m_clerks.begin(), m_clerks.end(), [](const auto &a, const auto &b) {
            if (a.clerk.role != b.clerk.role)
                return a.clerk.role == ClerkRole::Supervisor;
            return a.clerk.displayName.localeAwareCompare(b.clerk.displayName) < 0;
        });
        Q_EMIT clerksChanged();
    });
}

void ClerkRoster::say(const QString &message, bool isError)
{
    m_message = message;
    m_messageIsError = isError;
    Q_EMIT messageChanged();
}

QString ClerkRoster::nameOf(const QString &user) const
{
    for (const protocol::ClerkInfo &c : m_clerks)
        if (c.clerk.username == user)
            return c.clerk.displayName;
    return user;
}

void ClerkRoster::answer(const Result<protocol::Done> &r, const QString &done)
{
    if (r) {
        say(done, false);
        Q_EMIT saved();
    } else {
        const bool unknown = r.error().code == ErrorCode::NotFound || r.error().code == ErrorCode::InvalidArgument;
        say(unknown ? tr("There is no such clerk.") : errorText(r.error()), true);
    }
    refresh();
}

void ClerkRoster::add(const QString &user, const QString &name, const QString &pin, bool supervisor)
{
    const QString username = user.trimmed();
    if (!isAcceptableUsername(username))
        return say(tr("A login name is 2 to 40 small letters without accents, digits, dots or dashes, like "
                      "\"lan.nguyen\"."),
                   true);
    if (name.trimmed().isEmpty())
        return say(tr("Enter the clerk's full name, as the screens and reports will show it."), true);
    if (!isAcceptablePin(pin))
        return say(tr("A PIN is 4 to 8 digits."), true);
    const Clerk clerk{username, name.trimmed(), supervisor ? ClerkRole::Supervisor : ClerkRole::Clerk};
    client().send(protocol::AddClerk{clerk.username, clerk.displayName, clerk.role, pin}, this,
                  [this, clerk](const Result<protocol::Done> &r) {
                      if (!r && r.error().code == ErrorCode::InvalidArgument) {
                          say(tr("The login name %1 is taken.").arg(clerk.username), true);
                          return;
                      }
                      answer(r, tr("%1 can log in now as %2.").arg(clerk.displayName, clerk.username));
                  });
}

void ClerkRoster::setActive(const QString &user, bool active)
{
    const QString name = nameOf(user);
    client().send(protocol::SetClerkActive{user, active}, this, [this, name, active](const Result<protocol::Done> &r) {
        answer(r, active ? tr("%1 may log in again.").arg(name)
                         : tr("%1 is disabled: no more logins, and their logins have ended.").arg(name));
    });
}

void ClerkRoster::resetPin(const QString &user, const QString &pin)
{
    if (!isAcceptablePin(pin))
        return say(tr("A PIN is 4 to 8 digits."), true);
    const QString name = nameOf(user);
    client().send(protocol::SetPin{user, pin}, this, [this, name](const Result<protocol::Done> &r) {
        answer(r, tr("%1 has a new PIN. Give it to them in person.").arg(name));
    });
}

} // namespace qms
