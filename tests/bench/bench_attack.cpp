// Attacks on a real headless hub process, as they were tried by hand (issue 9),
// with the figures a defender wants. Not a CI gate; run it and read it.
//   build-ci/tests/bench/bench_attack [pins|silent|displays|http]...   (default: all four)
//
//  pins      40 logins for one clerk sent at once on 40 connections, the right PIN
//            last: is the right PIN accepted while the clerk is locked out?
//  silent    2000 connections that never say hello, from 200 addresses, kept up for
//            5 s, while a kiosk connects and issues a ticket every 100 ms: how many of
//            the kiosk's attempts are served, and how fast?
//  displays  2000 hellos with the lobby display's key (printed on every lobby screen),
//            never reading, while a kiosk issues a ticket every 100 ms: sessions
//            accepted, the kiosk's latency, the hub's memory during and after.
//  http      the phone pages attacked for 10 s from 40 addresses: 400 slow connections
//            (a byte a second), requests with 100 kB headers, and keep-alive floods of
//            page and API requests, while a kiosk issues and a counter calls every
//            100 ms: their latency before and during the attack.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <functional>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

namespace {
const QString kioskKey = QStringLiteral("sample-kiosk-1-change-me");
const QString displayKey = QStringLiteral("sample-display-lobby-change-me");

void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

template <typename Pred>
bool spinUntil(Pred pred, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p / 100.0 * double(v.size())))];
}

