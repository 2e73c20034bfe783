// QueueEngine::decide*: one function per command. Each checks everything first
// and then builds the events with the full state after them; none mutates.
#include "engine/queueengine.h"

namespace qms {

namespace {
Error wrongState(const Ticket &t, const char *expected)
{
    return Error{
        ErrorCode::WrongState,
        QStringLiteral("ticket %1 is %2, not %3").arg(t.label, ticketStateName(t.state), QLatin1String(expected))};
}

Error counterBusy(const CounterState &c)
{
    return Error{
        ErrorCode::CounterBusy,
        QStringLiteral("counter %1 is still handling ticket id %2; finish it first").arg(c.number).arg(c.current)};
}
} // namespace

Result<const CounterState *> QueueEngine::findCounter(int number) const
{
    if (const CounterState *c = counter(number))
        return c;
    return Error{ErrorCode::UnknownCounter, QStringLiteral("no counter %1").arg(number)};
}

Result<const CounterState *> QueueEngine::openCounter(int number) const
{
    const auto c = findCounter(number);
    if (c && c.value()->status != CounterStatus::Open) {
        return Error{ErrorCode::CounterNotOpen,
                     QStringLiteral("counter %1 is %2").arg(number).arg(counterStatusName(c.value()->status))};
    }
    return c;
}

Result<const Ticket *> QueueEngine::findTicket(TicketId id) const
{
    if (const Ticket *t = ticket(id))
        return t;
    return Error{ErrorCode::UnknownTicket, QStringLiteral("no ticket with id %1 today").arg(id)};
}

std::optional<CounterState> QueueEngine::releasedCounter(int number) const
{
    const auto it = m_counters.find(number);
    if (it == m_counters.end())
        return std::nullopt;
    CounterState c = it->second;
    c.current = 0;
    return c;
}

Result<Ok> QueueEngine::mayHandle(int counter, const Ticket &t) const
{
    if (counter == 0)
        return Ok{}; // not acting from a counter: the hub decided the role may
    if (const auto c = findCounter(counter); !c)
        return c.error();
    // A waiting ticket: any counter that could call it. Otherwise: the one holding it.
    const bool mine = t.state == TicketState::Waiting ? m_policy.eligible(t, counter) : t.counter == counter;
    if (!mine)
        return Error{ErrorCode::NotYourTicket,
                     QStringLiteral("ticket %1 is not at counter %2").arg(t.label).arg(counter)};
    return Ok{};
}

Result<const Ticket *> QueueEngine::heldTicket(int counterNumber, TicketId id, TicketState state) const
{
    if (const auto c = findCounter(counterNumber); counterNumber != 0 && !c)
        return c.error();
    const auto found = findTicket(id);
    if (!found)
        return found.error();
    const Ticket *t = found.value();
    if (counterNumber != 0 && t->counter != counterNumber) {
        return Error{ErrorCode::NotYourTicket,
                     QStringLiteral("ticket %1 is not at counter %2").arg(t->label).arg(counterNumber)};
    }
    if (t->state != state)
        return wrongState(*t, qPrintable(ticketStateName(state)));
    return t;
}

Result<Events> QueueEngine::decideIssue(const cmd::IssueTicket &c, Timestamp now) const
{
    if (auto ok = canIssue(c.service, now); !ok)
        return ok.error();
    if (!c.priorityGroup.isEmpty() && !m_config.priorityGroup(c.priorityGroup)) {
        return Error{ErrorCode::UnknownPriorityGroup, QStringLiteral("no priority group \"%1\"").arg(c.priorityGroup)};
    }
    if (c.token.isEmpty() || m_byToken.contains(c.token))
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a ticket needs a new, unique public token")};

    const ServiceConfig &s = *m_config.service(c.service);
    Ticket t;
    t.id = m_lastTicketId + 1;
    t.businessDay = m_day;
    t.service = c.service;
    t.number = s.numbering.numberAt(issuedToday(c.service));
    t.label = s.numbering.label(t.number);
    t.priorityGroup = c.priorityGroup;
    t.token = c.token;
    t.origin = c.origin;
    t.issuedAt = now;
    t.queuedAt = now;
    if (m_byLabel.contains(t.label)) {
        // The loader rejects overlapping blocks and prefixes; this guards the invariant anyway.
        return Error{ErrorCode::InvalidArgument, QStringLiteral("number %1 was already issued today").arg(t.label)};
    }

    Event e = makeEvent(EventType::TicketIssued, now, c.origin);
    e.estimate = estimateFor(t, now);
    e.ticket = t;
    return Events{e};
}

Result<Events> QueueEngine::callEvents(const CounterState &counterBefore, const Ticket &next, bool passedOverOrdinary,
                                       Timestamp now, const QString &actor) const
{
    Events events;
    CounterState c = counterBefore;
    if (c.current != 0) {
        // The clerk moves on from a citizen who never came: that ticket is a no-show.
        Ticket absent = m_tickets.at(c.current);
        absent.state = TicketState::NoShow;
        absent.finishedAt = now;
        c.current = 0;
        Event e = makeEvent(EventType::TicketNoShow, now, actor);
        e.ticket = absent;
        e.counter = c;
        events.push_back(e);
    }
    Ticket t = next;
    t.state = TicketState::Called;
    t.calledAt = now;
    t.startedAt = 0;
    t.finishedAt = 0;
    t.counter = c.number;
    t.clerk = c.clerk;
    t.recallCount = 0;
    t.atHead = false;
    c.priorityRun = m_policy.priorityRunAfter(c, next, passedOverOrdinary);
    c.current = t.id;
    Event e = makeEvent(EventType::TicketCalled, now, actor);
    e.ticket = t;
    e.counter = c;
    events.push_back(e);
    return events;
}

Result<Events> QueueEngine::decideCallNext(const cmd::CallNext &cmd, Timestamp now) const
{
    const auto c = openCounter(cmd.counter);
    if (!c)
        return c.error();
    const CounterState &counter = *c.value();
    if (counter.current != 0 && m_tickets.at(counter.current).state == TicketState::Serving)
        return counterBusy(counter);
    const CallingPolicy::Choice choice = m_policy.pickNext(
        counter, m_waiting, [this](TicketId id) -> const Ticket & { return m_tickets.at(id); }, now);
    if (!choice.ticket)
        return Error{ErrorCode::QueueEmpty, QStringLiteral("nobody is waiting for counter %1").arg(counter.number)};
    return callEvents(counter, *choice.ticket, choice.passedOverOrdinary, now, cmd.actor);
}

Result<Events> QueueEngine::decideCallTicket(const cmd::CallTicket &cmd, Timestamp now) const
{
    const auto c = openCounter(cmd.counter);
    if (!c)
        return c.error();
    const CounterState &counter = *c.value();
    if (counter.current != 0 && m_tickets.at(counter.current).state == TicketState::Serving)
        return counterBusy(counter);
    const auto held = heldTicket(0, cmd.ticket, TicketState::Waiting);
    if (!held)
        return held.error();
    const Ticket &t = *held.value();
    if (!m_policy.eligible(t, counter.number)) {
        return Error{
            ErrorCode::NotServedHere,
            QStringLiteral("ticket %1 (%2) is not served at counter %3").arg(t.label, t.service).arg(counter.number)};
    }
    const bool ordinaryWaiting = m_policy.ordinaryWaitingFor(counter.number, m_waiting, t.id);
    return callEvents(counter, t, t.isPriority() && ordinaryWaiting, now, cmd.actor);
}

Result<Events> QueueEngine::decideRecall(const cmd::Recall &cmd, Timestamp now) const
{
    const auto held = heldTicket(cmd.counter, cmd.ticket, TicketState::Called);
    if (!held)
        return held.error();
    Ticket t = *held.value();
    if (t.recallCount >= m_config.calling.maxRecalls) {
        return Error{ErrorCode::RecallLimit,
                     QStringLiteral("ticket %1 was recalled %2 times; mark it no-show or requeue it")
                         .arg(t.label)
                         .arg(t.recallCount)};
    }
    t.recallCount += 1;
    Event e = makeEvent(EventType::TicketRecalled, now, cmd.actor);
    e.ticket = t;
    return Events{e};
}

Result<Events> QueueEngine::decideStart(const cmd::StartServing &cmd, Timestamp now) const
{
    const auto held = heldTicket(cmd.counter, cmd.ticket, TicketState::Called);
    if (!held)
        return held.error();
    Ticket t = *held.value();
    t.state = TicketState::Serving;
    t.startedAt = now;
    Event e = makeEvent(EventType::TicketServing, now, cmd.actor);
    e.ticket = t;
    return Events{e};
}

Result<Events> QueueEngine::leaveCounter(int counter, TicketId id, TicketState from, TicketState to, EventType type,
                                         const QString &actor, Timestamp now) const
{
    const auto held = heldTicket(counter, id, from);
    if (!held)
        return held.error();
    Ticket t = *held.value();
    t.state = to;
    t.finishedAt = now;
    Event e = makeEvent(type, now, actor);
    e.ticket = t;
    e.counter = releasedCounter(t.counter);
    return Events{e};
}

Result<Events> QueueEngine::decideFinish(const cmd::Finish &cmd, Timestamp now) const
{
    return leaveCounter(cmd.counter, cmd.ticket, TicketState::Serving, TicketState::Done, EventType::TicketDone,
                        cmd.actor, now);
}

Result<Events> QueueEngine::decideNoShow(const cmd::MarkNoShow &cmd, Timestamp now) const
{
    return leaveCounter(cmd.counter, cmd.ticket, TicketState::Called, TicketState::NoShow, EventType::TicketNoShow,
                        cmd.actor, now);
}

Result<Events> QueueEngine::decideRequeue(const cmd::Requeue &cmd, Timestamp now) const
{
    if (cmd.counter != 0) {
        if (const auto c = findCounter(cmd.counter); !c)
            return c.error();
    }
    const auto lookup = findTicket(cmd.ticket);
    if (!lookup)
        return lookup.error();
    const Ticket *found = lookup.value();
    if (found->state != TicketState::Called && found->state != TicketState::NoShow)
        return wrongState(*found, "called or no_show");
    if (cmd.counter != 0 && found->counter != cmd.counter) {
        return Error{ErrorCode::NotYourTicket,
                     QStringLiteral("ticket %1 is not at counter %2").arg(found->label).arg(cmd.counter)};
    }
    Ticket t = *found;
    const int heldAt = t.state == TicketState::Called ? t.counter : 0;
    t.state = TicketState::Waiting;
    t.queuedAt = now;
    t.atHead = cmd.position == QueuePosition::Head;
    t.counter = 0;
    t.finishedAt = 0;
    Event e = makeEvent(EventType::TicketRequeued, now, cmd.actor);
    e.ticket = t;
    e.counter = releasedCounter(heldAt);
    return Events{e};
}

Result<Events> QueueEngine::decideTransfer(const cmd::Transfer &cmd, Timestamp now) const
{
    const auto lookup = findTicket(cmd.ticket);
    if (!lookup)
        return lookup.error();
    const Ticket *found = lookup.value();
    if (!isOpen(found->state))
        return wrongState(*found, "waiting, called or serving");
    if (auto mine = mayHandle(cmd.counter, *found); !mine)
        return mine.error();
    if (cmd.toService.isEmpty() && cmd.toCounter == 0)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a transfer needs a target service or counter")};
    const QString service = cmd.toService.isEmpty() ? found->service : cmd.toService;
    if (!m_config.service(service))
        return Error{ErrorCode::UnknownService, QStringLiteral("no service \"%1\"").arg(service)};
    if (cmd.toCounter != 0 && !m_config.counter(cmd.toCounter))
        return Error{ErrorCode::UnknownCounter, QStringLiteral("no counter %1").arg(cmd.toCounter)};
    if (found->state == TicketState::Waiting && service == found->service && cmd.toCounter == found->targetCounter) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("ticket %1 is already waiting there").arg(found->label)};
    }

    Ticket t = *found;
    const int heldAt = t.state == TicketState::Waiting ? 0 : t.counter;
    t.state = TicketState::Waiting;
    t.service = service;
    t.targetCounter = cmd.toCounter;
    t.atHead = cmd.position ? *cmd.position == QueuePosition::Head : m_config.calling.transferToHead;
    t.queuedAt = now;
    t.counter = 0;
    t.recallCount = 0;
    t.transferCount += 1;
    t.note = cmd.note.trimmed();
    Event e = makeEvent(EventType::TicketTransferred, now, cmd.actor);
    e.fromService = found->service;
    e.fromCounter = heldAt;
    e.ticket = t;
    e.counter = releasedCounter(heldAt);
    return Events{e};
}

