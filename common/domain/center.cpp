#include "domain/center.h"

#include <algorithm>

namespace qms {

namespace {
template <typename Vec, typename Pred>
auto findIn(const Vec &v, Pred pred) -> decltype(&v.front())
{
    const auto it = std::find_if(v.begin(), v.end(), pred);
    return it == v.end() ? nullptr : &*it;
}
} // namespace

QString deviceRoleName(DeviceRole role)
{
    switch (role) {
    case DeviceRole::Kiosk:
        return QStringLiteral("kiosk");
    case DeviceRole::Counter:
        return QStringLiteral("counter");
    case DeviceRole::Display:
        return QStringLiteral("display");
    case DeviceRole::Supervisor:
        return QStringLiteral("supervisor");
    }
    return {};
}

std::optional<DeviceRole> deviceRoleFromName(const QString &name)
{
    for (DeviceRole r : {DeviceRole::Kiosk, DeviceRole::Counter, DeviceRole::Display, DeviceRole::Supervisor})
        if (deviceRoleName(r) == name)
            return r;
    return std::nullopt;
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

bool CenterConfig::counterServes(int number, const QString &serviceId) const
{
    const CounterConfig *c = counter(number);
    return c && c->services.contains(serviceId);
}

} // namespace qms
