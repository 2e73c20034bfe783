#include "support/enginefixture.h"

using namespace qms;
using namespace qms::test;

TEST_CASE("Tickets are numbered from their service's block or prefix", "[engine]")
{
    EngineFixture f;
    const TicketId a = f.issue(QStringLiteral("land"), f.morning);
    const TicketId b = f.issue(QStringLiteral("land"), plusMinutes(f.morning, 1));
    const TicketId c = f.issue(QStringLiteral("justice"), plusMinutes(f.morning, 2));
    const TicketId d = f.issue(QStringLiteral("result"), plusMinutes(f.morning, 3));

    CHECK(f.ticket(a).label == "1001");
    CHECK(f.ticket(b).label == "1002");
    CHECK(f.ticket(c).label == "2001");
    CHECK(f.ticket(d).label == "R001");
    CHECK(f.ticket(d).number == 1);
    CHECK(b == a + 1);
    CHECK(f.ticket(a).state == TicketState::Waiting);
    CHECK(f.ticket(a).businessDay == "2026-11-26");
    CHECK(f.ticket(b).issuedAt == plusMinutes(f.morning, 1));
    CHECK(f.engine.issuedToday(QStringLiteral("land")) == 2);
    CHECK(f.engine.ticketByToken(f.ticket(c).token) == &f.ticket(c));
}

TEST_CASE("A ticket goes waiting, called, recalled, serving, done with every timestamp", "[engine]")
{
    EngineFixture f;
    f.open(1, f.morning, QStringLiteral("lan.nguyen"));
    const TicketId id = f.issue(QStringLiteral("land"), plusMinutes(f.morning, 1));

    const Events called = f.run(cmd::CallNext{1, QStringLiteral("lan.nguyen")}, plusMinutes(f.morning, 2));
    REQUIRE(called.size() == 1);
    CHECK(called[0].type == EventType::TicketCalled);
    CHECK(called[0].actor == "lan.nguyen");
    CHECK(f.ticket(id).state == TicketState::Called);
    CHECK(f.ticket(id).counter == 1);
    CHECK(f.ticket(id).clerk == "lan.nguyen");
    CHECK(f.ticket(id).calledAt == plusMinutes(f.morning, 2));
    CHECK(f.engine.counter(1)->current == id);

    f.run(cmd::Recall{1, id, QStringLiteral("lan.nguyen")}, plusMinutes(f.morning, 3));
    CHECK(f.ticket(id).recallCount == 1);
    CHECK(f.ticket(id).state == TicketState::Called);

    f.run(cmd::StartServing{1, id, QStringLiteral("lan.nguyen")}, plusMinutes(f.morning, 4));
    CHECK(f.ticket(id).state == TicketState::Serving);
    CHECK(f.ticket(id).startedAt == plusMinutes(f.morning, 4));

    const Events done = f.run(cmd::Finish{1, id, QStringLiteral("lan.nguyen")}, plusMinutes(f.morning, 16));
    CHECK(done[0].type == EventType::TicketDone);
    CHECK(f.ticket(id).state == TicketState::Done);
    CHECK(f.ticket(id).finishedAt == plusMinutes(f.morning, 16));
    CHECK(f.engine.counter(1)->current == 0);
}

TEST_CASE("A clerk marks a no-show, and a late citizen is requeued at the tail", "[engine]")
{
    EngineFixture f;
    f.open(1, f.morning);
    const TicketId late = f.issue(QStringLiteral("land"), plusMinutes(f.morning, 1));
    const TicketId next = f.issue(QStringLiteral("land"), plusMinutes(f.morning, 2));
    REQUIRE(f.callNext(1, plusMinutes(f.morning, 3)) == "1001");

    f.run(cmd::MarkNoShow{1, late, QStringLiteral("clerk")}, plusMinutes(f.morning, 5));
    CHECK(f.ticket(late).state == TicketState::NoShow);
    CHECK(f.engine.counter(1)->current == 0);

    f.run(cmd::Requeue{1, late, QueuePosition::Tail, QStringLiteral("clerk")}, plusMinutes(f.morning, 9));
    CHECK(f.ticket(late).state == TicketState::Waiting);
    CHECK(f.ticket(late).queuedAt == plusMinutes(f.morning, 9));
    // 1002 has waited since 08:02, the requeued 1001 only since 08:09.
    CHECK(f.callNext(1, plusMinutes(f.morning, 10)) == "1002");
    CHECK(f.ticket(next).state == TicketState::Called);
}

