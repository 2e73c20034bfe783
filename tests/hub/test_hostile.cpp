#include <QJsonArray>

#include <algorithm>

#include <memory>

#include "hub/hubsession.h"
#include "support/hubfixture.h"

using namespace qms;
using namespace qms::test;

namespace {
QString errorCode(const QJsonObject &reply)
{
    return reply["error"].toObject()["code"].toString();
}
} // namespace

TEST_CASE("Malformed input gets a clear error and closes the connection", "[hub][hostile]")
{
    HubFixture f;
    const auto expectClose = [&](const QByteArray &bytes, const char *code, bool afterHello) {
        RawPeer peer(f.port);
        if (afterHello)
            REQUIRE(peer.hello(QStringLiteral("display-1"), QStringLiteral("display"))["ok"].toBool());
        peer.sendRaw(bytes);
        const QJsonObject reply = peer.nextReply();
        CHECK(reply["ok"] == false);
        CHECK(errorCode(reply) == QLatin1String(code));
        CHECK(peer.waitClosed());
    };
    SECTION("a line over 64 KiB")
    {
        expectClose(QByteArray(70 * 1024, 'x'), "line_too_long", false);
    }
    SECTION("a line over 64 KiB, even one that would be valid JSON")
    {
        expectClose("{\"id\":1,\"op\":\"ping\",\"pad\":\"" + QByteArray(65 * 1024, 'a') + "\"}\n", "line_too_long",
                    true);
    }
    SECTION("invalid UTF-8")
    {
        expectClose("{\"id\":1,\"op\":\"p\xc3\x28ng\"}\n", "invalid_utf8", true);
    }
    SECTION("an overlong UTF-8 form")
    {
        expectClose("{\"id\":1,\"op\":\"\xc0\xaf\"}\n", "invalid_utf8", true);
    }
    SECTION("not JSON")
    {
        expectClose("hello hub\n", "bad_json", true);
    }
    SECTION("a raw control character inside a string (JSON wants it escaped)")
    {
        expectClose(QByteArray("{\"id\":1,\"op\":\"ping\",\"note\":\"a") + '\0' + "b\"}\n", "bad_json", true);
    }
    SECTION("JSON that is not an object")
    {
        expectClose("[1,2,3]\n", "not_an_object", true);
    }
    SECTION("anything but hello first")
    {
        expectClose("{\"id\":1,\"op\":\"ping\"}\n", "hello_required", false);
    }
    SECTION("a wrong key")
    {
        expectClose(R"({"id":1,"op":"hello","proto":1,"role":"display","device":"display-1","key":"guess"})"
                    "\n",
                    "auth_failed", false);
    }
    SECTION("a key used for another role")
    {
        expectClose(
            R"({"id":1,"op":"hello","proto":1,"role":"supervisor","device":"display-1","key":"display-1-test-key"})"
            "\n",
            "auth_failed", false);
    }
    SECTION("another protocol version")
    {
        expectClose(
            R"({"id":1,"op":"hello","proto":2,"role":"display","device":"display-1","key":"display-1-test-key"})"
            "\n",
            "unsupported_version", false);
    }
    SECTION("a hello with a field of the wrong type")
    {
        expectClose(
            R"({"id":1,"op":"hello","proto":"1","role":"display","device":"display-1","key":"display-1-test-key"})"
            "\n",
            "bad_request", false);
    }
}

TEST_CASE("Well-formed but wrong requests get an error and the connection stays", "[hub][hostile]")
{
    HubFixture f;
    RawPeer peer(f.port);
    REQUIRE(peer.hello(QStringLiteral("kiosk-1"), QStringLiteral("kiosk"))["ok"].toBool());
    const auto ask = [&](const QByteArray &line) {
        peer.sendRaw(line + '\n');
        return peer.nextReply();
    };
    QJsonObject r = ask(R"({"op":"ping"})");
    CHECK(errorCode(r) == "bad_request");
    CHECK(r["error"].toObject()["message"].toString().startsWith("id:"));
    r = ask(R"({"id":"seven","op":"ping"})");
    CHECK(errorCode(r) == "bad_request");
    r = ask(R"({"id":7})");
    CHECK(errorCode(r) == "bad_request");
    CHECK(r["id"].toInt() == 7);
    r = ask(R"({"id":8,"op":"ticket.teleport"})");
    CHECK(errorCode(r) == "unknown_op");
    r = ask(R"({"id":9,"op":"ticket.issue"})");
    CHECK(errorCode(r) == "bad_request");
    CHECK(r["error"].toObject()["message"].toString() == "service: is required");
    r = ask(R"({"id":10,"op":"ticket.issue","service":42})");
    CHECK(r["error"].toObject()["message"].toString() == "service: must be a string, not a number");
    r = ask(R"({"id":11,"op":"ticket.issue","service":"astrology"})");
    CHECK(errorCode(r) == "unknown_service");
    r = ask(R"({"id":12,"op":"hello","proto":1})");
    CHECK(errorCode(r) == "bad_request");
    r = ask(R"({"id":13,"op":"ping"})");
    CHECK(r["ok"].toBool());
    CHECK(peer.isConnected());
}

