#pragma once

#include <QObject>
#include <QTimer>

#include <optional>

#include "domain/center.h"
#include "domain/clerk.h"
#include "domain/event.h"
#include "protocol/protocol.h"

namespace qms {

class Hub;
class JsonReader;
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
    [[nodiscard]] DeviceRole role() const { return m_role; }
    [[nodiscard]] const QString &device() const { return m_device; }
    [[nodiscard]] int counter() const { return m_counter; }
    [[nodiscard]] const std::optional<Clerk> &clerk() const { return m_clerk; }
    [[nodiscard]] QString peerName() const;
    [[nodiscard]] QString peerHost() const;

    /** Sends an event to an active session (the line with or without ticket tokens). */
    void sendEvent(qint64 seq, const QByteArray &withTokens, const QByteArray &withoutTokens);
    void replyCommitted(qint64 requestId, const std::vector<StoredEvent> &events);
    void replyError(qint64 requestId, const Error &error);
    void close();
    /** Writes what is queued for this client now (after a commit's broadcast and replies). */
    void flush();

Q_SIGNALS:
    void finished(HubSession *session);

private:
    void onLine(const QByteArray &line);
    void handleHello(const protocol::Request &request);
    void dispatch(const protocol::Request &request);
    void handleCommandOp(const protocol::Request &request, JsonReader &r);
    void handleLogin(const protocol::Request &request, JsonReader &r);
    void handleClerkAdmin(const protocol::Request &request, JsonReader &r);
    void handleDevices(const protocol::Request &request);
    /** The counter a request acts for; nullopt after replying with an error. */
    std::optional<int> counterFor(const protocol::Request &request, JsonReader &r, bool required);
    /** Who did it, for the event log. */
    [[nodiscard]] QString actor() const;
    [[nodiscard]] bool seesTokens() const { return m_role == DeviceRole::Supervisor; }

    void send(const QByteArray &line);
    void sendError(const QJsonValue &id, const QString &code, const QString &message, const QJsonObject &extra = {});
    /** Replies with the error and closes (the peer broke the protocol). */
    void fail(const QJsonValue &id, const QString &code, const QString &message);

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
    qint64 m_lastSentSeq = 0;
    bool m_loginInFlight = false;
    int m_failedLogins = 0;
    qint64 m_lastSnapshotMs = -1; ///< when it last asked for a snapshot (a monotonic clock)
};

} // namespace qms