Result<Events> QueueEngine::decideCancel(const cmd::Cancel &cmd, Timestamp now) const
{
    const auto lookup = findTicket(cmd.ticket);
    if (!lookup)
        return lookup.error();
    const Ticket *found = lookup.value();
    if (found->state != TicketState::Waiting && found->state != TicketState::Called)
        return wrongState(*found, "waiting or called");
    if (auto mine = mayHandle(cmd.counter, *found); !mine)
        return mine.error();
    Ticket t = *found;
    const int heldAt = t.state == TicketState::Called ? t.counter : 0;
    t.state = TicketState::Cancelled;
    t.finishedAt = now;
    Event e = makeEvent(EventType::TicketCancelled, now, cmd.actor);
    e.reason = cmd.reason;
    e.ticket = t;
    e.counter = releasedCounter(heldAt);
    return Events{e};
}

Result<Events> QueueEngine::decideOpen(const cmd::OpenCounter &cmd, Timestamp now) const
{
    const auto c = findCounter(cmd.counter);
    if (!c)
        return c.error();
    CounterState counter = *c.value();
    if (counter.status == CounterStatus::Open && counter.clerk == cmd.clerk)
        return Error{ErrorCode::WrongState, QStringLiteral("counter %1 is already open").arg(counter.number)};
    counter.status = CounterStatus::Open;
    counter.clerk = cmd.clerk;
    counter.reason.clear();
    counter.since = now;
    Event e = makeEvent(EventType::CounterOpened, now, cmd.clerk);
    e.counter = counter;
    return Events{e};
}

