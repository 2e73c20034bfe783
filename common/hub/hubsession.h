#pragma once

#include <QObject>
#include <QTimer>

#include <optional>

#include "domain/center.h"
#include "domain/clerk.h"
#include "domain/event.h"
#include "engine/commands.h"
#include "protocol/codec.h"
#include "protocol/messages.h"
#include "protocol/protocol.h"

namespace qms {

class Hub;
class LineConnection;

/**
 * One client connection on the hub: the hello handshake, who the peer is (its
 * device role, and the clerk logged in on it), what it may do, and its stream
 * of events. Decoding errors that break the framing close the connection; a
 * refused request only gets an error reply.
 */
class HubSession : public QObject
{
    Q_OBJECT
public:
    HubSession(Hub &hub, LineConnection *connection, QObject *parent = nullptr);
    ~HubSession() override;

    [[nodiscard]] bool isActive() const { return m_active; }
    /** Being closed: it counts for nothing any more. */
    [[nodiscard]] bool isClosing() const { return m_closing; }
    [[nodiscard]] DeviceRole role() const { return m_role; }
    [[nodiscard]] const QString &device() const { return m_device; }
    [[nodiscard]] int counter() const { return m_counter; }
    [[nodiscard]] const std::optional<Clerk> &clerk() const { return m_clerk; }
    /** What the station last reported about itself (its printer). */
    [[nodiscard]] const protocol::ReportStatus &reported() const { return m_reported; }
    [[nodiscard]] QString peerName() const;
    [[nodiscard]] QString peerHost() const;
    [[nodiscard]] QString peerAddress() const;

    /** An event encoded once for each audience (protocol::Audience), shared by every session. */
    struct EventLines
    {
        QByteArray supervisor;
        QByteArray staff;
        QByteArray everyone;
    };
    /** Sends an event to an active session, as its audience may read it. */
    void sendEvent(qint64 seq, const EventLines &lines);
    void replyCommitted(qint64 requestId, const std::vector<StoredEvent> &events);
    void replyError(qint64 requestId, const Error &error);
    /** Sends a notice line (protocol::encodeNotice) to an active session. */
    void sendNotice(const QByteArray &line);
    /** A supervisor is on it: a supervisor station, or a counter where a supervisor logged in. */
    [[nodiscard]] bool hasSupervisor() const;
    void close();
    /** Handles what the peer has already sent (a hello on its way) before its place is weighed. */
    void pollInput();
    /** Tells the peer why and closes: the hub needs its place. */
    void evict(const Error &reason);
    /** Writes what is queued for this client now (after a commit's broadcast and replies). */
    void flush();

Q_SIGNALS:
    void finished(HubSession *session);

private:
    void onLine(const QByteArray &line);
    void handleHello(qint64 id, const protocol::Hello &hello);
    void dispatch(const protocol::RequestLine &line);

    // One handler per kind of request; `id` is echoed in the reply.
    void handle(qint64 id, const protocol::Hello &);
    void handle(qint64 id, const protocol::Ping &);
    void handle(qint64 id, const protocol::GetSnapshot &);
    void handle(qint64 id, const protocol::IssueTicket &m);
    void handle(qint64 id, const protocol::CallNext &m);
    void handle(qint64 id, const protocol::CallTicket &m);
    void handle(qint64 id, const protocol::Recall &m);
    void handle(qint64 id, const protocol::StartServing &m);
    void handle(qint64 id, const protocol::Finish &m);
    void handle(qint64 id, const protocol::MarkNoShow &m);
    void handle(qint64 id, const protocol::Requeue &m);
    void handle(qint64 id, const protocol::Transfer &m);
    void handle(qint64 id, const protocol::Cancel &m);
    void handle(qint64 id, const protocol::OpenCounter &m);
    void handle(qint64 id, const protocol::PauseCounter &m);
    void handle(qint64 id, const protocol::CloseCounter &m);
    void handle(qint64 id, const protocol::SetCounterServices &m);
    /** At a counter device, whether the clerk logged in is a supervisor (refused with `what` if not). */
    bool supervisorAtCounter(qint64 id, const char *what);
    void handle(qint64 id, const protocol::Login &m);
    void handle(qint64 id, const protocol::Logout &);
    void handle(qint64 id, const protocol::AddClerk &m);
    void handle(qint64 id, const protocol::SetPin &m);
    void handle(qint64 id, const protocol::ListClerks &);
    void handle(qint64 id, const protocol::ListDevices &);
    void handle(qint64 id, const protocol::SetClerkActive &);
    void handle(qint64 id, const protocol::SetTicker &);
    void handle(qint64 id, const protocol::ListAlarms &);
    void handle(qint64 id, const protocol::ReportStatus &m);
    void handle(qint64 id, const protocol::ReceiveDossier &m);
    void handle(qint64 id, const protocol::UpdateDossier &m);
    void handle(qint64 id, const protocol::ImportDossier &m);
    void handle(qint64 id, const protocol::ListDossiers &m);
    void handle(qint64 id, const protocol::SubmitRating &m);
    void handle(qint64 id, const protocol::LookupDossier &m);
    void handle(qint64 id, const protocol::ReprintTicket &m);

    /**
     * The counter a request acts for: a counter device's own, or the one a
     * supervisor names (`required` for ops that happen at a counter). Nullopt
     * after replying with the error.
     */
    /**
     * The counter an op acts for: a counter device's own; `given` for a supervisor
     * device — and, with `anyForSupervisor` (open, pause, close, services), for a
     * supervisor logged in at a counter too: the floor is theirs to run.
     */
    std::optional<int> counterFor(qint64 id, std::optional<int> given, bool required, bool anyForSupervisor = false);
    /** Submits the engine command built for the counter the request acts for. */
    template <typename Build>
    void submitAtCounter(qint64 id, std::optional<int> given, bool required, Build build,
                         bool anyForSupervisor = false);
    /** The same for a ticket action a supervisor at a counter may take from the floor (no counter named). */
    template <typename Build>
    void submitFromFloor(qint64 id, std::optional<int> given, Build build);
    /** Who did it, for the event log. */
    [[nodiscard]] QString actor() const;
    [[nodiscard]] bool seesTokens() const { return m_role == DeviceRole::Supervisor; }
    [[nodiscard]] protocol::Audience audience() const { return protocol::audienceOf(m_role); }

    void send(const QByteArray &line);
    void sendError(const QJsonValue &id, const Error &error);
    /** Replies with the error and closes (the peer broke the protocol). */
    void fail(const QJsonValue &id, const Error &error);

    Hub &m_hub;
    LineConnection *m_connection;
    QTimer m_helloTimer;
    QTimer m_idleTimer;
    bool m_active = false;
    bool m_closing = false;
    QString m_session;
    DeviceRole m_role = DeviceRole::Display;
    QString m_device;
    int m_counter = 0;
    std::optional<Clerk> m_clerk;
    QString m_resume; ///< the token the clerk's login gave (LoginResumes)
    protocol::ReportStatus m_reported;
    qint64 m_lastSentSeq = 0;
    bool m_loginInFlight = false;
    int m_failedLogins = 0;
    qint64 m_lastSnapshotMs = -1; ///< when it last asked for a snapshot (the hub's monotonic clock)
};

} // namespace qms
