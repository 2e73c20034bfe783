#pragma once

#include <unordered_map>

#include "domain/event.h"
#include "util/qstringhash.h"

namespace qms {

class QueueEngine;

/**
 * How long until a ticket is called, found by playing the queue forward: every
 * open counter (and every paused one, back after a typical break) takes the next
 * ticket by the real calling policy as soon as it is expected to be free, and
 * each ticket keeps it busy for what today's tickets of that service took (with
 * no-shows costing their share). So a counter serving several services, priority
 * tickets jumping ahead, transfers to the head and the weights all count as they
 * will really count.
 *
 * The "industry standard" (average handle time × people ahead ÷ open counters)
 * is kept as baseline() for comparison (tools/replay).
 *
 * Pure and cheap: one simulation answers for every waiting ticket at once.
 */
class WaitEstimator
{
public:
    explicit WaitEstimator(const QueueEngine &engine)
        : m_engine(engine)
    { }

    /** For a waiting ticket, or one about to be issued (not yet in the queue). */
    [[nodiscard]] WaitEstimate estimate(const Ticket &t, Timestamp now) const;
    [[nodiscard]] std::unordered_map<TicketId, WaitEstimate> estimateAll(Timestamp now) const;
    /** Average handle time × people ahead ÷ open counters serving the service. */
    [[nodiscard]] WaitEstimate baseline(const Ticket &t, Timestamp now) const;

    /**
     * When each waiting ticket (and `newcomer`) is expected to be called; absent: never,
     * as things stand. With a `target`, only its call is looked for (see the bound in
     * the code).
     */
    [[nodiscard]] std::unordered_map<TicketId, Timestamp> predictCalls(Timestamp now, const Ticket *newcomer,
                                                                       const Ticket *target = nullptr) const;

private:
    [[nodiscard]] WaitEstimate describe(const Ticket &t, Timestamp now,
                                        const std::unordered_map<TicketId, Timestamp> &calls, int peopleAhead) const;
    [[nodiscard]] int peopleAhead(const Ticket &t) const;
    /** How long a ticket at a counter will still hold it, given how long it has so far. */
    [[nodiscard]] double remainingSeconds(const Ticket &held, double expected, Timestamp now) const;
    /** When the plan reaches no counter to it: the previous days' pace, if they disagree. */
    [[nodiscard]] std::optional<int> pastDaysPace(const Ticket &t, Timestamp now, int ahead) const;
    [[nodiscard]] int openCountersFor(const QString &service) const;
    /** Expected counter time for a ticket of the service, no-shows and breaks included. */
    [[nodiscard]] double occupancySeconds(const QString &service) const;
    /**
     * Expected call → finish of a served ticket, also counting the tickets still at a
     * counter: the first tickets to finish are the short ones, so the finished alone
     * make a service look quicker than it is.
     */
    [[nodiscard]] double serviceSeconds(const QString &service) const;

    const QueueEngine &m_engine;
    Timestamp m_now = 0;
    mutable QStringMap<double> m_serviceSeconds; ///< per estimate, per service
    mutable QStringMap<double> m_occupancy;
    mutable QStringMap<int> m_openCounters;
};

} // namespace qms
