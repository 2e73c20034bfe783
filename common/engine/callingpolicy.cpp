#include "engine/callingpolicy.h"

#include <algorithm>
#include <array>

namespace qms {

namespace {
bool earlier(const Ticket &a, const Ticket &b)
{
    return a.queuedAt != b.queuedAt ? a.queuedAt < b.queuedAt : a.id < b.id;
}
} // namespace

CallingPolicy::CallingPolicy(const CenterConfig &config)
    : m_rules(config.calling)
{
    for (const ServiceConfig &s : config.services)
        m_weights[s.id] = s.priorityWeight;
    for (const CounterConfig &c : config.counters)
        m_counterServices[c.number] = c.services;
}

bool CallingPolicy::serves(int counter, const QString &service) const
{
    const auto it = m_counterServices.find(counter);
    return it != m_counterServices.end() && it->second.contains(service);
}

bool CallingPolicy::eligible(const Ticket &t, int counter) const
{
    if (t.targetCounter != 0)
        return t.targetCounter == counter;
    return serves(counter, t.service);
}

double CallingPolicy::weightedWait(const Ticket &t, Timestamp now) const
{
    return double(std::max<Timestamp>(0, now - t.queuedAt)) * weightOf(t.service);
}

namespace {
/** The engine's waiting index as the policy reads it. */
class IndexView : public QueueView
{
public:
    IndexView(const WaitingIndex &waiting, const CallingPolicy::TicketLookup &ticket)
        : m_waiting(waiting)
        , m_ticket(ticket)
    { }
    void forEachOwn(int counter, const std::function<void(int, const Ticket &)> &f) const override
    {
        const WaitingIndex::Lane *own = m_waiting.counterLane(counter);
        if (!own)
            return;
        int kind = 0;
        for (const auto *keys : {&own->head, &own->priority, &own->ordinary}) {
            for (const WaitingIndex::Key &k : *keys)
                f(kind, m_ticket(k.id));
            ++kind;
        }
    }
    const Ticket *front(const QString &service, int kind) const override
    {
        const WaitingIndex::Lane *lane = m_waiting.serviceLane(service);
        if (!lane)
            return nullptr;
        const std::set<WaitingIndex::Key> &keys = kind == 0 ? lane->head : kind == 1 ? lane->priority : lane->ordinary;
        return keys.empty() ? nullptr : &m_ticket(keys.begin()->id);
    }

private:
    const WaitingIndex &m_waiting;
    const CallingPolicy::TicketLookup &m_ticket;
};
} // namespace

CallingPolicy::Choice CallingPolicy::pickNext(const CounterState &counter, const WaitingIndex &waiting,
                                              const TicketLookup &ticket, Timestamp now) const
{
    return pickNext(counter, IndexView(waiting, ticket), now);
}

CallingPolicy::Choice CallingPolicy::pickNext(const CounterState &counter, const QueueView &queue, Timestamp now) const
{
    // The best candidate of each kind, with its weighted wait (computed once each).
    struct Best
    {
        const Ticket *ticket = nullptr;
        double weighted = 0;
    };
    std::array<Best, 3> best; // head, priority, ordinary
    const auto offer = [&](int kind, const Ticket &t, double weighted) {
        Best &b = best[size_t(kind)];
        const bool byWait = kind != 0;
        const bool better = !b.ticket
            || (byWait ? (weighted != b.weighted ? weighted > b.weighted : earlier(t, *b.ticket))
                       : earlier(t, *b.ticket));
        if (better)
            b = {&t, weighted};
    };
    // A counter's own lane (transfers to it) mixes services and is small: all of it.
    queue.forEachOwn(counter.number, [&](int kind, const Ticket &t) { offer(kind, t, weightedWait(t, now)); });
    // In a service lane every ticket has the same weight, so the first of each kind is its best.
    if (const auto it = m_counterServices.find(counter.number); it != m_counterServices.end()) {
        for (const QString &service : it->second) {
            const double weight = weightOf(service);
            for (int kind = 0; kind < 3; ++kind)
                if (const Ticket *t = queue.front(service, kind))
                    offer(kind, *t, double(std::max<Timestamp>(0, now - t->queuedAt)) * weight);
        }
    }

    const Best &head = best[0], &bestPriority = best[1], &bestOrdinary = best[2];
    if (head.ticket)
        return Choice{.ticket = head.ticket};
    if (!bestPriority.ticket)
        return Choice{.ticket = bestOrdinary.ticket};
    if (!bestOrdinary.ticket)
        return Choice{.ticket = bestPriority.ticket};
    const bool priorityTurn = m_rules.priorityMode == CallingRules::PriorityMode::Strict
        || counter.priorityRun < m_rules.priorityRun;
    return priorityTurn ? Choice{.ticket = bestPriority.ticket, .passedOverOrdinary = true}
                        : Choice{.ticket = bestOrdinary.ticket};
}

bool CallingPolicy::ordinaryWaitingFor(int counter, const WaitingIndex &waiting, TicketId except) const
{
    const auto hasOther = [except](const std::set<WaitingIndex::Key> &keys) {
        return keys.size() > 1 || (keys.size() == 1 && keys.begin()->id != except);
    };
    if (const WaitingIndex::Lane *own = waiting.counterLane(counter); own && hasOther(own->ordinary))
        return true;
    if (const auto it = m_counterServices.find(counter); it != m_counterServices.end()) {
        for (const QString &service : it->second) {
            const WaitingIndex::Lane *lane = waiting.serviceLane(service);
            if (lane && hasOther(lane->ordinary))
                return true;
        }
    }
    return false;
}

int CallingPolicy::priorityRunAfter(const CounterState &counter, const Ticket &t, bool ordinaryWaiting) const
{
    if (t.atHead)
        return counter.priorityRun; // a deliberate transfer is outside the ratio
    if (!t.isPriority())
        return 0;
    return ordinaryWaiting ? counter.priorityRun + 1 : counter.priorityRun;
}

bool CallingPolicy::standsBefore(const Ticket &a, const Ticket &b) const
{
    if (a.atHead != b.atHead)
        return a.atHead;
    if (a.isPriority() != b.isPriority())
        return a.isPriority();
    return earlier(a, b);
}

} // namespace qms
