#include "domain/counterstate.h"

#include "util/enumnames.h"

namespace qms {

namespace {
constexpr std::array<EnumName<CounterStatus>, 3> statusNames{{
    {CounterStatus::Closed, "closed"},
    {CounterStatus::Open, "open"},
    {CounterStatus::Paused, "paused"},
}};
} // namespace

QString counterStatusName(CounterStatus s)
{
    return nameIn(statusNames, s);
}

std::optional<CounterStatus> counterStatusFromName(const QString &name)
{
    return valueIn(statusNames, name);
}

} // namespace qms
