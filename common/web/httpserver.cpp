#include "web/httpserver.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace qms {

namespace {
Q_LOGGING_CATEGORY(lcHttp, "qms.http")

constexpr int kTickMs = 1000;
constexpr int kHeartbeatTicks = 20;
/** A stream whose phone stopped reading is dropped past this much unsent. */
constexpr qint64 kMaxStreamBacklog = 64 * 1024;
/** A client that sends requests but never reads the answers is dropped past this much unsent. */
constexpr qint64 kMaxBacklog = 256 * 1024;
/** A live page reconnects by itself; an hour's stream ends, so none is held for ever. */
constexpr qint64 kStreamLifetimeMs = 3600 * 1000;

const QByteArray kSecurityHeaders
    = "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'\r\n"
      "X-Content-Type-Options: nosniff\r\n"
      "X-Frame-Options: DENY\r\n"
      "Referrer-Policy: same-origin\r\n"
      "Permissions-Policy: camera=(), microphone=(), geolocation=()\r\n"
      "Cache-Control: no-store\r\n";

} // namespace

HttpResponse HttpResponse::html(QByteArray body, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::json(QByteArray body, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json; charset=utf-8";
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::text(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

QByteArray httpReason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 303: return "See Other";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

struct HttpServer::Connection
{
    explicit Connection(const HttpLimits &limits)
        : parser(limits)
    { }
    QTcpSocket *socket = nullptr;
    QString address;
    HttpRequestParser parser;
    enum class State { Requests, Stream, Closing } state = State::Requests;
    QElapsedTimer since; ///< the request's first byte, or the last response (idle)
    QString streamKey;
};

HttpServer::HttpServer(Handler handler, QObject *parent)
    : HttpServer(std::move(handler), Limits{}, parent)
{ }

HttpServer::HttpServer(Handler handler, Limits limits, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
    , m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
    connect(&m_heartbeat, &QTimer::timeout, this, &HttpServer::heartbeat);
    m_heartbeat.start(kTickMs);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 HttpServer::serverPort() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::close()
{
    m_server->close();
    for (Connection *c : m_connections.values())
        drop(c);
}

int HttpServer::streamCount() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
                             [](const Connection *c) { return c->state == Connection::State::Stream; }));
}

QList<QString> HttpServer::streamKeys() const
{
    QList<QString> keys;
    for (const Connection *c : m_connections)
        if (c->state == Connection::State::Stream && !keys.contains(c->streamKey))
            keys << c->streamKey;
    return keys;
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const QString address = clientKey(socket->peerAddress());
        if (m_connections.size() >= m_limits.connections
            || m_perAddress.value(address) >= m_limits.connectionsPerAddress) {
            // Nothing is read from it: refusing costs less than a reply.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *c = new Connection(m_limits);
        c->socket = socket;
        c->address = address;
        c->since.start();
        m_connections.insert(socket, c);
        ++m_perAddress[address];
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] { drop(c); });
    }
}

void HttpServer::drop(Connection *c)
{
    if (!m_connections.contains(c->socket))
        return;
    m_connections.remove(c->socket);
    if (--m_perAddress[c->address] <= 0)
        m_perAddress.remove(c->address);
    c->socket->disconnect(this);
    c->socket->abort();
    c->socket->deleteLater();
    delete c;
}

QString HttpServer::clientKey(const QHostAddress &peer)
{
    if (peer.protocol() != QAbstractSocket::IPv6Protocol)
        return peer.toString();
    bool v4 = false;
    const quint32 mapped = peer.toIPv4Address(&v4);
    if (v4)
        return QHostAddress(mapped).toString();
    Q_IPV6ADDR a = peer.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        a[i] = 0;
    return QHostAddress(a).toString() + QStringLiteral("/64");
}