TEST_CASE("Requeue of a called ticket frees the counter, and to the head it is called first", "[engine]")
{
    EngineFixture f;
    f.open(1, f.morning);
    const TicketId first = f.issue(QStringLiteral("land"), plusMinutes(f.morning, 1));
    f.issue(QStringLiteral("land"), plusMinutes(f.morning, 2));
    f.callNext(1, plusMinutes(f.morning, 3));
    f.run(cmd::Requeue{1, first, QueuePosition::Head, QStringLiteral("clerk")}, plusMinutes(f.morning, 4));
    CHECK(f.engine.counter(1)->current == 0);
    CHECK(f.ticket(first).atHead);
    CHECK(f.callNext(1, plusMinutes(f.morning, 5)) == "1001");
}

TEST_CASE("Calling next while the called citizen never came marks them no-show", "[engine]")
{
    EngineFixture f;
    f.open(1, f.morning);
    const TicketId absent = f.issue(QStringLiteral("land"), plusMinutes(f.morning, 1));
    const TicketId present = f.issue(QStringLiteral("land"), plusMinutes(f.morning, 2));
    f.callNext(1, plusMinutes(f.morning, 3));

    const Events events = f.run(cmd::CallNext{1, QStringLiteral("clerk")}, plusMinutes(f.morning, 6));
    REQUIRE(events.size() == 2);
    CHECK(events[0].type == EventType::TicketNoShow);
    CHECK(events[0].ticket->id == absent);
    CHECK(events[1].type == EventType::TicketCalled);
    CHECK(events[1].ticket->id == present);
    CHECK(f.ticket(absent).state == TicketState::NoShow);
    CHECK(f.engine.counter(1)->current == present);
}

TEST_CASE("Cancel takes a waiting or called ticket out of the queue", "[engine]")
{
    EngineFixture f;
    f.open(1, f.morning);
    const TicketId waiting = f.issue(QStringLiteral("land"), plusMinutes(f.morning, 1));
    const TicketId called = f.issue(QStringLiteral("justice"), plusMinutes(f.morning, 1));
    f.open(3, f.morning);
    f.callNext(3, plusMinutes(f.morning, 2));

    f.run(cmd::Cancel{0, waiting, QStringLiteral("left"), QStringLiteral("supervisor")}, plusMinutes(f.morning, 3));
    f.run(cmd::Cancel{3, called, QStringLiteral("wrong service"), QStringLiteral("clerk")}, plusMinutes(f.morning, 3));
    CHECK(f.ticket(waiting).state == TicketState::Cancelled);
    CHECK(f.ticket(called).state == TicketState::Cancelled);
    CHECK(f.engine.counter(3)->current == 0);
    CHECK(f.refuse(cmd::CallNext{1, {}}, plusMinutes(f.morning, 4)) == ErrorCode::QueueEmpty);
    CHECK(f.refuse(cmd::Cancel{0, waiting, {}, {}}, plusMinutes(f.morning, 5)) == ErrorCode::WrongState);
}

TEST_CASE("Counters open, pause with a reason, reopen and close", "[engine]")
{
    EngineFixture f;
    CHECK(f.engine.counter(2)->status == CounterStatus::Closed);
    f.open(2, f.morning, QStringLiteral("hoa.tran"));
    CHECK(f.engine.counter(2)->status == CounterStatus::Open);
    CHECK(f.engine.counter(2)->clerk == "hoa.tran");

    f.run(cmd::PauseCounter{2, QStringLiteral("nghỉ trưa"), QStringLiteral("hoa.tran")}, plusMinutes(f.morning, 200));
    CHECK(f.engine.counter(2)->status == CounterStatus::Paused);
    CHECK(f.engine.counter(2)->reason == "nghỉ trưa");
    f.issue(QStringLiteral("land"), plusMinutes(f.morning, 201));
    CHECK(f.refuse(cmd::CallNext{2, {}}, plusMinutes(f.morning, 202)) == ErrorCode::CounterNotOpen);

    f.open(2, plusMinutes(f.morning, 300), QStringLiteral("hoa.tran"));
    CHECK(f.engine.counter(2)->reason.isEmpty());
    f.run(cmd::CloseCounter{2, QStringLiteral("hoa.tran")}, plusMinutes(f.morning, 301));
    CHECK(f.engine.counter(2)->status == CounterStatus::Closed);
    CHECK(f.engine.counter(2)->clerk.isEmpty());
}