TEST_CASE("A half line that stalls, and a silent client, are dropped", "[hub][hostile]")
{
    HubFixture f;
    LineLimits limits;
    limits.stallMs = 300;
    f.hub->setLineLimits(limits);
    f.hub->setSessionTimeouts(400, 800);

    RawPeer half(f.port);
    REQUIRE(half.hello(QStringLiteral("display-1"), QStringLiteral("display"))["ok"].toBool());
    half.sendRaw(R"({"id":1,"op":"pi)");
    CHECK(errorCode(half.nextReply(3000)) == "timeout");
    CHECK(half.waitClosed(3000));

    RawPeer mute(f.port); // never says hello
    CHECK(errorCode(mute.nextReply(3000)) == "timeout");
    CHECK(mute.waitClosed(3000));

    RawPeer idle(f.port); // says hello, then nothing: no pings
    REQUIRE(idle.hello(QStringLiteral("display-2"), QStringLiteral("display"))["ok"].toBool());
    CHECK(idle.waitClosed(5000));
}

TEST_CASE("Thousands of connections opened and dropped leave the hub serving", "[hub][hostile]")
{
    HubFixture f;
    constexpr int perHost = 20; // connections without hello one address may hold
    f.hub->setMaxPending(100, perHost);
    auto display = f.online(QStringLiteral("display-1"), DeviceRole::Display);
    auto kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    constexpr int total = 2000;
    int issued = 0;
    int refused = 0;
    for (int wave = 0; wave < total / 200; ++wave) {
        struct Peer
        {
            std::unique_ptr<QTcpSocket> socket;
            QByteArray received;
        };
        std::vector<Peer> peers(200);
        for (Peer &p : peers) {
            p.socket = std::make_unique<QTcpSocket>();
            p.socket->connectToHost(QHostAddress::LocalHost, f.port);
        }
        // Every connection is either served (a session waiting for its hello) or told
        // the hub is full: all 200 are accounted for, none left in between.
        const auto toldFull = [](Peer &p) {
            p.received += p.socket->readAll();
            return p.received.contains("too_many_connections");
        };
        // Evicted sessions linger while they close: count those still served.
        const auto served = [&] {
            return int(std::count_if(f.hub->sessions().begin(), f.hub->sessions().end(),
                                     [](const HubSession *s) { return !s->isClosing(); }))
                - 2;
        };
        int full = 0;
        const bool accounted = waitFor(
            [&] {
                full = int(std::count_if(peers.begin(), peers.end(), toldFull));
                return served() + full == 200;
            },
            10'000);
        INFO("wave " << wave << ": " << served() << " served, " << full << " told the hub is full");
        REQUIRE(accounted);
        CHECK(served() <= perHost);
        refused += full;
        // Some say half a hello, some garbage, some nothing; all vanish.
        for (int i = 0; i < 200; ++i) {
            if (i % 3 == 0)
                peers[i].socket->write(R"({"id":1,"op":"hel)");
            else if (i % 3 == 1)
                peers[i].socket->write("\x01\x02\xff garbage\n");
        }
        // Meanwhile real work goes on and the display keeps up.
        REQUIRE(f.call(*kiosk, QStringLiteral("ticket.issue"), {{"service", "land"}}).ok);
        ++issued;
        for (Peer &p : peers)
            p.socket->abort();
        REQUIRE(waitFor([&] { return f.hub->sessionCount() == 2; }, 10'000));
    }
    INFO("refused " << refused << " of " << total);
    CHECK(refused >= total - 10 * perHost);
    REQUIRE(waitFor([&] { return display->mirror().lastSeq() == f.store->lastSeq(); }));
    CHECK(display->isOnline());
    CHECK(display->mirror().engine().issuedToday(QStringLiteral("land")) == issued);
}

TEST_CASE("Past the connection limit a newcomer is told so and closed", "[hub][hostile]")
{
    HubFixture f;
    f.hub->setMaxConnections(2);
    RawPeer a(f.port), b(f.port);
    REQUIRE(a.hello(QStringLiteral("display-1"), QStringLiteral("display"))["ok"].toBool());
    REQUIRE(b.hello(QStringLiteral("display-2"), QStringLiteral("display"))["ok"].toBool());
    RawPeer c(f.port);
    CHECK(errorCode(c.nextReply()) == "too_many_connections");
    CHECK(c.waitClosed());
    CHECK(a.isConnected());
}

TEST_CASE("A client that stops reading is disconnected instead of buffered for ever", "[hub][hostile]")
{
    HubFixture f;
    LineLimits limits;
    limits.maxQueuedBytes = 64 * 1024;
    limits.socketSendBuffer = 16 * 1024;
    f.hub->setLineLimits(limits);
    auto kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    RawPeer lazy(f.port, 4096);
    REQUIRE(lazy.hello(QStringLiteral("display-1"), QStringLiteral("display"))["ok"].toBool());
    lazy.socket().setReadBufferSize(1); // from now on it reads (almost) nothing
    // Every ticket is an event of several hundred bytes for the lazy display too.
    int issued = 0;
    while (f.hub->sessionCount() == 2 && issued < 3000) {
        REQUIRE(f.call(*kiosk, QStringLiteral("ticket.issue"), {{"service", issued % 2 ? "land" : "justice"}}).ok);
        ++issued;
    }
    INFO("tickets issued before the lazy display was dropped: " << issued);
    CHECK(f.hub->sessionCount() == 1);
    CHECK(issued < 3000);
    CHECK(f.call(*kiosk, QStringLiteral("ping")).ok);
}

TEST_CASE("Connections that never say hello give way to newcomers, oldest first", "[hub][hostile]")
{
    HubFixture f;
    f.hub->setMaxPending(100, 3);
    std::vector<std::unique_ptr<RawPeer>> silent;
    for (int i = 0; i < 3; ++i)
        silent.push_back(std::make_unique<RawPeer>(f.port));
    REQUIRE(waitFor([&] { return f.hub->sessionCount() == 3; }));
    // A fourth from the same address: the oldest silent one is told why and closed.
    RawPeer fourth(f.port);
    CHECK(silent[0]->nextReply()["error"].toObject()["code"].toString() == "too_many_connections");
    CHECK(silent[0]->waitClosed());
    CHECK(silent[1]->isConnected());
    REQUIRE(fourth.hello(QStringLiteral("display-1"), QStringLiteral("display"))["ok"].toBool());
    // One that said hello no longer counts, and is never pushed out by silent ones.
    REQUIRE(silent[1]->hello(QStringLiteral("display-2"), QStringLiteral("display"))["ok"].toBool());
    std::vector<std::unique_ptr<RawPeer>> more;
    for (int i = 0; i < 10; ++i)
        more.push_back(std::make_unique<RawPeer>(f.port));
    REQUIRE(waitFor([&] { return !silent[2]->isConnected(); }));
    silent[1]->send({{"id", 5}, {"op", "ping"}});
    CHECK(silent[1]->nextReply()["ok"].toBool());
    fourth.send({{"id", 5}, {"op", "ping"}});
    CHECK(fourth.nextReply()["ok"].toBool());
}

TEST_CASE("Snapshots on demand are rationed", "[hub][hostile]")
{
    HubFixture f;
    qint64 monotonicMs = 1'000'000;
    f.hub->setMonotonicClock([&] { return monotonicMs; });
    RawPeer peer(f.port);
    REQUIRE(peer.hello(QStringLiteral("display-1"), QStringLiteral("display"))["ok"].toBool());
    peer.send({{"id", 1}, {"op", "snapshot"}});
    CHECK(peer.nextReply()["ok"].toBool());
    monotonicMs += 1999;
    peer.send({{"id", 2}, {"op", "snapshot"}});
    CHECK(peer.nextReply()["error"].toObject()["code"].toString() == "busy");
    CHECK(peer.isConnected());
    monotonicMs += 1; // two seconds after the first
    peer.send({{"id", 3}, {"op", "snapshot"}});
    CHECK(peer.nextReply()["ok"].toBool());
}
