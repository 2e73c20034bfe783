#include "domain/ticket.h"

#include <array>
#include <utility>

namespace qms {

namespace {
const std::array<std::pair<TicketState, const char *>, 7> stateNames{{
    {TicketState::Waiting, "waiting"},
    {TicketState::Called, "called"},
    {TicketState::Serving, "serving"},
    {TicketState::Done, "done"},
    {TicketState::NoShow, "no_show"},
    {TicketState::Cancelled, "cancelled"},
    {TicketState::Expired, "expired"},
}};
} // namespace

QString ticketStateName(TicketState s)
{
    for (const auto &[state, name] : stateNames)
        if (state == s)
            return QString::fromLatin1(name);
    return {};
}

std::optional<TicketState> ticketStateFromName(const QString &name)
{
    for (const auto &[state, n] : stateNames)
        if (name == QLatin1String(n))
            return state;
    return std::nullopt;
}

} // namespace qms
