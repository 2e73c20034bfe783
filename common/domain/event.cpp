#include "domain/event.h"

#include <cmath>

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

std::optional<WaitRange> shownWaitRange(const WaitEstimate &e)
{
    if (e.unlikelyToday || !e.seconds)
        return std::nullopt;
    // How far the real wait strays, measured with tools/replay (docs/ESTIMATES.md):
    // 0.7–1.4 times the estimate, rounded out to 5 minutes, unless the previous days
    // calibrated it; the configured defaults alone are much less sure, so their
    // range is wider.
    const double minutes = *e.seconds / 60.0;
    double lowShare = e.rough ? 0.5 : 0.7;
    double highShare = e.rough ? 1.8 : 1.4;
    if (e.lowShare > 0 && e.highShare > e.lowShare) {
        // Calibrated: where the past days' waits fell; as wide as a rough guess while it is one.
        const double centre = std::sqrt(e.lowShare * e.highShare);
        const double spread = e.rough ? highShare / lowShare : e.highShare / e.lowShare;
        lowShare = centre / std::sqrt(spread);
        highShare = centre * std::sqrt(spread);
    }
    WaitRange r;
    r.lowMinutes = int(std::floor(minutes * lowShare / 5)) * 5;
    r.highMinutes = std::max(int(std::ceil(minutes * highShare / 5)) * 5, r.lowMinutes + 5);
    return r;
}

} // namespace qms
