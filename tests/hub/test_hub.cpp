#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "domain/json.h"
#include "hub/hubsession.h"
#include "protocol/memorylineconnection.h"
#include "support/hubfixture.h"

using namespace qms;
using namespace qms::test;

namespace {
QJsonObject loginAndOpen(HubFixture &f, HubClient &counter, const QString &user)
{
    const HubReply login = f.call(counter, QStringLiteral("clerk.login"), {{"user", user}, {"pin", "1111"}});
    REQUIRE(login.ok);
    const HubReply open = f.call(counter, QStringLiteral("counter.open"));
    REQUIRE(open.ok);
    return open.body;
}
} // namespace

TEST_CASE("A ticket issued at a kiosk reaches every display with its seq", "[hub]")
{
    HubFixture f;
    auto kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    std::vector<std::unique_ptr<HubClient>> displays;
    for (const char *d : {"display-1", "display-2", "display-3"})
        displays.push_back(f.online(QString::fromLatin1(d), DeviceRole::Display));

    const HubReply issued = f.call(*kiosk, QStringLiteral("ticket.issue"),
                                   {{"service", "land"}, {"priority", "elderly"}});
    REQUIRE(issued.ok);
    const qint64 seq = issued.body["seq"].toInteger();
    const QJsonObject ticket = issued.body["ticket"].toObject();
    CHECK(ticket["label"].toString() == "1001");
    CHECK(ticket["token"].toString().size() == 16); // the kiosk prints the QR link
    CHECK(issued.body["estimate"].toObject()["ahead"].toInt() == 0);
    CHECK(seq == f.store->lastSeq());

    for (auto &d : displays) {
        REQUIRE(waitFor([&] { return d->mirror().lastSeq() == seq; }));
        const Ticket *t = d->mirror().engine().ticketByLabel(QStringLiteral("1001"));
        REQUIRE(t);
        CHECK(t->priorityGroup == "elderly");
        CHECK(t->token.isEmpty()); // displays never see tokens
        CHECK(d->mirror().engine().waitingCount(QStringLiteral("land")) == 1);
    }
}

TEST_CASE("A counter with a logged-in clerk calls, serves and finishes", "[hub]")
{
    HubFixture f;
    auto kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    auto counter = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    auto display = f.online(QStringLiteral("display-1"), DeviceRole::Display);
    CHECK(counter->welcome().counter == 1);
    const QJsonObject opened = loginAndOpen(f, *counter, QStringLiteral("lan"));
    CHECK(opened["counter"].toObject()["clerk"].toString() == "lan");

    REQUIRE(f.call(*kiosk, QStringLiteral("ticket.issue"), {{"service", "justice"}}).ok);
    const HubReply called = f.call(*counter, QStringLiteral("ticket.call_next"));
    REQUIRE(called.ok);
    const qint64 id = called.body["ticket"].toObject()["id"].toInteger();
    CHECK(called.body["ticket"].toObject()["state"].toString() == "called");
    CHECK(called.body["ticket"].toObject()["clerk"].toString() == "lan");
    CHECK_FALSE(called.body["ticket"].toObject().contains("token"));
    REQUIRE(f.call(*counter, QStringLiteral("ticket.start"), {{"ticket", id}}).ok);
    const HubReply finished = f.call(*counter, QStringLiteral("ticket.finish"), {{"ticket", id}});
    REQUIRE(finished.ok);
    CHECK(finished.body["ticket"].toObject()["state"].toString() == "done");
    REQUIRE(waitFor([&] { return display->mirror().lastSeq() == finished.body["seq"].toInteger(); }));
    CHECK(display->mirror().engine().ticket(id)->state == TicketState::Done);

    // Engine refusals come back typed.
    const HubReply again = f.call(*counter, QStringLiteral("ticket.finish"), {{"ticket", id}});
    CHECK_FALSE(again.ok);
    CHECK(again.error.code == ErrorCode::WrongState);
    const HubReply empty = f.call(*counter, QStringLiteral("ticket.call_next"));
    CHECK(empty.error.code == ErrorCode::QueueEmpty);
}

