#pragma once

#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "engine/alarms.h"
#include "protocol/messages.h"
#include "ui/clientviewmodel.h"

namespace qms {

/**
 * The supervisor's live floor, for a supervisor logged in at a counter: every
 * counter (who is at it, serving, calling, paused and why, closed; the ticket
 * and for how long), every service (waiting, the longest wait, the wait a new
 * ticket would be told, open counters), every kiosk (online, its printer), and
 * the service-level alarms the hub has raised. Counters and services come from
 * the mirrored queue as events arrive; kiosks and alarms are asked of the hub
 * every 10 s while the page is shown.
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
public:
    FloorView(HubClient &client, Translations &translations, Clock clock, QObject *parent = nullptr);
    ~FloorView() override;

    /** [{number, name, clerk, state, stateText, ticket, forText}] */
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
    /** While the page is shown: kiosks and alarms are asked for now and every 10 s. */
    void setActive(bool active);
    /** Asks the hub for the kiosks and the alarms now. */
    Q_INVOKABLE void refresh();
    /** Opens (or resumes) a counter from the floor: the supervisor becomes its clerk until one logs in there. */
    Q_INVOKABLE void openCounter(int number);
    /** Closes a free counter from the floor (one left open at the end of a shift). */
    Q_INVOKABLE void closeCounter(int number);
    /** The news line of the screens now (a supervisor's, else the center file's). */
    [[nodiscard]] QString tickerVi() const;
    [[nodiscard]] QString tickerEn() const;
    /** A new news line for every display; an empty Vietnamese line goes back to the center file's. */
    Q_INVOKABLE void setTicker(const QString &vi, const QString &en);
    /** What the last floor action did, or why not. */
    [[nodiscard]] const QString &message() const { return m_message; }

Q_SIGNALS:
    void floorChanged();
    void activeChanged();
    void messageChanged();

private:
    [[nodiscard]] QString counterName(int number) const;
    [[nodiscard]] QString serviceName(const QString &id) const;

    void setMessage(const QString &message);

    bool m_active = false;
    QString m_message;
    QTimer m_poll;
    std::vector<protocol::DeviceInfo> m_devices;
    std::vector<Alarm> m_alarms;
};

} // namespace qms
