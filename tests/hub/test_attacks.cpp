// The hub as an attacker tries it: PINs guessed in parallel, connections held
// without hello, a display key used by hundreds of "screens". Each case failed
// before the hub was hardened against it (issue 9); tests/bench/bench_attack
// measures the same against a hub process, with its figures.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <sys/resource.h>

#include "hub/hubsession.h"
#include "support/hubfixture.h"

using namespace qms;
using namespace qms::test;

namespace {
QString codeOf(const QJsonObject &reply)
{
    return reply["ok"].toBool() ? QStringLiteral("ok") : reply["error"].toObject()["code"].toString();
}

/** A kiosk connects afresh, says hello and issues a ticket; returns the milliseconds it took, or -1. */
double kioskRound(HubFixture &f)
{
    QElapsedTimer t;
    t.start();
    RawPeer kiosk(f.port);
    const QJsonObject hello = kiosk.hello(QStringLiteral("kiosk-1"), QStringLiteral("kiosk"));
    if (!hello["ok"].toBool()) {
        UNSCOPED_INFO("the kiosk's hello: " << QJsonDocument(hello).toJson(QJsonDocument::Compact).toStdString());
        return -1;
    }
    kiosk.send({{"id", 1}, {"op", "ticket.issue"}, {"service", "land"}});
    return kiosk.nextReply()["ok"].toBool() ? double(t.nsecsElapsed()) / 1e6 : -1;
}

/** File descriptors this process may open (raised to the hard limit). */
rlim_t openFilesAllowed()
{
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);
    return files.rlim_cur;
}
} // namespace

