#pragma once

#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "clerkroster.h"
#include "engine/alarms.h"
#include "protocol/messages.h"
#include "ui/clientviewmodel.h"

namespace qms {

class CounterController;

/**
 * The supervisor's live floor, for a supervisor logged in at a counter: every
 * counter (who is at it, serving, calling, paused and why, closed; the ticket
 * and for how long), every service (waiting, the longest wait, the wait a new
 * ticket would be told, open counters), every kiosk (online, its printer), and
 * the service-level alarms the hub has raised. Counters and services come from
 * the mirrored queue as events arrive; alarms as the hub sends them (a notice
 * to every supervisor when they change); kiosks are asked of the hub every 10 s
 * while the page is shown. A supervisor finds a ticket by its number and moves
 * it to another service, has it printed again at a kiosk, or cancels it; and
 * manages the clerks (ClerkRoster).
 */
class FloorView : public ClientViewModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by main()")
    Q_PROPERTY(QVariantList counters READ counters NOTIFY floorChanged)
    Q_PROPERTY(QVariantList services READ services NOTIFY floorChanged)
    Q_PROPERTY(QVariantList kiosks READ kiosks NOTIFY floorChanged)
    Q_PROPERTY(QVariantList alarms READ alarms NOTIFY floorChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString tickerVi READ tickerVi NOTIFY floorChanged)
    Q_PROPERTY(QString tickerEn READ tickerEn NOTIFY floorChanged)
    Q_PROPERTY(QString ticketQuery READ ticketQuery WRITE setTicketQuery NOTIFY ticketsChanged)
    Q_PROPERTY(QVariantList foundTickets READ foundTickets NOTIFY ticketsChanged)
    Q_PROPERTY(QVariantList serviceChoices READ serviceChoices NOTIFY floorChanged)
    Q_PROPERTY(ClerkRoster *clerks READ clerks CONSTANT)
public:
    FloorView(HubClient &client, Translations &translations, Clock clock, QObject *parent = nullptr);
    ~FloorView() override;

    /** [{number, name, clerk, state, stateText, ticket, forText, services}] */
    [[nodiscard]] QVariantList counters() const;
    /** [{name, waiting, longestText, estimateText, openCounters}] */
    [[nodiscard]] QVariantList services() const;
    /** [{device, online, printerText, problem}] */
    [[nodiscard]] QVariantList kiosks() const;
    /** [{text, sinceText}] in the order the hub gave them */
    [[nodiscard]] QVariantList alarms() const;
    /** What an alarm means, in the floor's language. */
    [[nodiscard]] QString alarmText(const Alarm &alarm) const;

    [[nodiscard]] bool isActive() const { return m_active; }
    /** While the page is shown: alarms and clerks are asked for now, kiosks now and every 10 s. */
    void setActive(bool active);
    /** Asks the hub for the kiosks, the alarms and the clerks now. */
    Q_INVOKABLE void refresh();
    /** Opens (or resumes) a counter from the floor: the supervisor becomes its clerk until one logs in there. */
    Q_INVOKABLE void openCounter(int number);
    /** Closes a free counter from the floor (one left open at the end of a shift). */
    Q_INVOKABLE void closeCounter(int number);
    /** What a counter serves for the rest of the day (the center file's list again tomorrow). */
    Q_INVOKABLE void setCounterServices(int number, const QStringList &services);
    /** The news line of the screens now (a supervisor's, else the center file's). */
    [[nodiscard]] QString tickerVi() const;
    [[nodiscard]] QString tickerEn() const;
    /** A new news line for every display; an empty Vietnamese line goes back to the center file's. */
    Q_INVOKABLE void setTicker(const QString &vi, const QString &en);
    /** The number typed to find a ticket (digits and letters of its label). */
    [[nodiscard]] const QString &ticketQuery() const { return m_ticketQuery; }
    void setTicketQuery(const QString &query);
    /**
     * Today's open tickets whose label holds the query, the closest first (at most
     * eight): [{id, label, serviceName, service, state, stateText, sinceText, canReprint}].
     */
    [[nodiscard]] QVariantList foundTickets() const;
    /** Every service, for moving a ticket: [{id, name}]. */
    [[nodiscard]] QVariantList serviceChoices() const;
    /** To the end of another service's queue, keeping its number (a citizen in the wrong queue). */
    Q_INVOKABLE void moveTicket(qint64 ticket, const QString &service);
    /** Prints a waiting or called ticket again at a kiosk (the hub chooses which). */
    Q_INVOKABLE void reprintTicket(qint64 ticket);
    /** Cancels a waiting or called ticket (the citizen has left). */
    Q_INVOKABLE void cancelTicket(qint64 ticket);
    [[nodiscard]] ClerkRoster *clerks() { return &m_clerks; }
    /** The station whose supervisor this floor is for (who is "self" among the clerks). */
    void follow(const CounterController &station);

    /** What the last floor action did, or why not. */
    [[nodiscard]] const QString &message() const { return m_message; }

Q_SIGNALS:
    void floorChanged();
    void activeChanged();
    void messageChanged();
    void ticketsChanged();

private:
    [[nodiscard]] QString counterName(int number) const;
    [[nodiscard]] QString serviceName(const QString &id) const;

    void setMessage(const QString &message);
    void refreshKiosks();
    [[nodiscard]] QString ticketLabel(TicketId id) const;

    bool m_active = false;
    QString m_message;
    QTimer m_poll;
    std::vector<protocol::DeviceInfo> m_devices;
    std::vector<Alarm> m_alarms;
    QString m_ticketQuery;
    ClerkRoster m_clerks;
};

} // namespace qms
