#include "engine/queueengine.h"

#include <limits>

#include "engine/waitestimator.h"

namespace qms {

namespace {
template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;
} // namespace

QueueEngine::QueueEngine(CenterConfig config)
    : m_config(std::move(config))
    , m_policy(m_config)
    , m_dossiers(m_config.agencyCode)
{
    for (const CounterConfig &c : m_config.counters)
        m_counters[c.number] = CounterState::closed(c.number);
}

Result<Events> QueueEngine::decide(const Command &command, Timestamp now) const
{
    if (!std::holds_alternative<cmd::StartDay>(command) && needsNewDay(now)) {
        return Error{ErrorCode::DayRolloverPending,
                     QStringLiteral("business day %1 has ended; start the new day first").arg(m_day)};
    }
    return std::visit(Overloaded{
                          [&](const cmd::IssueTicket &c) { return decideIssue(c, now); },
                          [&](const cmd::CallNext &c) { return decideCallNext(c, now); },
                          [&](const cmd::CallTicket &c) { return decideCallTicket(c, now); },
                          [&](const cmd::Recall &c) { return decideRecall(c, now); },
                          [&](const cmd::StartServing &c) { return decideStart(c, now); },
                          [&](const cmd::Finish &c) { return decideFinish(c, now); },
                          [&](const cmd::MarkNoShow &c) { return decideNoShow(c, now); },
                          [&](const cmd::Requeue &c) { return decideRequeue(c, now); },
                          [&](const cmd::Transfer &c) { return decideTransfer(c, now); },
                          [&](const cmd::Cancel &c) { return decideCancel(c, now); },
                          [&](const cmd::OpenCounter &c) { return decideOpen(c, now); },
                          [&](const cmd::PauseCounter &c) { return decidePause(c, now); },
                          [&](const cmd::CloseCounter &c) { return decideClose(c, now); },
                          [&](const cmd::SetCounterServices &c) { return decideServices(c, now); },
                          [&](const cmd::StartDay &c) { return decideStartDay(c, now); },
                          [&](const cmd::ReceiveDossier &c) { return m_dossiers.decide(c, *this, now); },
                          [&](const cmd::UpdateDossier &c) { return m_dossiers.decide(c, *this, now); },
                          [&](const cmd::ImportDossier &c) { return m_dossiers.decide(c, *this, now); },
                          [&](const cmd::RecordRating &c) { return m_dossiers.decide(c, *this, now); },
                          [&](const cmd::SetTicker &c) { return decideTicker(c, now); },
                      },
                      command);
}

void QueueEngine::apply(const Events &events)
{
    for (const Event &e : events)
        apply(e);
}

void QueueEngine::apply(const Event &e)
{
    m_dossiers.apply(e);
    if (e.type == EventType::TickerSet || e.type == EventType::DayStarted)
        m_ticker = e.ticker; // a day starts with the line the last one ended with
    if (e.type == EventType::DayStarted) {
        m_rhythm = e.rhythm.value_or(DayRhythm{});
        m_dossiers.startDay();
        m_day = e.businessDay;
        m_lastTicketId = std::max(m_lastTicketId, e.lastTicketId);
        m_tickets.clear();
        m_waiting.clear();
        m_byToken.clear();
        m_byLabel.clear();
        m_issued.clear();
        m_stats = QueueStats{};
        for (auto &[number, state] : m_counters) {
            state = CounterState::closed(number, e.at);
            syncServices(state);
        }
        return;
    }
    if (e.counter) {
        // A counter removed from the configuration keeps no state.
        if (auto it = m_counters.find(e.counter->number); it != m_counters.end()) {
            const CounterState &before = it->second;
            const double stretch = e.at >= before.since ? double(e.at - before.since) / 1000.0 : 0.0;
            if (before.status == CounterStatus::Paused && e.counter->status != CounterStatus::Paused) {
                m_stats.pauses += e.counter->status == CounterStatus::Open;
                m_stats.pauseSeconds += stretch;
            } else if (before.status == CounterStatus::Open
                       && (e.counter->status != CounterStatus::Open || e.counter->since != before.since)) {
                m_stats.openSeconds += stretch; // closed, paused, or taken over by another clerk
            }
            it->second = *e.counter;
            syncServices(it->second);
        }
    }
    if (!e.ticket)
        return;
    const Ticket &t = *e.ticket;
    if (e.type == EventType::TicketIssued) {
        m_issued[t.service] += 1;
        m_lastTicketId = std::max(m_lastTicketId, t.id);
        if (!t.token.isEmpty())
            m_byToken.insert(t.token, t.id);
        m_byLabel.insert(t.label, t.id);
    }
    // A counter is taken from the call to the end: that is what a wait is made of.
    if (t.calledAt > 0 && t.finishedAt >= t.calledAt) {
        const double occupied = double(t.finishedAt - t.calledAt) / 1000.0;
        if (e.type == EventType::TicketDone) {
            QueueStats::Service &s = m_stats.services[t.service];
            s.served += 1;
            s.occupancySeconds += occupied;
            m_stats.called += 1;
        } else if (e.type == EventType::TicketNoShow) {
            m_stats.noShows += 1;
            m_stats.noShowSeconds += occupied;
            m_stats.called += 1;
        }
    }
    Ticket &stored = m_tickets[t.id];
    if (stored.id != 0 && stored.state == TicketState::Waiting)
        m_waiting.erase(stored);
    stored = t;
    if (t.state == TicketState::Waiting)
        m_waiting.insert(t);
}

EngineSnapshot QueueEngine::snapshot() const
{
    EngineSnapshot s;
    s.businessDay = m_day;
    s.lastTicketId = m_lastTicketId;
    s.tickets.reserve(m_tickets.size());
    for (const auto &[id, t] : m_tickets)
        s.tickets.push_back(t);
    for (const auto &[number, c] : m_counters)
        s.counters.push_back(c);
    s.issued = m_issued;
    s.stats = m_stats;
    s.ticker = m_ticker;
    s.rhythm = m_rhythm;
    return s;
}

void QueueEngine::restore(const EngineSnapshot &s)
{
    m_day = s.businessDay;
    m_lastTicketId = s.lastTicketId;
    m_ticker = s.ticker;
    m_rhythm = s.rhythm;
    m_tickets.clear();
    m_waiting.clear();
    m_byToken.clear();
    m_byLabel.clear();
    for (const Ticket &t : s.tickets) {
        m_tickets[t.id] = t;
        if (t.state == TicketState::Waiting)
            m_waiting.insert(t);
        if (!t.token.isEmpty())
            m_byToken.insert(t.token, t.id);
        m_byLabel.insert(t.label, t.id);
    }
    for (auto &[number, state] : m_counters)
        state = CounterState::closed(number);
    for (const CounterState &c : s.counters) {
        if (auto it = m_counters.find(c.number); it != m_counters.end())
            it->second = c;
    }
    for (const auto &[number, state] : m_counters)
        syncServices(state);
    m_issued = s.issued;
    m_stats = s.stats;
}

bool QueueEngine::needsNewDay(Timestamp now) const
{
    const QString today = businessDayOf(now, m_config.utcOffsetMinutes, m_config.dayStartMinute);
    // ISO dates compare as strings; a clock set back never reopens an old day.
    return m_day.isEmpty() || today > m_day;
}

const Ticket *QueueEngine::ticket(TicketId id) const
{
    const auto it = m_tickets.find(id);
    return it == m_tickets.end() ? nullptr : &it->second;
}

const Ticket *QueueEngine::ticketByToken(const QString &token) const
{
    const auto it = m_byToken.constFind(token);
    return it == m_byToken.constEnd() ? nullptr : ticket(*it);
}

const Ticket *QueueEngine::ticketByLabel(const QString &label) const
{
    const auto it = m_byLabel.constFind(label);
    return it == m_byLabel.constEnd() ? nullptr : ticket(*it);
}

const CounterState *QueueEngine::counter(int number) const
{
    const auto it = m_counters.find(number);
    return it == m_counters.end() ? nullptr : &it->second;
}

QStringList QueueEngine::servicesOf(int number) const
{
    const CounterState *state = counter(number);
    if (state && !state->services.isEmpty())
        return state->services;
    const CounterConfig *configured = m_config.counter(number);
    return configured ? configured->services : QStringList();
}

void QueueEngine::syncServices(const CounterState &counter)
{
    m_policy.setServices(counter.number, servicesOf(counter.number));
}

std::vector<const Ticket *> QueueEngine::queueOf(const QString &service) const
{
    std::vector<const Ticket *> out;
    const WaitingIndex::Lane *lane = m_waiting.serviceLane(service);
    if (!lane)
        return out;
    out.reserve(lane->size());
    for (const auto *keys : {&lane->head, &lane->priority, &lane->ordinary})
        for (const WaitingIndex::Key &k : *keys)
            out.push_back(&m_tickets.at(k.id));
    return out;
}

int QueueEngine::waitingCount(const QString &service) const
{
    const WaitingIndex::Lane *lane = m_waiting.serviceLane(service);
    size_t n = lane ? lane->size() : 0;
    for (const auto &[counter, own] : m_waiting.counterLanes())
        for (const auto *keys : {&own.head, &own.priority, &own.ordinary})
            for (const WaitingIndex::Key &k : *keys)
                n += m_tickets.at(k.id).service == service;
    return int(n);
}

int QueueEngine::openCountersFor(const QString &service) const
{
    int n = 0;
    for (const auto &[number, state] : m_counters)
        n += state.status == CounterStatus::Open && m_policy.serves(number, service);
    return n;
}

double QueueEngine::serviceSeconds(const QString &service) const
{
    const ServiceConfig *s = m_config.service(service);
    return m_stats.serviceSeconds(service, s ? s->defaultServiceSeconds : 600.0);
}

WaitEstimate QueueEngine::estimateForNew(const QString &service, Timestamp now) const
{
    // A ticket that is not there yet: last in its service's queue.
    Ticket probe;
    probe.id = std::numeric_limits<TicketId>::max();
    probe.service = service;
    probe.queuedAt = now;
    return estimateFor(probe, now);
}

WaitEstimate QueueEngine::estimateFor(const Ticket &t, Timestamp now) const
{
    return WaitEstimator(*this).estimate(t, now);
}

std::unordered_map<TicketId, WaitEstimate> QueueEngine::estimateAll(Timestamp now) const
{
    return WaitEstimator(*this).estimateAll(now);
}

Result<Ok> QueueEngine::canIssue(const QString &serviceId, Timestamp now) const
{
    const ServiceConfig *s = m_config.service(serviceId);
    if (!s)
        return Error{ErrorCode::UnknownService, QStringLiteral("no service \"%1\"").arg(serviceId)};
    const LocalTime lt = LocalTime::at(now, m_config.utcOffsetMinutes);
    if (!s->hours.takesTicketsAt(lt.date, lt.minuteOfDay)) {
        return Error{ErrorCode::ServiceClosed,
                     QStringLiteral("%1 is not taking tickets at %2 %3")
                         .arg(serviceName(serviceId), lt.date.toString(Qt::ISODate),
                              QStringLiteral("%1:%2")
                                  .arg(lt.minuteOfDay / 60, 2, 10, QLatin1Char('0'))
                                  .arg(lt.minuteOfDay % 60, 2, 10, QLatin1Char('0')))};
    }
    if (issuedToday(serviceId) >= s->dailyCap) {
        return Error{
            ErrorCode::DailyCapReached,
            QStringLiteral("%1 has issued its %2 tickets for today").arg(serviceName(serviceId)).arg(s->dailyCap)};
    }
    return Ok{};
}

QString QueueEngine::serviceName(const QString &service) const
{
    const ServiceConfig *s = m_config.service(service);
    return s ? QStringLiteral("%1 (%2)").arg(s->name.in(QStringLiteral("en")), service) : service;
}

Event QueueEngine::makeEvent(EventType type, Timestamp now, const QString &actor) const
{
    Event e;
    e.type = type;
    e.at = now;
    e.actor = actor;
    e.businessDay = m_day;
    return e;
}

} // namespace qms
