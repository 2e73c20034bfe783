#pragma once

#include <QHash>

#include <functional>
#include <unordered_map>

#include "domain/center.h"
#include "domain/counterstate.h"
#include "engine/waitingindex.h"
#include "util/qstringhash.h"

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
 *
 * Keeps its own lookup tables (weights, services per counter), so the hot path
 * costs one look at the front of each of the counter's lanes.
 */
/**
 * What the calling policy reads of a queue: the engine's waiting index, or the
 * estimator's simulated copy of it. Kinds: 0 transferred to the head, 1 priority,
 * 2 ordinary.
 */
class QueueView
{
public:
    virtual ~QueueView() = default;
    /** Every ticket transferred to this one counter (a small lane, any order), with its kind. */
    virtual void forEachOwn(int counter, const std::function<void(int kind, const Ticket &)> &f) const = 0;
    /** The first ticket of a kind in a service's lane, or null. */
    [[nodiscard]] virtual const Ticket *front(const QString &service, int kind) const = 0;
};

class CallingPolicy
{
public:
    using TicketLookup = std::function<const Ticket &(TicketId)>;

    explicit CallingPolicy(const CenterConfig &config);

    /** Whether `counter` may call this ticket at all. */
    [[nodiscard]] bool eligible(const Ticket &t, int counter) const;
    [[nodiscard]] bool serves(int counter, const QString &service) const;
    /** The counter serves these services from now on (a supervisor's change, or the file's list again). */
    void setServices(int counter, const QStringList &services) { m_counterServices[counter] = services; }
    [[nodiscard]] double weightOf(const QString &service) const
    {
        const auto it = m_weights.find(service);
        return it == m_weights.end() ? 1.0 : it->second;
    }

    struct Choice
    {
        const Ticket *ticket = nullptr;
        bool passedOverOrdinary = false; ///< a priority ticket went before waiting ordinary ones
    };
    /** The next ticket for the counter, or none. */
    [[nodiscard]] Choice pickNext(const CounterState &counter, const WaitingIndex &waiting, const TicketLookup &ticket,
                                  Timestamp now) const;
    /** The same, from any view of a queue. */
    [[nodiscard]] Choice pickNext(const CounterState &counter, const QueueView &queue, Timestamp now) const;

    /** Whether an ordinary (not head, not priority) ticket other than `except` waits for the counter. */
    [[nodiscard]] bool ordinaryWaitingFor(int counter, const WaitingIndex &waiting, TicketId except) const;

    /** The counter's priority run after it calls `t` (for tickets chosen by hand too). */
    [[nodiscard]] int priorityRunAfter(const CounterState &counter, const Ticket &t, bool ordinaryWaiting) const;

    /** True when `a` stands before `b` in one service's queue. */
    [[nodiscard]] bool standsBefore(const Ticket &a, const Ticket &b) const;

private:
    [[nodiscard]] double weightedWait(const Ticket &t, Timestamp now) const;

    CallingRules m_rules;
    QStringMap<double> m_weights;
    std::unordered_map<int, QStringList> m_counterServices;
};

} // namespace qms
