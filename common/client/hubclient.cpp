#include "client/hubclient.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>

#include "client/logging.h"
#include "protocol/tcplineconnection.h"

namespace qms {

HubClient::HubClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &HubClient::connectNow);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_online)
            send(protocol::Ping{}, this, [](const Result<protocol::Pong> &) {});
    });
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        qCWarning(lcClient) << "nothing heard from the hub for" << protocol::idleTimeoutMs << "ms; reconnecting";
        if (m_connection)
            m_connection->abort();
    });
    connect(&m_timeoutTimer, &QTimer::timeout, this, &HubClient::checkTimeouts);
}

HubClient::~HubClient()
{
    m_running = false;
    m_pending.clear();
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
}

void HubClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_attempt = 0;
    connectNow();
}

void HubClient::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    if (m_connection)
        m_connection->close();
    if (m_socket && !m_connection)
        m_socket->abort();
}

void HubClient::setHub(const HostPort &hub)
{
    m_options.host = hub.host;
    m_options.port = hub.port;
    m_mirror.clear(); // another hub, another log: start from its snapshot
    if (m_connection)
        m_connection->abort(); // reconnects to the new address
    else if (m_socket)
        m_socket->abort();
}

void HubClient::connectNow()
{
    if (!m_running || m_connection)
        return;
    if (m_connector) {
        if (LineConnection *c = m_connector())
            attachConnection(c);
        else
            scheduleReconnect();
        return;
    }
    if (m_socket)
        m_socket->deleteLater();
    m_socket = new QTcpSocket(this);
    QTcpSocket *socket = m_socket;
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        LineLimits limits;
        limits.maxLineBytes = protocol::maxHubLineBytes;
        limits.linesPerTurn = 256;
        m_socket = nullptr; // the connection owns it now
        attachConnection(new TcpLineConnection(socket, limits, this));
    });
    // However the attempt ends — refused, unreachable, or aborted by the timeout below
    // (abort() while connecting emits no error, only the state change) — try again.
    connect(socket, &QTcpSocket::stateChanged, this, [this, socket](QAbstractSocket::SocketState state) {
        if (state != QAbstractSocket::UnconnectedState || m_socket != socket)
            return; // not over yet, or already handed to a connection, which reports its own end
        qCInfo(lcClient).noquote() << "cannot reach the hub:" << socket->errorString();
        m_socket = nullptr;
        socket->deleteLater();
        scheduleReconnect();
    });
    // A connect that hangs (hub machine off, packets dropped) must not hang us.
    QTimer::singleShot(5000, socket, [this, socket] {
        if (m_socket == socket && socket->state() != QAbstractSocket::ConnectedState)
            socket->abort();
    });
    socket->connectToHost(m_options.host, m_options.port);
}

void HubClient::attachConnection(LineConnection *connection)
{
    m_connection = connection;
    connection->setParent(this);
    connect(connection, &LineConnection::lineReceived, this, &HubClient::onLine);
    connect(connection, &LineConnection::closed, this, &HubClient::onDisconnected);
    m_watchdog.start(protocol::idleTimeoutMs);
    sendHello();
}

void HubClient::sendHello()
{
    protocol::Hello hello;
    hello.proto = protocol::version;
    hello.role = m_options.role;
    hello.device = m_options.device;
    hello.key = m_options.key;
    if (m_mirror.isReady()) {
        hello.lastSeq = m_mirror.lastSeq();
        hello.epoch = m_mirror.epoch();
        hello.lastAt = m_mirror.lastAt();
    }
    m_helloId = m_nextId++;
    m_pending.insert(
        m_helloId,
        Pending{[this](const HubReply &r) { onHelloReply(r); }, this, QDeadlineTimer(m_options.requestTimeoutMs)});
    m_connection->sendLine(protocol::encode(protocol::requestToJson(m_helloId, hello)));
    if (!m_timeoutTimer.isActive())
        m_timeoutTimer.start(1000);
}

void HubClient::onLine(const QByteArray &line)
{
    m_watchdog.start(protocol::idleTimeoutMs);
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (!doc.isObject()) {
        qCWarning(lcClient) << "the hub sent a line that is not a JSON object; reconnecting";
        m_connection->abort();
        return;
    }
    const QJsonObject o = doc.object();
    if (o.contains(QLatin1String("notice"))) {
        onNotice(o);
        return;
    }
    if (!o.contains(QLatin1String("event"))) {
        onReply(o);
        return;
    }
    switch (m_mirror.applyEvent(o)) {
    case QueueMirror::Applied::Applied:
    case QueueMirror::Applied::Duplicate:
        break;
    case QueueMirror::Applied::Gap:
        qCWarning(lcClient) << "missed events after seq" << m_mirror.lastSeq() << "; resynchronizing";
        m_connection->abort();
        break;
    case QueueMirror::Applied::Invalid:
        if (m_mirror.isReady()) {
            qCWarning(lcClient) << "unreadable event; resynchronizing from a snapshot";
            m_mirror.clear();
            m_connection->abort();
        }
        break;
    }
}

