#pragma once

#include <QHash>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <deque>

#include "countertilemodel.h"
#include "domain/event.h"
#include "ui/clientviewmodel.h"

namespace qms {

class Announcer;

/**
 * The lobby screen's view-model: the call being announced (or the latest one),
 * a tile per counter, who waits for each service, the last calls, the ticker.
 * Calls come from the mirrored queue's events; each is announced once, in
 * order, through the Announcer, and stays the big call on the screen until its
 * announcement has ended and the next one begins.
 *
 * After a gap (the hub restarted, the network dropped) the screen catches up:
 * calls the hub replays, or that the new snapshot shows, are announced when they
 * are recent and only listed when they are not — none is lost, none is said twice.
 */
class DisplayController : public ClientViewModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by main()")
    Q_PROPERTY(QString latestLabel READ latestLabel NOTIFY latestChanged)
    Q_PROPERTY(QString latestCounterName READ latestCounterName NOTIFY latestChanged)
    Q_PROPERTY(int latestCounter READ latestCounter NOTIFY latestChanged)
    Q_PROPERTY(bool latestRecall READ latestRecall NOTIFY latestChanged)
    Q_PROPERTY(int latestSerial READ latestSerial NOTIFY latestChanged)
    Q_PROPERTY(bool announcing READ isAnnouncing NOTIFY latestChanged)
    Q_PROPERTY(CounterTileModel *counters READ counters CONSTANT)
    Q_PROPERTY(QVariantList services READ services NOTIFY stateChanged)
    Q_PROPERTY(QVariantList recentCalls READ recentCalls NOTIFY stateChanged)
    Q_PROPERTY(QString tickerText READ tickerText NOTIFY stateChanged)
    Q_PROPERTY(QString zoneName READ zoneName NOTIFY centerChanged)
    Q_PROPERTY(bool counterTop READ isCounterTop CONSTANT)
    Q_PROPERTY(QString counterTopName READ counterTopName NOTIFY stateChanged)
    Q_PROPERTY(QString counterTopLabel READ counterTopLabel NOTIFY stateChanged)
    Q_PROPERTY(QString counterTopState READ counterTopState NOTIFY stateChanged)
    Q_PROPERTY(QString counterTopText READ counterTopText NOTIFY stateChanged)
public:
    struct Options
    {
        QString zone;                ///< only these counters and their services (empty: the device's zone, or all)
        int counter = 0;             ///< a counter-top screen for this counter alone
        int recentCallSeconds = 120; ///< older calls learnt after a gap are listed, not announced
        int recentCalls = 6;
    };

    /** `announcer` may be null (no sound); it must outlive the controller otherwise. */
    DisplayController(HubClient &client, Translations &translations, Clock clock, Options options,
                      Announcer *announcer, QObject *parent = nullptr);
    ~DisplayController() override;

    [[nodiscard]] QString latestLabel() const { return m_latest.label; }
    [[nodiscard]] QString latestCounterName() const;
    [[nodiscard]] int latestCounter() const { return m_latest.counter; }
    [[nodiscard]] bool latestRecall() const { return m_latest.recall; }
    [[nodiscard]] int latestSerial() const { return m_latestSerial; }
    [[nodiscard]] bool isAnnouncing() const { return m_announcing != 0; }
    [[nodiscard]] CounterTileModel *counters() { return &m_tiles; }
    /** [{name, waiting}] of the services shown. */
    [[nodiscard]] QVariantList services() const;
    /** [{label, counter, time}] the latest first. */
    [[nodiscard]] QVariantList recentCalls() const;
    [[nodiscard]] QString tickerText() const;
    /** The zone shown: --zone / [display] zone, else the display device's own in the center file (empty: all). */
    [[nodiscard]] QString zoneName() const;
    [[nodiscard]] bool isCounterTop() const { return m_options.counter != 0; }
    [[nodiscard]] QString counterTopName() const;
    [[nodiscard]] QString counterTopLabel() const;
    /** called, serving, paused, closed or open (nobody at it). */
    [[nodiscard]] QString counterTopState() const;
    [[nodiscard]] QString counterTopText() const;

    /** A counter's name in the screen's language ("Quầy 3"). */
    [[nodiscard]] Q_INVOKABLE QString counterName(int number) const;

    struct Call
    {
        TicketId ticket = 0;
        QString label;
        int counter = 0;
        Timestamp at = 0;
        bool recall = false;
    };
    /** Calls in the order they were (or will be) announced, for tests. */
    [[nodiscard]] const std::vector<Call> &announced() const { return m_announcedLog; }

Q_SIGNALS:
    void latestChanged();
    void stateChanged();

private:
    void onEvent(const Event &e);
    void onReset();
    void refresh();
    void take(const Call &call, bool announce);
    void setLatest(const Call &call);
    [[nodiscard]] bool shown(int counter) const;
    [[nodiscard]] QList<int> shownCounters() const;

    Options m_options;
    Announcer *m_announcer;
    CounterTileModel m_tiles;
    std::deque<Call> m_recent; ///< the latest first, at most recentCalls
    Call m_latest;
    int m_latestSerial = 0;
    quint64 m_announcing = 0;          ///< the announcement playing (0: none)
    QHash<quint64, Call> m_queued;     ///< announcement id → its call
    std::vector<Call> m_announcedLog;
    Timestamp m_lastCallAt = 0;        ///< the newest call this screen knows of
    bool m_hadSnapshot = false;        ///< a later snapshot comes after a gap
    QString m_deviceZone;              ///< this display's zone in the center file, from the hub's hello
};

} // namespace qms
