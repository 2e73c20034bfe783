#include "web/httpserver.h"

#include <QDateTime>
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

const QByteArray kSecurityHeaders
    = "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'\r\n"
      "X-Content-Type-Options: nosniff\r\n"
      "X-Frame-Options: DENY\r\n"
      "Referrer-Policy: same-origin\r\n"
      "Permissions-Policy: camera=(), microphone=(), geolocation=()\r\n"
      "Cache-Control: no-store\r\n";

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 32 || c >= 127 || std::strchr("()<>@,;:\\\"/[]?={}", c))
            return false;
    }
    return true;
}
} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k == name)
            return v;
    return {};
}

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
    QTcpSocket *socket = nullptr;
    QString address;
    QByteArray buffer;
    enum class State { Head, Body, Stream, Closing } state = State::Head;
    HttpRequest request;
    qint64 contentLength = 0;
    bool keepAlive = true;
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
        const QString address = socket->peerAddress().toString();
        if (m_connections.size() >= m_limits.connections
            || m_perAddress.value(address) >= m_limits.connectionsPerAddress) {
            // Nothing is read from it: refusing costs less than a reply.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *c = new Connection;
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

bool HttpServer::takeToken(const QHostAddress &peer)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Bucket &b = m_buckets[peer.toString()];
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
    if (c->state == Connection::State::Stream || c->state == Connection::State::Closing) {
        // A stream is one way; whatever the phone sends is read and thrown away, within reason.
        if (c->socket->bytesAvailable() > m_limits.headerBytes)
            drop(c);
        else
            c->socket->readAll();
        return;
    }
    if (c->buffer.isEmpty())
        c->since.start(); // the request's clock starts with its first byte
    c->buffer += c->socket->readAll();
    process(c);
}

void HttpServer::process(Connection *c)
{
    while (c->state == Connection::State::Head || c->state == Connection::State::Body) {
        if (c->state == Connection::State::Head) {
            const qsizetype lineEnd = c->buffer.indexOf('\n');
            if (lineEnd < 0) {
                if (c->buffer.size() > m_limits.requestLine)
                    return refuse(c, 414, "The address is too long.");
                return;
            }
            if (lineEnd > m_limits.requestLine)
                return refuse(c, 414, "The address is too long.");
            qsizetype headEnd = c->buffer.indexOf("\r\n\r\n");
            qsizetype headLength = headEnd < 0 ? -1 : headEnd + 4;
            if (headEnd < 0) {
                if (c->buffer.size() > m_limits.requestLine + m_limits.headerBytes)
                    return refuse(c, 431, "The request's headers are too large.");
                return;
            }
            if (headEnd > m_limits.requestLine + m_limits.headerBytes)
                return refuse(c, 431, "The request's headers are too large.");

            const QList<QByteArray> lines = c->buffer.left(headEnd).split('\n');
            c->buffer.remove(0, headLength);
            const QList<QByteArray> parts = lines.first().trimmed().split(' ');
            if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.") || !parts[1].startsWith('/'))
                return refuse(c, 400, "This is not an HTTP request.");
            HttpRequest r;
            r.method = parts[0];
            if (r.method != "GET" && r.method != "POST" && r.method != "HEAD")
                return refuse(c, 501, "Only GET and POST are served here.");
            const QByteArray target = parts[1];
            const qsizetype q = target.indexOf('?');
            const QByteArray rawPath = q < 0 ? target : target.left(q);
            if (rawPath.contains('\0') || rawPath.contains("%00"))
                return refuse(c, 400, "This is not an address.");
            r.path = QUrl::fromPercentEncoding(rawPath);
            if (q >= 0)
                r.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
            r.peer = c->socket->peerAddress();
            if (lines.size() - 1 > m_limits.headerCount)
                return refuse(c, 431, "The request has too many headers.");
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0 || !isToken(line.left(colon)))
                    return refuse(c, 400, "A header is malformed.");
                r.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
            }
            const bool http10 = parts[2] == "HTTP/1.0";
            const QByteArray connection = r.header("connection").toLower();
            c->keepAlive = http10 ? connection == "keep-alive" : connection != "close";
            if (!r.header("transfer-encoding").isEmpty())
                return refuse(c, 501, "Chunked requests are not taken here.");
            const QByteArray length = r.header("content-length");
            bool ok = true;
            c->contentLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
            if (!ok || c->contentLength < 0)
                return refuse(c, 400, "Content-Length is not a number.");
            if (c->contentLength > m_limits.body)
                return refuse(c, 413, "The request's body is too large.");
            if (r.method == "POST" && length.isEmpty())
                return refuse(c, 411, "A POST needs a Content-Length.");
            if (!takeToken(r.peer)) {
                qCInfo(lcHttp).noquote() << "too many requests from" << c->address;
                HttpResponse busy = HttpResponse::text(429, "Too many requests; try again in a moment.\n");
                busy.headers.emplaceBack("Retry-After", "10");
                return respond(c, busy, true);
            }
            c->request = std::move(r);
            c->state = Connection::State::Body;
        }
        if (c->buffer.size() < c->contentLength)
            return;
        c->request.body = c->buffer.left(c->contentLength);
        c->buffer.remove(0, c->contentLength);
        c->state = Connection::State::Head;

        HttpResponse response = m_handler(c->request);
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
        const bool head = c->request.method == "HEAD";
        if (head)
            response.body.clear();
        respond(c, response, !c->keepAlive);
        if (c->state != Connection::State::Head)
            return;
        c->since.start();
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
    for (Connection *c : m_connections.values()) {
        switch (c->state) {
        case Connection::State::Head:
            // A request begun and not finished in time (slow headers), or a kept-alive link left idle.
            if (c->since.elapsed() > (c->buffer.isEmpty() ? m_limits.idleTimeoutMs : m_limits.headerTimeoutMs)) {
                if (c->buffer.isEmpty())
                    drop(c);
                else
                    refuse(c, 408, "The request took too long to arrive.");
            }
            break;
        case Connection::State::Body:
            if (c->since.elapsed() > m_limits.headerTimeoutMs)
                refuse(c, 408, "The request took too long to arrive.");
            break;
        case Connection::State::Stream:
            if (ping)
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