Result<Events> QueueEngine::decidePause(const cmd::PauseCounter &cmd, Timestamp now) const
{
    const auto c = openCounter(cmd.counter);
    if (!c)
        return c.error();
    CounterState counter = *c.value();
    if (counter.current != 0)
        return counterBusy(counter);
    counter.status = CounterStatus::Paused;
    counter.reason = cmd.reason;
    counter.since = now;
    Event e = makeEvent(EventType::CounterPaused, now, cmd.actor);
    e.reason = cmd.reason;
    e.counter = counter;
    return Events{e};
}

Result<Events> QueueEngine::decideClose(const cmd::CloseCounter &cmd, Timestamp now) const
{
    const auto c = findCounter(cmd.counter);
    if (!c)
        return c.error();
    CounterState counter = *c.value();
    if (counter.status == CounterStatus::Closed)
        return Error{ErrorCode::WrongState, QStringLiteral("counter %1 is already closed").arg(counter.number)};
    if (counter.current != 0)
        return counterBusy(counter);
    counter.status = CounterStatus::Closed;
    counter.reason.clear();
    counter.clerk.clear();
    counter.priorityRun = 0;
    counter.since = now;
    Event e = makeEvent(EventType::CounterClosed, now, cmd.actor);
    e.counter = counter;
    return Events{e};
}

