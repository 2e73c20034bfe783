#include "engine/waitestimator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

#include "engine/queueengine.h"

namespace qms {

namespace {
constexpr double msPerSecond = 1000.0;
/** A service is "measured" once this many of today's tickets of it were served. */
constexpr int measuredAfter = 3;

struct SimCounter
{
    CounterState state;
    double freeAt;                      ///< ms since epoch, fractional
    double staffedUntil = 0;            ///< end of the staffed stretch freeAt is in
    const OpeningHours *plan = nullptr; ///< null: no plan, always staffed
    std::vector<MinuteRange> away;      ///< when the previous days had it away (lunch, a pause)
};

/** A past day's habit beats no knowledge; today's evidence beats a habit. */
constexpr double historyWeight = 8.0;
/** A counter still here this long after its usual break began is skipping it today. */
constexpr int skippedBreakMinutes = 15;
/** Calls simulated for one ticket before the rest is extrapolated (hours of queue). */
constexpr int maxPicksForOne = 1000;

constexpr double msPerMinute = 60'000.0;

/**
 * Moves the counter's freeAt to the first moment from then on when its plan has it
 * staffed, the same day; false if it is not planned again today (tickets do not
 * outlive the day). Date arithmetic only when it leaves its staffed stretch.
 */
bool keepStaffed(SimCounter &c, int utcOffsetMinutes)
{
    if ((!c.plan && c.away.empty()) || c.freeAt < c.staffedUntil)
        return true;
    // The plan says when it is staffed at all; the learned breaks when it is away within.
    for (int moves = 0; moves < 16; ++moves) {
        const LocalTime local = LocalTime::at(Timestamp(c.freeAt), utcOffsetMinutes);
        const double minuteStart = std::floor(c.freeAt / msPerMinute) * msPerMinute;
        int staffedFor = 24 * 60 - local.minuteOfDay;
        if (c.plan) {
            if (!c.plan->isOpenAt(local.date, local.minuteOfDay)) {
                const auto minutes = c.plan->minutesUntilOpen(local.date, local.minuteOfDay);
                if (!minutes || local.minuteOfDay + *minutes >= 24 * 60)
                    return false;
                c.freeAt = minuteStart + *minutes * msPerMinute;
                continue;
            }
            staffedFor = c.plan->minutesUntilClosed(local.date, local.minuteOfDay);
        }
        const auto away = std::find_if(c.away.begin(), c.away.end(), [&](const MinuteRange &a) {
            return local.minuteOfDay >= a.start && local.minuteOfDay < a.end;
        });
        if (away != c.away.end()) {
            c.freeAt = minuteStart + (away->end - local.minuteOfDay) * msPerMinute;
            continue;
        }
        for (const MinuteRange &a : c.away)
            if (a.start > local.minuteOfDay)
                staffedFor = std::min(staffedFor, a.start - local.minuteOfDay);
        c.staffedUntil = minuteStart + staffedFor * msPerMinute;
        return true;
    }
    return true;
}

/** How many keys of an ordered set come before `key`. */
size_t countBefore(const std::set<WaitingIndex::Key> &keys, const WaitingIndex::Key &key)
{
    if (keys.empty() || *keys.rbegin() < key)
        return keys.size(); // the usual case: a ticket being issued is the newest
    return size_t(std::distance(keys.begin(), keys.lower_bound(key)));
}

/**
 * The queue as the simulation takes tickets out of it, without copying the
 * engine's index: a service lane is only ever taken from its front, so a cursor
 * per lane and kind walks the engine's own sets; the small lanes of tickets sent
 * to one counter are copied; a ticket about to be issued stands at the end of its
 * lane.
 */
class SimQueue : public QueueView
{
public:
    SimQueue(const QueueEngine &engine, const Ticket *newcomer)
        : m_engine(engine)
        , m_newcomer(newcomer)
        , m_own(engine.waiting().counterLanes())
        , m_left(engine.waiting().size() + (newcomer ? 1 : 0))
    {
        if (newcomer && newcomer->targetCounter != 0) {
            WaitingIndex::Lane &own = m_own[newcomer->targetCounter];
            (newcomer->atHead ? own.head : newcomer->isPriority() ? own.priority : own.ordinary)
                .insert(WaitingIndex::Key{newcomer->queuedAt, newcomer->id});
        }
    }

    [[nodiscard]] size_t size() const { return m_left; }

