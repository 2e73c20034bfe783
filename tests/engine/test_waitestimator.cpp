// The forecast, worked out by hand. The small test center: land takes 10 minutes
// by default, justice 6 (weight 2); no measurements yet means the defaults, a 5 %
// no-show rate costing 60 s, 15-minute breaks, and breaks taking 1/16 of a
// counter's time. So one land ticket is expected to take
// (0.95 × 600 + 0.05 × 60) ÷ (1 − 1/16) = 611.2 s of a counter, a justice one
// (0.95 × 360 + 3) × 16/15 = 368 s.
#include "engine/waitestimator.h"
#include "support/enginefixture.h"

using namespace qms;
using namespace qms::test;

namespace {
const QString land = QStringLiteral("land");
const QString justice = QStringLiteral("justice");

Ticket newcomer(const QString &service, Timestamp at, const QString &priority = {})
{
    Ticket t;
    t.service = service;
    t.queuedAt = at;
    t.issuedAt = at;
    t.priorityGroup = priority;
    return t;
}

void serve(EngineFixture &f, int counter, Timestamp at, double minutes)
{
    const Events called = f.run(cmd::CallNext{counter, {}}, at);
    const TicketId id = called.back().ticket->id;
    f.run(cmd::StartServing{counter, id, {}}, at);
    f.run(cmd::Finish{counter, id, {}}, plusMinutes(at, minutes));
}
} // namespace

TEST_CASE("Forecast: with a free counter and nobody waiting, the call is immediate", "[estimate]")
{
    EngineFixture f;
    f.open(1, f.morning);
    const WaitEstimate e = f.engine.estimateFor(newcomer(land, f.morning), f.morning);
    REQUIRE(e.seconds.has_value());
    CHECK(*e.seconds == 0);
    CHECK(e.peopleAhead == 0);
    CHECK(e.rough); // nothing measured yet today
}

TEST_CASE("Forecast: two open counters share the queue, round by round", "[estimate]")
{
    EngineFixture f;
    f.open(1, f.morning);
    f.open(2, f.morning);
    for (int i = 0; i < 4; ++i)
        f.issue(land, plusMinutes(f.morning, i));
    const Timestamp now = plusMinutes(f.morning, 5);
    // Counters 1 and 2 take tickets 1–2 now and 3–4 after 611.2 s; the newcomer is
    // taken by counter 1 after two tickets: 1222.4 s.
    const WaitEstimate e = f.engine.estimateFor(newcomer(land, now), now);
    CHECK(e.peopleAhead == 4);
    CHECK(e.openCounters == 2);
    CHECK(e.seconds == 1222);
    // The industry formula: 10 min × 4 ahead ÷ 2 counters.
    CHECK(WaitEstimator(f.engine).baseline(newcomer(land, now), now).seconds == 1200);
}

TEST_CASE("Forecast: a counter still serving is free when its ticket should end", "[estimate]")
{
    EngineFixture f;
    f.open(1, f.morning);
    const TicketId held = f.issue(land, f.morning);
    f.run(cmd::CallNext{1, {}}, f.morning);
    f.run(cmd::StartServing{1, held, {}}, f.morning);

    // The ticket at the counter is expected to take 600 s (the default; being 240 s in
    // says nothing more), so the counter is free 360 s from now.
    const Timestamp fourMinutesIn = plusMinutes(f.morning, 4);
    CHECK(f.engine.estimateFor(newcomer(land, fourMinutesIn), fourMinutesIn).seconds == 600 - 240);

    // Twelve minutes in: that ticket shows land takes longer than thought, (2 × 600 +
    // 720) ÷ 3 = 640 s; it is running over, so taken as nearly done — 15 % of 640 s.
    const Timestamp late = plusMinutes(f.morning, 12);
    CHECK(f.engine.estimateFor(newcomer(land, late), late).seconds == 96);
}

TEST_CASE("Forecast: a priority ticket goes before the ordinary ones", "[estimate]")
{
    EngineFixture f;
    f.open(1, f.morning);
    for (int i = 0; i < 3; ++i)
        f.issue(land, plusMinutes(f.morning, i));
    const Timestamp now = plusMinutes(f.morning, 5);
    const WaitEstimate ordinary = f.engine.estimateFor(newcomer(land, now), now);
    const WaitEstimate elderly = f.engine.estimateFor(newcomer(land, now, QStringLiteral("elderly")), now);
    CHECK(ordinary.seconds == 1834); // 3 × 611.2
    CHECK(elderly.seconds == 0);
    CHECK(elderly.peopleAhead == 0);
}

