#pragma once

#include <QByteArray>
#include <QHash>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTimer>

#include <functional>

#include "web/httprequestparser.h"

class QTcpServer;
class QTcpSocket;

namespace qms {

/** What a handler answers. `eventStream`: keep the connection as a Server-Sent Events stream. */
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool eventStream = false;
    QString streamKey; ///< with eventStream: what HttpServer::sendEvent() addresses

    static HttpResponse html(QByteArray body, int status = 200);
    static HttpResponse json(QByteArray body, int status = 200);
    static HttpResponse text(int status, const QByteArray &body);
};

/**
 * A small HTTP/1.1 server for the citizens' phones and the status API, on the
 * hub's thread. Written here rather than taken from Qt HTTP Server, which in Qt
 * 6.4 has no limits at all (request line, headers and body are buffered without
 * bound, no timeouts, no connection cap) and no way to stream a response (SSE).
 *
 * What it takes: GET and POST, Content-Length bodies (no chunked uploads),
 * keep-alive, one request at a time per connection. What it refuses, with the
 * status and a closed connection: a request line over the limit (414), headers
 * over the limit (431), a body over the limit (413), anything malformed (400),
 * a client too slow to send its headers (408), too many requests from one
 * address (429, with Retry-After), too many connections (from one address, or
 * in all: the newcomer is closed at once). Every response carries the usual
 * security headers (Content-Security-Policy without inline script, nosniff, no
 * framing, no referrer) and Cache-Control: no-store.
 *
 * Event streams (text/event-stream) stay open: sendEvent() writes to every
 * stream opened with that key, a comment line every 20 s keeps proxies and
 * phones from dropping them, and they count against their own caps.
 */
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Limits = HttpLimits;

    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    HttpServer(Handler handler, Limits limits, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 serverPort() const;
    [[nodiscard]] QString errorString() const;
    void close();

    /** Writes one event to every stream opened with `key`; returns how many got it. */
    int sendEvent(const QString &key, const QByteArray &event, const QByteArray &data);
    [[nodiscard]] QList<QString> streamKeys() const;
    /** Ends the streams opened with `key` (their ticket is gone): the page polls and learns it. */
    void closeStreams(const QString &key);
    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }
    [[nodiscard]] int streamCount() const;

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *c);
    void process(Connection *c);
    void respond(Connection *c, const HttpResponse &response, bool close);
    void refuse(Connection *c, int status, const QByteArray &why);
    void drop(Connection *c);
    bool takeToken(const QString &who);
    /** Whom the caps and the rate limit count: the address, or an IPv6 address's /64 (one household's). */
    [[nodiscard]] static QString clientKey(const QHostAddress &peer);
    void heartbeat();

    Handler m_handler;
    Limits m_limits;
    QTcpServer *m_server;
    QHash<QTcpSocket *, Connection *> m_connections;
    QHash<QString, int> m_perAddress; ///< open connections by peer address
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock; ///< monotonic: a clock stepped back must not lock everyone out
    QTimer m_heartbeat;
    int m_ticks = 0;
};

/** The reason phrase of a status ("Not Found"). */
[[nodiscard]] QByteArray httpReason(int status);

} // namespace qms