    void forEachOwn(int counter, const std::function<void(int, const Ticket &)> &f) const override
    {
        const auto it = m_own.find(counter);
        if (it == m_own.end())
            return;
        int kind = 0;
        for (const auto *keys : {&it->second.head, &it->second.priority, &it->second.ordinary}) {
            for (const WaitingIndex::Key &k : *keys)
                f(kind, ticket(k.id));
            ++kind;
        }
    }

    const Ticket *front(const QString &service, int kind) const override
    {
        const Cursor *c = cursor(service);
        const bool newcomerHere = m_newcomer && !m_newcomerTaken && m_newcomer->targetCounter == 0
            && m_newcomer->service == service && kindOf(*m_newcomer) == kind;
        if (c && c->at[size_t(kind)] != c->end[size_t(kind)]) {
            const WaitingIndex::Key &k = *c->at[size_t(kind)];
            if (newcomerHere && WaitingIndex::Key{m_newcomer->queuedAt, m_newcomer->id} < k)
                return m_newcomer;
            return &ticket(k.id);
        }
        return newcomerHere ? m_newcomer : nullptr;
    }

    /** Takes a ticket the policy chose (the front of its kind in its lane). */
    void take(const Ticket &t)
    {
        --m_left;
        if (m_newcomer && t.id == m_newcomer->id && t.targetCounter == 0) {
            m_newcomerTaken = true;
            return;
        }
        if (t.targetCounter != 0) {
            WaitingIndex::Lane &own = m_own[t.targetCounter];
            (t.atHead ? own.head : t.isPriority() ? own.priority : own.ordinary)
                .erase(WaitingIndex::Key{t.queuedAt, t.id});
            return;
        }
        if (Cursor *c = cursor(t.service)) {
            ++c->at[size_t(kindOf(t))];
            ++c->taken[size_t(kindOf(t))];
        }
    }

    /**
     * Tickets of a service's lane still waiting that go before `t` there: those
     * transferred to the head and the priority ones, then the ordinary ones that came
     * before it.
     */
    [[nodiscard]] size_t leftBefore(const QString &service, const Ticket &t) const
    {
        const WaitingIndex::Lane *lane = m_engine.waiting().serviceLane(service);
        const Cursor *c = cursor(service);
        if (!lane || !c)
            return 0;
        const size_t ordinary = countBefore(lane->ordinary, WaitingIndex::Key{t.queuedAt, t.id});
        return lane->head.size() - c->taken[0] + lane->priority.size() - c->taken[1]
            + (ordinary > c->taken[2] ? ordinary - c->taken[2] : 0);
    }

private:
    struct Cursor
    {
        std::array<std::set<WaitingIndex::Key>::const_iterator, 3> at, end;
        std::array<size_t, 3> taken{};
    };
    static int kindOf(const Ticket &t) { return t.atHead ? 0 : t.isPriority() ? 1 : 2; }

    const Ticket &ticket(TicketId id) const
    {
        return m_newcomer && id == m_newcomer->id ? *m_newcomer : m_engine.tickets().at(id);
    }
    Cursor *cursor(const QString &service) const
    {
        if (const auto it = m_cursors.find(service); it != m_cursors.end())
            return it->second ? &*it->second : nullptr;
        const WaitingIndex::Lane *lane = m_engine.waiting().serviceLane(service);
        std::optional<Cursor> &c = m_cursors[service];
        if (lane)
            c = Cursor{{lane->head.begin(), lane->priority.begin(), lane->ordinary.begin()},
                       {lane->head.end(), lane->priority.end(), lane->ordinary.end()},
                       {}};
        return c ? &*c : nullptr;
    }

