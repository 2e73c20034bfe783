#include "domain/ticket.h"

#include "util/enumnames.h"

namespace qms {

namespace {
constexpr std::array<EnumName<TicketState>, 7> stateNames{{
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
    return nameIn(stateNames, s);
}

std::optional<TicketState> ticketStateFromName(const QString &name)
{
    return valueIn(stateNames, name);
}

} // namespace qms
