// What a day teaches the next ones: its summary built from its events, the
// rhythm a history of days gives a new one, and the estimate made with it.
// Every expected figure is worked out here from the times the test sets.
#include "engine/dayhistory.h"
#include "support/enginefixture.h"
#include "util/jsonreader.h"

using namespace qms;
using namespace qms::test;

namespace {
const QString land = QStringLiteral("land");

/** The slot (five minutes) holding a local time of the day. */
size_t slotAt(int hour, int minute)
{
    return size_t((hour * 60 + minute) / 5);
}

/** A summary of a day on which counter `number` was there `from`–`to`, except `away`. */
DaySummary dayWith(const QDate &date, int number, std::pair<int, int> from, std::pair<int, int> to,
                   std::vector<std::pair<std::pair<int, int>, std::pair<int, int>>> away = {})
{
    DaySummary d;
    d.date = date;
    DaySummary::Counter c;
    c.number = number;
    for (size_t s = slotAt(from.first, from.second); s < slotAt(to.first, to.second); ++s)
        c.present[s] = true;
    for (const auto &[a, b] : away)
        for (size_t s = slotAt(a.first, a.second); s < slotAt(b.first, b.second); ++s)
            c.present[s] = false;
    d.counters.push_back(c);
    return d;
}

Ticket newcomer(Timestamp at)
{
    Ticket t;
    t.service = land;
    t.issuedAt = at;
    t.queuedAt = at;
    return t;
}
} // namespace

TEST_CASE("A day is summarized from its events: who was there when, service times, calls, waits against what was told",
          "[history]")
{
    EngineFixture f;
    DaySummaryBuilder day(f.engine.config().utcOffsetMinutes);
    const auto run = [&](const Command &c, const char *when) {
        for (const Event &e : f.run(c, at(when)))
            day.observe(e);
    };
    run(cmd::OpenCounter{1, QStringLiteral("lan")}, "2026-11-26 08:00");
    Events issued;
    for (int i = 0; i < 2; ++i) {
        issued.push_back(f.run(cmd::IssueTicket{land, {}, QStringLiteral("t%1").arg(i), QStringLiteral("kiosk-1")},
                               at("2026-11-26 08:00"))
                             .front());
        day.observe(issued.back());
    }
    const TicketId first = issued[0].ticket->id, second = issued[1].ticket->id;
    run(cmd::CallNext{1, {}}, "2026-11-26 08:00");
    run(cmd::StartServing{1, first, {}}, "2026-11-26 08:00");
    run(cmd::Finish{1, first, {}}, "2026-11-26 08:12");
    run(cmd::CallNext{1, {}}, "2026-11-26 08:12");
    run(cmd::StartServing{1, second, {}}, "2026-11-26 08:13");
    run(cmd::Finish{1, second, {}}, "2026-11-26 08:20");
    run(cmd::PauseCounter{1, QStringLiteral("nghỉ trưa"), {}}, "2026-11-26 11:00");
    run(cmd::OpenCounter{1, QStringLiteral("lan")}, "2026-11-26 12:00");
    run(cmd::CloseCounter{1, {}}, "2026-11-26 16:00");
    const DaySummary s = day.finish(at("2026-11-26 16:30"));

    CHECK(s.date == QDate(2026, 11, 26));
    REQUIRE(s.counters.size() == 1);
    const auto &present = s.counters[0].present;
    for (size_t slot = 0; slot < size_t(DaySummary::slotCount); ++slot) {
        const bool expected = (slot >= slotAt(8, 0) && slot < slotAt(11, 0)) || (slot >= slotAt(12, 0) && slot < slotAt(16, 0));
        INFO("slot " << slot);
        CHECK(present[slot] == expected);
    }
    REQUIRE(s.services.size() == 1);
    const DaySummary::Service &service = s.services[0];
    CHECK(service.id == land);
    CHECK(service.served[8] == 2);
    CHECK(service.secondsSum[8] == 12 * 60 + 8 * 60); // call → finish: 08:00–08:12 and 08:12–08:20
    CHECK(service.calls[32] == 2);                   // both called in 08:00–08:15
    int calls = 0;
    for (int c : service.calls)
        calls += c;
    CHECK(calls == 2);
    // Only the second was told 5 minutes or more; it waited 12 of them.
    REQUIRE(issued[0].estimate->seconds < 300);
    const int told = *issued[1].estimate->seconds;
    REQUIRE(told >= 300);
    REQUIRE(s.ratios.size() == 1);
    CHECK(s.ratios[0].first == 8);
    CHECK(s.ratios[0].second == Approx(12.0 * 60 / told));

    // Kept as JSON at the rollover, read back the same.
    const auto back = daySummaryFromJson(daySummaryToJson(s));
    REQUIRE(back);
    CHECK(back->counters == s.counters);
    CHECK(back->services == s.services);
    CHECK(back->ratios.size() == 1);
    CHECK(back->ratios[0].second == Approx(s.ratios[0].second).epsilon(0.001));
    CHECK_FALSE(daySummaryFromJson("{\"counters\": 3}"));
}

