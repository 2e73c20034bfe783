// Hub benchmark (not a CI gate): 100 counters and 50 displays on loopback.
//  - latency from a counter's call-next to the event reaching every display (p50/p99)
//  - durable tickets per second with many kiosks issuing at once (group commit)
// next to the machine's floor measured in the same run: one fsync'd SQLite commit
// (WAL, synchronous=FULL) and one loopback TCP round trip.
//   build/tests/bench/bench_hub [calls=1000] [seconds=5]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <arpa/inet.h>
#include <cstdio>
#include <cstdlib>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sqlite3.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#include "config/centerconfigloader.h"
#include "hub/hub.h"
#include "protocol/protocol.h"
#include "store/sqliteclerkstore.h"
#include "store/sqliteeventstore.h"

using namespace qms;

namespace {
const int counters = qEnvironmentVariableIntValue("BENCH_COUNTERS") ? qEnvironmentVariableIntValue("BENCH_COUNTERS")
                                                                    : 100;
const int displays = qEnvironmentVariableIntValue("BENCH_DISPLAYS") ? qEnvironmentVariableIntValue("BENCH_DISPLAYS")
                                                                    : 50;
constexpr int kiosks = 20;

qint64 nowNs()
{
    static QElapsedTimer t = [] {
        QElapsedTimer e;
        e.start();
        return e;
    }();
    return t.nsecsElapsed();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p / 100.0 * double(v.size())))];
}

QByteArray centerJson()
{
    QJsonArray cs, devices;
    for (int i = 1; i <= counters; ++i) {
        cs.append(QJsonObject{{"number", i}, {"services", QJsonArray{"svc"}}});
        devices.append(QJsonObject{{"id", QStringLiteral("counter-%1").arg(i)},
                                   {"role", "counter"},
                                   {"counter", i},
                                   {"key", QStringLiteral("counter-key-%1-xxxxxxxx").arg(i)}});
    }
    for (int i = 1; i <= displays; ++i)
        devices.append(QJsonObject{{"id", QStringLiteral("display-%1").arg(i)},
                                   {"role", "display"},
                                   {"key", QStringLiteral("display-key-%1-xxxxxxxx").arg(i)}});
    for (int i = 1; i <= kiosks; ++i)
        devices.append(QJsonObject{{"id", QStringLiteral("kiosk-%1").arg(i)},
                                   {"role", "kiosk"},
                                   {"key", QStringLiteral("kiosk-key-%1-xxxxxxxx").arg(i)}});
    const QJsonObject root{
        {"id", "bench"},
        {"name", QJsonObject{{"vi", "Bench"}}},
        {"services",
         QJsonArray{
             QJsonObject{{"id", "svc"}, {"name", QJsonObject{{"vi", "Dịch vụ"}}}, {"block", QJsonArray{1, 999999}}}}},
        {"counters", cs},
        {"devices", devices}};
    return QJsonDocument(root).toJson();
}

/** The hub on its own thread, as it would be in its own process. */
class HubThread : public QThread
{
public:
    HubThread(QString dir, int maxBatch)
        : m_dir(std::move(dir))
        , m_maxBatch(maxBatch)
    { }
    quint16 port = 0;
    QAtomicInteger<qint64> commits = 0;

protected:
    void run() override
    {
        auto config = CenterConfigLoader::fromJson(centerJson());
        auto store = SqliteEventStore::open(m_dir + QStringLiteral("/bench.db"));
        if (!config || !store)
            qFatal("bench setup failed");
        SqliteClerkStore clerks(store.value()->db());
        Hub hub(config.value(), *store.value(), clerks);
        hub.setMaxBatch(m_maxBatch);
        // Every client here comes from 127.0.0.1 at once, which the per-address cap on
        // connections that have not said hello yet (a defence for real centers) would
        // take for a flood: the bench's own displays and counters were refused and it
        // waited for them for ever.
        hub.setMaxPending(4096, 4096);
        hub.clerks().setIterations(1000); // 100 logins should not take the whole run
        for (int i = 1; i <= counters; ++i)
            (void)hub.clerks().addClerkNow(
                Clerk{QStringLiteral("clerk%1").arg(i), QStringLiteral("C"), ClerkRole::Clerk}, QStringLiteral("1111"));
        if (!hub.start() || !hub.listen(QHostAddress::LocalHost, 0))
            qFatal("bench hub did not start");
        QObject::connect(&hub, &Hub::committed, &hub, [&] { commits = hub.queue().commitCount(); });
        port = hub.serverPort();
        exec();
        hub.shutdown();
    }

private:
    QString m_dir;
    int m_maxBatch;
};

