#include "support/enginefixture.h"

using namespace qms;
using namespace qms::test;

namespace {
const QString land = QStringLiteral("land");
const QString justice = QStringLiteral("justice");
const QString elderly = QStringLiteral("elderly");
} // namespace

TEST_CASE("Call next takes the longest-waiting ticket of the counter's services", "[engine][policy]")
{
    EngineFixture f;
    f.open(1, f.morning);
    f.issue(land, plusMinutes(f.morning, 1));    // 1001
    f.issue(justice, plusMinutes(f.morning, 2)); // 2001: counter 1 does not serve it
    f.issue(land, plusMinutes(f.morning, 3));    // 1002
    CHECK(f.callNext(1, plusMinutes(f.morning, 10)) == "1001");
    CHECK(f.callNext(1, plusMinutes(f.morning, 11)) == "1002");
    CHECK(f.refuse(cmd::CallNext{1, {}}, plusMinutes(f.morning, 12)) == ErrorCode::QueueEmpty);
}

TEST_CASE("Waiting time is weighted by the service's priority weight", "[engine][policy]")
{
    // justice has weight 2: 6 minutes of its wait count as 12 against land's 10.
    EngineFixture f;
    f.open(2, f.morning);
    const Timestamp now = plusMinutes(f.morning, 20);
    f.issue(land, plusMinutes(now, -10));   // 1001, weighted 10
    f.issue(justice, plusMinutes(now, -6)); // 2001, weighted 12
    f.issue(justice, plusMinutes(now, -4)); // 2002, weighted 8
    CHECK(f.callNext(2, now) == "2001");
    CHECK(f.callNext(2, plusMinutes(now, 0.5)) == "1001"); // 10.5 against 2002's 9
    CHECK(f.callNext(2, plusMinutes(now, 1)) == "2002");
}

TEST_CASE("Strict mode calls every priority ticket before any ordinary one", "[engine][policy]")
{
    EngineFixture f(R"({"priority": "strict"})");
    f.open(1, f.morning);
    f.issue(land, plusMinutes(f.morning, 1));                             // 1001 ordinary, waited longest
    f.issue(land, plusMinutes(f.morning, 2), elderly);                    // 1002
    f.issue(land, plusMinutes(f.morning, 3), elderly);                    // 1003
    f.issue(land, plusMinutes(f.morning, 4), QStringLiteral("disabled")); // 1004
    QStringList order;
    for (int i = 0; i < 4; ++i)
        order << f.callNext(1, plusMinutes(f.morning, 10 + i));
    CHECK(order == QStringList{"1002", "1003", "1004", "1001"});
}

TEST_CASE("Ratio mode lets an ordinary ticket through after a run of priority ones", "[engine][policy]")
{
    // priority_run 2: at most two priority tickets in a row while ordinary ones wait.
    EngineFixture f;
    f.open(1, f.morning);
    f.issue(land, plusMinutes(f.morning, 1)); // 1001 ordinary
    f.issue(land, plusMinutes(f.morning, 2)); // 1002 ordinary
    for (int i = 0; i < 5; ++i)
        f.issue(land, plusMinutes(f.morning, 3 + i), elderly); // 1003 … 1007
    QStringList order;
    for (int i = 0; i < 7; ++i)
        order << f.callNext(1, plusMinutes(f.morning, 10 + i));
    CHECK(order == QStringList{"1003", "1004", "1001", "1005", "1006", "1002", "1007"});
}

TEST_CASE("Priority tickets called while no ordinary one waits do not count towards the run", "[engine][policy]")
{
    EngineFixture f;
    f.open(1, f.morning);
    f.issue(land, plusMinutes(f.morning, 1), elderly);
    f.issue(land, plusMinutes(f.morning, 2), elderly);
    f.callNext(1, plusMinutes(f.morning, 3));
    f.callNext(1, plusMinutes(f.morning, 4));
    CHECK(f.engine.counter(1)->priorityRun == 0);
    f.issue(land, plusMinutes(f.morning, 5));          // 1003 ordinary
    f.issue(land, plusMinutes(f.morning, 6), elderly); // 1004 priority
    CHECK(f.callNext(1, plusMinutes(f.morning, 7)) == "1004");
    CHECK(f.engine.counter(1)->priorityRun == 1);
    CHECK(f.callNext(1, plusMinutes(f.morning, 8)) == "1003");
    CHECK(f.engine.counter(1)->priorityRun == 0);
}