    const QueueEngine &m_engine;
    const Ticket *m_newcomer;
    bool m_newcomerTaken = false;
    std::map<int, WaitingIndex::Lane> m_own;
    mutable QStringMap<std::optional<Cursor>> m_cursors;
    size_t m_left;
};

} // namespace

double WaitEstimator::serviceSeconds(const QString &service) const
{
    if (const auto it = m_serviceSeconds.find(service); it != m_serviceSeconds.end())
        return it->second;
    const double finished = m_engine.serviceSeconds(service);
    const QueueStats::Service measured = m_engine.stats().services.value(service);
    const ServiceConfig *config = m_engine.config().service(service);
    double prior = config ? config->defaultServiceSeconds : 600.0;
    double priorWeight = QueueStats::priorWeight;
    // What the previous days' tickets took at this hour, worth a few of today's.
    if (const DayRhythm::Service *learned = m_engine.rhythm().service(service)) {
        const int hour = LocalTime::at(m_now, m_engine.config().utcOffsetMinutes).minuteOfDay / 60;
        int seconds = learned->seconds[size_t(hour)];
        if (seconds == 0) { // not at this hour: the day's mean
            int sum = 0, hours = 0;
            for (int s : learned->seconds)
                if (s > 0) {
                    sum += s;
                    ++hours;
                }
            seconds = hours > 0 ? sum / hours : 0;
        }
        if (seconds > 0) {
            prior = seconds;
            priorWeight = historyWeight;
        }
    }
    double sum = priorWeight * prior + measured.occupancySeconds;
    double count = priorWeight + measured.served;
    for (const auto &[number, c] : m_engine.counters()) {
        if (c.current == 0)
            continue;
        const Ticket &held = m_engine.tickets().at(c.current);
        if (held.service != service || held.state != TicketState::Serving)
            continue;
        // At least as long as it has taken so far.
        sum += std::max(double(m_now - held.calledAt) / msPerSecond, finished);
        count += 1;
    }
    const double seconds = sum / count;
    m_serviceSeconds[service] = seconds;
    return seconds;
}

double WaitEstimator::occupancySeconds(const QString &service) const
{
    if (const auto it = m_occupancy.find(service); it != m_occupancy.end())
        return it->second;
    const QueueStats &stats = m_engine.stats();
    const double p = stats.noShowRate();
    // Breaks to come take their share of every staffed hour, unless the previous days
    // told when they come (the simulation then keeps the counters away at those times).
    const double breaks = m_engine.rhythm().counters.empty() ? stats.breakShare() : 0.0;
    const double seconds = ((1.0 - p) * serviceSeconds(service) + p * stats.noShowCost()) / (1.0 - breaks);
    m_occupancy[service] = seconds;
    return seconds;
}

int WaitEstimator::openCountersFor(const QString &service) const
{
    if (const auto it = m_openCounters.find(service); it != m_openCounters.end())
        return it->second;
    const int n = m_engine.openCountersFor(service);
    m_openCounters[service] = n;
    return n;
}

double WaitEstimator::remainingSeconds(const Ticket &held, double expected, Timestamp now) const
{
    const double elapsed = std::max(0.0, double(now - held.calledAt) / msPerSecond);
    const DayRhythm::Service *learned = m_engine.rhythm().service(held.service);
    const double sigma = learned ? learned->spread : 0.0;
    if (sigma < 0.05 || held.state != TicketState::Serving) {
        // Running over: probably nearly done, but never "free already".
        return std::max(expected - elapsed, 0.15 * expected);
    }
    // Service times vary as a log-normal of the past days' spread: what is left of one
    // that has lasted `elapsed` is its mean given that it lasted that long — more, not
    // less, the longer it runs.
    const double mu = std::log(expected) - sigma * sigma / 2;
    const double z = (std::log(std::max(elapsed, 1.0)) - mu) / sigma;
    const auto phi = [](double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); };
    const double survives = phi(-z);
    if (survives < 1e-6)
        return 0.15 * expected;
    return std::max(expected * phi(sigma - z) / survives - elapsed, 0.05 * expected);
}

