#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>
#include <vector>

#include "engine/alarms.h"
#include "hub/clerkauthenticator.h"
#include "hub/loginresumes.h"
#include "hub/queueservice.h"
#include "protocol/messages.h"
#include "protocol/tcplineconnection.h"
#include "store/clerkstore.h"

class QTcpServer;

namespace qms {

/** What anybody may learn about a dossier from its code: the applicant's name masked, where to collect it. */
[[nodiscard]] protocol::DossierView publicDossierView(const QueueEngine &engine, const Dossier &dossier);

class HubSession;
class LineConnection;

/**
 * The single authority for the queue: serves kiosks, counters, displays and
 * supervisors over protocol v1. Commands from all connections that arrive in one
 * turn of the event loop are committed together (group commit); only then are
 * their events broadcast and the requests answered.
 */
class Hub : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<Timestamp()>;
    /** Milliseconds from any fixed start, never running backwards (rations and deadlines). */
    using MonotonicClock = std::function<qint64()>;

    /** The stores must outlive the hub. */
    Hub(CenterConfig config, EventStore &events, ClerkStore &clerks, QObject *parent = nullptr);
    ~Hub() override;

    /** Rebuilds the queue from the store and starts the business-day timer. */
    Result<Ok> start();
    /** Starts accepting TCP connections. */
    Result<Ok> listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 serverPort() const;
    /** Serves one more connection (the TCP server's, or an in-process one); takes ownership. */
    void attach(LineConnection *connection);
    /** Closes every connection and stops listening. */
    void shutdown();

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setMonotonicClock(MonotonicClock clock) { m_monotonic = std::move(clock); }
    void setMaxConnections(int n) { m_limits.maxConnections = n; }
    /**
     * Connections that have not said hello yet, in all and from one address: past
     * these the oldest of them gives way to the newcomer, so silent connections can
     * never keep a device that authenticates from getting in.
     */
    void setMaxPending(int total, int perHost)
    {
        m_limits.maxPending = total;
        m_limits.maxPendingPerHost = perHost;
    }
    /**
     * Sessions one device may hold at once (a station that reconnects before its old
     * session timed out, a few screens sharing a display key); the oldest gives way.
     */
    void setMaxSessionsPerDevice(int n) { m_limits.maxPerDevice = n; }
    /**
     * Hellos one device may say in a burst, and how fast that allowance comes back:
     * a screen that restarts says hello a few times; one key said hello thousands of
     * times is an attack, and each hello would cost a snapshot.
     */
    void setHelloAllowance(int burst, int refillMs)
    {
        m_limits.helloBurst = burst;
        m_limits.helloRefillMs = refillMs;
    }
    /** Sessions of a role at once (0: no limit); past it, a new one is refused. */
    void setMaxSessionsOfRole(DeviceRole role, int n) { m_limits.maxPerRole[int(role)] = n; }
    void setLineLimits(LineLimits limits) { m_lineLimits = limits; }
    /** Most commands per commit (0: no limit). 1 turns group commit off, for comparison. */
    void setMaxBatch(int commands) { m_maxBatch = commands; }
    void setSessionTimeouts(int helloMs, int idleMs)
    {
        m_helloTimeoutMs = helloMs;
        m_idleTimeoutMs = idleMs;
    }

    [[nodiscard]] Timestamp now() const { return m_clock(); }
    [[nodiscard]] qint64 elapsedMs() const { return m_monotonic(); }
    [[nodiscard]] const CenterConfig &config() const { return m_config; }
    [[nodiscard]] QueueService &queue() { return m_queue; }
    [[nodiscard]] ClerkAuthenticator &clerks() { return m_auth; }
    [[nodiscard]] LoginResumes &resumes() { return m_resumes; }
    [[nodiscard]] ClerkStore &clerkStore() { return m_clerkStore; }
    [[nodiscard]] const EventStore &store() const { return m_store; }
    [[nodiscard]] int sessionCount() const { return int(m_sessions.size()); }
    [[nodiscard]] const std::vector<HubSession *> &sessions() const { return m_sessions; }
    /**
     * The kiosk to print a ticket again: the one named (if connected and its printer
     * is not known to be down), else the ticket's own kiosk if its printer reported
     * ready, else the first kiosk whose printer did. Null when none can.
     */
    [[nodiscard]] HubSession *kioskToPrint(const QString &named, const QString &origin) const;
    /** Summarizes, off the hub's thread, the earlier days the database holds without a summary. */
    void summarizePastDays();
    [[nodiscard]] int helloTimeoutMs() const { return m_helloTimeoutMs; }
    [[nodiscard]] int idleTimeoutMs() const { return m_idleTimeoutMs; }

