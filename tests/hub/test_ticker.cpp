// The news line of the screens, changed by a supervisor: every screen follows,
// it survives a restart and the next business day, and an empty line goes back
// to the center file's.
#include "support/hubfixture.h"

using namespace qms;
using namespace qms::test;

TEST_CASE("A supervisor changes the screens' news line; it lasts through a restart and into the next day", "[hub]")
{
    Timestamp now = at("2026-11-26 09:00");
    HubFixture f(QStringLiteral("tests/data/hub-center.json"), 0);
    f.clock = [&now] { return now; };
    f.hub->setClock(f.clock);
    auto supervisor = f.online(QStringLiteral("supervisor-1"), DeviceRole::Supervisor);
    auto display = f.online(QStringLiteral("display-1"), DeviceRole::Display);
    auto counter = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    REQUIRE(f.call(*counter, QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", "1111"}}).ok);
    CHECK(f.call(*counter, QStringLiteral("center.ticker"), {{"vi", "Tin giả"}}).error.code == ErrorCode::Forbidden);
    CHECK(f.call(*supervisor, QStringLiteral("center.ticker"), {{"vi", "x"}}).error.code == ErrorCode::NotLoggedIn);
    REQUIRE(f.call(*supervisor, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
    CHECK(f.call(*supervisor, QStringLiteral("center.ticker"), {{"vi", QString(501, QLatin1Char('a'))}}).error.code
          == ErrorCode::InvalidArgument);

    const HubReply set = f.call(*supervisor, QStringLiteral("center.ticker"),
                                {{"vi", "  Ngày 02/9 Trung tâm nghỉ lễ.  "}, {"en", "Closed on 2 September."}});
    REQUIRE(set.ok);
    REQUIRE(waitFor([&] { return display->mirror().lastSeq() == set.body["seq"].toInteger(); }));
    CHECK(display->mirror().engine().ticker().vi == QStringLiteral("Ngày 02/9 Trung tâm nghỉ lễ."));
    CHECK(display->mirror().engine().ticker().en == QStringLiteral("Closed on 2 September."));

    // Killed and restarted: the line is in the log.
    f.restart();
    CHECK(f.hub->queue().engine().ticker().vi == QStringLiteral("Ngày 02/9 Trung tâm nghỉ lễ."));
    // The next morning: carried into the new day.
    now = at("2026-11-27 07:00");
    auto kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    REQUIRE(f.call(*kiosk, QStringLiteral("ticket.issue"), {{"service", "land"}}).ok); // starts the day
    CHECK(f.hub->queue().engine().businessDay() == QStringLiteral("2026-11-27"));
    CHECK(f.hub->queue().engine().ticker().vi == QStringLiteral("Ngày 02/9 Trung tâm nghỉ lễ."));
    // A fresh display learns it from its snapshot.
    auto fresh = f.online(QStringLiteral("display-2"), DeviceRole::Display);
    CHECK(fresh->mirror().engine().ticker().en == QStringLiteral("Closed on 2 September."));

    // Empty: the center file's line again (none in this test center).
    REQUIRE(waitFor([&] { return supervisor->isOnline(); }, 10'000));
    REQUIRE(f.call(*supervisor, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
    REQUIRE(f.call(*supervisor, QStringLiteral("center.ticker"), {{"vi", ""}}).ok);
    CHECK(f.hub->queue().engine().ticker() == f.hub->config().ticker);
}
