#include <QProcess>
#include <QTcpServer>

#include "support/hubfixture.h"

using namespace qms;
using namespace qms::test;

namespace {
/** A hub in its own process (qms-kiosk --headless), killable with SIGKILL. */
class HubProcess
{
public:
    HubProcess(const QString &db, quint16 port)
        : m_db(db)
        , m_port(port)
    { }
    ~HubProcess() { kill(); }

    void start()
    {
        m_process.setProgram(QStringLiteral(QMS_KIOSK_BINARY));
        m_process.setArguments({QStringLiteral("--headless"), QStringLiteral("--center"), center(),
                                QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(m_port)});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        REQUIRE(m_process.waitForStarted());
        // Ready when it accepts connections.
        REQUIRE(waitFor(
            [&] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, m_port);
                return probe.waitForConnected(100);
            },
            10'000));
    }
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished();
    }
    static QString center() { return sourcePath(QStringLiteral("tests/data/hub-center.json")); }

private:
    QString m_db;
    quint16 m_port;
    QProcess m_process;
};

quint16 freePort()
{
    QTcpServer s;
    REQUIRE(s.listen(QHostAddress::LocalHost, 0));
    return s.serverPort();
}

std::unique_ptr<HubClient> makeClient(quint16 port, const QString &device, DeviceRole role)
{
    HubClient::Options o;
    o.port = port;
    o.role = role;
    o.device = device;
    o.key = HubFixture::keyOf(device);
    o.maxBackoffMs = 300;
    return std::make_unique<HubClient>(o);
}

HubReply callOn(HubClient &c, const QString &op, const QJsonObject &fields = {})
{
    std::optional<HubReply> reply;
    QObject context;
    c.sendJson(op, fields, &context, [&](const HubReply &r) { reply = r; });
    REQUIRE(waitFor([&] { return reply.has_value(); }, 15'000));
    return *reply;
}
} // namespace

TEST_CASE("A display that reconnects after a hub restart ends with the same state, nothing missed or doubled",
          "[hub][resync]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("hub.db"));
    {
        QProcess add;
        add.start(QStringLiteral(QMS_KIOSK_BINARY),
                  {QStringLiteral("--center"), HubProcess::center(), QStringLiteral("--db"), db,
                   QStringLiteral("--add-clerk"), QStringLiteral("lan")});
        add.write("1111\n");
        add.closeWriteChannel();
        REQUIRE(add.waitForFinished());
        REQUIRE(add.exitCode() == 0);
    }
    const quint16 port = freePort();
    HubProcess hub(db, port);
    hub.start();

    auto display = makeClient(port, QStringLiteral("display-1"), DeviceRole::Display);
    std::vector<qint64> seen;
    QStringList syncs;
    QObject::connect(&display->mirror(), &QueueMirror::eventApplied,
                     [&](const Event &, qint64 seq) { seen.push_back(seq); });
    QObject::connect(display.get(), &HubClient::synchronized, [&](const QString &how) { syncs << how; });
    display->start();
    REQUIRE(waitFor([&] { return display->isOnline(); }));
    const qint64 firstSeq = display->mirror().lastSeq();

    auto kiosk = makeClient(port, QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    auto counter = makeClient(port, QStringLiteral("counter-1"), DeviceRole::Counter);
    kiosk->start();
    counter->start();
    REQUIRE(waitFor([&] { return kiosk->isOnline() && counter->isOnline(); }));
    REQUIRE(callOn(*counter, QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", "1111"}}).ok);
    REQUIRE(callOn(*counter, QStringLiteral("counter.open")).ok);
    QStringList acknowledged;
    for (int i = 0; i < 10; ++i) {
        const HubReply r = callOn(*kiosk, QStringLiteral("ticket.issue"), {{"service", i % 3 ? "land" : "justice"}});
        REQUIRE(r.ok);
        acknowledged << r.body["ticket"].toObject()["label"].toString();
    }
    const HubReply called = callOn(*counter, QStringLiteral("ticket.call_next"));
    REQUIRE(called.ok);
    REQUIRE(waitFor([&] { return display->mirror().lastSeq() == called.body["seq"].toInteger(); }));

    // The display looks away; the hub dies mid-work and comes back; work goes on.
    display->stop();
    REQUIRE(waitFor([&] { return !display->isOnline(); }));
    hub.kill();
    REQUIRE(waitFor([&] { return !kiosk->isOnline(); }));
    const HubReply whileDown = callOn(*kiosk, QStringLiteral("ticket.issue"), {{"service", "land"}});
    CHECK(whileDown.error.code == ErrorCode::Offline);
    hub.start();
    REQUIRE(waitFor([&] { return kiosk->isOnline() && counter->isOnline(); }, 10'000));
    // The counter's clerk must log in again: a new hub process knows no sessions.
    CHECK(callOn(*counter, QStringLiteral("ticket.call_next")).error.code == ErrorCode::NotLoggedIn);
    REQUIRE(callOn(*counter, QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", "1111"}}).ok);
    for (int i = 0; i < 6; ++i) {
        const HubReply r = callOn(*kiosk, QStringLiteral("ticket.issue"),
                                  {{"service", "land"}, {"priority", i == 2 ? "elderly" : ""}});
        REQUIRE(r.ok);
        acknowledged << r.body["ticket"].toObject()["label"].toString();
    }
    REQUIRE(callOn(*counter, QStringLiteral("ticket.call_next")).ok);

    display->start();
    REQUIRE(waitFor([&] { return display->isOnline(); }, 10'000));
    auto witness = makeClient(port, QStringLiteral("display-2"), DeviceRole::Display);
    witness->start();
    REQUIRE(waitFor([&] { return witness->isOnline(); }));
    REQUIRE(waitFor([&] { return display->mirror().lastSeq() == witness->mirror().lastSeq(); }));

    CHECK(syncs == QStringList{"snapshot", "replay"});
    // Every seq exactly once, in order, from the first snapshot to now.
    REQUIRE_FALSE(seen.empty());
    CHECK(seen.front() == firstSeq + 1);
    bool consecutive = true;
    for (size_t i = 1; i < seen.size(); ++i)
        consecutive = consecutive && seen[i] == seen[i - 1] + 1;
    CHECK(consecutive);
    CHECK(seen.back() == witness->mirror().lastSeq());
    // The same queue as a display that just arrived.
    CHECK(display->mirror().engine().tickets() == witness->mirror().engine().tickets());
    CHECK(display->mirror().engine().counters() == witness->mirror().engine().counters());
    for (const QString &label : acknowledged)
        CHECK(display->mirror().engine().ticketByLabel(label) != nullptr);
}
