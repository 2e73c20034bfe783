#include "support/enginefixture.h"

namespace qms::test {

EngineFixture::EngineFixture(const char *calling)
    : engine(smallCenter(calling))
    , morning(at("2026-11-26 08:00"))
{
    run(cmd::StartDay{}, at("2026-11-26 07:00"));
}

Events EngineFixture::run(const Command &c, Timestamp now)
{
    auto events = engine.decide(c, now);
    require(events);
    engine.apply(events.value());
    return events.value();
}

ErrorCode EngineFixture::refuse(const Command &c, Timestamp now)
{
    auto events = engine.decide(c, now);
    REQUIRE_FALSE(events.ok());
    return events.error().code;
}

TicketId EngineFixture::issue(const QString &service, Timestamp now, const QString &priority)
{
    const Events e = run(
        cmd::IssueTicket{service, priority, QStringLiteral("tok%1").arg(++tokens), QStringLiteral("kiosk-1")}, now);
    REQUIRE(e.size() == 1);
    return e.front().ticket->id;
}

void EngineFixture::open(int counter, Timestamp now, const QString &clerk)
{
    run(cmd::OpenCounter{counter, clerk}, now);
}

QString EngineFixture::callNext(int counter, Timestamp now)
{
    const Events e = run(cmd::CallNext{counter, QStringLiteral("clerk")}, now);
    REQUIRE(e.back().type == EventType::TicketCalled);
    return e.back().ticket->label;
}

const Ticket &EngineFixture::ticket(TicketId id) const
{
    const Ticket *t = engine.ticket(id);
    REQUIRE(t);
    return *t;
}

} // namespace qms::test