void HubClient::onNotice(const QJsonObject &o)
{
    const auto notice = protocol::decodeNotice(o);
    if (notice)
        Q_EMIT noticeReceived(notice.value());
    else if (notice.error().code != ErrorCode::UnknownOp) // a newer hub's news is not ours
        qCWarning(lcClient).noquote() << "unreadable notice from the hub:" << notice.error().message;
}

void HubClient::onReply(const QJsonObject &o)
{
    const qint64 id = o.value(QLatin1String("id")).toInteger(-1);
    HubReply reply;
    reply.ok = o.value(QLatin1String("ok")).toBool();
    reply.body = o;
    if (!reply.ok)
        reply.error = protocol::errorFromReply(o);
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        if (!reply.ok)
            qCWarning(lcClient).noquote() << "hub:" << errorCodeName(reply.error.code) << reply.error.message;
        return;
    }
    Pending p = it.value();
    m_pending.erase(it);
    finish(std::move(p), reply);
}

void HubClient::finish(Pending p, const HubReply &reply)
{
    if (p.context)
        p.done(reply);
}

void HubClient::onHelloReply(const HubReply &reply)
{
    if (!reply.ok) {
        qCWarning(lcClient).noquote() << "the hub refused this device:" << errorCodeName(reply.error.code)
                                      << reply.error.message;
        m_rejected = true;
        Q_EMIT helloRejected(reply.error);
        return; // the hub closes the connection; we retry slowly
    }
    auto welcome = protocol::decodeReply<protocol::Welcome>(reply.body);
    if (!welcome) {
        qCWarning(lcClient).noquote() << welcome.error().message;
        m_connection->abort();
        return;
    }
    m_rejected = false;
    const QString how = welcome->resync == protocol::Resync::Replay ? QStringLiteral("replay")
                                                                    : QStringLiteral("snapshot");
    if (welcome->snapshot) {
        if (auto r = m_mirror.load(*welcome->snapshot, welcome->seq, welcome->epoch, welcome->lastAt); !r) {
            qCWarning(lcClient).noquote() << r.error().message;
            m_connection->abort();
            return;
        }
    }
    welcome->snapshot.reset(); // the mirror has it; keep the rest
    m_welcome = std::move(welcome).value();
    m_attempt = 0;
    m_pingTimer.start(protocol::pingIntervalMs);
    setOnline(true);
    Q_EMIT synchronized(how);
}

void HubClient::sendJson(const QString &op, QJsonObject fields, QObject *context, ReplyHandler done)
{
    if (!m_online || !m_connection) {
        HubReply r;
        r.error = Error{ErrorCode::Offline, QStringLiteral("not connected to the hub")};
        // Answer on the next turn, like a real reply, so callers see one behaviour.
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, done, r] {
                if (guard)
                    done(r);
            },
            Qt::QueuedConnection);
        return;
    }
    const qint64 id = m_nextId++;
    fields.insert(QStringLiteral("id"), id);
    fields.insert(QStringLiteral("op"), op);
    m_pending.insert(id, Pending{std::move(done), context, QDeadlineTimer(m_options.requestTimeoutMs)});
    m_connection->sendLine(protocol::encode(fields));
    if (!m_timeoutTimer.isActive())
        m_timeoutTimer.start(1000);
}

void HubClient::checkTimeouts()
{
    QList<qint64> late;
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
        if (it->deadline.hasExpired())
            late.append(it.key());
    for (qint64 id : late) {
        Pending p = m_pending.take(id);
        HubReply r;
        r.error = Error{ErrorCode::NoReply, QStringLiteral("the hub did not answer in time")};
        finish(std::move(p), r);
    }
    if (m_pending.isEmpty())
        m_timeoutTimer.stop();
}

void HubClient::failPending(const Error &error)
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        HubReply r;
        r.error = error;
        finish(p, r);
    }
}

void HubClient::onDisconnected()
{
    if (m_connection) {
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    m_watchdog.stop();
    m_pingTimer.stop();
    setOnline(false);
    failPending(Error{ErrorCode::NoReply, QStringLiteral("the connection to the hub was lost")});
    scheduleReconnect();
}

void HubClient::scheduleReconnect()
{
    if (!m_running)
        return;
    ++m_reconnects;
    // 250 ms, 500 ms, 1 s, … up to the maximum, with ±20 % jitter so a hub
    // restart is not met by every device in the same millisecond.
    const int base = m_rejected ? m_options.maxBackoffMs
                                : std::min(m_options.maxBackoffMs, 250 << std::min(m_attempt, 10));
    ++m_attempt;
    const int jitter = int(QRandomGenerator::global()->bounded(base / 5 + 1)) - base / 10;
    m_reconnectTimer.start(std::max(50, base + jitter));
}

void HubClient::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    if (!online)
        m_welcome = {};
    Q_EMIT onlineChanged(online);
}

} // namespace qms
