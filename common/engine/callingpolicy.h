#pragma once

#include <vector>

#include "domain/center.h"
#include "domain/counterstate.h"

namespace qms {

/**
 * Decides who is called next at a counter, and in which order a service's queue
 * stands (for "people ahead of you"). Pure: it reads tickets, it changes nothing.
 *
 * Order at a counter: tickets transferred to the head of a queue (oldest transfer
 * first); then priority tickets — in Ratio mode only while the counter has called
 * fewer than `priorityRun` of them in a row past waiting ordinary tickets; then the
 * longest wait multiplied by the service's priority weight. Ties go to the earlier
 * ticket.
 */
class CallingPolicy
{
public:
    explicit CallingPolicy(const CenterConfig &config) : m_config(config) {}

    /** Whether `counter` may call this ticket at all. */
    [[nodiscard]] bool eligible(const Ticket &t, int counter) const;

    struct Choice
    {
        const Ticket *ticket = nullptr;
        bool passedOverOrdinary = false;  ///< a priority ticket went before waiting ordinary ones
    };
    /** The next ticket for the counter among `waiting`, or none. */
    [[nodiscard]] Choice pickNext(const CounterState &counter, const std::vector<const Ticket *> &waiting,
                                  Timestamp now) const;

    /** The counter's priority run after it calls `t` (for tickets chosen by hand too). */
    [[nodiscard]] int priorityRunAfter(const CounterState &counter, const Ticket &t,
                                       bool ordinaryWaiting) const;

    /** True when `a` stands before `b` in one service's queue. */
    [[nodiscard]] bool standsBefore(const Ticket &a, const Ticket &b) const;

private:
    [[nodiscard]] double weightedWait(const Ticket &t, Timestamp now) const;
    [[nodiscard]] bool waitedLonger(const Ticket &a, const Ticket &b, Timestamp now) const;

    const CenterConfig &m_config;
};

} // namespace qms
