#pragma once

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

#include "domain/clerk.h"
#include "protocol/messages.h"
#include "ticketlistmodel.h"
#include "ui/clientviewmodel.h"

namespace qms {

/**
 * The clerk's station: who is logged in at this counter, the counter's state,
 * the ticket at it, every action a clerk takes on it, and the side panel (who
 * waits, whom this counter served, the clerk's figures for the day).
 *
 * Every action is one request to the hub and nothing is shown as done before
 * the hub said so: while a request is on its way the other actions wait
 * (`pendingAction`), and the outcome is told in `message`. The counter's own
 * state comes from the mirrored queue, so two stations, the hub and the lobby
 * screen never disagree about what happened.
 */
class CounterController : public ClientViewModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by main()")
    Q_PROPERTY(int counterNumber READ counterNumber NOTIFY stateChanged)
    Q_PROPERTY(QString counterName READ counterName NOTIFY stateChanged)
    Q_PROPERTY(QString servicesText READ servicesText NOTIFY stateChanged)
    Q_PROPERTY(bool loggedIn READ isLoggedIn NOTIFY clerkChanged)
    Q_PROPERTY(bool loggingIn READ isLoggingIn NOTIFY clerkChanged)
    Q_PROPERTY(QString clerkName READ clerkName NOTIFY clerkChanged)
    Q_PROPERTY(bool supervisor READ isSupervisor NOTIFY clerkChanged)
    Q_PROPERTY(QString loginMessage READ loginMessage NOTIFY clerkChanged)
    Q_PROPERTY(QString status READ status NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    // The ticket at the counter.
    Q_PROPERTY(bool hasTicket READ hasTicket NOTIFY stateChanged)
    Q_PROPERTY(qint64 ticketId READ ticketId NOTIFY stateChanged)
    Q_PROPERTY(QString ticketLabel READ ticketLabel NOTIFY stateChanged)
    Q_PROPERTY(QString ticketService READ ticketService NOTIFY stateChanged)
    Q_PROPERTY(QString ticketPriority READ ticketPriority NOTIFY stateChanged)
    Q_PROPERTY(QString ticketState READ ticketState NOTIFY stateChanged)
    Q_PROPERTY(QString ticketStateText READ ticketStateText NOTIFY stateChanged)
    Q_PROPERTY(QString ticketTimesText READ ticketTimesText NOTIFY stateChanged)
    Q_PROPERTY(QString ticketNote READ ticketNote NOTIFY stateChanged)
    Q_PROPERTY(int ticketRecalls READ ticketRecalls NOTIFY stateChanged)
    // What can be done now.
    Q_PROPERTY(QString pendingAction READ pendingAction NOTIFY pendingChanged)
    Q_PROPERTY(bool canOpen READ canOpen NOTIFY actionsChanged)
    Q_PROPERTY(bool canCallNext READ canCallNext NOTIFY actionsChanged)
    Q_PROPERTY(bool canRecall READ canRecall NOTIFY actionsChanged)
    Q_PROPERTY(bool canStart READ canStart NOTIFY actionsChanged)
    Q_PROPERTY(bool canFinish READ canFinish NOTIFY actionsChanged)
    Q_PROPERTY(bool canNoShow READ canNoShow NOTIFY actionsChanged)
    Q_PROPERTY(bool canRequeue READ canRequeue NOTIFY actionsChanged)
    Q_PROPERTY(bool canTransfer READ canTransfer NOTIFY actionsChanged)
    Q_PROPERTY(bool canCallNumber READ canCallNumber NOTIFY actionsChanged)
    Q_PROPERTY(bool canPause READ canPause NOTIFY actionsChanged)
    Q_PROPERTY(bool canResume READ canResume NOTIFY actionsChanged)
    Q_PROPERTY(bool canClose READ canClose NOTIFY actionsChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    // The side panel.
    Q_PROPERTY(TicketListModel *waiting READ waiting CONSTANT)
    Q_PROPERTY(TicketListModel *served READ served CONSTANT)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY stateChanged)
    Q_PROPERTY(QVariantList figures READ figures NOTIFY stateChanged)
    // Choices for the dialogs.
    Q_PROPERTY(QVariantList transferServices READ transferServices NOTIFY stateChanged)
    Q_PROPERTY(QVariantList transferCounters READ transferCounters NOTIFY stateChanged)
    Q_PROPERTY(bool transferToHeadByDefault READ transferToHeadByDefault NOTIFY stateChanged)
    Q_PROPERTY(QVariantList pauseReasons READ pauseReasons NOTIFY languageChanged)
    Q_PROPERTY(QVariantList counterServiceChoices READ counterServiceChoices NOTIFY stateChanged)
public:
    CounterController(HubClient &client, Translations &translations, Clock clock, QObject *parent = nullptr);
    ~CounterController() override;

    [[nodiscard]] int counterNumber() const;
    [[nodiscard]] QString counterName() const;
    [[nodiscard]] QString servicesText() const;
    [[nodiscard]] bool isLoggedIn() const { return m_clerk.has_value(); }
    [[nodiscard]] bool isLoggingIn() const { return m_loggingIn; }
    [[nodiscard]] QString clerkName() const { return m_clerk ? m_clerk->displayName : QString(); }
    [[nodiscard]] QString clerkUser() const { return m_clerk ? m_clerk->username : QString(); }
    [[nodiscard]] bool isSupervisor() const { return m_clerk && m_clerk->role == ClerkRole::Supervisor; }
    [[nodiscard]] const QString &loginMessage() const { return m_loginMessage; }
    /** "closed", "open" or "paused". */
    [[nodiscard]] QString status() const;
    [[nodiscard]] QString statusText() const;

    [[nodiscard]] bool hasTicket() const { return current() != nullptr; }
    [[nodiscard]] qint64 ticketId() const;
    [[nodiscard]] QString ticketLabel() const;
    [[nodiscard]] QString ticketService() const;
    [[nodiscard]] QString ticketPriority() const;
    /** "called" or "serving" (empty without a ticket). */
    [[nodiscard]] QString ticketState() const;
    [[nodiscard]] QString ticketStateText() const;
    /** "Lấy số 08:40 · chờ 32 phút · gọi lúc 09:12". */
    [[nodiscard]] QString ticketTimesText() const;
    [[nodiscard]] QString ticketNote() const;
    [[nodiscard]] int ticketRecalls() const;

    [[nodiscard]] const QString &pendingAction() const { return m_pending; }
    [[nodiscard]] bool canOpen() const;
    [[nodiscard]] bool canCallNext() const;
    [[nodiscard]] bool canRecall() const;
    [[nodiscard]] bool canStart() const;
    [[nodiscard]] bool canFinish() const;
    [[nodiscard]] bool canNoShow() const;
    [[nodiscard]] bool canRequeue() const;
    [[nodiscard]] bool canTransfer() const;
    [[nodiscard]] bool canCallNumber() const;
    [[nodiscard]] bool canPause() const;
    [[nodiscard]] bool canResume() const;
    [[nodiscard]] bool canClose() const;
    [[nodiscard]] const QString &message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }

    [[nodiscard]] TicketListModel *waiting() { return &m_waiting; }
    [[nodiscard]] TicketListModel *served() { return &m_served; }
    [[nodiscard]] int waitingCount() const;
    /** The clerk's day: [{label, value}], e.g. {"Served", "23"}. */
    [[nodiscard]] QVariantList figures() const;
    /** [{id, name}]: every service, for a transfer. */
    [[nodiscard]] QVariantList transferServices() const;
    /** [{number, name, status}]: every other counter. */
    [[nodiscard]] QVariantList transferCounters() const;
    [[nodiscard]] bool transferToHeadByDefault() const;
    /** [{key, text}]: the usual reasons to pause. */
    [[nodiscard]] QVariantList pauseReasons() const;
    /** [{id, name, served}]: every service and whether this counter serves it today (supervisor). */
    [[nodiscard]] QVariantList counterServiceChoices() const;

    /** A clerk is spoken to as a colleague: what happened and what to do. */
    [[nodiscard]] QString errorText(const Error &error) const override;

    Q_INVOKABLE void login(const QString &user, const QString &pin);
    Q_INVOKABLE void logout();
    Q_INVOKABLE void open();
    Q_INVOKABLE void callNext();
    Q_INVOKABLE void recall();
    Q_INVOKABLE void start();
    Q_INVOKABLE void finish();
    Q_INVOKABLE void noShow();
    /** Back in line: at the head, or at the tail. */
    Q_INVOKABLE void requeue(bool atHead);
    /** To a service (id, or "" for the same) and/or one counter (0: any). */
    Q_INVOKABLE void transfer(const QString &service, int counter, bool atHead, const QString &note);
    /** Calls a waiting ticket by the number on it ("1023", "a007"). */
    Q_INVOKABLE void callNumber(const QString &label);
    /** `reason`: a key of pauseReasons or the clerk's own words. */
    Q_INVOKABLE void pause(const QString &reason);
    Q_INVOKABLE void resume();
    Q_INVOKABLE void close();
    /** Supervisor: what this counter serves for the rest of the day. */
    Q_INVOKABLE void setServices(const QStringList &services);
    Q_INVOKABLE void dismissMessage();

    /** The ticket at the counter (null when none). */
    [[nodiscard]] const Ticket *current() const;
    /** The clerk's login token for coming back after a reconnection (tests). */
    [[nodiscard]] const QString &resumeToken() const { return m_resume; }

Q_SIGNALS:
    void stateChanged();
    void clerkChanged();
    void pendingChanged();
    void actionsChanged();
    void messageChanged();
    /** A ticket was finished here: the rating pad asks its citizen. */
    void ticketFinished(qint64 ticketId, const QString &label);

private:
    /** Sends a counter or ticket request; `done` words the success. */
    template <typename M>
    void act(const QString &name, const M &message, std::function<QString(const protocol::Committed &)> done);
    void setPending(const QString &action);
    void setMessage(const QString &text, bool error);
    void setClerk(std::optional<Clerk> clerk, const QString &resume);
    void onOnline(bool online);
    void refresh();
    void refreshPanel();
    [[nodiscard]] bool ready() const;
    [[nodiscard]] const CounterState *state() const;
    [[nodiscard]] QString serviceName(const QString &id) const;
    [[nodiscard]] QString timeText(Timestamp t) const;

    std::optional<Clerk> m_clerk;
    QString m_resume;
    bool m_loggingIn = false;
    QString m_loginMessage;
    QString m_pending;
    QString m_message;
    bool m_messageIsError = false;
    TicketListModel m_waiting;
    TicketListModel m_served;
};

} // namespace qms
