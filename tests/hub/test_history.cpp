// The hub learns from its days: each business day is summarized and kept at the
// rollover, the new day starts with what the kept days teach (in day.started, so
// every mirror knows it too), and a restarted hub reads them back.
#include "engine/dayhistory.h"
#include "support/hubfixture.h"

using namespace qms;
using namespace qms::test;

namespace {
/** A hub on a Monday morning whose clock the test moves (`now`), with a kiosk and counter 1 online. */
struct LearningHub
{
    Timestamp now = at("2026-03-02 07:45");
    HubFixture f{QStringLiteral("tests/data/hub-center.json"), now};
    std::unique_ptr<HubClient> kiosk;
    std::unique_ptr<HubClient> counter;

    LearningHub()
    {
        f.clock = [this] { return now; };
        f.hub->setClock(f.clock);
        kiosk = f.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
        counter = f.online(QStringLiteral("counter-1"), DeviceRole::Counter);
    }
    /** Sends a request at a local time; it must succeed. */
    HubReply call(HubClient &c, const char *when, const QString &op, const QJsonObject &fields = {})
    {
        now = at(when);
        const HubReply r = f.call(c, op, fields);
        INFO(op.toStdString() << " at " << when << ": " << r.error.message.toStdString());
        REQUIRE(r.ok);
        return r;
    }
};
} // namespace

TEST_CASE("The hub keeps each day's summary at the rollover, teaches the next day, and reads it back after a restart",
          "[hub][history]")
{
    LearningHub h;
    HubFixture &f = h.f;
    auto &kiosk = h.kiosk;
    auto &counter = h.counter;
    const auto call = [&h](HubClient &c, const char *when, const QString &op, const QJsonObject &fields = {}) {
        return h.call(c, when, op, fields);
    };
    call(*counter, "2026-03-02 07:45", QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", "1111"}});
    call(*counter, "2026-03-02 07:45", QStringLiteral("counter.open"));
    for (int i = 0; i < 2; ++i)
        call(*kiosk, "2026-03-02 08:00", QStringLiteral("ticket.issue"), {{"service", "land"}});
    const qint64 first = call(*counter, "2026-03-02 08:00", QStringLiteral("ticket.call_next")).body.value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger();
    call(*counter, "2026-03-02 08:01", QStringLiteral("ticket.start"), {{"ticket", first}});
    call(*counter, "2026-03-02 08:10", QStringLiteral("ticket.finish"), {{"ticket", first}});
    call(*counter, "2026-03-02 11:00", QStringLiteral("counter.pause"), {{"reason", "nghỉ trưa"}});
    call(*counter, "2026-03-02 12:00", QStringLiteral("counter.open"));
    call(*counter, "2026-03-02 16:00", QStringLiteral("ticket.call_next"));

    // Tuesday morning: the first request starts the new day.
    call(*kiosk, "2026-03-03 07:45", QStringLiteral("ticket.issue"), {{"service", "land"}});
    const auto kept = require(f.store->daySummaries(DayHistory::maxDays));
    REQUIRE(kept.size() == 1);
    const auto monday = daySummaryFromJson(kept[0]);
    REQUIRE(monday);
    CHECK(monday->date == QDate(2026, 3, 2));
    REQUIRE(monday->counters.size() == 1);
    CHECK(monday->counters[0].present[size_t(10 * 12)]);      // 10:00
    CHECK_FALSE(monday->counters[0].present[size_t(11 * 12 + 6)]); // 11:30, at lunch

    const DayRhythm learned = f.hub->queue().engine().rhythm();
    CHECK(learned.days == 1);
    REQUIRE(learned.counter(1));
    CHECK(learned.counter(1)->away == std::vector<MinuteRange>{{11 * 60, 12 * 60}});
    REQUIRE(learned.service(QStringLiteral("land")));
    CHECK(learned.service(QStringLiteral("land"))->seconds[8] == 0); // one ticket is too few to say
    // The kiosk's mirror learned it from day.started, as the hub did.
    REQUIRE(waitFor([&] { return kiosk->mirror().engine().businessDay() == QStringLiteral("2026-03-03"); }));
    CHECK(kiosk->mirror().engine().rhythm() == learned);

    // Tuesday's counter opens; then the hub is killed and restarted: the day's rhythm is
    // in its log, the history in the database, and Tuesday so far is read back from its events.
    call(*counter, "2026-03-03 07:50", QStringLiteral("counter.open"));
    f.restart();
    f.hub->setClock(f.clock);
    CHECK(f.hub->queue().history().size() == 1);
    CHECK(f.hub->queue().engine().rhythm() == learned);
    // A display that comes now gets it in its snapshot.
    auto display = f.online(QStringLiteral("display-1"), DeviceRole::Display);
    CHECK(display->mirror().engine().rhythm() == learned);

    // Wednesday: two days kept (a day nobody worked would not be), the newest read back last.
    REQUIRE(waitFor([&] { return kiosk->isOnline(); }));
    call(*kiosk, "2026-03-04 07:45", QStringLiteral("ticket.issue"), {{"service", "land"}});
    CHECK(f.hub->queue().history().size() == 2);
    CHECK(f.hub->queue().engine().rhythm().days == 2);
    const auto both = require(f.store->daySummaries(DayHistory::maxDays));
    REQUIRE(both.size() == 2);
    CHECK(daySummaryFromJson(both[1])->date == QDate(2026, 3, 3));
}

TEST_CASE("A database from before days were summarized: the hub summarizes its days in the background", "[hub][history]")
{
    LearningHub h;
    HubFixture &f = h.f;
    auto &kiosk = h.kiosk;
    auto &counter = h.counter;
    const auto call = [&h](HubClient &c, const char *when, const QString &op, const QJsonObject &fields = {}) {
        return h.call(c, when, op, fields);
    };
    call(*counter, "2026-03-02 07:45", QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", "1111"}});
    call(*counter, "2026-03-02 07:45", QStringLiteral("counter.open"));
    call(*counter, "2026-03-02 11:00", QStringLiteral("counter.pause"), {{"reason", "nghỉ trưa"}});
    call(*counter, "2026-03-02 12:00", QStringLiteral("counter.open"));
    call(*counter, "2026-03-02 16:00", QStringLiteral("counter.close"));
    call(*kiosk, "2026-03-03 07:45", QStringLiteral("ticket.issue"), {{"service", "land"}});
    REQUIRE(f.hub->queue().history().size() == 1);

    // As an older version left it: the events, no summaries.
    REQUIRE(f.store->db().exec("DELETE FROM day_summaries").ok());
    f.restart();
    f.hub->setClock(f.clock);
    REQUIRE(waitFor([&] { return f.hub->queue().history().size() == 1; }));
    const DaySummary &monday = f.hub->queue().history().days().front();
    CHECK(monday.date == QDate(2026, 3, 2));
    REQUIRE(monday.counters.size() == 1);
    CHECK(monday.counters[0].present[size_t(10 * 12)]);
    CHECK_FALSE(monday.counters[0].present[size_t(11 * 12 + 6)]);
    // And kept, so the next start reads it instead.
    CHECK(require(f.store->daySummaries(DayHistory::maxDays)).size() == 1);
}
