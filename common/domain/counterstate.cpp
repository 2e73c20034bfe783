#include "domain/counterstate.h"

namespace qms {

QString counterStatusName(CounterStatus s)
{
    switch (s) {
    case CounterStatus::Closed:
        return QStringLiteral("closed");
    case CounterStatus::Open:
        return QStringLiteral("open");
    case CounterStatus::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

std::optional<CounterStatus> counterStatusFromName(const QString &name)
{
    for (CounterStatus s : {CounterStatus::Closed, CounterStatus::Open, CounterStatus::Paused})
        if (counterStatusName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace qms
