#pragma once

#include <QString>

#include <optional>

#include "domain/time.h"

namespace qms {

using TicketId = qint64;

/**
 * waiting → called → serving → done; from called: no_show, or back to waiting
 * (requeue); transfers put a waiting/called/serving ticket back to waiting in
 * another queue; cancelled; expired at the business-day rollover.
 */
enum class TicketState { Waiting, Called, Serving, Done, NoShow, Cancelled, Expired };

[[nodiscard]] QString ticketStateName(TicketState s);
[[nodiscard]] std::optional<TicketState> ticketStateFromName(const QString &name);
/** Still in the queue or at a counter (not yet in a final state). */
[[nodiscard]] inline bool isOpen(TicketState s)
{
    return s == TicketState::Waiting || s == TicketState::Called || s == TicketState::Serving;
}

/**
 * One citizen's ticket for one business day. Timestamps are 0 until they happen;
 * calledAt/startedAt/finishedAt describe the latest visit to a counter.
 */
struct Ticket
{
    TicketId id = 0;
    QString businessDay;   ///< "YYYY-MM-DD"
    QString service;       ///< current service (changes on transfer)
    int number = 0;        ///< within the service's block or prefix; the label is unique per day
    QString label;         ///< what is printed and announced: "1023", "A007"
    QString priorityGroup; ///< empty for an ordinary ticket
    QString token;         ///< public id in the ticket's QR link
    QString origin;        ///< device that issued it
    TicketState state = TicketState::Waiting;
    Timestamp issuedAt = 0;
    Timestamp queuedAt = 0; ///< when it (re)entered its current queue; orders the wait
    Timestamp calledAt = 0;
    Timestamp startedAt = 0;
    Timestamp finishedAt = 0;
    int counter = 0; ///< counter it is called to / served at (0 = none)
    QString clerk;
    int recallCount = 0;
    int targetCounter = 0; ///< transferred to one specific counter (0 = any)
    bool atHead = false;   ///< transferred to the head of its queue
    int transferCount = 0;
    QString note; ///< the last transfer's note, for the clerk who calls it next

    [[nodiscard]] bool isPriority() const { return !priorityGroup.isEmpty(); }
    bool operator==(const Ticket &) const = default;
};

} // namespace qms