TEST_CASE("Two counters calling at the same instant never get the same ticket", "[hub]")
{
    HubFixture f;
    auto kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    RawPeer a(f.port), b(f.port);
    REQUIRE(a.hello(QStringLiteral("counter-1"), QStringLiteral("counter"))["ok"].toBool());
    REQUIRE(b.hello(QStringLiteral("counter-2"), QStringLiteral("counter"))["ok"].toBool());
    for (auto [peer, user] : {std::pair{&a, "lan"}, std::pair{&b, "hoa"}}) {
        peer->send({{"id", 1}, {"op", "clerk.login"}, {"user", user}, {"pin", "1111"}});
        REQUIRE(peer->nextReply()["ok"].toBool());
        peer->send({{"id", 2}, {"op", "counter.open"}});
        REQUIRE(peer->nextReply()["ok"].toBool());
    }
    constexpr int rounds = 30;
    for (int i = 0; i < 2 * rounds; ++i)
        REQUIRE(f.call(*kiosk, QStringLiteral("ticket.issue"), {{"service", i % 2 ? "land" : "justice"}}).ok);

    QSet<qint64> called;
    int batchedTogether = 0;
    for (int round = 0; round < rounds; ++round) {
        // Both requests are on the wire before the hub reads either.
        a.send({{"id", 100 + round}, {"op", "ticket.call_next"}});
        b.send({{"id", 100 + round}, {"op", "ticket.call_next"}});
        const QJsonObject ra = a.nextReply();
        const QJsonObject rb = b.nextReply();
        REQUIRE(ra["ok"].toBool());
        REQUIRE(rb["ok"].toBool());
        const qint64 ta = ra["ticket"].toObject()["id"].toInteger();
        const qint64 tb = rb["ticket"].toObject()["id"].toInteger();
        CHECK(ta != tb);
        CHECK_FALSE(called.contains(ta));
        CHECK_FALSE(called.contains(tb));
        called << ta << tb;
        // Calling next marks the previous ticket no-show: two events per call after the first.
        batchedTogether += std::abs(ra["seq"].toInteger() - rb["seq"].toInteger()) <= 2;
    }
    CHECK(called.size() == 2 * rounds);
    INFO("rounds where both calls went into one commit: " << batchedTogether);
}

