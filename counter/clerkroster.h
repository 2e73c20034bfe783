#pragma once

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "protocol/messages.h"
#include "ui/clientviewmodel.h"
#include "util/result.h"

namespace qms {

/**
 * The clerks of the center, as a supervisor manages them from the floor: who
 * they are, whether they may log in (disabled, locked out after wrong PINs),
 * and the three things a supervisor does for them: add one, disable or enable
 * one (a clerk who left), and give one a new PIN (a forgotten one; every login
 * made with the old PIN ends). The hub checks the rules again; the checks here
 * only say what is wrong before anything is sent.
 */
class ClerkRoster : public ClientViewModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the floor")
    Q_PROPERTY(QVariantList clerks READ clerks NOTIFY clerksChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
public:
    ClerkRoster(HubClient &client, Translations &translations, Clock clock, QObject *parent = nullptr);

    /** [{user, name, supervisor, active, stateText, self}] as the hub listed them. */
    [[nodiscard]] QVariantList clerks() const;
    [[nodiscard]] const QString &message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }

    /** Asks the hub for the list now. */
    Q_INVOKABLE void refresh();
    /** A new clerk (or supervisor) who may log in at once with `pin`. */
    Q_INVOKABLE void add(const QString &user, const QString &name, const QString &pin, bool supervisor);
    /** Disables a clerk (no more logins; their logins end) or enables one again. */
    Q_INVOKABLE void setActive(const QString &user, bool active);
    /** A new PIN for a clerk who forgot theirs; it also ends a lockout. */
    Q_INVOKABLE void resetPin(const QString &user, const QString &pin);

    /** Who is logged in here (a supervisor does not disable themself). */
    void setSelf(const QString &user) { m_self = user; }

Q_SIGNALS:
    void clerksChanged();
    void messageChanged();
    /** The last add or PIN change went through (the form can be emptied). */
    void saved();

private:
    void say(const QString &message, bool isError);
    [[nodiscard]] QString nameOf(const QString &user) const;
    /** After a change: what the hub answered, and the list as it is now. */
    void answer(const Result<protocol::Done> &r, const QString &done);

    std::vector<protocol::ClerkInfo> m_clerks;
    QString m_message;
    bool m_messageIsError = false;
    QString m_self;
};

} // namespace qms