std::unordered_map<TicketId, Timestamp> WaitEstimator::predictCalls(Timestamp now, const Ticket *newcomer,
                                                                    const Ticket *target) const
{
    if (m_now != now) {
        const_cast<WaitEstimator *>(this)->m_now = now;
        m_serviceSeconds.clear();
        m_occupancy.clear();
    }
    // When each counter is expected to take its next ticket.
    std::vector<SimCounter> counters;
    const double pause = m_engine.stats().pauseLength() * msPerSecond;
    const int offset = m_engine.config().utcOffsetMinutes;
    const auto planOf = [&](int number) -> const OpeningHours * {
        const CounterConfig *cc = m_engine.config().counter(number);
        return cc ? &cc->hours : nullptr;
    };
    const int nowMinute = LocalTime::at(now, offset).minuteOfDay;
    for (const auto &[number, c] : m_engine.counters()) {
        const OpeningHours *plan = planOf(number);
        std::vector<MinuteRange> away;
        if (const DayRhythm::Counter *learned = m_engine.rhythm().counter(number))
            away = learned->away;
        if (c.status == CounterStatus::Closed) {
            // Closed now: it counts only if its plan opens it later (after lunch, a late
            // shift); closed while planned open means nobody is there.
            SimCounter later{c, double(now), 0, plan, away};
            if (plan && keepStaffed(later, offset) && later.freeAt > double(now))
                counters.push_back(later);
            continue;
        }
        const auto usualBreak = std::find_if(away.begin(), away.end(), [&](const MinuteRange &a) {
            return nowMinute >= a.start && nowMinute < a.end;
        });
        double freeAt = double(now);
        if (c.status == CounterStatus::Paused) {
            if (usualBreak != away.end()) {
                // On its usual break: back when it usually is.
                freeAt = double(now) + (usualBreak->end - nowMinute) * msPerMinute;
            } else {
                // Back after a typical break; one that is late is taken as back soon.
                freeAt = std::max(double(c.since) + pause, double(now) + 60 * msPerSecond);
            }
        } else if (c.current != 0) {
            const Ticket &held = m_engine.tickets().at(c.current);
            const double expected = (held.state == TicketState::Serving ? serviceSeconds(held.service)
                                                                        : occupancySeconds(held.service))
                * msPerSecond;
            freeAt = double(now) + remainingSeconds(held, expected / msPerSecond, now) * msPerSecond;
        }
        if (c.status == CounterStatus::Open && usualBreak != away.end()
            && nowMinute - usualBreak->start >= skippedBreakMinutes)
            away.erase(usualBreak); // still here well into its usual break: not taking it today
        // Open now, it is there now whatever the plan; later picks follow the plan.
        SimCounter sim{c, freeAt, freeAt > double(now) ? 0.0 : freeAt + 1, plan, std::move(away)};
        if (!keepStaffed(sim, offset))
            continue;
        counters.push_back(sim);
    }

    std::unordered_map<TicketId, Timestamp> calls;
    if (counters.empty())
        return calls; // nobody to call anyone
    const CallingPolicy &policy = m_engine.policy();
    SimQueue queue(m_engine, newcomer);

    // For one ticket, the simulation stops when it is called; and where it stands
    // further back than a thousand calls (hours away), the rest is extrapolated: the
    // counters that can call it keep the pace they had (in expected counter time, so a
    // change in the mix of services counts), through every ticket still before it in
    // the lanes they call from. So one estimate costs about the same however long the
    // queue.
    const Ticket *only = target;
    QStringList connected; // the services of the counters that serve the ticket's
    if (only && only->targetCounter == 0)
        for (const auto &[number, c] : m_engine.counters())
            if (policy.serves(number, only->service))
                for (const QString &s : m_engine.servicesOf(number))
                    if (!connected.contains(s))
                        connected << s;
    int picks = 0;
    double connectedWork = 0; // expected counter seconds of the connected lanes' tickets called so far
    if (!only)
        calls.reserve(queue.size());
    while (queue.size() > 0 && !counters.empty()) {
        auto next = std::min_element(counters.begin(), counters.end(), [](const SimCounter &a, const SimCounter &b) {
            return a.freeAt != b.freeAt ? a.freeAt < b.freeAt : a.state.number < b.state.number;
        });
        const Timestamp at = Timestamp(std::llround(next->freeAt));
        const CallingPolicy::Choice choice = policy.pickNext(next->state, queue, at);
        if (!choice.ticket) {
            counters.erase(next); // nothing it serves is waiting, and nothing new arrives in here
            continue;
        }
        const Ticket &t = *choice.ticket;
        if (only) {
            if (t.id == only->id) {
                calls[t.id] = at;
                break;
            }
            if (t.targetCounter == 0 && connected.contains(t.service))
                connectedWork += occupancySeconds(t.service);
            if (++picks >= maxPicksForOne && connectedWork > 0) {
                double workBefore = 0;
                for (const QString &s : connected)
                    workBefore += double(queue.leftBefore(s, *only)) * occupancySeconds(s);
                const double pace = double(at - now) / connectedWork; // ms of the clock per counter second
                const Timestamp expected = at + Timestamp(pace * workBefore);
                if (LocalTime::at(expected, offset).date == LocalTime::at(now, offset).date)
                    calls[only->id] = expected;
                break;
            }
        } else {
            calls[t.id] = at;
        }
        next->state.priorityRun = policy.priorityRunAfter(next->state, t, choice.passedOverOrdinary);
        next->freeAt += occupancySeconds(t.service) * msPerSecond;
        queue.take(t);
        // The next ticket waits for the counter's next staffed moment (after lunch, say).
        if (!keepStaffed(*next, offset))
            counters.erase(next);
    }
    return calls;
}

int WaitEstimator::peopleAhead(const Ticket &t) const
{
    // The lane it waits in: its service's, or the one counter's it was sent to.
    const WaitingIndex::Lane *lane = t.targetCounter != 0 ? m_engine.waiting().counterLane(t.targetCounter)
                                                          : m_engine.waiting().serviceLane(t.service);
    if (!lane)
        return 0;
    const WaitingIndex::Key key{t.queuedAt, t.id};
    if (t.atHead)
        return int(countBefore(lane->head, key));
    if (t.isPriority())
        return int(lane->head.size() + countBefore(lane->priority, key));
    return int(lane->head.size() + lane->priority.size() + countBefore(lane->ordinary, key));
}

