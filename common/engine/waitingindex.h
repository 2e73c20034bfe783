#pragma once

#include <QString>

#include <map>
#include <set>

#include "domain/ticket.h"
#include "util/qstringhash.h"

namespace qms {

/**
 * The waiting tickets, sorted the way they are called, so "who is next" does
 * not scan the whole queue. A ticket waits in one lane: its service's, or, when
 * transferred to one counter, that counter's. Within a lane tickets are split
 * into those transferred to the head, priority and ordinary ones, each ordered
 * by when they joined the queue (then by id).
 */
class WaitingIndex
{
public:
    struct Key
    {
        Timestamp queuedAt;
        TicketId id;
        auto operator<=>(const Key &) const = default;
    };
    struct Lane
    {
        std::set<Key> head;
        std::set<Key> priority;
        std::set<Key> ordinary;
        [[nodiscard]] size_t size() const { return head.size() + priority.size() + ordinary.size(); }
    };

    void insert(const Ticket &t);
    void erase(const Ticket &t);
    void clear();

    /** The lane of a service (null when nobody waits there). */
    [[nodiscard]] const Lane *serviceLane(const QString &service) const;
    /** Tickets transferred to this one counter (null when none). */
    [[nodiscard]] const Lane *counterLane(int counter) const;
    [[nodiscard]] const std::map<int, Lane> &counterLanes() const { return m_counters; }
    [[nodiscard]] size_t size() const { return m_size; }

private:
    Lane &laneOf(const Ticket &t);
    static std::set<Key> &classOf(Lane &lane, const Ticket &t);

    QStringMap<Lane> m_services;
    std::map<int, Lane> m_counters;
    size_t m_size = 0;
};

} // namespace qms