TEST_CASE("PINs guessed in parallel on many connections meet the lockout one after another", "[hub][attack]")
{
    HubFixture f;
    Timestamp now = at("2026-11-26 09:00");
    f.hub->setClock([&] { return now; });
    f.hub->setMaxSessionsPerDevice(40); // the attacker holds three counter keys
    f.hub->setHelloAllowance(40, 1);
    constexpr int attempts = 40;
    std::vector<std::unique_ptr<RawPeer>> peers;
    for (int i = 0; i < attempts; ++i) {
        peers.push_back(std::make_unique<RawPeer>(f.port));
        REQUIRE(
            peers.back()->hello(QStringLiteral("counter-%1").arg(i % 3 + 1), QStringLiteral("counter"))["ok"].toBool());
    }
    // All at once: 39 wrong PINs, the right one ("1111") last.
    for (int i = 0; i < attempts; ++i) {
        const QString pin = i + 1 == attempts ? QStringLiteral("1111") : QString::number(2000 + i);
        peers[size_t(i)]->send({{"id", 1}, {"op", "clerk.login"}, {"user", "lan"}, {"pin", pin}});
    }
    QMap<QString, int> outcomes;
    QString rightPin;
    for (int i = 0; i < attempts; ++i) {
        const QString c = codeOf(peers[size_t(i)]->nextReply(10'000));
        outcomes[c] += 1;
        if (i + 1 == attempts)
            rightPin = c;
    }
    INFO("outcomes: busy " << outcomes["busy"] << ", login_failed " << outcomes["login_failed"] << ", locked_out "
                           << outcomes["locked_out"] << ", ok " << outcomes["ok"]);
    CHECK(rightPin != "ok");
    CHECK(outcomes["ok"] == 0);
    // At most one PIN of the clerk was being checked at any time.
    CHECK(outcomes["busy"] >= attempts - 2);
    // Guesses one after another: four are answered "wrong", the fifth locks, and the
    // lock holds, right PIN or not.
    RawPeer clerk(f.port);
    REQUIRE(clerk.hello(QStringLiteral("counter-1"), QStringLiteral("counter"))["ok"].toBool());
    int free = 0;
    for (int guess = 0; guess < 10; ++guess) {
        clerk.send(
            {{"id", 10 + guess}, {"op", "clerk.login"}, {"user", "lan"}, {"pin", QString::number(3000 + guess)}});
        const QString c = codeOf(clerk.nextReply());
        free += c == "login_failed";
        if (c == "locked_out")
            break;
    }
    CHECK(free + outcomes["login_failed"] == 4);
    clerk.send({{"id", 30}, {"op", "clerk.login"}, {"user", "lan"}, {"pin", "1111"}});
    CHECK(codeOf(clerk.nextReply()) == "locked_out");
    now += 31'000; // the first lock lasts 30 s
    clerk.send({{"id", 31}, {"op", "clerk.login"}, {"user", "lan"}, {"pin", "1111"}});
    CHECK(codeOf(clerk.nextReply()) == "ok");
}

TEST_CASE("Connections held without hello from many addresses never keep a kiosk out", "[hub][attack]")
{
    // Two ends of every connection live in this process.
    const int total = openFilesAllowed() >= 4600 ? 2000 : 400;
    HubFixture f;
    f.hub->setHelloAllowance(100, 1); // the same kiosk connects afresh twenty times
    constexpr int addresses = 200;
    std::vector<std::unique_ptr<QTcpSocket>> attackers;
    int opened = 0;
    const auto topUp = [&] {
        std::erase_if(attackers, [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; });
        while (int(attackers.size()) < total) {
            auto s = std::make_unique<QTcpSocket>();
            const int n = opened++ % addresses;
            s->bind(QHostAddress(QStringLiteral("127.0.%1.%2").arg(1 + n / 250).arg(2 + n % 250)));
            s->connectToHost(QHostAddress::LocalHost, f.port);
            attackers.push_back(std::move(s));
        }
    };
    topUp();
    REQUIRE(waitFor([&] { return f.hub->sessionCount() >= 100; }));
    std::vector<double> latencies;
    for (int round = 0; round < 20; ++round) {
        topUp();
        waitFor([&] { return false; }, 5); // the attacker's connections arrive meanwhile
        const double ms = kioskRound(f);
        INFO("round " << round);
        REQUIRE(ms >= 0);
        latencies.push_back(ms);
    }
    const double worst = *std::max_element(latencies.begin(), latencies.end());
    INFO(total << " silent connections (" << opened << " opened); the kiosk's worst round: " << worst << " ms");
    // The goal is 100 ms (bench_attack measures it on a hub process); a shared CI
    // machine running both ends in one process gets a wider margin here.
    CHECK(worst < 1000);
}

TEST_CASE("A display key used by hundreds of screens holds a few sessions, and the kiosk is served", "[hub][attack]")
{
    openFilesAllowed();
    HubFixture f;
    qint64 monotonicMs = 0;
    f.hub->setMonotonicClock([&] { return monotonicMs; });
    f.hub->setMaxSessionsPerDevice(4);
    f.hub->setHelloAllowance(10, 3000);
    auto kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    // Screens that restart now and then, sharing one key: each hello is welcomed, and
    // past four sessions the oldest gives way.
    std::vector<std::unique_ptr<RawPeer>> screens;
    for (int i = 0; i < 12; ++i) {
        monotonicMs += 3000;
        screens.push_back(std::make_unique<RawPeer>(f.port));
        CHECK(screens.back()->hello(QStringLiteral("display-1"), QStringLiteral("display"))["ok"].toBool());
    }
    for (size_t i = 0; i + 4 < screens.size(); ++i)
        CHECK(codeOf(screens[i]->nextReply()) == "too_many_connections");
    // Hundreds of hellos at once: a burst of ten is welcomed, the rest refused before
    // any snapshot is spent on them.
    monotonicMs += 30'000;
    std::vector<std::unique_ptr<RawPeer>> flood;
    int welcomed = 0;
    int refused = 0;
    for (int i = 0; i < 300; ++i) {
        flood.push_back(std::make_unique<RawPeer>(f.port));
        const QString c = codeOf(flood.back()->hello(QStringLiteral("display-1"), QStringLiteral("display")));
        welcomed += c == "ok";
        refused += c == "too_many_connections";
        if (i % 50 == 49) {
            QElapsedTimer t;
            t.start();
            REQUIRE(f.call(*kiosk, QStringLiteral("ticket.issue"), {{"service", "land"}}).ok);
            CHECK(t.elapsed() < 1000);
        }
    }
    CHECK(welcomed == 10);
    CHECK(refused == 290);
    const auto displaySessions = [&] {
        return std::count_if(f.hub->sessions().begin(), f.hub->sessions().end(), [](const HubSession *s) {
            return s->isActive() && !s->isClosing() && s->device() == QLatin1String("display-1");
        });
    };
    CHECK(displaySessions() == 4);
    // Other displays still get in.
    RawPeer other(f.port);
    CHECK(other.hello(QStringLiteral("display-2"), QStringLiteral("display"))["ok"].toBool());
}

TEST_CASE("Past the role's limit a new session is refused, not the ones already there", "[hub][attack]")
{
    HubFixture f;
    f.hub->setMaxSessionsOfRole(DeviceRole::Display, 2);
    RawPeer a(f.port), b(f.port), c(f.port);
    REQUIRE(a.hello(QStringLiteral("display-1"), QStringLiteral("display"))["ok"].toBool());
    REQUIRE(b.hello(QStringLiteral("display-2"), QStringLiteral("display"))["ok"].toBool());
    const QJsonObject refused = c.hello(QStringLiteral("display-3"), QStringLiteral("display"));
    CHECK(codeOf(refused) == "too_many_connections");
    CHECK(c.waitClosed());
    a.send({{"id", 1}, {"op", "ping"}});
    CHECK(a.nextReply()["ok"].toBool());
}