TEST_CASE("The priority run is kept per counter", "[engine][policy]")
{
    EngineFixture f;
    f.open(1, f.morning);
    f.open(2, f.morning);
    f.issue(land, plusMinutes(f.morning, 1)); // 1001 ordinary
    for (int i = 0; i < 3; ++i)
        f.issue(land, plusMinutes(f.morning, 2 + i), elderly); // 1002 … 1004
    CHECK(f.callNext(1, plusMinutes(f.morning, 10)) == "1002");
    CHECK(f.callNext(1, plusMinutes(f.morning, 11)) == "1003");
    CHECK(f.callNext(2, plusMinutes(f.morning, 12)) == "1004"); // counter 2 has its own run
    CHECK(f.callNext(1, plusMinutes(f.morning, 13)) == "1001");
}

TEST_CASE("A transfer lands at the head or the tail of the target queue", "[engine][policy]")
{
    EngineFixture f;
    f.open(3, f.morning);                                        // justice + result
    f.issue(justice, plusMinutes(f.morning, 1));                 // 2001
    f.issue(justice, plusMinutes(f.morning, 2));                 // 2002
    const TicketId a = f.issue(land, plusMinutes(f.morning, 3)); // 1001
    const TicketId b = f.issue(land, plusMinutes(f.morning, 4)); // 1002

    SECTION("head")
    {
        const Events e = f.run(cmd::Transfer{0, a, justice, 0, QueuePosition::Head, QStringLiteral("sup"), {}},
                               plusMinutes(f.morning, 5));
        CHECK(e[0].type == EventType::TicketTransferred);
        CHECK(e[0].fromService == "land");
        CHECK(f.ticket(a).service == "justice");
        CHECK(f.ticket(a).label == "1001"); // keeps its number
        CHECK(f.ticket(a).transferCount == 1);
        CHECK(f.callNext(3, plusMinutes(f.morning, 6)) == "1001");
        CHECK(f.callNext(3, plusMinutes(f.morning, 7)) == "2001");
    }
    SECTION("tail")
    {
        f.run(cmd::Transfer{0, a, justice, 0, QueuePosition::Tail, QStringLiteral("sup"), {}},
              plusMinutes(f.morning, 5));
        CHECK(f.callNext(3, plusMinutes(f.morning, 6)) == "2001");
        CHECK(f.callNext(3, plusMinutes(f.morning, 7)) == "2002");
        CHECK(f.callNext(3, plusMinutes(f.morning, 8)) == "1001");
    }
    SECTION("the center's default position applies when none is given (head here)")
    {
        f.run(cmd::Transfer{0, b, justice, 0, std::nullopt, {}, {}}, plusMinutes(f.morning, 5));
        CHECK(f.callNext(3, plusMinutes(f.morning, 6)) == "1002");
    }
    SECTION("several head transfers go in the order they were made")
    {
        f.run(cmd::Transfer{0, b, justice, 0, QueuePosition::Head, {}, {}}, plusMinutes(f.morning, 5));
        f.run(cmd::Transfer{0, a, justice, 0, QueuePosition::Head, {}, {}}, plusMinutes(f.morning, 6));
        CHECK(f.callNext(3, plusMinutes(f.morning, 7)) == "1002");
        CHECK(f.callNext(3, plusMinutes(f.morning, 8)) == "1001");
    }
}

TEST_CASE("A ticket being served is transferred from the counter to another service", "[engine][policy]")
{
    EngineFixture f;
    f.open(1, f.morning);
    f.open(3, f.morning);
    const TicketId t = f.issue(land, plusMinutes(f.morning, 1));
    f.callNext(1, plusMinutes(f.morning, 2));
    f.run(cmd::StartServing{1, t, {}}, plusMinutes(f.morning, 3));
    const Events e = f.run(cmd::Transfer{1, t, justice, 0, QueuePosition::Head, QStringLiteral("clerk1"),
                                         QStringLiteral(" cần ký xác nhận ")},
                           plusMinutes(f.morning, 8));
    CHECK(e[0].fromCounter == 1);
    CHECK(f.ticket(t).state == TicketState::Waiting);
    CHECK(f.engine.counter(1)->current == 0);
    CHECK(f.callNext(3, plusMinutes(f.morning, 9)) == "1001");
    // The note travels with the ticket to the clerk who calls it next.
    CHECK(f.ticket(t).note == "cần ký xác nhận");
}

TEST_CASE("A ticket transferred to one counter is called only there", "[engine][policy]")
{
    EngineFixture f;
    f.open(1, f.morning);
    f.open(2, f.morning);
    const TicketId t = f.issue(land, plusMinutes(f.morning, 1));
    f.issue(land, plusMinutes(f.morning, 2));
    f.run(cmd::Transfer{0, t, {}, 2, QueuePosition::Head, {}, {}}, plusMinutes(f.morning, 3));
    CHECK(f.ticket(t).targetCounter == 2);
    CHECK(f.callNext(1, plusMinutes(f.morning, 4)) == "1002");
    CHECK(f.refuse(cmd::CallTicket{1, t, {}}, plusMinutes(f.morning, 4)) == ErrorCode::NotServedHere);
    CHECK(f.callNext(2, plusMinutes(f.morning, 5)) == "1001");
}

