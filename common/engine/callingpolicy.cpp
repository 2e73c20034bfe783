#include "engine/callingpolicy.h"

#include <algorithm>

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

CallingPolicy::Choice CallingPolicy::pickNext(const CounterState &counter, const WaitingIndex &waiting,
                                              const TicketLookup &ticket, Timestamp now) const
{
    // The best candidate of each kind, with its weighted wait (computed once each).
    struct Best
    {
        const Ticket *ticket = nullptr;
        double weighted = 0;
    };
    Best head, bestPriority, bestOrdinary;
    const auto offer = [&](Best &best, const Ticket &t, double weighted, bool byWait) {
        const bool better = !best.ticket
            || (byWait ? (weighted != best.weighted ? weighted > best.weighted : earlier(t, *best.ticket))
                       : earlier(t, *best.ticket));
        if (better)
            best = {&t, weighted};
    };
    // A counter's own lane (transfers to it) mixes services and is small: all of it.
    if (const WaitingIndex::Lane *own = waiting.counterLane(counter.number)) {
        for (const auto *keys : {&own->head, &own->priority, &own->ordinary}) {
            Best &best = keys == &own->head ? head : keys == &own->priority ? bestPriority : bestOrdinary;
            for (const WaitingIndex::Key &k : *keys) {
                const Ticket &t = ticket(k.id);
                offer(best, t, weightedWait(t, now), keys != &own->head);
            }
        }
    }
    // In a service lane every ticket has the same weight, so the first of each kind is its best.
    if (const auto it = m_counterServices.find(counter.number); it != m_counterServices.end()) {
        for (const QString &service : it->second) {
            const WaitingIndex::Lane *lane = waiting.serviceLane(service);
            if (!lane)
                continue;
            const double weight = weightOf(service);
            const auto front = [&](const std::set<WaitingIndex::Key> &keys, Best &best, bool byWait) {
                if (keys.empty())
                    return;
                const Ticket &t = ticket(keys.begin()->id);
                offer(best, t, double(std::max<Timestamp>(0, now - t.queuedAt)) * weight, byWait);
            };
            front(lane->head, head, false);
            front(lane->priority, bestPriority, true);
            front(lane->ordinary, bestOrdinary, true);
        }
    }

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