/** A peer speaking JSON lines by hand. */
class Peer
{
public:
    explicit Peer(quint16 port, const QString &from = {})
    {
        if (!from.isEmpty())
            m_socket.bind(QHostAddress(from));
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool connected(int ms = 3000) { return m_socket.waitForConnected(ms); }
    void send(const QJsonObject &o)
    {
        m_socket.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        m_socket.flush();
    }
    /** The next reply (skipping events), or an empty object. */
    QJsonObject reply(int ms = 5000)
    {
        QJsonObject out;
        spinUntil(
            [&] {
                m_buffer += m_socket.readAll();
                for (qsizetype nl; (nl = m_buffer.indexOf('\n')) >= 0;) {
                    const QJsonObject o = QJsonDocument::fromJson(m_buffer.left(nl)).object();
                    m_buffer.remove(0, nl + 1);
                    if (!o.contains(QLatin1String("event"))) {
                        out = o;
                        return true;
                    }
                }
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            ms);
        return out;
    }
    QJsonObject hello(const QString &role, const QString &device, const QString &key)
    {
        send({{"id", 0}, {"op", "hello"}, {"proto", 1}, {"role", role}, {"device", device}, {"key", key}});
        return reply();
    }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QString code(const QJsonObject &reply)
{
    return reply.value("ok").toBool() ? QStringLiteral("ok")
                                      : reply.value("error").toObject().value("code").toString(QStringLiteral("none"));
}

/** A headless hub process over the sample center, with clerk "lan" (PIN 1111). */
class HubProcess
{
public:
    explicit HubProcess(quint16 httpPort = 0)
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
        probe.close();
        const QString db = m_dir.filePath(QStringLiteral("attack.db"));
        const QStringList common{QStringLiteral("--center"),
                                 QStringLiteral(QMS_SOURCE_DIR "/resources/centers/sample-center.json"),
                                 QStringLiteral("--db"), db, QStringLiteral("--ignore-hours")};
        QProcess add;
        add.start(QStringLiteral(QMS_KIOSK_BINARY),
                  common + QStringList{QStringLiteral("--add-clerk"), QStringLiteral("lan")});
        add.write("1111\n");
        add.closeWriteChannel();
        add.waitForFinished(60'000);
        m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("hub.log")));
        m_process.start(QStringLiteral(QMS_KIOSK_BINARY),
                        common
                            + QStringList{QStringLiteral("--headless"), QStringLiteral("--listen"),
                                          QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--http"),
                                          httpPort ? QStringLiteral("0.0.0.0:%1").arg(httpPort)
                                                   : QStringLiteral("off")});
        if (!spinUntil(
                [&] {
                    QTcpSocket s;
                    s.connectToHost(QHostAddress::LocalHost, port);
                    return s.waitForConnected(100);
                },
                20'000))
            qFatal("the hub did not start");
    }
    ~HubProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(10'000);
    }
    /** Resident memory of the hub process, in MiB. */
    double rssMiB() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        status.open(QIODevice::ReadOnly);
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        return 0;
    }
    quint16 port = 0;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

/** A kiosk that connects afresh and issues one ticket; the time from connect to the answer, or -1. */
double kioskRound(quint16 port, QString *outcome)
{
    QElapsedTimer t;
    t.start();
    Peer kiosk(port);
    if (!kiosk.connected()) {
        *outcome = QStringLiteral("no connection");
        return -1;
    }
    const QJsonObject hello = kiosk.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), kioskKey);
    if (!hello.value("ok").toBool()) {
        *outcome = QStringLiteral("hello: ") + code(hello);
        return -1;
    }
    kiosk.send({{"id", 1}, {"op", "ticket.issue"}, {"service", "justice"}});
    const QJsonObject issued = kiosk.reply();
    *outcome = code(issued);
    return issued.value("ok").toBool() ? double(t.nsecsElapsed()) / 1e6 : -1;
}

void pins()
{
    HubProcess hub;
    constexpr int attempts = 40;
    std::vector<std::unique_ptr<Peer>> peers;
    for (int i = 0; i < attempts; ++i) {
        auto p = std::make_unique<Peer>(hub.port);
        const int counter = i % 8 + 1;
        if (!p->connected())
            continue;
        const QJsonObject hello = p->hello(QStringLiteral("counter"), QStringLiteral("counter-%1").arg(counter),
                                           QStringLiteral("sample-counter-%1-change-me").arg(counter));
        if (hello.value("ok").toBool())
            peers.push_back(std::move(p));
    }
    // All at once: 39 wrong guesses, the right PIN last.
    for (size_t i = 0; i < peers.size(); ++i) {
        const QString pin = i + 1 == peers.size() ? QStringLiteral("1111") : QStringLiteral("%1").arg(2000 + int(i));
        peers[i]->send({{"id", 1}, {"op", "clerk.login"}, {"user", "lan"}, {"pin", pin}});
    }
    QMap<QString, int> outcomes;
    QString rightPin;
    for (size_t i = 0; i < peers.size(); ++i) {
        const QString c = code(peers[i]->reply(30'000));
        outcomes[c] += 1;
        if (i + 1 == peers.size())
            rightPin = c;
    }
    std::printf("pins: %d logins on %zu connections (%d refused a hello)\n", attempts, peers.size(),
                attempts - int(peers.size()));
    for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
        std::printf("  %-14s %d\n", qPrintable(it.key()), it.value());
    std::printf("  the right PIN, sent last: %s%s\n", qPrintable(rightPin),
                rightPin == QLatin1String("ok") ? "  <- accepted while the clerk was locked out" : "");
}

void silent()
{
    HubProcess hub;
    constexpr int total = 2000;
    constexpr int addresses = 200;
    std::vector<std::unique_ptr<Peer>> attackers;
    QElapsedTimer run;
    run.start();
    int kept = 0;
    const auto topUp = [&] {
        // The attacker keeps every slot it can: closed connections are opened again.
        std::erase_if(attackers,
                      [](const auto &p) { return p->socket().state() == QAbstractSocket::UnconnectedState; });
        while (int(attackers.size()) < total) {
            const int n = kept++;
            attackers.push_back(std::make_unique<Peer>(
                hub.port, QStringLiteral("127.0.%1.%2").arg(1 + n % addresses / 250).arg(2 + n % addresses % 250)));
        }
    };
    topUp();
    spin(500);
    std::vector<double> latencies;
    QMap<QString, int> outcomes;
    while (run.elapsed() < 5500) {
        topUp();
        QString outcome;
        const double ms = kioskRound(hub.port, &outcome);
        outcomes[outcome] += 1;
        if (ms >= 0)
            latencies.push_back(ms);
        spin(100);
    }
    std::printf("silent: %d connections without hello from %d addresses, reopened as they are closed (%d opened)\n",
                total, addresses, kept);
    std::printf("  a new kiosk every 100 ms, connect + hello + ticket.issue:\n");
    for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
        std::printf("    %-22s %d\n", qPrintable(it.key()), it.value());
    std::printf("    served in p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", percentile(latencies, 50),
                percentile(latencies, 99),
                latencies.empty() ? 0.0 : *std::max_element(latencies.begin(), latencies.end()));
}

void displays()
{
    HubProcess hub;
    // Some history, so each snapshot has something in it.
    Peer kiosk(hub.port);
    kiosk.connected();
    kiosk.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), kioskKey);
    for (int i = 0; i < 300; ++i) {
        kiosk.send({{"id", i + 1}, {"op", "ticket.issue"}, {"service", i % 2 ? "land" : "justice"}});
        kiosk.reply();
    }
    const double rssBefore = hub.rssMiB();
    constexpr int total = 2000;
    std::vector<std::unique_ptr<Peer>> flood;
    const QByteArray hello = QJsonDocument(QJsonObject{{"id", 0},
                                                       {"op", "hello"},
                                                       {"proto", 1},
                                                       {"role", "display"},
                                                       {"device", "display-lobby"},
                                                       {"key", displayKey}})
                                 .toJson(QJsonDocument::Compact)
        + '\n';
    for (int i = 0; i < total; ++i) {
        auto p = std::make_unique<Peer>(hub.port, QStringLiteral("127.0.%1.%2").arg(2 + i / 250).arg(2 + i % 250));
        p->socket().setReadBufferSize(1); // never reads what it is sent
        // Hello as soon as connected, as a screen would.
        QTcpSocket *s = &p->socket();
        QObject::connect(s, &QTcpSocket::connected, s, [s, hello] { s->write(hello); });
        flood.push_back(std::move(p));
        if (i % 100 == 99)
            spin(20);
    }
    // Meanwhile a kiosk keeps issuing.
    std::vector<double> latencies;
    double peak = rssBefore;
    QElapsedTimer run;
    run.start();
    int issued = 0;
    while (run.elapsed() < 5000) {
        QElapsedTimer t;
        t.start();
        kiosk.send({{"id", 1000 + issued}, {"op", "ticket.issue"}, {"service", "justice"}});
        if (kiosk.reply().value("ok").toBool())
            latencies.push_back(double(t.nsecsElapsed()) / 1e6);
        ++issued;
        peak = std::max(peak, hub.rssMiB());
        spin(100);
    }
    // How many the hub kept: ask it.
    Peer supervisor(hub.port);
    supervisor.connected();
    int sessions = -1;
    int displaySessions = 0;
    if (supervisor
            .hello(QStringLiteral("supervisor"), QStringLiteral("supervisor-1"),
                   QStringLiteral("sample-supervisor-1-change-me"))
            .value("ok")
            .toBool()) {
        supervisor.send({{"id", 1}, {"op", "devices"}});
        const QJsonObject devices = supervisor.reply();
        sessions = int(devices.value("devices").toArray().size());
        for (const QJsonValue d : devices.value("devices").toArray())
            displaySessions += d.toObject().value("role").toString() == QLatin1String("display");
    }
    flood.clear();
    spin(3000);
    const double rssAfter = hub.rssMiB();
    std::printf("displays: %d hellos with the lobby display's key, none reading\n", total);
    std::printf("  display sessions the hub kept: %d (of %d sessions)\n", displaySessions, sessions);
    std::printf("  kiosk ticket.issue during the flood: %zu of %d answered, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                latencies.size(), issued, percentile(latencies, 50), percentile(latencies, 99),
                latencies.empty() ? 0.0 : *std::max_element(latencies.begin(), latencies.end()));
    std::printf("  hub memory: %.0f MiB before, %.0f MiB at the peak, %.0f MiB 3 s after the flood left\n", rssBefore,
                peak, rssAfter);
}
void http()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 web = probe.serverPort();
    probe.close();
    HubProcess hub(web);
    Peer kiosk(hub.port);
    kiosk.connected();
    kiosk.hello(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"), kioskKey);
    Peer counter(hub.port);
    counter.connected();
    counter.hello(QStringLiteral("counter"), QStringLiteral("counter-3"), QStringLiteral("sample-counter-3-change-me"));
    counter.send({{"id", 1}, {"op", "clerk.login"}, {"user", "lan"}, {"pin", "1111"}});
    counter.reply(15'000);
    counter.send({{"id", 2}, {"op", "counter.open"}});
    counter.reply();
    int next = 10;
    // One kiosk issue and one counter call (then finish), timed; the time of each.
    auto round = [&](std::vector<double> &issue, std::vector<double> &call) {
        QElapsedTimer t;
        t.start();
        kiosk.send({{"id", ++next}, {"op", "ticket.issue"}, {"service", "justice"}});
        if (kiosk.reply().value("ok").toBool())
            issue.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        counter.send({{"id", ++next}, {"op", "ticket.call_next"}});
        const QJsonObject called = counter.reply();
        if (called.value("ok").toBool()) {
            call.push_back(double(t.nsecsElapsed()) / 1e6);
            const qint64 id = called.value("ticket").toObject().value("id").toInteger();
            counter.send({{"id", ++next}, {"op", "ticket.start"}, {"ticket", id}});
            counter.reply();
            counter.send({{"id", ++next}, {"op", "ticket.finish"}, {"ticket", id}});
            counter.reply();
        }
    };
    std::vector<double> quietIssue, quietCall, issue, call;
    QElapsedTimer run;
    run.start();
    while (run.elapsed() < 3000) {
        round(quietIssue, quietCall);
        spin(100);
    }

    // The attack.
    std::vector<std::unique_ptr<QTcpSocket>> slow, heavy, flood;
    int floodResponses = 0, refused = 0;
    auto address = [](int i) { return QHostAddress(QStringLiteral("127.0.%1.%2").arg(10 + i / 200).arg(2 + i % 200)); };
    for (int i = 0; i < 400; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->bind(address(i % 40));
        s->connectToHost(QHostAddress::LocalHost, web);
        slow.push_back(std::move(s));
    }
    const QByteArray pageRequests = QByteArray("GET /api/v1/services HTTP/1.1\r\nHost: x\r\n\r\n"
                                               "GET /t/ABCDEFGHJKMNPQRS HTTP/1.1\r\nHost: x\r\n\r\n"
                                               "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                                        .repeated(10);
    std::function<void(int)> openFlood = [&](int i) {
        auto s = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = s.get();
        raw->bind(address(i % 40));
        QObject::connect(raw, &QTcpSocket::connected, raw, [raw, &pageRequests] { raw->write(pageRequests); });
        QObject::connect(raw, &QTcpSocket::readyRead, raw, [raw, &pageRequests, &floodResponses, &refused] {
            const QByteArray got = raw->readAll();
            floodResponses += int(got.count("HTTP/1.1 "));
            refused += int(got.count("HTTP/1.1 429"));
            if (raw->bytesToWrite() == 0)
                raw->write(pageRequests);
        });
        raw->connectToHost(QHostAddress::LocalHost, web);
        flood.push_back(std::move(s));
    };
    for (int i = 0; i < 40; ++i)
        openFlood(i);
    run.restart();
    int sinceSlow = 0;
    while (run.elapsed() < 10'000) {
        round(issue, call);
        if (++sinceSlow == 10) { // a byte a second on every slow connection, and 20 heavy requests
            sinceSlow = 0;
            for (auto &s : slow)
                s->write("G");
            for (int i = 0; i < 20; ++i) {
                auto s = std::make_unique<QTcpSocket>();
                QTcpSocket *raw = s.get();
                raw->bind(address(i));
                QObject::connect(raw, &QTcpSocket::connected, raw, [raw] {
                    raw->write("GET / HTTP/1.1\r\nX-Big: " + QByteArray(100'000, 'x') + "\r\n\r\n");
                });
                raw->connectToHost(QHostAddress::LocalHost, web);
                heavy.push_back(std::move(s));
            }
            // Connections the hub closed (rate limit) come back.
            for (int i = 0; i < int(flood.size()); ++i)
                if (flood[size_t(i)]->state() == QAbstractSocket::UnconnectedState) {
                    flood[size_t(i)].release()->deleteLater();
                    flood.erase(flood.begin() + i);
                    openFlood(i);
                    --i;
                }
        }
        spin(100);
    }
    std::printf("http: 10 s from 40 addresses: 400 slow connections, 400 requests with 100 kB headers, keep-alive "
                "floods (%d responses, %d of them 429)\n",
                floodResponses, refused);
    auto line = [](const char *what, const std::vector<double> &v) {
        std::printf("  %-34s n=%3zu  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms\n", what, v.size(), percentile(v, 50),
                    percentile(v, 99), v.empty() ? 0.0 : *std::max_element(v.begin(), v.end()));
    };
    line("kiosk ticket.issue, quiet:", quietIssue);
    line("kiosk ticket.issue, under attack:", issue);
    line("counter ticket.call_next, quiet:", quietCall);
    line("counter ticket.call_next, under attack:", call);
    std::printf("  hub memory at the end: %.0f MiB\n", hub.rssMiB());
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);
    QStringList which = app.arguments().mid(1);
    if (which.isEmpty())
        which = {QStringLiteral("pins"), QStringLiteral("silent"), QStringLiteral("displays"), QStringLiteral("http")};
    for (const QString &w : which) {
        if (w == QLatin1String("pins"))
            pins();
        else if (w == QLatin1String("silent"))
            silent();
        else if (w == QLatin1String("displays"))
            displays();
        else if (w == QLatin1String("http"))
            http();
        std::fflush(stdout);
    }
    return 0;
}
