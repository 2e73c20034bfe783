// Service-level alarms on a clock the test moves: each raised when its threshold
// is crossed, not before, and gone when what caused it is put right.
#include "engine/alarms.h"
#include "support/enginefixture.h"

using namespace qms;
using namespace qms::test;

namespace {
std::vector<Alarm> only(std::vector<Alarm> alarms, Alarm::Kind kind)
{
    std::erase_if(alarms, [kind](const Alarm &a) { return a.kind != kind; });
    return alarms;
}

std::vector<Alarm::Kind> kinds(const std::vector<Alarm> &alarms)
{
    std::vector<Alarm::Kind> out;
    for (const Alarm &a : alarms)
        out.push_back(a.kind);
    return out;
}
} // namespace

TEST_CASE("A long wait raises an alarm at twice the target wait, and the call clears it", "[alarms]")
{
    EngineFixture f;
    f.open(1, f.morning);
    // Counter 1 is busy with a first citizen, so the second waits.
    const TicketId first = f.issue(QStringLiteral("land"), f.morning);
    f.run(cmd::CallTicket{1, first, QStringLiteral("clerk")}, f.morning);
    f.run(cmd::StartServing{1, first, QStringLiteral("clerk")}, f.morning);
    const TicketId second = f.issue(QStringLiteral("land"), plusMinutes(f.morning, 1));
    // The small center's land: target 15 min, so the alarm at 30. (The first citizen's long service is
    // an alarm of its own, tested below.)
    CHECK(only(evaluateAlarms(f.engine, plusMinutes(f.morning, 30.5)), Alarm::Kind::LongWait).empty());
    const std::vector<Alarm> late = only(evaluateAlarms(f.engine, plusMinutes(f.morning, 31.5)), Alarm::Kind::LongWait);
    REQUIRE(late.size() == 1);
    CHECK(late[0].kind == Alarm::Kind::LongWait);
    CHECK(late[0].service == QStringLiteral("land"));
    CHECK(late[0].value == 30);
    CHECK(late[0].threshold == 30);
    CHECK(late[0].since == plusMinutes(f.morning, 31));
    f.run(cmd::Finish{1, first, QStringLiteral("clerk")}, plusMinutes(f.morning, 32));
    f.run(cmd::CallTicket{1, second, QStringLiteral("clerk")}, plusMinutes(f.morning, 32));
    CHECK(evaluateAlarms(f.engine, plusMinutes(f.morning, 33)).empty());
}

TEST_CASE("A counter left free while people wait, and a service that lasts too long", "[alarms]")
{
    EngineFixture f;
    f.open(1, f.morning); // land
    f.open(3, f.morning); // justice, result
    const TicketId t = f.issue(QStringLiteral("land"), f.morning);
    f.run(cmd::CallTicket{1, t, QStringLiteral("clerk")}, f.morning);
    f.run(cmd::StartServing{1, t, QStringLiteral("clerk")}, f.morning);
    const TicketId waiting = f.issue(QStringLiteral("justice"), plusMinutes(f.morning, 1)); // counter 3 does not call

    // Counter 3 free since 08:00 with a justice citizen waiting: over 5 minutes, an alarm.
    CHECK(evaluateAlarms(f.engine, plusMinutes(f.morning, 4.5)).empty());
    std::vector<Alarm> now = evaluateAlarms(f.engine, plusMinutes(f.morning, 6));
    REQUIRE(kinds(now) == std::vector<Alarm::Kind>{Alarm::Kind::IdleCounter});
    CHECK(now[0].counter == 3);
    CHECK(now[0].value == 6);
    CHECK(now[0].since == plusMinutes(f.morning, 5));

    // Land's service is assumed to take 10 minutes: past three times that, counter 1's citizen raises one too.
    // (The justice citizen has waited exactly 30 minutes: not over its threshold yet.)
    CHECK(kinds(evaluateAlarms(f.engine, plusMinutes(f.morning, 29.5)))
          == std::vector<Alarm::Kind>{Alarm::Kind::IdleCounter});
    now = evaluateAlarms(f.engine, plusMinutes(f.morning, 31));
    REQUIRE(kinds(now) == std::vector<Alarm::Kind>{Alarm::Kind::LongService, Alarm::Kind::IdleCounter});
    CHECK(now[0].counter == 1);
    CHECK(now[0].service == QStringLiteral("land"));
    CHECK(now[0].threshold == 30);
    CHECK(now[0].value == 31);

    // Put right: counter 3 calls, counter 1 finishes.
    f.run(cmd::CallTicket{3, waiting, QStringLiteral("clerk")}, plusMinutes(f.morning, 31));
    f.run(cmd::Finish{1, t, QStringLiteral("clerk")}, plusMinutes(f.morning, 31));
    CHECK(evaluateAlarms(f.engine, plusMinutes(f.morning, 32)).empty());
}

TEST_CASE("Too many waiting and a kiosk's printer down, each only when the center asks for it", "[alarms]")
{
    CenterConfig config = smallCenter();
    config.services[1].alarmWaitingOver = 2; // justice
    QueueEngine engine(config);
    const Timestamp morning = at("2026-11-26 08:00");
    auto run = [&](const Command &c, Timestamp when) { engine.apply(require(engine.decide(c, when))); };
    run(cmd::StartDay{}, at("2026-11-26 07:00"));
    run(cmd::OpenCounter{3, QStringLiteral("clerk")}, morning);
    for (int i = 0; i < 3; ++i)
        run(cmd::IssueTicket{QStringLiteral("justice"), {}, QStringLiteral("T%1").arg(i), QStringLiteral("kiosk")},
            morning);
    run(cmd::CallNext{3, QStringLiteral("clerk")}, morning); // two left: not over two
    CHECK(evaluateAlarms(engine, plusMinutes(morning, 1)).empty());
    run(cmd::IssueTicket{QStringLiteral("justice"), {}, QStringLiteral("T9"), QStringLiteral("kiosk")},
        plusMinutes(morning, 1));
    std::vector<Alarm> now = evaluateAlarms(engine, plusMinutes(morning, 2));
    REQUIRE(kinds(now) == std::vector<Alarm::Kind>{Alarm::Kind::ManyWaiting});
    CHECK(now[0].service == QStringLiteral("justice"));
    CHECK(now[0].value == 3);

    const std::vector<PrinterReport> printers{{QStringLiteral("kiosk-1"), false, QStringLiteral("media_empty")},
                                              {QStringLiteral("kiosk-2"), true, {}}};
    now = evaluateAlarms(engine, plusMinutes(morning, 2), printers);
    REQUIRE(kinds(now) == std::vector<Alarm::Kind>{Alarm::Kind::ManyWaiting, Alarm::Kind::PrinterDown});
    CHECK(now[1].device == QStringLiteral("kiosk-1"));
    CHECK(now[1].problem == QStringLiteral("media_empty"));
    config.alarmPrinterDown = false;
    QueueEngine quiet(config);
    CHECK(evaluateAlarms(quiet, morning, printers).empty());
}