TEST_CASE("A counter calls a specific waiting ticket out of order", "[engine][policy]")
{
    EngineFixture f;
    f.open(2, f.morning);
    f.issue(land, plusMinutes(f.morning, 1));
    const TicketId later = f.issue(justice, plusMinutes(f.morning, 2));
    const Events e = f.run(cmd::CallTicket{2, later, QStringLiteral("clerk")}, plusMinutes(f.morning, 3));
    CHECK(e.back().ticket->id == later);
    CHECK(f.ticket(later).state == TicketState::Called);
    CHECK(f.engine.counter(2)->current == later);
}

TEST_CASE("A priority ticket keeps its priority through a transfer", "[engine][policy]")
{
    EngineFixture f;
    f.open(3, f.morning);
    f.issue(justice, plusMinutes(f.morning, 1));
    const TicketId p = f.issue(land, plusMinutes(f.morning, 2), elderly);
    f.run(cmd::Transfer{0, p, justice, 0, QueuePosition::Tail, {}, {}}, plusMinutes(f.morning, 3));
    CHECK(f.ticket(p).priorityGroup == "elderly");
    CHECK(f.callNext(3, plusMinutes(f.morning, 4)) == "1001");
}

TEST_CASE("Priority tickets stand ahead of ordinary ones in a service's queue", "[engine][estimate]")
{
    EngineFixture f;
    f.issue(land, plusMinutes(f.morning, 1));
    f.issue(land, plusMinutes(f.morning, 2));
    const Events p = f.run(cmd::IssueTicket{land, elderly, QStringLiteral("p"), {}}, plusMinutes(f.morning, 3));
    CHECK(p[0].estimate->peopleAhead == 0);
    const auto queue = f.engine.queueOf(land);
    REQUIRE(queue.size() == 3);
    CHECK(queue[0]->label == "1003");
    CHECK(queue[1]->label == "1001");
}

TEST_CASE("A supervisor changes what a counter serves for the rest of the day", "[engine][policy]")
{
    EngineFixture f;
    f.open(1, f.morning);
    const auto setServices = [](QStringList services) {
        return cmd::SetCounterServices{1, std::move(services), QStringLiteral("sup")};
    };
    f.issue(QStringLiteral("land"), f.morning);
    const TicketId waitingJustice = f.issue(justice, plusMinutes(f.morning, 1));
    CHECK(f.engine.openCountersFor(QStringLiteral("justice")) == 0);

    const Events set = f.run(setServices({QStringLiteral("justice"), QStringLiteral("land")}),
                             plusMinutes(f.morning, 2));
    REQUIRE(set.size() == 1);
    CHECK(set.front().type == EventType::CounterServicesSet);
    CHECK(set.front().actor == "sup");
    CHECK(f.engine.servicesOf(1) == QStringList{"justice", "land"});
    CHECK(f.engine.counter(1)->status == CounterStatus::Open); // the clerk carries on
    CHECK(f.engine.openCountersFor(QStringLiteral("justice")) == 1);
    // Counter 1 may now call the justice ticket, which waited longer only by its weight.
    CHECK(f.callNext(1, plusMinutes(f.morning, 3)) == f.ticket(waitingJustice).label);

    CHECK(f.refuse(setServices({}), f.morning) == ErrorCode::InvalidArgument);
    CHECK(f.refuse(setServices({QStringLiteral("fishing")}), f.morning) == ErrorCode::UnknownService);
    CHECK(f.refuse(setServices({QStringLiteral("land"), QStringLiteral("land")}), f.morning)
          == ErrorCode::InvalidArgument);
    CHECK(f.refuse(setServices({QStringLiteral("justice"), QStringLiteral("land")}), f.morning)
          == ErrorCode::InvalidArgument);

    // A queue rebuilt from a snapshot (a client, a restart) serves the same.
    QueueEngine copy(smallCenter());
    copy.restore(f.engine.snapshot());
    CHECK(copy.servicesOf(1) == QStringList{"justice", "land"});
    CHECK(copy.openCountersFor(QStringLiteral("justice")) == 1);

    // Back to the center file's list: stored as "none set".
    f.run(setServices({QStringLiteral("land")}), plusMinutes(f.morning, 4));
    CHECK(f.engine.counter(1)->services.isEmpty());
    f.run(setServices({QStringLiteral("result")}), plusMinutes(f.morning, 5));
    // The next business day starts from the center file again.
    f.run(cmd::StartDay{}, at("2026-11-27 07:00"));
    CHECK(f.engine.servicesOf(1) == QStringList{"land"});
    f.open(1, at("2026-11-27 08:00"));
    CHECK(f.engine.openCountersFor(QStringLiteral("result")) == 0);
}