TEST_CASE("Every command refuses what it cannot do, with a typed error and no events", "[engine]")
{
    EngineFixture f;
    const Timestamp t = plusMinutes(f.morning, 10);
    const TicketId land = f.issue(QStringLiteral("land"), f.morning);
    const TicketId justice = f.issue(QStringLiteral("justice"), f.morning);
    const QString who = QStringLiteral("clerk");

    SECTION("unknown things")
    {
        CHECK(f.refuse(cmd::IssueTicket{QStringLiteral("tax"), {}, QStringLiteral("t1"), {}}, t)
              == ErrorCode::UnknownService);
        CHECK(f.refuse(cmd::IssueTicket{QStringLiteral("land"), QStringLiteral("vip"), QStringLiteral("t1"), {}}, t)
              == ErrorCode::UnknownPriorityGroup);
        CHECK(f.refuse(cmd::CallNext{42, who}, t) == ErrorCode::UnknownCounter);
        CHECK(f.refuse(cmd::OpenCounter{42, who}, t) == ErrorCode::UnknownCounter);
        CHECK(f.refuse(cmd::StartServing{1, 999, who}, t) == ErrorCode::UnknownTicket);
        CHECK(f.refuse(cmd::Transfer{0, land, QStringLiteral("tax"), 0, {}, who, {}}, t) == ErrorCode::UnknownService);
        CHECK(f.refuse(cmd::Transfer{0, land, {}, 42, {}, who, {}}, t) == ErrorCode::UnknownCounter);
    }
    SECTION("a token must be new")
    {
        CHECK(f.refuse(cmd::IssueTicket{QStringLiteral("land"), {}, QStringLiteral("tok1"), {}}, t)
              == ErrorCode::InvalidArgument);
        CHECK(f.refuse(cmd::IssueTicket{QStringLiteral("land"), {}, QString(), {}}, t) == ErrorCode::InvalidArgument);
    }
    SECTION("counter state")
    {
        CHECK(f.refuse(cmd::CallNext{1, who}, t) == ErrorCode::CounterNotOpen);
        CHECK(f.refuse(cmd::PauseCounter{1, {}, who}, t) == ErrorCode::CounterNotOpen);
        CHECK(f.refuse(cmd::CloseCounter{1, who}, t) == ErrorCode::WrongState);
        f.open(1, t, who);
        CHECK(f.refuse(cmd::OpenCounter{1, who}, t) == ErrorCode::WrongState);
        f.callNext(1, t);
        CHECK(f.refuse(cmd::PauseCounter{1, {}, who}, t) == ErrorCode::CounterBusy);
        CHECK(f.refuse(cmd::CloseCounter{1, who}, t) == ErrorCode::CounterBusy);
        f.run(cmd::StartServing{1, land, who}, t);
        CHECK(f.refuse(cmd::CallNext{1, who}, t) == ErrorCode::CounterBusy);
        CHECK(f.refuse(cmd::CallTicket{1, land, who}, t) == ErrorCode::CounterBusy);
    }
    SECTION("wrong state for the ticket")
    {
        f.open(1, t, who);
        CHECK(f.refuse(cmd::StartServing{0, land, who}, t) == ErrorCode::WrongState);
        CHECK(f.refuse(cmd::Finish{0, land, who}, t) == ErrorCode::WrongState);
        CHECK(f.refuse(cmd::MarkNoShow{0, land, who}, t) == ErrorCode::WrongState);
        CHECK(f.refuse(cmd::Recall{0, land, who}, t) == ErrorCode::WrongState);
        CHECK(f.refuse(cmd::Requeue{0, land, QueuePosition::Tail, who}, t) == ErrorCode::WrongState);
        f.callNext(1, t);
        CHECK(f.refuse(cmd::Finish{1, land, who}, t) == ErrorCode::WrongState);
        CHECK(f.refuse(cmd::CallTicket{1, land, who}, t) == ErrorCode::WrongState);
        f.run(cmd::StartServing{1, land, who}, t);
        CHECK(f.refuse(cmd::StartServing{1, land, who}, t) == ErrorCode::WrongState);
        CHECK(f.refuse(cmd::Cancel{1, land, {}, who}, t) == ErrorCode::WrongState);
        f.run(cmd::Finish{1, land, who}, t);
        CHECK(f.refuse(cmd::Transfer{0, land, QStringLiteral("justice"), 0, {}, who, {}}, t) == ErrorCode::WrongState);
        CHECK(f.refuse(cmd::Requeue{0, land, QueuePosition::Tail, who}, t) == ErrorCode::WrongState);
    }
    SECTION("not your ticket")
    {
        f.open(1, t, who);
        f.open(2, t, who);
        f.open(3, t, who);
        f.callNext(1, t);
        CHECK(f.refuse(cmd::StartServing{2, land, who}, t) == ErrorCode::NotYourTicket);
        CHECK(f.refuse(cmd::Recall{2, land, who}, t) == ErrorCode::NotYourTicket);
        CHECK(f.refuse(cmd::MarkNoShow{2, land, who}, t) == ErrorCode::NotYourTicket);
        CHECK(f.refuse(cmd::Requeue{2, land, QueuePosition::Tail, who}, t) == ErrorCode::NotYourTicket);
        CHECK(f.refuse(cmd::Transfer{2, land, QStringLiteral("justice"), 0, {}, who, {}}, t)
              == ErrorCode::NotYourTicket);
        CHECK(f.refuse(cmd::Cancel{3, land, {}, who}, t) == ErrorCode::NotYourTicket);
        // A waiting ticket can only be handled by a counter that could call it.
        CHECK(f.refuse(cmd::Transfer{1, justice, QStringLiteral("land"), 0, {}, who, {}}, t)
              == ErrorCode::NotYourTicket);
    }
    SECTION("not served here, empty queue, recall limit")
    {
        f.open(1, t, who);
        CHECK(f.refuse(cmd::CallTicket{1, justice, who}, t) == ErrorCode::NotServedHere);
        f.callNext(1, t);
        f.run(cmd::Recall{1, land, who}, t);
        f.run(cmd::Recall{1, land, who}, t);
        CHECK(f.refuse(cmd::Recall{1, land, who}, t) == ErrorCode::RecallLimit);
        f.run(cmd::MarkNoShow{1, land, who}, t);
        CHECK(f.refuse(cmd::CallNext{1, who}, t) == ErrorCode::QueueEmpty);
    }
    SECTION("a transfer needs somewhere to go")
    {
        CHECK(f.refuse(cmd::Transfer{0, land, {}, 0, {}, who, {}}, t) == ErrorCode::InvalidArgument);
        CHECK(f.refuse(cmd::Transfer{0, land, QStringLiteral("land"), 0, {}, who, {}}, t)
              == ErrorCode::InvalidArgument);
    }
    // Refusals changed nothing.
    CHECK(f.engine.ticket(justice)->state == TicketState::Waiting);
}