bool HttpServer::takeToken(const QString &who)
{
    const qint64 now = m_clock.elapsed();
    Bucket &b = m_buckets[who];
    if (b.at == 0)
        b.tokens = m_limits.requestBurst;
    else
        b.tokens = std::min<double>(m_limits.requestBurst,
                                    b.tokens + double(now - b.at) * m_limits.requestsPerMinute / 60'000.0);
    b.at = now;
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

void HttpServer::onReadyRead(Connection *c)
{
    if (c->state != Connection::State::Requests) {
        // A stream is one way; whatever the phone sends is read and thrown away, within reason.
        if (c->socket->bytesAvailable() > m_limits.headerBytes)
            drop(c);
        else
            c->socket->readAll();
        return;
    }
    if (!c->parser.hasPartial())
        c->since.start(); // the request's clock starts with its first byte
    c->parser.feed(c->socket->readAll());
    process(c);
}

void HttpServer::process(Connection *c)
{
    while (c->state == Connection::State::Requests) {
        HttpRequestParser::Outcome o = c->parser.next();
        if (o.kind == HttpRequestParser::Outcome::Kind::NeedMore)
            return;
        if (o.kind == HttpRequestParser::Outcome::Kind::Refused)
            return refuse(c, o.status, o.why);
        if (c->socket->bytesToWrite() > kMaxBacklog)
            return drop(c); // asks and never reads: its answers pile up in the hub
        if (!takeToken(c->address)) {
            qCInfo(lcHttp).noquote() << "too many requests from" << c->address;
            HttpResponse busy = HttpResponse::text(429, "Too many requests; try again in a moment.\n");
            busy.headers.emplaceBack("Retry-After", "10");
            return respond(c, busy, true);
        }
        HttpRequest &request = o.request;
        request.peer = c->socket->peerAddress();
        HttpResponse response = m_handler(request);
        if (response.eventStream) {
            const int open = streamCount();
            const int fromHere = int(std::count_if(m_connections.cbegin(), m_connections.cend(), [c](const Connection *o) {
                return o->state == Connection::State::Stream && o->address == c->address;
            }));
            if (open >= m_limits.streams || fromHere >= m_limits.streamsPerAddress) {
                HttpResponse full = HttpResponse::text(503, "Too many live pages open; this page refreshes by itself.\n");
                full.headers.emplaceBack("Retry-After", "30");
                return respond(c, full, true);
            }
        }
        if (request.method == "HEAD") {
            response.body.clear();
            response.eventStream = false; // a HEAD is answered and that is all
        }
        respond(c, response, !o.keepAlive);
        c->since.start(); // idle from now, or the next request's clock if it is already here
    }
}

void HttpServer::respond(Connection *c, const HttpResponse &response, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + httpReason(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += kSecurityHeaders;
    for (const auto &[k, v] : response.headers)
        out += k + ": " + v + "\r\n";
    if (response.eventStream && !close) {
        out += "Connection: keep-alive\r\nX-Accel-Buffering: no\r\n\r\n" + response.body;
        c->socket->write(out);
        c->state = Connection::State::Stream;
        c->streamKey = response.streamKey;
        c->since.start();
        return;
    }
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    out += response.body;
    c->socket->write(out);
    if (close) {
        c->state = Connection::State::Closing;
        c->socket->disconnectFromHost(); // after what was written has gone
    }
}

void HttpServer::refuse(Connection *c, int status, const QByteArray &why)
{
    qCInfo(lcHttp).noquote() << "refused" << status << "to" << c->address << ":" << why;
    respond(c, HttpResponse::text(status, why + '\n'), true);
    c->since.start(); // time for the refusal to go out before the connection is dropped
}

void HttpServer::closeStreams(const QString &key)
{
    for (Connection *c : m_connections.values())
        if (c->state == Connection::State::Stream && c->streamKey == key)
            drop(c);
}

int HttpServer::sendEvent(const QString &key, const QByteArray &event, const QByteArray &data)
{
    QByteArray frame = "event: " + event + '\n';
    for (const QByteArray &line : data.split('\n'))
        frame += "data: " + line + '\n';
    frame += '\n';
    int sent = 0;
    for (Connection *c : m_connections.values()) {
        if (c->state != Connection::State::Stream || c->streamKey != key)
            continue;
        if (c->socket->bytesToWrite() > kMaxStreamBacklog) {
            drop(c);
            continue;
        }
        c->socket->write(frame);
        ++sent;
    }
    return sent;
}

void HttpServer::heartbeat()
{
    const bool ping = ++m_ticks % kHeartbeatTicks == 0;
    if (ping) {
        // Buckets that have filled up again are the same as none: forget them, or every phone ever seen stays.
        const qint64 now = m_clock.elapsed();
        const qint64 refill = qint64(m_limits.requestBurst) * 60'000 / std::max(1, m_limits.requestsPerMinute);
        for (auto it = m_buckets.begin(); it != m_buckets.end();)
            it = now - it->at > refill ? m_buckets.erase(it) : std::next(it);
    }
    for (Connection *c : m_connections.values()) {
        switch (c->state) {
        case Connection::State::Requests:
            // A request begun and not finished in time (a slow sender), or a kept-alive link left idle.
            if (!c->parser.hasPartial() && c->since.elapsed() > m_limits.idleTimeoutMs)
                drop(c);
            else if (c->parser.hasPartial() && c->since.elapsed() > m_limits.headerTimeoutMs)
                refuse(c, 408, "The request took too long to arrive.");
            break;
        case Connection::State::Stream:
            if (c->since.elapsed() > kStreamLifetimeMs)
                drop(c); // the page opens a new one by itself
            else if (ping)
                c->socket->write(": ping\n\n");
            break;
        case Connection::State::Closing:
            if (c->since.elapsed() > m_limits.headerTimeoutMs)
                drop(c);
            break;
        }
    }
}

} // namespace qms
