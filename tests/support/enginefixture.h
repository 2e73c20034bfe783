#pragma once

#include "engine/queueengine.h"
#include "support/testsupport.h"

namespace qms::test {

/** An engine on the small test center, already in business day 2026-11-26 (a Thursday). */
struct EngineFixture
{
    explicit EngineFixture(const char *calling = nullptr);

    /** Decides and applies; fails the test on a refusal. */
    Events run(const Command &c, Timestamp now);
    /** Decides; fails the test unless refused. Returns the refusal's code. */
    ErrorCode refuse(const Command &c, Timestamp now);

    /** Issues a ticket at `now`; returns its id. */
    TicketId issue(const QString &service, Timestamp now, const QString &priority = {});
    void open(int counter, Timestamp now, const QString &clerk = QStringLiteral("clerk"));
    /** Call next at the counter; returns the called ticket's label. */
    QString callNext(int counter, Timestamp now);

    const Ticket &ticket(TicketId id) const;

    QueueEngine engine;
    Timestamp morning; ///< 2026-11-26 08:00
    int tokens = 0;
};

} // namespace qms::test
