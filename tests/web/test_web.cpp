// The hub's web pages over real TCP, as a phone and as an attacker would use
// them: the ticket page and its live updates, the dossier page, the rating, the
// status API, the friendly 404, and every limit of the HTTP server.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#include "support/hubfixture.h"
#include "web/publicsite.h"

using namespace qms;
using namespace qms::test;

namespace {

struct Reply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closed = false;
    [[nodiscard]] bool hasHeader(const QByteArray &line) const { return head.contains(line); }
    [[nodiscard]] QString text() const { return QString::fromUtf8(body); }
};

/** A phone's connection, speaking HTTP by hand. */
class Phone
{
public:
    explicit Phone(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        REQUIRE(m_socket.waitForConnected(3000));
    }
    void sendRaw(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    Reply get(const QString &path, const QByteArray &extra = {})
    {
        sendRaw("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n");
        return reply();
    }
    Reply post(const QString &path, const QByteArray &form, const QByteArray &extra = {})
    {
        sendRaw("POST " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                "application/x-www-form-urlencoded\r\nContent-Length: "
                + QByteArray::number(form.size()) + "\r\n" + extra + "\r\n" + form);
        return reply();
    }
    /** The next response: its head, and its body by Content-Length (or up to the close). */
    Reply reply(int ms = 5000)
    {
        Reply r;
        waitFor(
            [&] {
                m_buffer += m_socket.readAll();
                const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return m_socket.state() != QAbstractSocket::ConnectedState;
                const QByteArray head = m_buffer.left(end);
                const qsizetype at = head.toLower().indexOf("content-length: ");
                if (at < 0)
                    return m_socket.state() != QAbstractSocket::ConnectedState;
                const qsizetype length = head.mid(at + 16, head.indexOf('\r', at) - at - 16).toLongLong();
                return m_buffer.size() >= end + 4 + length;
            },
            ms);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            r.closed = m_socket.state() != QAbstractSocket::ConnectedState;
            return r;
        }
        r.head = m_buffer.left(end);
        r.status = r.head.mid(9, 3).toInt();
        const qsizetype at = r.head.toLower().indexOf("content-length: ");
        const qsizetype length = at < 0 ? m_buffer.size() - end - 4
                                        : r.head.mid(at + 16, r.head.indexOf('\r', at) - at - 16).toLongLong();
        r.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        r.closed = m_socket.state() != QAbstractSocket::ConnectedState;
        return r;
    }
    /** Whatever arrived so far (an event stream). */
    QByteArray readSome(int ms = 300)
    {
        QTest::qWait(ms);
        m_buffer += m_socket.readAll();
        return std::exchange(m_buffer, {});
    }
    bool waitClosed(int ms = 5000)
    {
        return waitFor(
            [&] {
                m_buffer += m_socket.readAll();
                return m_socket.state() != QAbstractSocket::ConnectedState;
            },
            ms);
    }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

/** A hub with its web site, a kiosk, and counter 1 open with clerk lan. */
struct WebFixture
{
    explicit WebFixture(HttpServer::Limits limits = {})
        : site(*hub.hub, limits)
    {
        REQUIRE(site.listen(QHostAddress::LocalHost, 0));
        kiosk = hub.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
        counter = hub.online(QStringLiteral("counter-1"), DeviceRole::Counter);
        REQUIRE(hub.call(*counter, QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", "1111"}}).ok);
        REQUIRE(hub.call(*counter, QStringLiteral("counter.open")).ok);
    }
    /** A land ticket from the kiosk: {id, label, token}. */
    QJsonObject issue()
    {
        const HubReply r = hub.call(*kiosk, QStringLiteral("ticket.issue"), {{"service", "land"}});
        REQUIRE(r.ok);
        return r.body["ticket"].toObject();
    }
    void act(const char *op, const QJsonObject &ticket)
    {
        REQUIRE(hub.call(*counter, QString::fromLatin1(op), {{"ticket", ticket["id"]}}).ok);
    }
    quint16 port() const { return site.serverPort(); }

    HubFixture hub;
    PublicSite site;
    std::unique_ptr<HubClient> kiosk;
    std::unique_ptr<HubClient> counter;
};

QString tokenOf(const QJsonObject &ticket)
{
    return ticket["token"].toString();
}
} // namespace

TEST_CASE("The ticket's page says where the citizen stands, in Vietnamese or English, and follows the ticket live",
          "[web]")
{
    WebFixture f;
    f.issue();
    const QJsonObject ticket = f.issue();
    const QString page = QStringLiteral("/t/") + tokenOf(ticket);
    Phone phone(f.port());

    const Reply vi = phone.get(page);
    CHECK(vi.status == 200);
    CHECK(vi.hasHeader("Content-Type: text/html; charset=utf-8"));
    CHECK(vi.hasHeader("Content-Security-Policy: default-src 'none'; script-src 'self'"));
    CHECK(vi.hasHeader("X-Content-Type-Options: nosniff"));
    CHECK(vi.text().contains(QStringLiteral("<html lang=\"vi\">")));
    CHECK(vi.text().contains(ticket["label"].toString()));
    CHECK(vi.text().contains(QStringLiteral("Đang chờ")));
    CHECK(vi.text().contains(QStringLiteral("1 người chờ trước Ông/Bà")));
    CHECK_FALSE(vi.text().contains(QStringLiteral("<script>"))); // no inline script: the CSP forbids it

    const Reply en = phone.get(page + QStringLiteral("?lang=en"));
    CHECK(en.text().contains(QStringLiteral("Waiting")));
    CHECK(en.text().contains(QStringLiteral("1 person ahead of you")));
    // Vietnamese first, even on a phone set to English (many are): English is the page's switch.
    const Reply phoneInEnglish = phone.get(page, "Accept-Language: en-GB,en;q=0.9\r\n");
    CHECK(phoneInEnglish.text().contains(QStringLiteral("<html lang=\"vi\">")));

    // The live stream: the state now, then the call as it happens.
    Phone stream(f.port());
    stream.sendRaw("GET " + page.toUtf8() + "/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const QByteArray opening = stream.readSome();
    CHECK(opening.startsWith("HTTP/1.1 200 OK"));
    CHECK(opening.contains("Content-Type: text/event-stream"));
    CHECK(opening.contains("\"state\":\"waiting\""));
    f.hub.call(*f.counter, QStringLiteral("ticket.call_next")); // the first ticket
    f.act("ticket.call", ticket);
    QByteArray called;
    REQUIRE(waitFor([&] {
        called += stream.readSome(50);
        return called.contains("\"state\":\"called\"");
    }));
    CHECK(QString::fromUtf8(called).contains(QStringLiteral("Mời Ông/Bà đến Quầy 1 ngay")));
    // The polled state says the same (for phones whose stream fails).
    const Reply state = phone.get(page + QStringLiteral("/state"));
    CHECK(state.hasHeader("Content-Type: application/json"));
    CHECK(QJsonDocument::fromJson(state.body)["state"].toString() == QStringLiteral("called"));
}

TEST_CASE("A wrong, malformed or yesterday's ticket address gets a friendly page, never an error dump", "[web]")
{
    WebFixture f;
    Phone phone(f.port());
    for (const QString &path : {QStringLiteral("/t/ABCDEFGHJKMNPQRS"), QStringLiteral("/t/%3Cscript%3E"),
                                QStringLiteral("/t/../../etc/passwd"), QStringLiteral("/nowhere"),
                                QStringLiteral("/t/") + QString(60, QLatin1Char('A'))}) {
        INFO(path.toStdString());
        const Reply r = phone.get(path);
        CHECK(r.status == 404);
        CHECK(r.hasHeader("Content-Type: text/html; charset=utf-8"));
        CHECK(r.text().contains(QStringLiteral("Không tìm thấy")));
        CHECK_FALSE(r.text().contains(QStringLiteral("<script>")));
    }
    CHECK(phone.get(QStringLiteral("/t/ABCDEFGHJKMNPQRS/state")).status == 404);
    // The language switch of a page reached as "//elsewhere" stays on this site.
    const Reply offSite = phone.get(QStringLiteral("//evil.example/x"));
    CHECK(offSite.status == 404);
    CHECK(offSite.text().contains(QStringLiteral("href=\"/evil.example/x?lang=en\"")));
    CHECK_FALSE(offSite.text().contains(QStringLiteral("href=\"//")));
    CHECK(phone.get(QStringLiteral("/api/v1/secrets")).status == 404);
    // Only the rating takes a POST.
    const Reply post = phone.post(QStringLiteral("/t/ABCDEFGHJKMNPQRS"), "x=1");
    CHECK(post.status == 405);
    CHECK(post.hasHeader("Allow: GET"));
}

TEST_CASE("A dossier's page shows its status and where to collect it, the applicant's name masked", "[web]")
{
    WebFixture f;
    const QJsonObject ticket = f.issue();
    f.act("ticket.call", ticket);
    f.act("ticket.start", ticket);
    const HubReply received = f.hub.call(*f.counter, QStringLiteral("dossier.receive"),
                                         {{"ticket", ticket["id"]},
                                          {"procedure", "land-first"},
                                          {"applicant", "Nguyễn Thị Lan"},
                                          {"phone", "0912345678"},
                                          {"papers_received", QJsonArray{"Đơn đăng ký", "Bản vẽ thửa đất"}}});
    REQUIRE(received.ok);
    const QString code = received.body["dossier"].toObject()["code"].toString();
    Phone phone(f.port());
    const Reply r = phone.get(QStringLiteral("/d/") + code);
    CHECK(r.status == 200);
    CHECK(r.text().contains(code));
    CHECK(r.text().contains(QStringLiteral("Đã tiếp nhận")));
    CHECK(r.text().contains(QStringLiteral("Cấp GCN lần đầu")));
    CHECK(r.text().contains(QStringLiteral("Quầy trả kết quả")));
    CHECK_FALSE(r.text().contains(QStringLiteral("Nguyễn Thị Lan")));
    CHECK_FALSE(r.text().contains(QStringLiteral("0912345678")));
    const Reply missing = phone.get(QStringLiteral("/d/000.00.12.H57-260101-0099"));
    CHECK(missing.status == 404);
    CHECK(missing.text().contains(QStringLiteral("Không tìm thấy hồ sơ")));
}

TEST_CASE("After the visit the phone rates it once, as the counter's pad would", "[web]")
{
    WebFixture f;
    auto supervisor = f.hub.online(QStringLiteral("supervisor-1"), DeviceRole::Supervisor);
    std::vector<Event> ratings;
    QObject::connect(&supervisor->mirror(), &QueueMirror::eventApplied, [&](const Event &e, qint64) {
        if (e.rating)
            ratings.push_back(e);
    });
    const QJsonObject ticket = f.issue();
    const QString rate = QStringLiteral("/r/") + tokenOf(ticket);
    Phone phone(f.port());
    CHECK(phone.get(rate).status == 409); // not served yet
    f.act("ticket.call", ticket);
    f.act("ticket.start", ticket);
    f.act("ticket.finish", ticket);

    const Reply ticketPage = phone.get(QStringLiteral("/t/") + tokenOf(ticket));
    CHECK(ticketPage.text().contains(QStringLiteral("href=\"") + rate));
    const Reply form = phone.get(rate);
    CHECK(form.status == 200);
    CHECK(form.text().contains(QStringLiteral("Rất hài lòng")));
    CHECK(form.text().contains(QStringLiteral("Chưa hài lòng")));
    // Another site's form cannot answer for the citizen; nor can a form that is not one.
    CHECK(phone.post(rate, "value=unsatisfied", "Origin: http://evil.example\r\n").status == 403);
    CHECK(phone.post(rate, "value=unsatisfied", "Origin: http://127.0.0.1:9999\r\n").status == 403);
    CHECK(phone.post(rate, "value=unsatisfied", "Sec-Fetch-Site: cross-site\r\n").status == 403);
    CHECK(phone.post(rate, "value=maybe").status == 400);

    const Reply done = phone.post(rate, "value=very_satisfied&comment=C%C3%A1n+b%E1%BB%99+nhi%E1%BB%87t+t%C3%ACnh",
                                  "Origin: http://127.0.0.1\r\n");
    CHECK(done.status == 200);
    CHECK(done.text().contains(QStringLiteral("Cảm ơn Ông/Bà đã đánh giá!")));
    REQUIRE(waitFor([&] { return ratings.size() == 1; }));
    const Rating &r = *ratings.front().rating;
    CHECK(r.ticket == ticket["id"].toInteger());
    CHECK(r.value == RatingValue::VerySatisfied);
    CHECK(r.comment == QStringLiteral("Cán bộ nhiệt tình"));
    CHECK(r.channel == QStringLiteral("phone"));
    CHECK(r.counter == 1);
    CHECK(r.clerk == QStringLiteral("lan"));
    // Once only, from the phone or the pad.
    CHECK(phone.post(rate, "value=unsatisfied").text().contains(QStringLiteral("đã được đánh giá")));
    CHECK(f.hub.call(*f.counter, QStringLiteral("rating.submit"), {{"ticket", ticket["id"]}, {"value", "satisfied"}})
              .error.code
          == ErrorCode::WrongState);
    QTest::qWait(100);
    CHECK(ratings.size() == 1);
}

TEST_CASE("The status API gives services, counters and calls as JSON", "[web]")
{
    WebFixture f;
    f.issue();
    const QJsonObject called = f.issue();
    f.act("ticket.call", called);
    Phone portal(f.port());
    const Reply services = portal.get(QStringLiteral("/api/v1/services"));
    CHECK(services.hasHeader("Content-Type: application/json"));
    CHECK(services.hasHeader("Access-Control-Allow-Origin: *"));
    const QJsonArray s = QJsonDocument::fromJson(services.body)["services"].toArray();
    REQUIRE(s.size() == 2);
    CHECK(s[0]["id"].toString() == QStringLiteral("land"));
    CHECK(s[0]["waiting"].toInt() == 1);
    CHECK(s[0]["open_counters"].toInt() == 1);
    CHECK(s[0]["name"]["vi"].toString() == QStringLiteral("Đất đai"));
    const QJsonArray c = QJsonDocument::fromJson(portal.get(QStringLiteral("/api/v1/counters")).body)["counters"].toArray();
    REQUIRE(c.size() == 4);
    CHECK(c[0]["status"].toString() == QStringLiteral("open"));
    CHECK(c[0]["ticket"].toString() == called["label"].toString());
    CHECK(c[0]["ticket_state"].toString() == QStringLiteral("called"));
    CHECK(c[1]["status"].toString() == QStringLiteral("closed"));
    const QJsonArray calls = QJsonDocument::fromJson(portal.get(QStringLiteral("/api/v1/calls")).body)["calls"].toArray();
    REQUIRE(calls.size() == 1);
    CHECK(calls[0]["ticket"].toString() == called["label"].toString());
    CHECK(calls[0]["counter"].toInt() == 1);
    // Nothing is written through the API.
    CHECK(portal.post(QStringLiteral("/api/v1/services"), "waiting=0").status == 405);
}

TEST_CASE("Oversized, malformed and slow requests are refused with their status and the connection closed",
          "[web][hostile]")
{
    HttpServer::Limits limits;
    limits.headerTimeoutMs = 400;
    limits.idleTimeoutMs = 800;
    WebFixture f(limits);
    struct Case
    {
        const char *what;
        QByteArray request;
        int status;
    };
    const std::vector<Case> cases{
        {"a request line of 10 kB", "GET /t/" + QByteArray(10'000, 'A') + " HTTP/1.1\r\n\r\n", 414},
        {"100 kB of headers", "GET / HTTP/1.1\r\n" + QByteArray("X-A: ") + QByteArray(100'000, 'b') + "\r\n\r\n", 431},
        {"too many headers", "GET / HTTP/1.1\r\n" + QByteArray("X-A: b\r\n").repeated(60) + "\r\n", 431},
        {"a body of 1 MB", "POST /r/ABCDEFGHJKMNPQRS HTTP/1.1\r\nContent-Length: 1000000\r\n\r\n", 413},
        {"not HTTP", "HELLO\r\n\r\n", 400},
        {"an absolute URL", "GET http://x/ HTTP/1.1\r\n\r\n", 400},
        {"a NUL in the path", "GET /t/A%00B HTTP/1.1\r\n\r\n", 400},
        {"a broken header", "GET / HTTP/1.1\r\nno colon here\r\n\r\n", 400},
        {"chunked", "POST /r/ABCDEFGHJKMNPQRS HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 501},
        {"another method", "DELETE / HTTP/1.1\r\n\r\n", 501},
        {"a POST without length", "POST /r/ABCDEFGHJKMNPQRS HTTP/1.1\r\n\r\n", 411},
        {"two lengths (smuggling)", "POST /r/ABCDEFGHJKMNPQRS HTTP/1.1\r\nContent-Length: 0\r\nContent-Length: 40\r\n\r\n", 400},
        {"a signed length", "POST /r/ABCDEFGHJKMNPQRS HTTP/1.1\r\nContent-Length: +5\r\n\r\nhello", 400},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        Phone attacker(f.port());
        attacker.sendRaw(c.request);
        const Reply r = attacker.reply();
        CHECK(r.status == c.status);
        CHECK(r.hasHeader("Connection: close"));
        CHECK(attacker.waitClosed());
    }
    // Slow: half a request line, then nothing. Refused when its time is up.
    Phone slow(f.port());
    slow.sendRaw("GET /t/ABC");
    const Reply timedOut = slow.reply(3000);
    CHECK(timedOut.status == 408);
    CHECK(slow.waitClosed());
    // Idle: a kept-alive connection that says nothing more is closed.
    Phone idle(f.port());
    CHECK(idle.get(QStringLiteral("/")).status == 200);
    CHECK(idle.waitClosed(3000));
    // And the hub never noticed: the kiosk is served.
    CHECK(f.hub.call(*f.kiosk, QStringLiteral("ticket.issue"), {{"service", "land"}}).ok);
}

TEST_CASE("Many connections and fast requests from one address are held to their share, and the kiosk is served",
          "[web][hostile]")
{
    HttpServer::Limits limits;
    limits.connectionsPerAddress = 20;
    limits.requestBurst = 30;
    limits.requestsPerMinute = 60;
    limits.streamsPerAddress = 3;
    WebFixture f(limits);

    // 50 connections from one address: 20 are kept, the rest closed at once.
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    for (int i = 0; i < 50; ++i) {
        flood.push_back(std::make_unique<QTcpSocket>());
        flood.back()->connectToHost(QHostAddress::LocalHost, f.port());
    }
    REQUIRE(waitFor([&] { return f.site.server().connectionCount() == 20; }));
    QTest::qWait(200);
    CHECK(f.site.server().connectionCount() == 20);
    CHECK(f.hub.call(*f.kiosk, QStringLiteral("ticket.issue"), {{"service", "land"}}).ok);
    flood.clear();
    REQUIRE(waitFor([&] { return f.site.server().connectionCount() == 0; }));

    // 40 requests at once: the burst is served, then "too many requests", with when to come back.
    Phone greedy(f.port());
    int served = 0, refused = 0;
    for (int i = 0; i < 40; ++i) {
        const Reply r = greedy.get(QStringLiteral("/api/v1/services"));
        if (r.status == 200) {
            ++served;
        } else {
            CHECK(r.status == 429);
            CHECK(r.hasHeader("Retry-After: "));
            ++refused;
            break; // and the connection is closed
        }
    }
    CHECK(served >= 29);
    CHECK(served <= 31);
    CHECK(refused == 1);

    // Live pages: a few per address.
    const QJsonObject ticket = f.issue();
    std::vector<std::unique_ptr<Phone>> pages;
    int streams = 0, busy = 0;
    QTest::qWait(1100); // a token back
    for (int i = 0; i < 5; ++i) {
        pages.push_back(std::make_unique<Phone>(f.port()));
        pages.back()->sendRaw("GET /t/" + tokenOf(ticket).toUtf8() + "/events HTTP/1.1\r\n\r\n");
        const QByteArray got = pages.back()->readSome(150);
        streams += got.contains("text/event-stream");
        busy += got.startsWith("HTTP/1.1 503") || got.startsWith("HTTP/1.1 429");
    }
    CHECK(streams <= 3);
    CHECK(streams + busy == 5);
    CHECK(f.hub.call(*f.kiosk, QStringLiteral("ticket.issue"), {{"service", "land"}}).ok);
}

TEST_CASE("A HEAD asks for a stream and gets only its head", "[web]")
{
    WebFixture f;
    const QJsonObject ticket = f.issue();
    Phone phone(f.port());
    phone.sendRaw("HEAD /t/" + tokenOf(ticket).toUtf8() + "/events HTTP/1.1\r\nHost: x\r\n\r\n");
    const Reply head = phone.reply();
    CHECK(head.status == 200);
    CHECK(head.hasHeader("Content-Length: 0"));
    CHECK(head.body.isEmpty());
    CHECK(f.site.server().streamCount() == 0);
}