TEST_CASE("Tickets are only issued during opening hours, and never on a closed date", "[engine]")
{
    auto config = smallCenter();
    config.services[0].hours.setClosedDates({QDate(2026, 12, 2)});
    config.services[0].hours.setStopIssuingBeforeClose(15);
    QueueEngine engine(config);
    engine.apply(require(engine.decide(cmd::StartDay{}, at("2026-11-26 05:00"))));
    const auto code = [&](const char *when, const char *service = "land") {
        const auto ok = engine.canIssue(QString::fromLatin1(service), at(when));
        return ok ? std::optional<ErrorCode>() : std::optional<ErrorCode>(ok.error().code);
    };
    CHECK(code("2026-11-26 07:29") == ErrorCode::ServiceClosed);
    CHECK_FALSE(code("2026-11-26 07:30"));
    CHECK_FALSE(code("2026-11-26 11:14"));
    CHECK(code("2026-11-26 11:15") == ErrorCode::ServiceClosed); // 15 minutes before the session ends
    CHECK(code("2026-11-26 12:00") == ErrorCode::ServiceClosed); // lunch
    CHECK_FALSE(code("2026-11-26 13:30"));
    CHECK(code("2026-11-26 16:50") == ErrorCode::ServiceClosed);
    CHECK_FALSE(code("2026-11-26 16:50", "justice"));            // no cut-off configured there
    CHECK_FALSE(code("2026-11-28 09:00"));                       // Saturday morning
    CHECK(code("2026-11-28 14:00") == ErrorCode::ServiceClosed); // Saturday afternoon
    CHECK(code("2026-11-29 09:00") == ErrorCode::ServiceClosed); // Sunday
    CHECK(code("2026-12-02 09:00") == ErrorCode::ServiceClosed); // holiday (a Wednesday)

    auto refused = engine.decide(cmd::IssueTicket{QStringLiteral("land"), {}, QStringLiteral("t"), {}},
                                 at("2026-11-26 12:00"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ServiceClosed);
    CHECK(refused.error().message.contains(QStringLiteral("12:00")));
}

TEST_CASE("The daily cap and the end of a number block stop issuing", "[engine]")
{
    EngineFixture f;
    for (int i = 0; i < 5; ++i)
        f.issue(QStringLiteral("result"), plusMinutes(f.morning, i));
    CHECK(f.refuse(cmd::IssueTicket{QStringLiteral("result"), {}, QStringLiteral("x"), {}}, plusMinutes(f.morning, 6))
          == ErrorCode::DailyCapReached);
    // Other services are not affected.
    f.issue(QStringLiteral("land"), plusMinutes(f.morning, 7));

    auto config = smallCenter();
    config.services[1].numbering.last = 2002; // a block of only two numbers
    config.services[1].dailyCap = 2;
    QueueEngine small(config);
    small.apply(require(small.decide(cmd::StartDay{}, f.morning)));
    for (const char *token : {"a", "b"})
        small.apply(require(
            small.decide(cmd::IssueTicket{QStringLiteral("justice"), {}, QLatin1String(token), {}}, f.morning)));
    const auto third = small.decide(cmd::IssueTicket{QStringLiteral("justice"), {}, QStringLiteral("c"), {}},
                                    f.morning);
    REQUIRE_FALSE(third.ok());
    CHECK(third.error().code == ErrorCode::DailyCapReached);
}

TEST_CASE("Rollover expires open tickets, closes counters and restarts numbering", "[engine]")
{
    EngineFixture f;
    f.open(1, f.morning);
    f.open(3, f.morning);
    const TicketId done = f.issue(QStringLiteral("land"), f.morning);
    const TicketId serving = f.issue(QStringLiteral("land"), f.morning);
    const TicketId waiting = f.issue(QStringLiteral("land"), f.morning);
    const TicketId called = f.issue(QStringLiteral("justice"), f.morning);
    f.callNext(1, plusMinutes(f.morning, 1));
    f.run(cmd::StartServing{1, done, {}}, plusMinutes(f.morning, 2));
    f.run(cmd::Finish{1, done, {}}, plusMinutes(f.morning, 3));
    f.callNext(1, plusMinutes(f.morning, 4));
    f.run(cmd::StartServing{1, serving, {}}, plusMinutes(f.morning, 5));
    f.callNext(3, plusMinutes(f.morning, 6));

    // 03:59 the next morning still belongs to the 26th (the day starts at 04:00).
    CHECK_FALSE(f.engine.needsNewDay(at("2026-11-27 03:59")));
    const Timestamp rollover = at("2026-11-27 04:00");
    REQUIRE(f.engine.needsNewDay(rollover));
    CHECK(f.refuse(cmd::IssueTicket{QStringLiteral("land"), {}, QStringLiteral("new"), {}}, rollover)
          == ErrorCode::DayRolloverPending);
    CHECK(f.refuse(cmd::CallNext{1, {}}, rollover) == ErrorCode::DayRolloverPending);

    const Events events = f.run(cmd::StartDay{}, rollover);
    int expired = 0, closed = 0;
    for (const Event &e : events) {
        expired += e.type == EventType::TicketExpired;
        closed += e.type == EventType::CounterClosed;
        if (e.type == EventType::TicketExpired)
            CHECK(e.businessDay == "2026-11-26");
    }
    CHECK(expired == 3); // serving, waiting, called; not the done one
    CHECK(closed == 2);
    CHECK(events.back().type == EventType::DayStarted);
    CHECK(events.back().businessDay == "2026-11-27");
    CHECK(f.engine.businessDay() == "2026-11-27");
    CHECK(f.engine.tickets().empty());
    CHECK(f.engine.counter(1)->status == CounterStatus::Closed);
    CHECK(f.engine.counter(1)->current == 0);
    (void)serving;
    (void)waiting;
    (void)called;

    const TicketId first = f.issue(QStringLiteral("land"), at("2026-11-27 08:00"));
    CHECK(f.ticket(first).label == "1001");
    CHECK(f.ticket(first).businessDay == "2026-11-27");
    CHECK(first > called); // ids never repeat across days
    CHECK(f.refuse(cmd::StartDay{}, at("2026-11-27 09:00")) == ErrorCode::WrongState);
}

TEST_CASE("A clock set back never reopens an old business day", "[engine]")
{
    EngineFixture f;
    f.issue(QStringLiteral("land"), f.morning);
    CHECK_FALSE(f.engine.needsNewDay(at("2026-11-25 10:00")));
    // Issued "yesterday" by the wall clock, but within today's numbering: no repeat.
    const TicketId t = f.issue(QStringLiteral("land"), at("2026-11-25 10:00"));
    CHECK(f.ticket(t).label == "1002");
    CHECK(f.ticket(t).businessDay == "2026-11-26");
}

TEST_CASE("Replaying the events rebuilds exactly the same state", "[engine]")
{
    EngineFixture f;
    Events log;
    auto run = [&](const Command &c, Timestamp t) {
        const Events e = f.run(c, t);
        log.insert(log.end(), e.begin(), e.end());
    };
    QueueEngine fresh(smallCenter());
    fresh.apply(require(fresh.decide(cmd::StartDay{}, at("2026-11-26 07:00"))));

    run(cmd::OpenCounter{1, QStringLiteral("a")}, f.morning);
    run(cmd::OpenCounter{3, QStringLiteral("b")}, f.morning);
    for (int i = 0; i < 6; ++i) {
        run(cmd::IssueTicket{i % 2 ? QStringLiteral("land") : QStringLiteral("justice"),
                             i == 3 ? QStringLiteral("elderly") : QString(),
                             QStringLiteral("r%1").arg(i),
                             {}},
            plusMinutes(f.morning, i));
    }
    run(cmd::CallNext{1, {}}, plusMinutes(f.morning, 10));
    run(cmd::StartServing{1, f.engine.counter(1)->current, {}}, plusMinutes(f.morning, 11));
    run(cmd::Finish{1, f.engine.counter(1)->current, {}}, plusMinutes(f.morning, 20));
    run(cmd::CallNext{3, {}}, plusMinutes(f.morning, 21));
    run(cmd::Transfer{3, f.engine.counter(3)->current, QStringLiteral("land"), 0, QueuePosition::Tail, {}, {}},
        plusMinutes(f.morning, 22));
    run(cmd::PauseCounter{3, QStringLiteral("họp"), {}}, plusMinutes(f.morning, 23));

    fresh.apply(log);
    CHECK(fresh.tickets() == f.engine.tickets());
    CHECK(fresh.counters() == f.engine.counters());
    CHECK(fresh.serviceSeconds(QStringLiteral("land")) == f.engine.serviceSeconds(QStringLiteral("land")));
    CHECK(fresh.issuedToday(QStringLiteral("justice")) == 3);
}
