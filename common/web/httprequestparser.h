#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace qms {

/** One HTTP request, as the parser read it: GET, HEAD or POST, a path, a query, headers, a small body. */
struct HttpRequest
{
    QByteArray method;
    QString path; ///< percent-decoded
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names lower-cased
    QByteArray body;
    QHostAddress peer;

    /** The first header of that (lower-case) name, or empty. */
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

/** What the phone pages' server accepts; beyond it a request is refused (see HttpServer). */
struct HttpLimits
{
    int requestLine = 2048;
    int headerBytes = 8192;
    int headerCount = 40;
    int body = 4096;
    int headerTimeoutMs = 10'000; ///< from the first byte of a request to its last
    int idleTimeoutMs = 30'000;   ///< a kept-alive connection with nothing to say
    int connections = 512;
    int connectionsPerAddress = 32;
    int streams = 400;
    int streamsPerAddress = 8;
    int requestBurst = 60;       ///< requests one address may make at once…
    int requestsPerMinute = 240; ///< …and then this many a minute
};

/**
 * Reads HTTP/1.x requests out of the bytes of one connection, within the
 * limits, without ever holding more than a request's worth. Pure: no sockets,
 * so the fuzzer (tests/fuzz/fuzz_http) reaches all of it.
 */
class HttpRequestParser
{
public:
    struct Outcome
    {
        enum class Kind { NeedMore, Request, Refused } kind = Kind::NeedMore;
        HttpRequest request;   ///< with Request
        bool keepAlive = true; ///< with Request: whether the connection may carry another
        int status = 0;        ///< with Refused: 400, 411, 413, 414, 431 or 501
        QByteArray why;        ///< with Refused: for the answer and the log
    };

    explicit HttpRequestParser(const HttpLimits &limits)
        : m_limits(limits)
    { }

    void feed(const QByteArray &bytes) { m_buffer += bytes; }
    /** The next whole request, or that more bytes are needed, or why the connection must be refused. */
    Outcome next();
    /** Part of a request has arrived (its clock is running). */
    [[nodiscard]] bool hasPartial() const { return !m_buffer.isEmpty() || m_head; }

private:
    Outcome refuse(int status, const char *why);

    HttpLimits m_limits;
    QByteArray m_buffer;
    bool m_head = false; ///< the head of m_request is read; its body is awaited
    HttpRequest m_request;
    bool m_keepAlive = true;
    qint64 m_contentLength = 0;
};

} // namespace qms
