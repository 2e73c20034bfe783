#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

#include "client/queuemirror.h"
#include "domain/center.h"
#include "protocol/codec.h"
#include "protocol/protocol.h"
#include "util/hostport.h"

class QTcpSocket;

namespace qms {

class LineConnection;

/** What the hub answered to a request (or why there was no answer), as JSON. */
struct HubReply
{
    bool ok = false;
    QJsonObject body; ///< the whole reply object
    Error error;      ///< when not ok; Offline and NoReply come from the client itself
};

/**
 * A kiosk's, counter's or display's link to the hub. Connects, says hello,
 * keeps a QueueMirror of the queue from the snapshot and the events, and stays
 * connected on its own: back-off between attempts, pings to notice a dead link,
 * a replay of missed events (or a fresh snapshot) after reconnecting.
 *
 * Requests made while offline fail at once with "offline": nothing is queued
 * behind a citizen's back. A request whose connection drops before the answer
 * fails with "no_reply" (the hub may or may not have done it).
 */
class HubClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = protocol::defaultPort;
        DeviceRole role = DeviceRole::Display;
        QString device;
        QString key;
        int requestTimeoutMs = 10'000;
        int maxBackoffMs = 10'000;
    };
    using ReplyHandler = std::function<void(const HubReply &)>;
    /** Makes an already-connected in-process connection (tests); replaces TCP. */
    using Connector = std::function<LineConnection *()>;

    explicit HubClient(Options options, QObject *parent = nullptr);
    ~HubClient() override;

    void setConnector(Connector connector) { m_connector = std::move(connector); }
    /** Connects, and keeps reconnecting until stop(). */
    void start();
    void stop();
    /** Points the client at another hub: drops the connection and connects there. */
    void setHub(const HostPort &hub);
    [[nodiscard]] HostPort hub() const { return HostPort{m_options.host, m_options.port}; }

    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] QueueMirror &mirror() { return m_mirror; }
    [[nodiscard]] const Options &options() const { return m_options; }
    /** The hello reply (session, counter, …; without its snapshot) while online. */
    [[nodiscard]] const protocol::Welcome &welcome() const { return m_welcome; }
    [[nodiscard]] int reconnectCount() const { return m_reconnects; }

    /**
     * Sends a request; `done` runs once, on this thread, unless `context` is
     * destroyed first.
     */
    template <typename M>
    void send(const M &message, QObject *context,
              std::function<void(const Result<typename protocol::Message<M>::Reply> &)> done)
    {
        using Reply = typename protocol::Message<M>::Reply;
        sendJson(QString::fromLatin1(protocol::Message<M>::op), protocol::toJson(message), context,
                 [done = std::move(done)](const HubReply &reply) {
                     if (!reply.ok && !reply.body.contains(QLatin1String("ok")))
                         done(Result<Reply>(reply.error)); // offline, or no reply at all
                     else
                         done(protocol::decodeReply<Reply>(reply.body));
                 });
    }

    /**
     * The same with the request as JSON fields and the reply as JSON: for tools
     * that print replies, and for tests that speak the wire format.
     */
    void sendJson(const QString &op, QJsonObject fields, QObject *context, ReplyHandler done);

Q_SIGNALS:
    void onlineChanged(bool online);
    /** The hub refused the hello (wrong key, role or protocol): retrying slowly. */
    void helloRejected(const qms::Error &error);
    /** After a (re)connection: "snapshot" or "replay". */
    void synchronized(const QString &how);
    /** A notice the hub sent unasked (alarms for supervisors, a ticket for a kiosk to print). */
    void noticeReceived(const qms::protocol::Notice &notice);

private:
    struct Pending
    {
        ReplyHandler done;
        QPointer<QObject> context;
        QDeadlineTimer deadline;
    };

    void connectNow();
    void attachConnection(LineConnection *connection);
    void sendHello();
    void onLine(const QByteArray &line);
    void onReply(const QJsonObject &reply);
    void onNotice(const QJsonObject &notice);
    void onHelloReply(const HubReply &reply);
    void onDisconnected();
    void scheduleReconnect();
    void setOnline(bool online);
    void failPending(const Error &error);
    void checkTimeouts();
    void finish(Pending p, const HubReply &reply);

    Options m_options;
    Connector m_connector;
    QueueMirror m_mirror;
    QTcpSocket *m_socket = nullptr;
    LineConnection *m_connection = nullptr;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    QTimer m_watchdog;
    QTimer m_timeoutTimer;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    qint64 m_helloId = 0;
    bool m_running = false;
    bool m_online = false;
    bool m_rejected = false;
    int m_attempt = 0;
    int m_reconnects = 0;
    protocol::Welcome m_welcome;
};

} // namespace qms
