#include "domain/event.h"

#include "util/enumnames.h"

namespace qms {

namespace {
constexpr std::array<EnumName<EventType>, 19> typeNames{{
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
    {EventType::CounterServicesSet, "counter.services_set"},
    {EventType::DossierReceived, "dossier.received"},
    {EventType::DossierUpdated, "dossier.updated"},
    {EventType::RatingRecorded, "rating.recorded"},
    {EventType::TickerSet, "ticker.set"},
}};
} // namespace

QString eventTypeName(EventType t)
{
    return nameIn(typeNames, t);
}

std::optional<EventType> eventTypeFromName(const QString &name)
{
    return valueIn(typeNames, name);
}

} // namespace qms
