// The lobby display through a busy hour, measured from outside: a headless hub
// process over the sample center, a real qms-display process (offscreen, or on
// $DISPLAY with --xcb), and this program as the kiosk and the eight counters.
// Not a CI gate; run it and read it.
//   build-ci/tests/bench/bench_display [--minutes 60] [--speed 1] [--arrivals 80] [--xcb] [--silent]
//   (--xcb: the display full screen on $DISPLAY, e.g. `Xvfb :99 -screen 0 1920x1080x24 &` and DISPLAY=:99)
//
// The hour: citizens arrive at random (80 an hour), each counter calls the next
// as soon as it is free, the citizen walks up (20–90 s), 1 in 20 never comes (a
// recall after a minute, then no-show), service takes 2–12 minutes. --speed 2
// plays the hour in 30 minutes (the display still speaks every call in real
// time, so keep it low).
//
// Reported: the display's memory (RSS) and CPU over the hour (and the hub's),
// and for every call the time from the counter's request leaving this program
// to the first frame the display swapped showing it (its tile), and to the
// frame where it became the big call (its announcement began). The display logs
// those frames with QT_LOGGING_RULES=qms.display.frames.debug=true (FrameTrace).
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

#include "client/hubclient.h"

using namespace qms;

namespace {

const QString kCenter = QStringLiteral(QMS_SOURCE_DIR "/resources/centers/sample-center.json");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/** Runs the event loop for `ms` (sleeping between events: this program must not eat a core the display needs). */
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p / 100.0 * double(v.size())))];
}

/** CPU time (s) and resident memory (MiB) of a process, from /proc. */
struct Usage
{
    double cpuSeconds = 0;
    double rssMiB = 0;
};

