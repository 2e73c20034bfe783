#include "domain/center.h"

#include <algorithm>

#include "util/enumnames.h"

namespace qms {

namespace {
template <typename Vec, typename Pred>
auto findIn(const Vec &v, Pred pred) -> decltype(&v.front())
{
    const auto it = std::find_if(v.begin(), v.end(), pred);
    return it == v.end() ? nullptr : &*it;
}

constexpr std::array<EnumName<DeviceRole>, 4> roleNames{{
    {DeviceRole::Kiosk, "kiosk"},
    {DeviceRole::Counter, "counter"},
    {DeviceRole::Display, "display"},
    {DeviceRole::Supervisor, "supervisor"},
}};
} // namespace

QString deviceRoleName(DeviceRole role)
{
    return nameIn(roleNames, role);
}

std::optional<DeviceRole> deviceRoleFromName(const QString &name)
{
    return valueIn(roleNames, name);
}

const ServiceConfig *CenterConfig::service(const QString &id) const
{
    return findIn(services, [&](const ServiceConfig &s) { return s.id == id; });
}

const CounterConfig *CenterConfig::counter(int number) const
{
    return findIn(counters, [&](const CounterConfig &c) { return c.number == number; });
}

const PriorityGroup *CenterConfig::priorityGroup(const QString &id) const
{
    return findIn(priorityGroups, [&](const PriorityGroup &g) { return g.id == id; });
}

const Procedure *ServiceConfig::procedure(const QString &id) const
{
    return findIn(procedures, [&](const Procedure &p) { return p.id == id; });
}

QString CenterConfig::resultsAtFor(const QString &serviceId, const QString &language) const
{
    const ServiceConfig *s = service(serviceId);
    return s && !s->resultsAt.vi.isEmpty() ? s->resultsAt.in(language) : resultsAt.in(language);
}

bool CenterConfig::isWorkingDay(const QDate &date) const
{
    return date.dayOfWeek() <= 5 && !closedDates.contains(date);
}

QDate CenterConfig::addWorkingDays(const QDate &from, int days) const
{
    QDate d = from;
    for (int counted = 0; counted < days;) {
        d = d.addDays(1);
        counted += isWorkingDay(d);
    }
    return d;
}

bool CenterConfig::counterServes(int number, const QString &serviceId) const
{
    const CounterConfig *c = counter(number);
    return c && c->services.contains(serviceId);
}

} // namespace qms
