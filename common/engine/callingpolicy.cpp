#include "engine/callingpolicy.h"

#include <algorithm>

namespace qms {

namespace {
bool earlier(const Ticket &a, const Ticket &b)
{
    return a.queuedAt != b.queuedAt ? a.queuedAt < b.queuedAt : a.id < b.id;
}
} // namespace

bool CallingPolicy::eligible(const Ticket &t, int counter) const
{
    if (t.targetCounter != 0)
        return t.targetCounter == counter;
    return m_config.counterServes(counter, t.service);
}

double CallingPolicy::weightedWait(const Ticket &t, Timestamp now) const
{
    const ServiceConfig *s = m_config.service(t.service);
    const double weight = s ? s->priorityWeight : 1.0;
    return double(std::max<Timestamp>(0, now - t.queuedAt)) * weight;
}

bool CallingPolicy::waitedLonger(const Ticket &a, const Ticket &b, Timestamp now) const
{
    const double wa = weightedWait(a, now);
    const double wb = weightedWait(b, now);
    return wa != wb ? wa > wb : earlier(a, b);
}

CallingPolicy::Choice CallingPolicy::pickNext(const CounterState &counter,
                                              const std::vector<const Ticket *> &waiting,
                                              Timestamp now) const
{
    const Ticket *head = nullptr;
    const Ticket *bestPriority = nullptr;
    const Ticket *bestOrdinary = nullptr;
    for (const Ticket *t : waiting) {
        if (!eligible(*t, counter.number))
            continue;
        if (t->atHead) {
            if (!head || earlier(*t, *head))
                head = t;
        } else if (t->isPriority()) {
            if (!bestPriority || waitedLonger(*t, *bestPriority, now))
                bestPriority = t;
        } else if (!bestOrdinary || waitedLonger(*t, *bestOrdinary, now)) {
            bestOrdinary = t;
        }
    }
    if (head)
        return {head, false};
    if (!bestPriority)
        return {bestOrdinary, false};
    if (!bestOrdinary)
        return {bestPriority, false};
    const CallingRules &rules = m_config.calling;
    const bool priorityTurn = rules.priorityMode == CallingRules::PriorityMode::Strict
                              || counter.priorityRun < rules.priorityRun;
    return priorityTurn ? Choice{bestPriority, true} : Choice{bestOrdinary, false};
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