Usage usageOf(qint64 pid)
{
    Usage u;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        // Fields after the command name (which may hold spaces) start after the last ')'.
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 13)
            u.cpuSeconds = double(f[11].toLongLong() + f[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &l : status.readAll().split('\n'))
            if (l.startsWith("VmRSS:"))
                u.rssMiB = l.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return u;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/** One counter of the simulated hall and its clerk. */
struct Counter
{
    int number = 0;
    std::unique_ptr<HubClient> client;
    enum class State { Idle, Called, Serving } state = State::Idle;
    qint64 ticket = 0;
    bool busy = false; ///< a request on its way
};

struct CallTimes
{
    qint64 sent = 0, replied = 0, received = 0, onScreen = 0, onBanner = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, double fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toDouble() : fallback;
    };
    const double minutes = option(QStringLiteral("--minutes"), 60);
    const double speed = std::max(0.1, option(QStringLiteral("--speed"), 1));
    const double arrivalsPerHour = option(QStringLiteral("--arrivals"), 80);
    const bool xcb = args.contains(QStringLiteral("--xcb"));
    const bool silent = args.contains(QStringLiteral("--silent"));
    auto simMs = [speed](double seconds) { return int(seconds * 1000.0 / speed); };
    auto *rng = QRandomGenerator::global();

    // ---- the hub: a headless process, clerks c1..c8 (PIN 1111)
    QTemporaryDir dir;
    const quint16 port = freePort();
    const QString db = dir.filePath(QStringLiteral("bench.db"));
    const QStringList common{QStringLiteral("--center"), kCenter, QStringLiteral("--db"), db,
                             QStringLiteral("--ignore-hours")};
    for (int n = 1; n <= 8; ++n) {
        QProcess add;
        add.start(QStringLiteral(QMS_KIOSK_BINARY),
                  common + QStringList{QStringLiteral("--add-clerk"), QStringLiteral("c%1").arg(n)});
        add.write("1111\n");
        add.closeWriteChannel();
        add.waitForFinished(60'000);
    }
    QProcess hub;
    hub.setStandardErrorFile(dir.filePath(QStringLiteral("hub.log")));
    hub.start(QStringLiteral(QMS_KIOSK_BINARY),
              common + QStringList{QStringLiteral("--headless"), QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:%1").arg(port)});
    hub.waitForStarted();
    spin(1000);

    // ---- the display: its own process, logging when calls reach the glass
    const QString config = dir.filePath(QStringLiteral("display.conf"));
    {
        QFile f(config);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("[hub]\nhost = 127.0.0.1\nport = %1\ndevice = display-lobby\nkey = "
                               "sample-display-lobby-change-me\n")
                    .arg(port)
                    .toUtf8());
    }
    QProcess display;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qms.display.frames.debug=true"));
    // Qt Quick's software renderer: what a display PC without a working GPU driver draws with (the costly case).
    env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    if (!xcb)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    display.setProcessEnvironment(env);
    // On X (Xvfb -screen 0 1920x1080x24 will do) full screen, as on the hall's TV; offscreen a window.
    QStringList displayArgs{QStringLiteral("--config"), config};
    if (!xcb)
        displayArgs << QStringLiteral("--windowed");
    if (silent)
        displayArgs << QStringLiteral("--silent");
    display.start(QStringLiteral(QMS_DISPLAY_BINARY), displayArgs);
    display.waitForStarted();

    std::map<QString, CallTimes> calls;
    static const QRegularExpression frameLine(
        QStringLiteral(R"(call (\S+) (received at|on screen at|on the banner at) (\d+))"));
    QByteArray displayLog;
    QObject::connect(&display, &QProcess::readyReadStandardError, [&] {
        displayLog += display.readAllStandardError();
        for (qsizetype nl; (nl = displayLog.indexOf('\n')) >= 0;) {
            const QString line = QString::fromUtf8(displayLog.left(nl));
            displayLog.remove(0, nl + 1);
            const auto m = frameLine.match(line);
            if (!m.hasMatch())
                continue;
            CallTimes &t = calls[m.captured(1)];
            const qint64 at = m.captured(3).toLongLong();
            if (m.captured(2) == QLatin1String("received at") && t.received == 0)
                t.received = at;
            else if (m.captured(2) == QLatin1String("on screen at") && t.onScreen == 0)
                t.onScreen = at;
            else if (m.captured(2) == QLatin1String("on the banner at") && t.onBanner == 0)
                t.onBanner = at;
        }
    });

    // ---- the kiosk and the counters
    const QJsonObject center = QJsonDocument::fromJson([] {
                                   QFile f(kCenter);
                                   f.open(QIODevice::ReadOnly);
                                   return f.readAll();
                               }())
                                   .object();
    QStringList services;
    for (const QJsonValue &s : center[QStringLiteral("services")].toArray())
        services << s.toObject()[QStringLiteral("id")].toString();
    auto clientFor = [port](const QString &device, DeviceRole role) {
        HubClient::Options o;
        o.port = port;
        o.role = role;
        o.device = device;
        o.key = QStringLiteral("sample-%1-change-me").arg(device);
        auto c = std::make_unique<HubClient>(o);
        c->start();
        return c;
    };
    auto kiosk = clientFor(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    std::vector<Counter> counters(8);
    for (int n = 1; n <= 8; ++n) {
        counters[n - 1].number = n;
        counters[n - 1].client = clientFor(QStringLiteral("counter-%1").arg(n), DeviceRole::Counter);
    }
    spin(2000);
    int loggedIn = 0;
    for (Counter &c : counters) {
        c.client->sendJson(QStringLiteral("clerk.login"), {{"user", QStringLiteral("c%1").arg(c.number)}, {"pin", "1111"}},
                           &app, [&, n = c.number](const HubReply &r) {
                               if (!r.ok)
                                   std::fprintf(stderr, "counter %d: login refused\n", n);
                               counters[n - 1].client->sendJson(QStringLiteral("counter.open"), {}, &app,
                                                                [&](const HubReply &) { ++loggedIn; });
                           });
    }
    spin(3000);
    std::printf("hub on port %u, display pid %lld, %d counters open; %.0f simulated minutes at %.1f× speed, "
                "%.0f arrivals an hour%s\n",
                port, display.processId(), loggedIn, minutes, speed, arrivalsPerHour,
                silent ? ", display silent" : "");
    std::fflush(stdout);

    int issued = 0, called = 0, served = 0, noShows = 0;
    // Arrivals: exponential gaps.
    QTimer arrivals;
    arrivals.setSingleShot(true);
    std::function<void()> nextArrival = [&] {
        const double gap = -std::log(1.0 - rng->generateDouble()) * 3600.0 / arrivalsPerHour;
        arrivals.start(simMs(gap));
    };
    QObject::connect(&arrivals, &QTimer::timeout, [&] {
        kiosk->sendJson(QStringLiteral("ticket.issue"), {{"service", services[rng->bounded(int(services.size()))]}},
                        &app, [&](const HubReply &r) { issued += r.ok; });
        nextArrival();
    });
    nextArrival();

    // Counters: a free one calls; a called citizen walks up (or not); service takes its time.
    auto act = [&](Counter &c, const QString &op, std::function<void(const HubReply &)> then) {
        c.busy = true;
        c.client->sendJson(op, {{"ticket", c.ticket}}, &app, [&c, then = std::move(then)](const HubReply &r) {
            c.busy = false;
            then(r);
        });
    };
    std::function<void(Counter &)> afterCall = [&](Counter &c) {
        const bool comes = rng->bounded(20) != 0;
        if (!comes) {
            QTimer::singleShot(simMs(60), &app, [&] {
                act(c, QStringLiteral("ticket.recall"), [&](const HubReply &r) {
                    if (r.ok)
                        calls[r.body["ticket"].toObject()["label"].toString()].sent = 0; // a recall: not timed
                    QTimer::singleShot(simMs(60), &app, [&] {
                        act(c, QStringLiteral("ticket.no_show"), [&](const HubReply &) {
                            ++noShows;
                            c.state = Counter::State::Idle;
                        });
                    });
                });
            });
            return;
        }
        QTimer::singleShot(simMs(20 + rng->bounded(70)), &app, [&] {
            act(c, QStringLiteral("ticket.start"), [&](const HubReply &) {
                c.state = Counter::State::Serving;
                const double service = std::clamp(-std::log(1.0 - rng->generateDouble()) * 300.0, 120.0, 720.0);
                QTimer::singleShot(simMs(service), &app, [&] {
                    act(c, QStringLiteral("ticket.finish"), [&](const HubReply &) {
                        ++served;
                        c.state = Counter::State::Idle;
                    });
                });
            });
        });
    };
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        for (Counter &c : counters) {
            if (c.state != Counter::State::Idle || c.busy)
                continue;
            c.busy = true;
            const qint64 sent = nowMs();
            c.client->sendJson(QStringLiteral("ticket.call_next"), {}, &app, [&, sent](const HubReply &r) {
                c.busy = false;
                if (!r.ok)
                    return; // nobody waiting for this counter
                const QJsonObject t = r.body[QStringLiteral("ticket")].toObject();
                c.ticket = t[QStringLiteral("id")].toInteger();
                c.state = Counter::State::Called;
                CallTimes &times = calls[t[QStringLiteral("label")].toString()];
                times.sent = sent;
                times.replied = nowMs();
                ++called;
                afterCall(c);
            });
        }
    });
    tick.start(simMs(2));

    // Samples every five simulated minutes.
    const Usage displayStart = usageOf(display.processId());
    const Usage hubStart = usageOf(hub.processId());
    double displayPeak = displayStart.rssMiB, hubPeak = hubStart.rssMiB;
    Usage lastDisplay = displayStart;
    QElapsedTimer run;
    run.start();
    qint64 lastSample = 0;
    std::printf("%6s %8s %8s %8s %8s %10s %10s\n", "min", "issued", "called", "served", "no-show", "disp MiB",
                "disp CPU%");
    while (run.elapsed() < qint64(minutes * 60'000 / speed)) {
        spin(200);
        const Usage d = usageOf(display.processId());
        displayPeak = std::max(displayPeak, d.rssMiB);
        hubPeak = std::max(hubPeak, usageOf(hub.processId()).rssMiB);
        if (run.elapsed() - lastSample >= qint64(5 * 60'000 / speed)) {
            const double wall = double(run.elapsed() - lastSample) / 1000.0;
            std::printf("%6.0f %8d %8d %8d %8d %10.1f %10.1f\n", double(run.elapsed()) * speed / 60'000.0, issued,
                        called, served, noShows, d.rssMiB, 100.0 * (d.cpuSeconds - lastDisplay.cpuSeconds) / wall);
            std::fflush(stdout);
            lastSample = run.elapsed();
            lastDisplay = d;
        }
    }
    arrivals.stop();
    tick.stop();
    spin(15'000); // the last announcements finish and their frames are logged
    const Usage displayEnd = usageOf(display.processId());
    const Usage hubEnd = usageOf(hub.processId());
    const double wallSeconds = double(run.elapsed()) / 1000.0;

    std::vector<double> toReply, toScreen, toBanner;
    int timed = 0, missing = 0;
    for (const auto &[label, t] : calls) {
        if (t.sent == 0)
            continue;
        ++timed;
        toReply.push_back(double(t.replied - t.sent));
        if (t.onScreen == 0) {
            ++missing;
            continue;
        }
        toScreen.push_back(double(t.onScreen - t.sent));
        if (t.onBanner != 0)
            toBanner.push_back(double(t.onBanner - t.sent) / 1000.0);
    }
    std::printf("\n%d tickets issued, %d called, %d served, %d no-shows in %.1f min of wall time\n", issued, called,
                served, noShows, wallSeconds / 60.0);
    std::printf("display: RSS %.1f MiB at start, %.1f peak, %.1f at the end; CPU %.1f s = %.2f %% of one core\n",
                displayStart.rssMiB, displayPeak, displayEnd.rssMiB, displayEnd.cpuSeconds - displayStart.cpuSeconds,
                100.0 * (displayEnd.cpuSeconds - displayStart.cpuSeconds) / wallSeconds);
    std::printf("hub:     RSS %.1f MiB at start, %.1f peak, %.1f at the end; CPU %.1f s = %.2f %% of one core\n",
                hubStart.rssMiB, hubPeak, hubEnd.rssMiB, hubEnd.cpuSeconds - hubStart.cpuSeconds,
                100.0 * (hubEnd.cpuSeconds - hubStart.cpuSeconds) / wallSeconds);
    std::printf("calls timed: %d (%d never seen on a frame)\n", timed, missing);
    std::printf("counter's call → its reply:           p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms\n",
                percentile(toReply, 50), percentile(toReply, 95), percentile(toReply, 100));
    std::printf("counter's call → display frame (tile): p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms\n",
                percentile(toScreen, 50), percentile(toScreen, 95), percentile(toScreen, 100));
    if (!silent)
        std::printf("counter's call → on the banner, said:  p50 %6.1f s   p95 %6.1f s   max %6.1f s "
                    "(waits for the calls before it to be said)\n",
                    percentile(toBanner, 50), percentile(toBanner, 95), percentile(toBanner, 100));
    display.kill();
    hub.kill();
    display.waitForFinished();
    hub.waitForFinished();
    return missing == 0 ? 0 : 1;
}