Result<Events> QueueEngine::decideServices(const cmd::SetCounterServices &cmd, Timestamp now) const
{
    const auto c = findCounter(cmd.counter);
    if (!c)
        return c.error();
    if (cmd.services.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a counter serves at least one service")};
    for (qsizetype i = 0; i < cmd.services.size(); ++i) {
        if (!m_config.service(cmd.services[i]))
            return Error{ErrorCode::UnknownService, QStringLiteral("no service \"%1\"").arg(cmd.services[i])};
        if (cmd.services.indexOf(cmd.services[i]) != i)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is listed twice").arg(cmd.services[i])};
    }
    if (cmd.services == servicesOf(cmd.counter))
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("counter %1 serves exactly these already").arg(cmd.counter)};
    CounterState counter = *c.value();
    // The center file's own list is stored as "none set", so tomorrow and today agree.
    counter.services = cmd.services == m_config.counter(cmd.counter)->services ? QStringList() : cmd.services;
    Event e = makeEvent(EventType::CounterServicesSet, now, cmd.actor);
    e.counter = counter;
    return Events{e};
}

Result<Events> QueueEngine::decideTicker(const cmd::SetTicker &c, Timestamp now) const
{
    if (c.ticker.vi.size() > 500 || c.ticker.en.size() > 500)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a news line is at most 500 characters")};
    Event e = makeEvent(EventType::TickerSet, now, c.actor);
    // Empty in Vietnamese: back to the center file's line.
    if (!c.ticker.vi.trimmed().isEmpty())
        e.ticker = LocalizedText{c.ticker.vi.trimmed(), c.ticker.en.trimmed()};
    return Events{e};
}

Result<Events> QueueEngine::decideStartDay(const cmd::StartDay &c, Timestamp now) const
{
    if (!needsNewDay(now))
        return Error{ErrorCode::WrongState, QStringLiteral("business day %1 is still running").arg(m_day)};
    const QString system = QStringLiteral("system");
    Events events;
    for (const auto &[id, ticket] : m_tickets) {
        if (!isOpen(ticket.state))
            continue;
        Ticket t = ticket;
        t.state = TicketState::Expired;
        t.finishedAt = now;
        Event e = makeEvent(EventType::TicketExpired, now, system);
        e.ticket = t;
        events.push_back(e);
    }
    for (const auto &[number, counter] : m_counters) {
        if (counter.status == CounterStatus::Closed)
            continue;
        const CounterState c = CounterState::closed(number, now);
        Event e = makeEvent(EventType::CounterClosed, now, system);
        e.reason = QStringLiteral("day_end");
        e.counter = c;
        events.push_back(e);
    }
    Event started = makeEvent(EventType::DayStarted, now, system);
    started.businessDay = businessDayOf(now, m_config.utcOffsetMinutes, m_config.dayStartMinute);
    started.lastTicketId = m_lastTicketId;
    started.ticker = m_ticker;
    if (c.rhythm && c.rhythm->days > 0)
        started.rhythm = c.rhythm;
    events.push_back(started);
    return events;
}

} // namespace qms