WaitEstimate WaitEstimator::describe(const Ticket &t, Timestamp now,
                                     const std::unordered_map<TicketId, Timestamp> &calls, int ahead) const
{
    WaitEstimate e;
    e.peopleAhead = ahead;
    e.openCounters = openCountersFor(t.service);
    // A number only if some counter (open, or paused and coming back) will call it.
    if (const auto it = calls.find(t.id); it != calls.end()) {
        // What the simulation misses (citizens jumping ahead, slow mornings), as the past days measured it.
        const double scale = m_engine.rhythm().scaleAt(
            LocalTime::at(now, m_engine.config().utcOffsetMinutes).minuteOfDay / 60);
        e.seconds = int(std::lround(double(std::max<Timestamp>(0, it->second - now)) / msPerSecond * scale));
    } else if (e.openCounters > 0 && !(e.seconds = pastDaysPace(t, now, ahead))) {
        e.unlikelyToday = true; // counters serve it, but their day ends before its turn
    }
    e.rough = m_engine.stats().servedOf(t.service) < measuredAfter || e.openCounters == 0;
    e.lowShare = m_engine.rhythm().lowShare;
    e.highShare = m_engine.rhythm().highShare;
    return e;
}

std::optional<int> WaitEstimator::pastDaysPace(const Ticket &t, Timestamp now, int ahead) const
{
    // The plan says nobody will reach it; the previous days say whether that is so:
    // if more of the service were usually still called from now on than stand
    // ahead of it, it is told the pace of those days instead.
    const DayRhythm::Service *learned = m_engine.rhythm().service(t.service);
    if (!learned)
        return std::nullopt;
    const int minute = LocalTime::at(now, m_engine.config().utcOffsetMinutes).minuteOfDay;
    const int quarter = std::clamp(minute / 15, 0, DayRhythm::quarters - 1);
    const int usuallyLeft = learned->callsAfter[size_t(quarter)];
    if (usuallyLeft <= ahead)
        return std::nullopt;
    int last = quarter;
    while (last + 1 < DayRhythm::quarters && learned->callsAfter[size_t(last + 1)] > 0)
        ++last;
    const double minutesLeft = std::max(15.0, double((last + 1) * 15 - minute));
    return int(std::lround(minutesLeft * 60.0 * (ahead + 1) / (usuallyLeft + 1)));
}

WaitEstimate WaitEstimator::estimate(const Ticket &t, Timestamp now) const
{
    const bool queued = m_engine.ticket(t.id) != nullptr && t.state == TicketState::Waiting;
    Ticket probe = t;
    if (!queued && probe.id == 0)
        probe.id = std::numeric_limits<TicketId>::max();
    const auto calls = predictCalls(now, queued ? nullptr : &probe, &probe);
    return describe(probe, now, calls, peopleAhead(probe));
}

std::unordered_map<TicketId, WaitEstimate> WaitEstimator::estimateAll(Timestamp now) const
{
    const auto calls = predictCalls(now, nullptr);
    std::unordered_map<TicketId, WaitEstimate> out;
    out.reserve(calls.size());
    // People ahead, a lane at a time: its tickets stand in the lane's order.
    const auto lane = [&](const WaitingIndex::Lane &l) {
        int ahead = 0;
        for (const auto *keys : {&l.head, &l.priority, &l.ordinary})
            for (const WaitingIndex::Key &k : *keys)
                out[k.id] = describe(m_engine.tickets().at(k.id), now, calls, ahead++);
    };
    for (const CounterConfig &c : m_engine.config().counters)
        if (const WaitingIndex::Lane *own = m_engine.waiting().counterLane(c.number))
            lane(*own);
    for (const ServiceConfig &s : m_engine.config().services)
        if (const WaitingIndex::Lane *l = m_engine.waiting().serviceLane(s.id))
            lane(*l);
    return out;
}

WaitEstimate WaitEstimator::baseline(const Ticket &t, Timestamp /*now*/) const
{
    WaitEstimate e;
    e.peopleAhead = peopleAhead(t);
    e.openCounters = m_engine.openCountersFor(t.service);
    if (e.openCounters > 0)
        e.seconds = int(std::lround(e.peopleAhead * m_engine.serviceSeconds(t.service)
                                    / e.openCounters)); // finished tickets only, as the formula goes
    e.rough = m_engine.stats().servedOf(t.service) < measuredAfter;
    return e;
}

} // namespace qms
