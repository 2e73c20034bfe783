// Service-level alarms over the protocol: what a supervisor is told, when, and who may ask.
#include <QJsonArray>

#include "support/hubfixture.h"

using namespace qms;
using namespace qms::test;

TEST_CASE("A supervisor sees the floor's alarms as they are raised and cleared; nobody else may ask", "[hub][alarms]")
{
    Timestamp now = at("2026-11-26 08:00");
    HubFixture f(QStringLiteral("tests/data/hub-center.json"), 0);
    f.clock = [&now] { return now; };
    f.hub->setClock(f.clock);
    auto kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    auto counter = f.online(QStringLiteral("counter-3"), DeviceRole::Counter);
    auto supervisor = f.online(QStringLiteral("supervisor-1"), DeviceRole::Supervisor);
    REQUIRE(f.call(*supervisor, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
    REQUIRE(f.call(*counter, QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", "1111"}}).ok);
    CHECK(f.call(*counter, QStringLiteral("alarms")).error.code == ErrorCode::Forbidden);
    CHECK(f.call(*kiosk, QStringLiteral("alarms")).error.code == ErrorCode::Forbidden);

    // Counter 3 (justice) open and free while a justice citizen waits.
    REQUIRE(f.call(*counter, QStringLiteral("counter.open")).ok);
    REQUIRE(f.call(*kiosk, QStringLiteral("ticket.issue"), {{"service", "justice"}}).ok);
    CHECK(f.call(*supervisor, QStringLiteral("alarms")).body["alarms"].toArray().isEmpty());
    now = plusMinutes(now, 6);
    const QJsonArray raised = f.call(*supervisor, QStringLiteral("alarms")).body["alarms"].toArray();
    REQUIRE(raised.size() == 1);
    CHECK(raised[0]["kind"].toString() == QStringLiteral("idle_counter"));
    CHECK(raised[0]["counter"].toInt() == 3);
    CHECK(raised[0]["threshold"].toInt() == 5);
    CHECK(raised[0]["since"].toInteger() == at("2026-11-26 08:05"));

    // A kiosk's printer runs out of paper: an alarm at once.
    REQUIRE(f.call(*kiosk, QStringLiteral("device.status"), {{"printer", "problem"}, {"problem", "media_empty"}}).ok);
    const QJsonArray both = f.call(*supervisor, QStringLiteral("alarms")).body["alarms"].toArray();
    REQUIRE(both.size() == 2);
    CHECK(both[1]["kind"].toString() == QStringLiteral("printer_down"));
    CHECK(both[1]["device"].toString() == QStringLiteral("kiosk-1"));
    CHECK(both[1]["problem"].toString() == QStringLiteral("media_empty"));

    // Put right: the counter calls, the paper is in. Cleared, and the hub's alarm keeps its first moment meanwhile.
    REQUIRE(f.call(*counter, QStringLiteral("ticket.call_next")).ok);
    REQUIRE(f.call(*kiosk, QStringLiteral("device.status"), {{"printer", "ready"}}).ok);
    CHECK(f.call(*supervisor, QStringLiteral("alarms")).body["alarms"].toArray().isEmpty());
    CHECK(f.hub->alarms().empty());
}