TEST_CASE("The history teaches a new day the counters' usual breaks, on the same weekday when it can", "[history]")
{
    DayHistory history;
    // Four Mondays: counter 1 away for lunch 11:00–12:00 (one Monday also a 5-minute
    // gap, which is noise); counter 2 only on one Monday. Two Tuesdays without lunch.
    const QDate monday(2026, 3, 2);
    for (int week = 0; week < 4; ++week) {
        DaySummary d = dayWith(monday.addDays(7 * week), 1, {8, 0}, {16, 0}, {{{11, 0}, {12, 0}}});
        if (week == 0) {
            d.counters[0].present[slotAt(9, 0)] = false;
            d.counters.push_back(dayWith(monday, 2, {8, 0}, {16, 0}).counters[0]);
        }
        history.add(d);
    }
    history.add(dayWith(monday.addDays(1), 1, {8, 0}, {16, 0}));
    history.add(dayWith(monday.addDays(8), 1, {8, 0}, {16, 0}));
    history.add(DaySummary{monday.addDays(5), {}, {}, {}}); // a Saturday nobody worked: not kept
    CHECK(history.size() == 6);

    const DayRhythm nextMonday = history.rhythmFor(monday.addDays(28));
    CHECK(nextMonday.days == 4);
    REQUIRE(nextMonday.counters.size() == 1); // counter 2 came one Monday in four: no habit
    CHECK(nextMonday.counters[0].number == 1);
    CHECK(nextMonday.counters[0].away == std::vector<MinuteRange>{{11 * 60, 12 * 60}});

    const DayRhythm nextTuesday = history.rhythmFor(monday.addDays(15));
    CHECK(nextTuesday.days == 2);
    REQUIRE(nextTuesday.counters.size() == 1);
    CHECK(nextTuesday.counters[0].away.empty());

    // No Wednesday yet: all six days, most of them with lunch.
    const DayRhythm wednesday = history.rhythmFor(monday.addDays(30));
    CHECK(wednesday.days == 6);
    CHECK(wednesday.counters[0].away == std::vector<MinuteRange>{{11 * 60, 12 * 60}});

    // Nothing is learned from the future, and an empty history teaches nothing.
    CHECK(history.rhythmFor(monday).days == 0);
    CHECK(DayHistory().rhythmFor(monday).days == 0);
}

TEST_CASE("The history teaches service times by hour, the calls still to come, a scale and a range", "[history]")
{
    DayHistory history;
    const QDate monday(2026, 3, 2);
    const std::array<int, 3> callsAt9{10, 20, 30};
    for (int week = 0; week < 3; ++week) {
        DaySummary d = dayWith(monday.addDays(7 * week), 1, {8, 0}, {16, 0});
        DaySummary::Service s;
        s.id = land;
        s.served[9] = 4;
        s.secondsSum[9] = 4 * (500 + 100 * week); // 500, 600, 700 s on average: 600 over the three
        s.served[14] = 1;                         // one a day at 14:00: three in all, just enough
        s.secondsSum[14] = 900;
        s.calls[36] = callsAt9[size_t(week)]; // 09:00–09:15
        s.calls[60] = 5;                      // 15:00–15:15
        d.services.push_back(s);
        // Waits were half as long again as the simulation said, at 09:00.
        for (int i = 0; i < 20; ++i)
            d.ratios.emplace_back(9, 1.5);
        history.add(d);
    }
    const DayRhythm r = history.rhythmFor(monday.addDays(21));
    const DayRhythm::Service *service = r.service(land);
    REQUIRE(service);
    CHECK(service->seconds[9] == 600);
    CHECK(service->seconds[14] == 900);
    CHECK(service->seconds[10] == 0);
    // From 09:00: the median day's 20 calls then and 5 at 15:00; from 09:15 only the 5.
    CHECK(service->callsAfter[36] == 25);
    CHECK(service->callsAfter[37] == 5);
    CHECK(service->callsAfter[61] == 0);
    CHECK(r.scaleAt(9) == Approx(1.5));
    CHECK(r.scaleAt(15) == Approx(1.5)); // hours without their own: the whole day's
    // After the scale every wait fell where it was told: the narrowest window, 1–1.5.
    CHECK(r.lowShare == Approx(1.0));
    CHECK(r.highShare == Approx(1.5));

    // Carried in day.started and snapshots as JSON: the same back.
    const QJsonObject json = rhythmToJson(r);
    JsonReader reader(json);
    CHECK(rhythmFromJson(reader) == r);
    CHECK(reader.ok());
}