TEST_CASE("Roles are enforced on the hub", "[hub]")
{
    HubFixture f;
    auto display = f.online(QStringLiteral("display-1"), DeviceRole::Display);
    auto kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    auto counter = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    auto supervisor = f.online(QStringLiteral("supervisor-1"), DeviceRole::Supervisor);

    CHECK(f.call(*display, QStringLiteral("ticket.call_next"), {{"counter", 1}}).error.code == ErrorCode::Forbidden);
    CHECK(f.call(*display, QStringLiteral("ticket.issue"), {{"service", "land"}}).error.code == ErrorCode::Forbidden);
    CHECK(f.call(*kiosk, QStringLiteral("ticket.finish"), {{"counter", 1}, {"ticket", 1}}).error.code
          == ErrorCode::Forbidden);
    CHECK(f.call(*kiosk, QStringLiteral("clerk.add"), {{"user", "x"}}).error.code == ErrorCode::Forbidden);
    CHECK(f.call(*counter, QStringLiteral("ticket.issue"), {{"service", "land"}}).error.code == ErrorCode::Forbidden);
    // A counter device needs a clerk, and acts only for its own counter.
    CHECK(f.call(*counter, QStringLiteral("counter.open")).error.code == ErrorCode::NotLoggedIn);
    REQUIRE(f.call(*counter, QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", "1111"}}).ok);
    CHECK(f.call(*counter, QStringLiteral("counter.open"), {{"counter", 2}}).error.code == ErrorCode::Forbidden);
    CHECK(f.call(*counter, QStringLiteral("counter.open"), {{"counter", 1}}).ok);
    CHECK(f.call(*counter, QStringLiteral("clerk.list")).error.code == ErrorCode::Forbidden);
    // A supervisor device needs a supervisor; a clerk may not log in there.
    CHECK(f.call(*supervisor, QStringLiteral("counter.open"), {{"counter", 3}}).error.code == ErrorCode::NotLoggedIn);
    CHECK(f.call(*supervisor, QStringLiteral("clerk.login"), {{"user", "hoa"}, {"pin", "1111"}}).error.code
          == ErrorCode::Forbidden);
    REQUIRE(f.call(*supervisor, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
    CHECK(f.call(*supervisor, QStringLiteral("counter.open"), {{"counter", 3}}).ok);
    CHECK(f.call(*supervisor, QStringLiteral("counter.pause")).error.code == ErrorCode::BadRequest); // which counter?
    // Nothing of the refused requests reached the log: two counters opened (plus day.started).
    CHECK(f.store->lastSeq() == 3);

    // Only a supervisor changes what a counter serves; every counter's mirror follows.
    CHECK(f.call(*counter, QStringLiteral("counter.services"), {{"services", QJsonArray{"justice"}}}).error.code
          == ErrorCode::Forbidden);
    const HubReply changed = f.call(*supervisor, QStringLiteral("counter.services"),
                                    {{"counter", 4}, {"services", QJsonArray{"justice", "land"}}});
    REQUIRE(changed.ok);
    CHECK(changed.body["counter"].toObject()["services"].toArray() == QJsonArray{"justice", "land"});
    REQUIRE(waitFor([&] { return counter->mirror().lastSeq() == changed.body["seq"].toInteger(); }));
    CHECK(counter->mirror().engine().servicesOf(4) == QStringList{"justice", "land"});
    // A supervisor logged in at a counter runs the floor from there: any counter's services.
    auto third = f.online(QStringLiteral("counter-3"), DeviceRole::Counter);
    REQUIRE(f.call(*third, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
    const HubReply other = f.call(*third, QStringLiteral("counter.services"), {{"counter", 4}, {"services", QJsonArray{"land"}}});
    INFO(other.error.message.toStdString());
    CHECK(other.ok);
    CHECK(f.call(*third, QStringLiteral("counter.services"), {{"services", QJsonArray{"land", "justice"}}}).ok);
}

TEST_CASE("A supervisor adds clerks and resets PINs over the protocol", "[hub]")
{
    HubFixture f;
    auto supervisor = f.online(QStringLiteral("supervisor-1"), DeviceRole::Supervisor);
    REQUIRE(f.call(*supervisor, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
    REQUIRE(f.call(*supervisor, QStringLiteral("clerk.add"),
                   {{"user", "mai.le"}, {"name", "Lê Thị Mai"}, {"role", "clerk"}, {"pin", "2468"}})
                .ok);
    CHECK(f.call(*supervisor, QStringLiteral("clerk.add"), {{"user", "mai.le"}, {"name", "again"}, {"pin", "2468"}})
              .error.code
          == ErrorCode::InvalidArgument);
    CHECK(f.call(*supervisor, QStringLiteral("clerk.add"), {{"user", "Bad User"}, {"name", "x"}, {"pin", "2468"}})
              .error.code
          == ErrorCode::InvalidArgument);
    CHECK(
        f.call(*supervisor, QStringLiteral("clerk.add"), {{"user", "tuan"}, {"name", "x"}, {"pin", "12a4"}}).error.code
        == ErrorCode::InvalidArgument);
    const HubReply list = f.call(*supervisor, QStringLiteral("clerk.list"));
    REQUIRE(list.ok);
    QStringList users;
    for (const QJsonValue &v : list.body["clerks"].toArray())
        users << v.toObject()["user"].toString();
    CHECK(users == QStringList{"hoa", "lan", "mai.le", "sup"});

    auto counter = f.online(QStringLiteral("counter-2"), DeviceRole::Counter);
    CHECK(f.call(*counter, QStringLiteral("clerk.login"), {{"user", "mai.le"}, {"pin", "2468"}}).ok);
    REQUIRE(f.call(*supervisor, QStringLiteral("clerk.set_pin"), {{"user", "mai.le"}, {"pin", "97531"}}).ok);
    CHECK(f.call(*counter, QStringLiteral("clerk.login"), {{"user", "mai.le"}, {"pin", "2468"}}).error.code
          == ErrorCode::LoginFailed);
    CHECK(f.call(*counter, QStringLiteral("clerk.login"), {{"user", "mai.le"}, {"pin", "97531"}}).ok);
    CHECK(f.call(*supervisor, QStringLiteral("clerk.set_pin"), {{"user", "nobody"}, {"pin", "1234"}}).error.code
          == ErrorCode::InvalidArgument);

    const HubReply devices = f.call(*supervisor, QStringLiteral("devices"));
    REQUIRE(devices.ok);
    // The two connected first, then the center file's seven others, marked offline.
    const QJsonArray known = devices.body["devices"].toArray();
    REQUIRE(known.size() == 9);
    int online = 0;
    for (const QJsonValue d : known)
        online += d.toObject().value("online").toBool(true);
    CHECK(online == 2);
    CHECK(known[2].toObject()["online"].toBool(true) == false);
}

TEST_CASE("Wrong PINs lock a clerk out with a doubling back-off that survives restarts", "[hub]")
{
    HubFixture f;
    Timestamp clock = at("2026-11-26 09:00");
    f.hub->setClock([&] { return clock; });
    auto counter = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    const auto login = [&](const char *pin) {
        return f.call(*counter, QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", pin}});
    };
    for (int i = 0; i < 4; ++i)
        CHECK(login("0000").error.code == ErrorCode::LoginFailed);
    const HubReply fifth = login("0000");
    CHECK(fifth.error.code == ErrorCode::LockedOut);
    CHECK(fifth.body["error"].toObject()["retry_after"].toInt() == 30);
    // While locked, even the right PIN is refused (and not even checked).
    CHECK(login("1111").error.code == ErrorCode::LockedOut);

    clock += 31'000;
    CHECK(login("0000").error.code == ErrorCode::LockedOut); // sixth failure: 60 s
    auto record = require(f.hub->clerkStore().find(QStringLiteral("lan")));
    REQUIRE(record);
    CHECK(record->failedAttempts == 6);
    CHECK(record->lockedUntil == clock + 60'000);

    clock += 61'000;
    CHECK(login("1111").ok);
    record = require(f.hub->clerkStore().find(QStringLiteral("lan")));
    CHECK(record->failedAttempts == 0);
    CHECK(record->lockedUntil == 0);

    // An unknown user gets the same answer as a wrong PIN.
    CHECK(f.call(*counter, QStringLiteral("clerk.login"), {{"user", "ghost"}, {"pin", "1111"}}).error.code
          == ErrorCode::LoginFailed);
}

TEST_CASE("Offline requests fail at once and nothing is queued", "[hub][client]")
{
    HubFixture f;
    HubClient::Options o;
    o.port = 1; // nothing listens there
    o.role = DeviceRole::Kiosk;
    o.device = QStringLiteral("kiosk-1");
    o.key = HubFixture::keyOf(o.device);
    HubClient kiosk(o);
    kiosk.start();
    const HubReply r = f.call(kiosk, QStringLiteral("ticket.issue"), {{"service", "land"}});
    CHECK_FALSE(r.ok);
    CHECK(r.error.code == ErrorCode::Offline);
    CHECK_FALSE(kiosk.isOnline());
    CHECK(f.store->lastSeq() == 1); // only day.started
}

TEST_CASE("A client over the in-process transport sees the same queue", "[hub][client]")
{
    HubFixture f;
    HubClient::Options o;
    o.role = DeviceRole::Kiosk;
    o.device = QStringLiteral("kiosk-2");
    o.key = HubFixture::keyOf(o.device);
    HubClient kiosk(o);
    kiosk.setConnector([&f] {
        auto [mine, theirs] = MemoryLineConnection::createPair();
        f.hub->attach(theirs);
        return mine;
    });
    kiosk.start();
    REQUIRE(waitFor([&] { return kiosk.isOnline(); }));
    const HubReply r = f.call(kiosk, QStringLiteral("ticket.issue"), {{"service", "justice"}});
    REQUIRE(r.ok);
    CHECK(kiosk.mirror().engine().ticketByLabel(QStringLiteral("2001")) != nullptr);
    // The hub closing the connection is noticed, and the client comes back by itself.
    const int before = kiosk.reconnectCount();
    f.hub->shutdown();
    REQUIRE(waitFor([&] { return !kiosk.isOnline(); }));
    REQUIRE(waitFor([&] { return kiosk.isOnline(); }, 5000));
    CHECK(kiosk.reconnectCount() > before);
}

TEST_CASE("A client whose connect hangs gives up, tries again, and follows a new hub address", "[hub][client]")
{
    HubFixture f;
    // A listener whose queue is full and never accepts: the next connect just hangs.
    const int black = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(black, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
    REQUIRE(::listen(black, 0) == 0);
    socklen_t len = sizeof addr;
    ::getsockname(black, reinterpret_cast<sockaddr *>(&addr), &len);
    QTcpSocket filler;
    filler.connectToHost(QHostAddress::LocalHost, ntohs(addr.sin_port));
    REQUIRE(filler.waitForConnected(2000));

    HubClient::Options o;
    o.port = ntohs(addr.sin_port);
    o.role = DeviceRole::Display;
    o.device = QStringLiteral("display-1");
    o.key = f.deviceKey(o.device);
    o.maxBackoffMs = 300;
    HubClient client(o);
    client.start();
    // The first attempt hangs; after 5 s it is abandoned and another one made.
    REQUIRE(waitFor([&] { return client.reconnectCount() >= 1; }, 8000));
    CHECK_FALSE(client.isOnline());
    // The technician points it at the real hub.
    client.setHub(HostPort{QStringLiteral("127.0.0.1"), f.port});
    CHECK(waitFor([&] { return client.isOnline(); }, 10'000));
    ::close(black);
}

TEST_CASE("Only a client that followed this very log is replayed, and a restored backup gets a snapshot", "[hub]")
{
    HubFixture f;
    auto kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    for (int i = 0; i < 3; ++i)
        REQUIRE(f.call(*kiosk, QStringLiteral("ticket.issue"), {{"service", "land"}}).ok);
    const qint64 seq = 2;
    const auto at = require(f.store->atOf(seq));
    REQUIRE(at.has_value());
    const auto helloWith = [&](Timestamp lastAt) {
        RawPeer peer(f.port);
        peer.send({{"id", 1},
                   {"op", "hello"},
                   {"proto", 1},
                   {"role", "display"},
                   {"device", "display-1"},
                   {"key", f.deviceKey(QStringLiteral("display-1"))},
                   {"last_seq", seq},
                   {"last_at", lastAt},
                   {"epoch", f.store->epoch()}});
        return peer.nextReply()["resync"].toString();
    };
    CHECK(helloWith(*at) == "replay");
    // Same epoch and seq, but that event happened at another time: another history.
    CHECK(helloWith(*at + 1) == "snapshot");
    CHECK(helloWith(0) == "snapshot");
}

TEST_CASE("Commands that arrive together share one commit, and each is answered", "[hub]")
{
    HubFixture f;
    // Twenty kiosks send at the same moment: in-process connections deliver every
    // line in the same turn of the event loop, as a burst of sockets would.
    constexpr int kiosks = 20;
    f.hub->setMaxSessionsPerDevice(kiosks); // twenty screens sharing one kiosk key, for this test
    f.hub->setHelloAllowance(2 * kiosks, 1);
    const auto burst = [&](int maxBatch) {
        f.hub->setMaxBatch(maxBatch);
        std::vector<MemoryLineConnection *> ends;
        std::vector<QByteArray> replies(kiosks);
        QObject owner;
        for (int i = 0; i < kiosks; ++i) {
            auto [mine, theirs] = MemoryLineConnection::createPair();
            mine->setParent(&owner);
            f.hub->attach(theirs);
            QObject::connect(mine, &LineConnection::lineReceived, &owner, [&replies, i](const QByteArray &line) {
                if (QJsonDocument::fromJson(line).object().value("id").toInt() == 2)
                    replies[i] = line;
            });
            ends.push_back(mine);
            mine->sendLine(protocol::encode(QJsonObject{{"id", 1},
                                                        {"op", "hello"},
                                                        {"proto", 1},
                                                        {"role", "kiosk"},
                                                        {"device", "kiosk-1"},
                                                        {"key", HubFixture::keyOf("kiosk-1")}}));
        }
        REQUIRE(waitFor([&] { return f.hub->sessionCount() == kiosks; }));
        waitFor([&] {
            return std::all_of(f.hub->sessions().begin(), f.hub->sessions().end(),
                               [](const HubSession *s) { return s->isActive(); });
        });
        const qint64 commitsBefore = f.hub->queue().commitCount();
        const qint64 seqBefore = f.store->lastSeq();
        for (MemoryLineConnection *end : ends)
            end->sendLine(R"({"id":2,"op":"ticket.issue","service":"land"})");
        REQUIRE(waitFor([&] {
            return std::all_of(replies.begin(), replies.end(), [](const QByteArray &r) { return !r.isEmpty(); });
        }));
        for (const QByteArray &r : replies)
            CHECK(r.contains("\"ok\":true"));
        CHECK(f.store->lastSeq() == seqBefore + kiosks); // one event per ticket, gap-free
        for (MemoryLineConnection *end : ends)
            end->close();
        REQUIRE(waitFor([&] { return f.hub->sessionCount() == 0; }));
        return f.hub->queue().commitCount() - commitsBefore;
    };
    CHECK(burst(0) == 1);      // group commit: the whole burst in one transaction
    CHECK(burst(1) == kiosks); // one commit per command, for comparison
}

TEST_CASE("A clerk whose connection dropped is let back in once with the login's token, not the PIN", "[hub]")
{
    HubFixture f;
    QString token;
    {
        auto counter = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
        const HubReply login = f.call(*counter, QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", "1111"}});
        REQUIRE(login.ok);
        token = login.body["resume"].toString();
        CHECK(token.size() == 32);
    } // the connection drops
    auto again = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    auto elsewhere = f.online(QStringLiteral("counter-2"), DeviceRole::Counter);
    const auto resume = [&](HubClient &c, const QString &user, const QString &t) {
        return f.call(c, QStringLiteral("clerk.login"), {{"user", user}, {"resume", t}});
    };
    // Only at the device it was given to, only for that clerk.
    CHECK(resume(*elsewhere, QStringLiteral("lan"), token).error.code == ErrorCode::LoginFailed);
    CHECK(resume(*again, QStringLiteral("hoa"), token).error.code == ErrorCode::LoginFailed);
    const HubReply back = resume(*again, QStringLiteral("lan"), token);
    REQUIRE(back.ok);
    CHECK(back.body["clerk"].toObject()["user"].toString() == "lan");
    CHECK(f.call(*again, QStringLiteral("counter.open")).ok);
    // Each token is used once; the login hands out the next one.
    const QString next = back.body["resume"].toString();
    CHECK(next != token);
    auto third = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    CHECK(resume(*third, QStringLiteral("lan"), token).error.code == ErrorCode::LoginFailed);
    // Logging out ends it, and so does a new PIN.
    REQUIRE(f.call(*again, QStringLiteral("clerk.logout")).ok);
    CHECK(resume(*third, QStringLiteral("lan"), next).error.code == ErrorCode::LoginFailed);
    const QString fresh
        = f.call(*third, QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", "1111"}}).body["resume"].toString();
    auto supervisor = f.online(QStringLiteral("supervisor-1"), DeviceRole::Supervisor);
    REQUIRE(f.call(*supervisor, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
    REQUIRE(f.call(*supervisor, QStringLiteral("clerk.set_pin"), {{"user", "lan"}, {"pin", "9999"}}).ok);
    auto fourth = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    CHECK(resume(*fourth, QStringLiteral("lan"), fresh).error.code == ErrorCode::LoginFailed);
    CHECK(f.call(*fourth, QStringLiteral("clerk.login"), {{"user", "lan"}}).error.code == ErrorCode::BadRequest);
}

TEST_CASE("A supervisor logged in at a counter opens and closes any counter; a clerk only their own", "[hub]")
{
    HubFixture f;
    auto counter = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    REQUIRE(f.call(*counter, QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", "1111"}}).ok);
    CHECK(f.call(*counter, QStringLiteral("counter.open"), {{"counter", 3}}).error.code == ErrorCode::Forbidden);
    CHECK(f.hub->queue().engine().counter(3)->status == CounterStatus::Closed);
    REQUIRE(f.call(*counter, QStringLiteral("clerk.logout")).ok);
    REQUIRE(f.call(*counter, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
    REQUIRE(f.call(*counter, QStringLiteral("counter.open"), {{"counter", 3}}).ok);
    CHECK(f.hub->queue().engine().counter(3)->status == CounterStatus::Open);
    REQUIRE(f.call(*counter, QStringLiteral("counter.close"), {{"counter", 3}}).ok);
    CHECK(f.hub->queue().engine().counter(3)->status == CounterStatus::Closed);
    // Tickets stay each counter's own business, even for a supervisor at a counter.
    CHECK(f.call(*counter, QStringLiteral("ticket.call_next"), {{"counter", 3}}).error.code == ErrorCode::Forbidden);
}

TEST_CASE("A supervisor disables a clerk who left, who can no longer log in, and enables them again", "[hub]")
{
    HubFixture f;
    auto supervisor = f.online(QStringLiteral("supervisor-1"), DeviceRole::Supervisor);
    auto counter = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    REQUIRE(f.call(*supervisor, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
    REQUIRE(f.call(*counter, QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", "1111"}}).ok);
    CHECK(f.call(*counter, QStringLiteral("clerk.set_active"), {{"user", "hoa"}, {"active", false}}).error.code
          == ErrorCode::Forbidden);
    CHECK(f.call(*supervisor, QStringLiteral("clerk.set_active"), {{"user", "hoa"}}).error.code
          == ErrorCode::BadRequest); // active: required
    CHECK(f.call(*supervisor, QStringLiteral("clerk.set_active"), {{"user", "nobody"}, {"active", false}}).error.code
          == ErrorCode::InvalidArgument);
    CHECK(f.call(*supervisor, QStringLiteral("clerk.set_active"), {{"user", "sup"}, {"active", false}}).error.code
          == ErrorCode::InvalidArgument);

    REQUIRE(f.call(*supervisor, QStringLiteral("clerk.set_active"), {{"user", "hoa"}, {"active", false}}).ok);
    auto other = f.online(QStringLiteral("counter-2"), DeviceRole::Counter);
    CHECK(f.call(*other, QStringLiteral("clerk.login"), {{"user", "hoa"}, {"pin", "1111"}}).error.code
          == ErrorCode::LoginFailed);
    const QJsonArray clerks = f.call(*supervisor, QStringLiteral("clerk.list")).body["clerks"].toArray();
    bool listedInactive = false;
    for (const QJsonValue c : clerks)
        if (c.toObject()["user"].toString() == QStringLiteral("hoa"))
            listedInactive = !c.toObject()["active"].toBool(true);
    CHECK(listedInactive);
    REQUIRE(f.call(*supervisor, QStringLiteral("clerk.set_active"), {{"user", "hoa"}, {"active", true}}).ok);
    CHECK(f.call(*other, QStringLiteral("clerk.login"), {{"user", "hoa"}, {"pin", "1111"}}).ok);
}
