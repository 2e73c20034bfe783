#include "domain/event.h"

#include <array>
#include <utility>

namespace qms {

namespace {
const std::array<std::pair<EventType, const char *>, 14> typeNames{{
    {EventType::DayStarted, "day.started"},
    {EventType::TicketIssued, "ticket.issued"},
    {EventType::TicketCalled, "ticket.called"},
    {EventType::TicketRecalled, "ticket.recalled"},
    {EventType::TicketServing, "ticket.serving"},
    {EventType::TicketDone, "ticket.done"},
    {EventType::TicketNoShow, "ticket.no_show"},
    {EventType::TicketRequeued, "ticket.requeued"},
    {EventType::TicketTransferred, "ticket.transferred"},
    {EventType::TicketCancelled, "ticket.cancelled"},
    {EventType::TicketExpired, "ticket.expired"},
    {EventType::CounterOpened, "counter.opened"},
    {EventType::CounterPaused, "counter.paused"},
    {EventType::CounterClosed, "counter.closed"},
}};
} // namespace

QString eventTypeName(EventType t)
{
    for (const auto &[type, name] : typeNames)
        if (type == t)
            return QString::fromLatin1(name);
    return {};
}

std::optional<EventType> eventTypeFromName(const QString &name)
{
    for (const auto &[type, n] : typeNames)
        if (name == QLatin1String(n))
            return type;
    return std::nullopt;
}

} // namespace qms
