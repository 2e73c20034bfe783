#pragma once

#include <QString>

#include <optional>
#include <vector>

#include "domain/center.h"
#include "domain/counterstate.h"
#include "domain/dayrhythm.h"
#include "domain/dossier.h"
#include "domain/ticket.h"

namespace qms {

/** The wire and log names are part of protocol v1 (see eventTypeName). */
enum class EventType {
    DayStarted,
    TicketIssued,
    TicketCalled,
    TicketRecalled,
    TicketServing,
    TicketDone,
    TicketNoShow,
    TicketRequeued,
    TicketTransferred,
    TicketCancelled,
    TicketExpired,
    CounterOpened,
    CounterPaused,
    CounterClosed,
    CounterServicesSet, ///< a supervisor changed which services a counter serves today
    DossierReceived,
    DossierUpdated,  ///< its status, its promised date, or its papers changed
    RatingRecorded,
    TickerSet, ///< a supervisor changed the news line of the screens
};

[[nodiscard]] QString eventTypeName(EventType t);
[[nodiscard]] std::optional<EventType> eventTypeFromName(const QString &name);

/** What a ticket is told when it is issued: people ahead and the expected wait. */
struct WaitEstimate
{
    int peopleAhead = 0;
    int openCounters = 0;       ///< open counters serving the ticket's service
    std::optional<int> seconds; ///< none when no counter serves it yet
    bool rough = false;         ///< few of today's tickets measured yet: a wide range, not a number
    bool unlikelyToday = false; ///< the counters' planned hours end before its turn comes
    /** The range to show, as shares of `seconds`, calibrated on past days (0: the defaults). */
    double lowShare = 0;
    double highShare = 0;
    bool operator==(const WaitEstimate &) const = default;
};

/** The range a person is shown for an estimate, in whole minutes rounded out to 5. */
struct WaitRange
{
    int lowMinutes = 0;
    int highMinutes = 0;
};
/** None when there is no number to show (no estimate, "may not be served today"). */
[[nodiscard]] std::optional<WaitRange> shownWaitRange(const WaitEstimate &e);

/**
 * One fact that happened, as the engine decided it. Events carry the full state
 * of the ticket and counter *after* the fact, so applying an event is a plain
 * replacement and replaying the log rebuilds exactly the same state.
 */
struct Event
{
    EventType type = EventType::DayStarted;
    Timestamp at = 0;
    QString actor; ///< clerk username, device id, or "system"
    QString businessDay;
    std::optional<Ticket> ticket;
    std::optional<CounterState> counter;
    std::optional<Dossier> dossier;   ///< dossier.*: the dossier after the fact
    std::optional<Rating> rating;     ///< rating.recorded
    QString reason;                       ///< pause/cancel/close reason
    std::optional<WaitEstimate> estimate; ///< ticket.issued: what the ticket promised
    QString fromService;                  ///< ticket.transferred
    int fromCounter = 0;                  ///< ticket.transferred
    TicketId lastTicketId = 0;            ///< day.started: ids keep growing across days
    /** ticker.set: the news line now; day.started: the one carried into the new day (none: the center file's). */
    std::optional<LocalizedText> ticker;
    /** day.started: what the previous days taught about this one (none: nothing learned). */
    std::optional<DayRhythm> rhythm;

    bool operator==(const Event &) const = default;
};

/** An event with its place in the append-only log; seq is gap-free from 1. */
struct StoredEvent
{
    qint64 seq = 0;
    Event event;
};

using Events = std::vector<Event>;

} // namespace qms