TEST_CASE("Forecast: a counter serving two services follows the weights", "[estimate]")
{
    // Counter 2 serves land (weight 1) and justice (weight 2). A land ticket that has
    // waited 10 minutes loses to a justice ticket that has waited 6 (12 weighted).
    EngineFixture f;
    f.open(2, f.morning);
    const Timestamp now = plusMinutes(f.morning, 10);
    f.issue(land, f.morning);
    f.issue(justice, plusMinutes(f.morning, 4));
    const auto calls = WaitEstimator(f.engine).predictCalls(now, nullptr);
    const Ticket *l = f.engine.ticketByLabel(QStringLiteral("1001"));
    const Ticket *j = f.engine.ticketByLabel(QStringLiteral("2001"));
    REQUIRE(l);
    REQUIRE(j);
    CHECK(calls.at(j->id) == now);
    // Justice takes 368 s of the counter.
    CHECK(calls.at(l->id) == now + 368'000);
}

TEST_CASE("Forecast: a paused counter counts as back after a typical break", "[estimate]")
{
    EngineFixture f;
    f.open(1, f.morning);
    f.run(cmd::PauseCounter{1, QStringLiteral("nghỉ giải lao"), {}}, f.morning);
    const Timestamp now = plusMinutes(f.morning, 5);
    const WaitEstimate e = f.engine.estimateFor(newcomer(land, now), now);
    CHECK(e.seconds == 10 * 60); // a 15-minute break, 5 minutes gone
    CHECK(e.openCounters == 0);
    CHECK(e.rough); // nobody is serving: no firm promise

    // A counter that is closed says nothing about when it opens: no number at all.
    EngineFixture g;
    const WaitEstimate none = g.engine.estimateFor(newcomer(land, now), now);
    CHECK_FALSE(none.seconds.has_value());
}

TEST_CASE("Forecast: the defaults give way to today's measurements", "[estimate]")
{
    EngineFixture f;
    f.open(1, f.morning);
    for (int i = 0; i < 4; ++i)
        f.issue(land, plusMinutes(f.morning, i));
    Timestamp t = plusMinutes(f.morning, 10);
    for (int i = 0; i < 3; ++i) {
        serve(f, 1, t, 5);
        t = plusMinutes(t, 5);
    }
    // Two pseudo-observations of 600 s and three real ones of 300 s.
    CHECK(f.engine.serviceSeconds(land) == Approx((2 * 600.0 + 3 * 300.0) / 5));
    CHECK(f.engine.stats().servedOf(land) == 3);
    CHECK_FALSE(f.engine.estimateFor(newcomer(land, t), t).rough);

    // A no-show is measured too: 2 minutes lost on it.
    const Events called = f.run(cmd::CallNext{1, {}}, t);
    f.run(cmd::MarkNoShow{1, called.back().ticket->id, {}}, plusMinutes(t, 2));
    CHECK(f.engine.stats().noShows == 1);
    CHECK(f.engine.stats().noShowCost() == Approx((2 * 60.0 + 120.0) / 3));
    CHECK(f.engine.stats().noShowRate() == Approx((20 * 0.05 + 1) / (20 + 4)));
}

TEST_CASE("Forecast: one simulation answers for every waiting ticket", "[estimate]")
{
    EngineFixture f;
    f.open(1, f.morning);
    f.open(3, f.morning);
    for (int i = 0; i < 12; ++i)
        f.issue(i % 3 ? land : justice, plusMinutes(f.morning, i), i == 7 ? QStringLiteral("elderly") : QString());
    const Timestamp now = plusMinutes(f.morning, 20);
    const auto all = f.engine.estimateAll(now);
    CHECK(all.size() == 12);
    for (const auto &[id, estimate] : all)
        CHECK(f.engine.estimateFor(*f.engine.ticket(id), now) == estimate);
}

TEST_CASE("Forecast: a ticket far back in a long queue is told the pace of its lane, not a full simulation", "[estimate]")
{
    // 3,000 waiting for two counters, open around the clock, serving land (30 s) and
    // justice (20 s): the newcomer is more than a thousand calls back, so its estimate is
    // extrapolated from the first thousand at the pace its lane was served; it stays
    // within a few per cent of the full simulation.
    CenterConfig config = EngineFixture().engine.config();
    for (CounterConfig &c : config.counters)
        c.hours = OpeningHours::always();
    for (ServiceConfig &s : config.services) {
        s.defaultServiceSeconds = s.id == land ? 30 : 20;
        s.numbering.kind = NumberingScheme::Kind::Prefix; // room for thousands a day
        s.numbering.prefix = s.id.left(1).toUpper();
        s.numbering.width = 4;
        s.numbering.first = 1;
        s.numbering.last = 9999;
        s.dailyCap = 9999;
    }
    QueueEngine engine(config);
    const auto run = [&](const Command &c, Timestamp t) { engine.apply(require(engine.decide(c, t))); };
    const Timestamp morning = at("2026-11-26 08:00");
    run(cmd::StartDay{}, at("2026-11-26 07:00"));
    run(cmd::OpenCounter{1, QStringLiteral("a")}, morning);
    run(cmd::OpenCounter{2, QStringLiteral("b")}, morning);
    for (int i = 0; i < 3000; ++i)
        run(cmd::IssueTicket{i % 3 == 0 ? justice : land, {}, QStringLiteral("k%1").arg(i), {}}, morning);
    const Timestamp now = plusMinutes(morning, 1);
    Ticket probe = newcomer(land, now);
    probe.id = std::numeric_limits<TicketId>::max();
    const auto full = WaitEstimator(engine).predictCalls(now, &probe); // every call, no bound
    REQUIRE(full.contains(probe.id));
    const double exact = double(full.at(probe.id) - now) / 1000.0;
    const WaitEstimate paced = engine.estimateFor(newcomer(land, now), now);
    REQUIRE(paced.seconds);
    INFO("full simulation " << exact << " s, paced " << *paced.seconds << " s");
    CHECK(exact > 3600); // hours back: the bound applies
    CHECK(std::abs(*paced.seconds - exact) <= 0.05 * exact);
    CHECK(paced.peopleAhead == 2000);
}
