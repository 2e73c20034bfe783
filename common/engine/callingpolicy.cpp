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
        m_weights.insert(s.id, s.priorityWeight);
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

bool CallingPolicy::waitedLonger(const Ticket &a, const Ticket &b, Timestamp now) const
{
    const double wa = weightedWait(a, now);
    const double wb = weightedWait(b, now);
    return wa != wb ? wa > wb : earlier(a, b);
}

CallingPolicy::Choice CallingPolicy::pickNext(const CounterState &counter, const WaitingIndex &waiting,
                                              const TicketLookup &ticket, Timestamp now) const
{
    const Ticket *head = nullptr;
    const Ticket *bestPriority = nullptr;
    const Ticket *bestOrdinary = nullptr;
    const auto consider = [&](const std::set<WaitingIndex::Key> &keys, bool whole, const Ticket *&best, bool byWait) {
        // In a service lane every ticket has the same weight, so the first is the best;
        // a counter's own lane mixes services and is small: look at all of it.
        for (const WaitingIndex::Key &k : keys) {
            const Ticket &t = ticket(k.id);
            if (!best || (byWait ? waitedLonger(t, *best, now) : earlier(t, *best)))
                best = &t;
            if (!whole)
                break;
        }
    };
    const auto considerLane = [&](const WaitingIndex::Lane *lane, bool whole) {
        if (!lane)
            return;
        consider(lane->head, whole, head, false);
        consider(lane->priority, whole, bestPriority, true);
        consider(lane->ordinary, whole, bestOrdinary, true);
    };
    considerLane(waiting.counterLane(counter.number), true);
    if (const auto it = m_counterServices.find(counter.number); it != m_counterServices.end())
        for (const QString &service : it->second)
            considerLane(waiting.serviceLane(service), false);

    if (head)
        return {head, false};
    if (!bestPriority)
        return {bestOrdinary, false};
    if (!bestOrdinary)
        return {bestPriority, false};
    const bool priorityTurn = m_rules.priorityMode == CallingRules::PriorityMode::Strict
                              || counter.priorityRun < m_rules.priorityRun;
    return priorityTurn ? Choice{bestPriority, true} : Choice{bestOrdinary, false};
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
        return counter.priorityRun;   // a deliberate transfer is outside the ratio
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