/** The seq of an event line, found without parsing it (0 for a reply). */
qint64 eventSeq(const QByteArray &line)
{
    if (!line.contains("\"event\":\""))
        return 0;
    const qsizetype at = line.indexOf("\"seq\":");
    return at < 0 ? 0 : std::strtoll(line.constData() + at + 6, nullptr, 10);
}

/**
 * A bare client: hello, then replies to `onMessage` and events to `onEvent`.
 * Events are not parsed, so the benchmark measures the hub, not its own JSON
 * parsing of 170 connections' worth of lines on the same two cores.
 */
class Peer : public QObject
{
public:
    std::function<void(const QJsonObject &)> onMessage;
    std::function<void(qint64 seq)> onEvent;

    Peer(quint16 port, const QString &role, const QString &device, const QString &key)
    {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_buffer += m_socket.readAll();
            qsizetype nl;
            while ((nl = m_buffer.indexOf('\n')) >= 0) {
                const QByteArray line = m_buffer.left(nl);
                m_buffer.remove(0, nl + 1);
                if (const qint64 seq = eventSeq(line)) {
                    if (onEvent)
                        onEvent(seq);
                } else if (onMessage) {
                    onMessage(QJsonDocument::fromJson(line).object());
                }
            }
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
        send(QJsonObject{{"id", 0}, {"op", "hello"}, {"proto", 1}, {"role", role}, {"device", device}, {"key", key}});
    }
    void send(const QJsonObject &o)
    {
        m_socket.write(protocol::encode(o) + '\n');
        m_socket.flush(); // now, not on the next loop turn: the clock is running
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

void spinUntil(const std::function<bool()> &done, int ms = 60'000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

/** One fsync'd commit of one row, the durability floor. */
std::vector<double> fsyncLoop(const QString &dir, int n)
{
    sqlite3 *db = nullptr;
    sqlite3_open((dir + QStringLiteral("/fsync.db")).toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE t(x INTEGER);", nullptr, nullptr,
                 nullptr);
    std::vector<double> ms;
    for (int i = 0; i < n; ++i) {
        const qint64 t0 = nowNs();
        sqlite3_exec(db, "INSERT INTO t VALUES (1)", nullptr, nullptr, nullptr);
        ms.push_back(double(nowNs() - t0) / 1e6);
    }
    sqlite3_close(db);
    return ms;
}

/** Loopback TCP round trips of one byte against an echo thread. */
std::vector<double> loopbackRtt(int n)
{
    const int server = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(server, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(server, reinterpret_cast<sockaddr *>(&addr), &len);
    ::listen(server, 1);
    std::thread echo([server] {
        const int c = ::accept(server, nullptr, nullptr);
        char b;
        while (::read(c, &b, 1) == 1)
            [[maybe_unused]] auto w = ::write(c, &b, 1);
        ::close(c);
    });
    const int client = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::connect(client, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    std::vector<double> us;
    char b = 'x';
    for (int i = 0; i < n; ++i) {
        const qint64 t0 = nowNs();
        [[maybe_unused]] auto w = ::write(client, &b, 1);
        [[maybe_unused]] auto r = ::read(client, &b, 1);
        us.push_back(double(nowNs() - t0) / 1e3);
    }
    ::close(client);
    echo.join();
    ::close(server);
    return us;
}
} // namespace

/** Connects `n` displays that timestamp every event they receive. */
struct Displays
{
    std::vector<std::unique_ptr<Peer>> peers;
    std::vector<std::unordered_map<qint64, qint64>> arrivals;
    int ready = 0;

    Displays(quint16 port, int n)
        : arrivals(size_t(n))
    {
        for (int i = 0; i < n; ++i) {
            auto p = std::make_unique<Peer>(port, "display", QStringLiteral("display-%1").arg(i + 1),
                                            QStringLiteral("display-key-%1-xxxxxxxx").arg(i + 1));
            p->onEvent = [this, i](qint64 seq) { arrivals[size_t(i)][seq] = nowNs(); };
            p->onMessage = [this](const QJsonObject &o) { ready += o["id"].toInt() == 0; };
            peers.push_back(std::move(p));
        }
        spinUntil([&] { return ready == n; });
    }
};

/** Kiosks issuing as fast as they are answered, 8 requests in flight each. */
struct Throughput
{
    double perSecond = 0;
    qint64 tickets = 0;
    qint64 commits = 0;
};

Throughput measureThroughput(const QString &dir, int maxBatch, int seconds)
{
    HubThread hubThread(dir, maxBatch);
    hubThread.start();
    spinUntil([&] { return hubThread.port != 0; });
    Displays watchers(hubThread.port, displays); // they receive every issued ticket, as on a real floor
    std::vector<std::unique_ptr<Peer>> kioskPeers;
    qint64 acknowledged = 0;
    bool issuing = true;
    int ready = 0;
    for (int i = 0; i < kiosks; ++i) {
        auto p = std::make_unique<Peer>(hubThread.port, "kiosk", QStringLiteral("kiosk-%1").arg(i + 1),
                                        QStringLiteral("kiosk-key-%1-xxxxxxxx").arg(i + 1));
        Peer *raw = p.get();
        auto next = std::make_shared<int>(1);
        p->onMessage = [&, raw, next](const QJsonObject &o) {
            if (o["id"].toInt() == 0) {
                ++ready;
                return;
            }
            acknowledged += o["ok"].toBool();
            if (issuing)
                raw->send({{"id", ++*next}, {"op", "ticket.issue"}, {"service", "svc"}});
        };
        kioskPeers.push_back(std::move(p));
    }
    spinUntil([&] { return ready == kiosks; });
    const qint64 commitsBefore = hubThread.commits;
    const qint64 t0 = nowNs();
    for (auto &k : kioskPeers)
        for (int j = 0; j < 8; ++j)
            k->send({{"id", 1000 + j}, {"op", "ticket.issue"}, {"service", "svc"}});
    spinUntil([&] { return nowNs() - t0 > qint64(seconds) * 1'000'000'000; }, seconds * 1000 + 1000);
    Throughput r;
    r.tickets = acknowledged;
    r.perSecond = double(acknowledged) / (double(nowNs() - t0) / 1e9);
    issuing = false;
    spinUntil([] { return false; }, 300);
    r.commits = hubThread.commits - commitsBefore;
    hubThread.quit();
    hubThread.wait();
    return r;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("qms.*.info=false"));
    const int calls = argc > 1 ? atoi(argv[1]) : 1000;
    const int seconds = argc > 2 ? atoi(argv[2]) : 5;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX")); // same disk as a real hub
    QDir(dir.path()).mkpath(QStringLiteral("latency"));
    QDir(dir.path()).mkpath(QStringLiteral("batched"));
    QDir(dir.path()).mkpath(QStringLiteral("single"));

    const std::vector<double> fsyncMs = fsyncLoop(dir.path(), 500);
    const std::vector<double> rttUs = loopbackRtt(5000);

    // --- latency: 100 counters and 50 displays connected ---
    HubThread hubThread(dir.path() + QStringLiteral("/latency"), 0);
    hubThread.start();
    spinUntil([&] { return hubThread.port != 0; });
    const quint16 port = hubThread.port;
    Displays lobby(port, displays);
    std::vector<std::unique_ptr<Peer>> counterPeers;
    std::unordered_map<int, QJsonObject> counterReply;
    int countersOpen = 0;
    for (int i = 0; i < counters; ++i) {
        auto p = std::make_unique<Peer>(port, "counter", QStringLiteral("counter-%1").arg(i + 1),
                                        QStringLiteral("counter-key-%1-xxxxxxxx").arg(i + 1));
        Peer *raw = p.get();
        p->onMessage = [&, i, raw](const QJsonObject &o) {
            const int id = o["id"].toInt();
            if (id == 0)
                raw->send({{"id", 1},
                           {"op", "clerk.login"},
                           {"user", QStringLiteral("clerk%1").arg(i + 1)},
                           {"pin", "1111"}});
            else if (id == 1)
                raw->send({{"id", 2}, {"op", "counter.open"}});
            else if (id == 2)
                ++countersOpen;
            else
                counterReply[i] = o;
        };
        counterPeers.push_back(std::move(p));
    }
    int issued = 0;
    Peer kiosk(port, "kiosk", QStringLiteral("kiosk-1"), QStringLiteral("kiosk-key-1-xxxxxxxx"));
    kiosk.onMessage = [&](const QJsonObject &o) { issued += o["id"].toInt() > 0 && o["ok"].toBool(); };
    spinUntil([&] { return countersOpen == counters; });
    for (int i = 0; i < calls + 10; ++i)
        kiosk.send({{"id", i + 1}, {"op", "ticket.issue"}, {"service", "svc"}});
    spinUntil([&] { return issued == calls + 10; });
    spinUntil([] { return false; }, 500);
    std::printf("connected: %d displays, %d counters open, %d tickets waiting\n", lobby.ready, countersOpen, issued);

    std::vector<double> latencyMs;
    for (int i = 0; i < calls; ++i) {
        const int c = i % counters;
        counterReply.erase(c);
        const qint64 start = nowNs();
        counterPeers[size_t(c)]->send({{"id", 100 + i}, {"op", "ticket.call_next"}});
        spinUntil([&] { return counterReply.count(c) != 0; });
        const qint64 seq = counterReply[c]["seq"].toInteger();
        spinUntil([&] {
            return std::all_of(lobby.arrivals.begin(), lobby.arrivals.end(),
                               [&](const auto &a) { return a.count(seq) != 0; });
        });
        qint64 last = 0;
        for (auto &a : lobby.arrivals)
            last = std::max(last, a[seq]);
        latencyMs.push_back(double(last - start) / 1e6);
    }
    counterPeers.clear();
    hubThread.quit();
    hubThread.wait();

    // --- durable throughput, with and without group commit ---
    const Throughput batched = measureThroughput(dir.path() + QStringLiteral("/batched"), 0, seconds);
    const Throughput single = measureThroughput(dir.path() + QStringLiteral("/single"), 1, seconds);

    const double fsyncP50 = percentile(fsyncMs, 50);
    const double rttP50 = percentile(rttUs, 50) / 1000.0;
    std::printf("\nmachine floor (same run)\n");
    std::printf("  SQLite commit of one row, WAL, synchronous=FULL: p50 %.3f ms, p99 %.3f ms (%.0f commits/s)\n",
                fsyncP50, percentile(fsyncMs, 99), 1000.0 / fsyncP50);
    std::printf("  loopback TCP round trip:                         p50 %.1f us, p99 %.1f us\n", percentile(rttUs, 50),
                percentile(rttUs, 99));
    std::printf("\nlatency, %d counters + %d displays connected\n", counters, displays);
    std::printf("  call-next -> event at all %d displays: p50 %.3f ms, p99 %.3f ms (%d calls)\n", displays,
                percentile(latencyMs, 50), percentile(latencyMs, 99), calls);
    std::printf("  = %.1f x (one fsync + one round trip); target 1.5 x\n",
                percentile(latencyMs, 50) / (fsyncP50 + rttP50));
    std::printf("\ndurable throughput, %d kiosks x 8 requests in flight, %d displays watching\n", kiosks, displays);
    std::printf("  group commit:          %6.0f tickets/s (%lld commits, %.1f tickets per commit)\n", batched.perSecond,
                batched.commits, batched.commits ? double(batched.tickets) / double(batched.commits) : 0.0);
    std::printf("  one commit per ticket: %6.0f tickets/s (%lld commits)\n", single.perSecond, single.commits);
    std::printf("  group commit gain:     %.1f x\n", single.perSecond > 0 ? batched.perSecond / single.perSecond : 0.0);
    return 0;
}
