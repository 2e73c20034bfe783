#include "web/httprequestparser.h"

#include <QUrl>

#include <algorithm>
#include <cstring>

namespace qms {

namespace {
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

HttpRequestParser::Outcome HttpRequestParser::refuse(int status, const char *why)
{
    m_buffer.clear();
    m_head = false;
    Outcome o;
    o.kind = Outcome::Kind::Refused;
    o.status = status;
    o.why = why;
    return o;
}

HttpRequestParser::Outcome HttpRequestParser::next()
{
    if (!m_head) {
        const qsizetype lineEnd = m_buffer.indexOf('\n');
        if (lineEnd > m_limits.requestLine || (lineEnd < 0 && m_buffer.size() > m_limits.requestLine))
            return refuse(414, "The address is too long.");
        if (lineEnd < 0)
            return {};
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        const qsizetype maxHead = qsizetype(m_limits.requestLine) + m_limits.headerBytes;
        if (headEnd > maxHead || (headEnd < 0 && m_buffer.size() > maxHead))
            return refuse(431, "The request's headers are too large.");
        if (headEnd < 0)
            return {};

        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        m_buffer.remove(0, headEnd + 4);
        const QList<QByteArray> parts = lines.first().trimmed().split(' ');
        if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.") || !parts[1].startsWith('/'))
            return refuse(400, "This is not an HTTP request.");
        HttpRequest r;
        r.method = parts[0];
        if (r.method != "GET" && r.method != "POST" && r.method != "HEAD")
            return refuse(501, "Only GET and POST are served here.");
        const QByteArray &target = parts[1];
        const qsizetype q = target.indexOf('?');
        const QByteArray rawPath = q < 0 ? target : target.left(q);
        if (rawPath.contains('\0') || rawPath.toLower().contains("%00"))
            return refuse(400, "This is not an address.");
        r.path = QUrl::fromPercentEncoding(rawPath);
        if (q >= 0)
            r.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
        if (lines.size() - 1 > m_limits.headerCount)
            return refuse(431, "The request has too many headers.");
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.left(colon)))
                return refuse(400, "A header is malformed.");
            r.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
        }
        const QByteArray connection = r.header("connection").toLower();
        m_keepAlive = parts[2] == "HTTP/1.0" ? connection == "keep-alive" : connection != "close";
        if (!r.header("transfer-encoding").isEmpty())
            return refuse(501, "Chunked requests are not taken here.");
        // One Content-Length, digits only: a second one, or "+5", is how requests are smuggled past proxies.
        const QByteArray length = r.header("content-length");
        int lengths = 0;
        for (const auto &[k, v] : r.headers)
            lengths += k == "content-length";
        const bool digits = !length.isEmpty() && length.size() <= 9
            && std::all_of(length.cbegin(), length.cend(), [](char c) { return c >= '0' && c <= '9'; });
        if (lengths > 1 || (lengths == 1 && !digits))
            return refuse(400, "Content-Length is not one plain number.");
        m_contentLength = length.isEmpty() ? 0 : length.toLongLong();
        if (m_contentLength > m_limits.body)
            return refuse(413, "The request's body is too large.");
        if (r.method == "POST" && length.isEmpty())
            return refuse(411, "A POST needs a Content-Length.");
        m_request = std::move(r);
        m_head = true;
    }
    if (m_buffer.size() < m_contentLength)
        return {};
    Outcome o;
    o.kind = Outcome::Kind::Request;
    o.request = std::move(m_request);
    o.request.body = m_buffer.left(m_contentLength);
    o.keepAlive = m_keepAlive;
    m_buffer.remove(0, m_contentLength);
    m_request = {};
    m_head = false;
    return o;
}

} // namespace qms