    // ---- for sessions ----
    /** The configured device with this id, if the key and role match. */
    [[nodiscard]] const DeviceConfig *authenticate(const QString &device, const QString &key, DeviceRole role) const;
    /** The center (without device keys) and the queue now; public tokens only `withTokens`. */
    [[nodiscard]] protocol::Snapshot snapshot(bool withTokens) const;
    /**
     * The same as JSON text to splice into a reply (protocol::snapshotFragment),
     * encoded once per state: a hundred screens connecting at once cost one encoding.
     */
    [[nodiscard]] QByteArray snapshotFragment(bool withTokens);
    /**
     * A session said hello as `device` in `role`: makes room for it (the device's
     * oldest session gives way) or refuses it (the role is full).
     */
    [[nodiscard]] Result<Ok> admit(HubSession *session, const DeviceConfig &device);
    Result<std::vector<StoredEvent>> eventsAfter(qint64 seq, int limit);
    /**
     * Whether a client whose last event is (seq, at) followed this very log: the
     * epoch alone survives a restored backup, the time of an event does not.
     */
    [[nodiscard]] bool followsThisLog(qint64 lastSeq, Timestamp lastAt);
    /**
     * Decides and commits one command now, outside the group commit, for a caller
     * on the hub's thread that must answer at once (a rating from a phone page).
     * Its events go out to every session as usual.
     */
    Result<std::vector<StoredEvent>> execute(const Command &command);
    /** Queues a command for the next group commit; the session is answered after it. */
    void submit(HubSession *session, qint64 requestId, const Command &command);

    /**
     * Service-level alarms (engine/alarms.h) as of the last review: a second
     * after commits (one review for a burst), every 15 s, when a kiosk's printer
     * changes, and when a supervisor asks. Raised and cleared
     * alarms are logged (qms.alarms) and announced with alarmsChanged().
     */
    [[nodiscard]] const std::vector<Alarm> &alarms() const { return m_alarms; }
    void reviewAlarms();

Q_SIGNALS:
    /** The set of alarms changed (one raised, one cleared). */
    void alarmsChanged();
    /** Events committed, in seq order (already broadcast). */
    void committed(const std::vector<StoredEvent> &events);
    void sessionCountChanged(int count);

private:
    struct Pending
    {
        QPointer<HubSession> session;
        qint64 requestId;
        Command command;
    };

    void flush();
    void commitBatch(std::vector<Pending> batch);
    void broadcast(const std::vector<StoredEvent> &events);
    void onNewConnection();
    void removeSession(HubSession *session);
    /**
     * Closes the oldest session without hello from `host`, or (when empty) from the
     * address that holds the most of them. False when there is none.
     */
    bool evictOldestPending(const QString &host);

    /** Connections taken from the listener before the event loop reads what arrived. */
    static constexpr int acceptPerTurn = 32;
    void startDayIfDue();

    CenterConfig m_config;
    EventStore &m_store;
    QueueService m_queue;
    ClerkStore &m_clerkStore;
    ClerkAuthenticator m_auth;
    LoginResumes m_resumes;
    Clock m_clock;
    MonotonicClock m_monotonic;
    std::vector<Alarm> m_alarms;
    QTimer m_alarmTimer;
    QTimer m_alarmSoon; ///< one review shortly after a burst of commits, off the commit path
    QTcpServer *m_server = nullptr;
    std::vector<HubSession *> m_sessions;
    std::vector<Pending> m_pending;
    bool m_flushScheduled = false;
    QTimer m_dayTimer;
    QTimer m_trimTimer;
    int m_closedSinceTrim = 0;
    LineLimits m_lineLimits;
    struct Limits
    {
        int maxConnections = 1000;
        int maxPending = 100;
        int maxPendingPerHost = 20;
        int maxPerDevice = 4;
        std::array<int, 4> maxPerRole{}; ///< by DeviceRole; 0: no limit
        int helloBurst = 10;
        int helloRefillMs = 3000;
    } m_limits;
    /** Hellos each device may still say now (a token bucket), and when it was last topped up. */
    struct HelloAllowance
    {
        double tokens = 0;
        qint64 at = 0;
    };
    QHash<QString, HelloAllowance> m_helloAllowance;
    struct CachedSnapshot
    {
        qint64 seq = -1;
        QByteArray withTokens;
        QByteArray withoutTokens;
    } m_snapshotCache;
    int m_maxBatch = 0;
    int m_helloTimeoutMs;
    int m_idleTimeoutMs;
};

} // namespace qms
