#include "engine/waitingindex.h"

namespace qms {

WaitingIndex::Lane &WaitingIndex::laneOf(const Ticket &t)
{
    return t.targetCounter != 0 ? m_counters[t.targetCounter] : m_services[t.service];
}

std::set<WaitingIndex::Key> &WaitingIndex::classOf(Lane &lane, const Ticket &t)
{
    if (t.atHead)
        return lane.head;
    return t.isPriority() ? lane.priority : lane.ordinary;
}

void WaitingIndex::insert(const Ticket &t)
{
    if (classOf(laneOf(t), t).insert(Key{t.queuedAt, t.id}).second)
        ++m_size;
}

void WaitingIndex::erase(const Ticket &t)
{
    if (classOf(laneOf(t), t).erase(Key{t.queuedAt, t.id}) == 1)
        --m_size;
}

void WaitingIndex::clear()
{
    m_services.clear();
    m_counters.clear();
    m_size = 0;
}

const WaitingIndex::Lane *WaitingIndex::serviceLane(const QString &service) const
{
    const auto it = m_services.find(service);
    return it == m_services.end() ? nullptr : &it->second;
}

const WaitingIndex::Lane *WaitingIndex::counterLane(int counter) const
{
    const auto it = m_counters.find(counter);
    return it == m_counters.end() ? nullptr : &it->second;
}

} // namespace qms