TEST_CASE("Forecast with the past days: a counter's usual lunch and a paused counter's usual return", "[history][estimate]")
{
    DayRhythm rhythm;
    rhythm.days = 5;
    rhythm.counters.push_back(DayRhythm::Counter{1, {{14 * 60 + 30, 15 * 60 + 30}}}); // the plan: 13:30–17:00
    const auto dayWithRhythm = [&](std::optional<DayRhythm> r) {
        auto f = std::make_unique<EngineFixture>();
        f->run(cmd::StartDay{std::move(r)}, at("2026-11-27 07:00"));
        return f;
    };

    // 14:10, one counter serving and two waiting: without the past days the newcomer is
    // called in about 40 minutes; with them, the counter is away 14:30–15:30 and the
    // third pick falls after its break.
    for (const bool learned : {false, true}) {
        auto f = dayWithRhythm(learned ? std::optional<DayRhythm>(rhythm) : std::nullopt);
        CHECK(f->engine.rhythm().days == (learned ? 5 : 0));
        const Timestamp now = at("2026-11-27 14:10");
        f->open(1, now);
        for (int i = 0; i < 3; ++i)
            f->issue(land, now);
        f->callNext(1, now);
        const WaitEstimate e = f->engine.estimateFor(newcomer(now), now);
        REQUIRE(e.seconds);
        INFO("learned " << learned << ": " << *e.seconds << " s");
        if (learned)
            CHECK(*e.seconds >= 80 * 60); // not before 15:30
        else
            CHECK(*e.seconds < 50 * 60);
    }

    // Paused at 14:35, in its usual break: back at 15:30, not after a typical 15 minutes.
    for (const bool learned : {false, true}) {
        auto f = dayWithRhythm(learned ? std::optional<DayRhythm>(rhythm) : std::nullopt);
        f->open(1, at("2026-11-27 14:00"));
        f->run(cmd::PauseCounter{1, QStringLiteral("nghỉ giải lao"), {}}, at("2026-11-27 14:35"));
        const Timestamp now = at("2026-11-27 14:40");
        const WaitEstimate e = f->engine.estimateFor(newcomer(now), now);
        REQUIRE(e.seconds);
        CHECK(*e.seconds == (learned ? 50 * 60 : 10 * 60));
    }

    // Still open 20 minutes into its usual break, serving with one waiting: not taking
    // it today, so the newcomer is called in about 20 minutes, not after 15:30.
    auto f = dayWithRhythm(rhythm);
    const Timestamp now = at("2026-11-27 14:50");
    f->open(1, now);
    f->issue(land, now);
    f->issue(land, now);
    f->callNext(1, now);
    const WaitEstimate e = f->engine.estimateFor(newcomer(now), now);
    REQUIRE(e.seconds);
    CHECK(*e.seconds < 30 * 60);
}

TEST_CASE("\"May not be served today\" only when the past days agree", "[history][estimate]")
{
    // Counter 1's plan ends at 11:00; at 10:55, two ahead and one serving: no counter
    // reaches the newcomer today, as the plan goes.
    CenterConfig config = EngineFixture().engine.config();
    for (CounterConfig &c : config.counters)
        for (int d = 1; d <= 7; ++d)
            c.hours.setDay(d, {MinuteRange{7 * 60, 11 * 60}});
    const auto forecast = [&](std::optional<DayRhythm> rhythm) {
        QueueEngine engine(config);
        const auto run = [&](const Command &c, Timestamp t) { engine.apply(require(engine.decide(c, t))); };
        run(cmd::StartDay{std::move(rhythm)}, at("2026-11-27 06:00"));
        const Timestamp now = at("2026-11-27 10:55");
        run(cmd::OpenCounter{1, QStringLiteral("lan")}, now);
        for (int i = 0; i < 3; ++i)
            run(cmd::IssueTicket{land, {}, QStringLiteral("t%1").arg(i), QStringLiteral("kiosk-1")}, now);
        run(cmd::CallNext{1, {}}, now);
        return engine.estimateFor(newcomer(now), now);
    };
    CHECK(forecast(std::nullopt).unlikelyToday);

    // The past days called 10 more land tickets from 10:45 on, the last by 12:00: the
    // clerks stay until the queue is done. Told that pace instead: 3 of the 10 in the 75
    // minutes from 10:45 to 12:00, counted from 10:55: 65 min × 3 ÷ 11.
    DayRhythm rhythm;
    rhythm.days = 5;
    DayRhythm::Service service;
    service.id = land;
    for (int q = 0; q < DayRhythm::quarters; ++q) // 10 until 10:45, then 4, 3, 2, 1 to 11:45, none from 12:00
        service.callsAfter[size_t(q)] = q <= 43 ? 10 : q < 48 ? 48 - q : 0;
    rhythm.services.push_back(service);
    const WaitEstimate paced = forecast(rhythm);
    CHECK_FALSE(paced.unlikelyToday);
    REQUIRE(paced.seconds);
    CHECK(*paced.seconds == std::lround(65.0 * 60 * 3 / 11));

    // Past days that called fewer than stand ahead agree with the plan.
    for (int &c : rhythm.services[0].callsAfter)
        c = std::min(c, 2);
    CHECK(forecast(rhythm).unlikelyToday);
}
