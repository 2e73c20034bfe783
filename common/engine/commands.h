#pragma once

#include <QString>

#include <optional>
#include <variant>

#include "domain/dossier.h"
#include "domain/ticket.h"
#include "domain/dayrhythm.h"

/**
 * Commands the queue engine decides on. Counter-scoped commands name both the
 * counter and the ticket, so a clerk's click acts on the ticket the clerk saw and
 * not on whatever the counter holds by the time it arrives. Counter 0 means
 * "not acting from a counter" (supervisor or system); the hub decides who may.
 */
namespace qms {
/** Where a ticket that waits again stands in its queue. */
enum class QueuePosition { Head, Tail };
} // namespace qms

namespace qms::cmd {

struct IssueTicket
{
    QString service;
    QString priorityGroup; ///< empty for an ordinary ticket
    QString token;         ///< public id for the QR link, chosen by the caller
    QString origin;        ///< issuing device
};

struct CallNext
{
    int counter = 0;
    QString actor;
};
struct CallTicket
{
    int counter = 0;
    TicketId ticket = 0;
    QString actor;
};
struct Recall
{
    int counter = 0;
    TicketId ticket = 0;
    QString actor;
};
struct StartServing
{
    int counter = 0;
    TicketId ticket = 0;
    QString actor;
};
struct Finish
{
    int counter = 0;
    TicketId ticket = 0;
    QString actor;
};
struct MarkNoShow
{
    int counter = 0;
    TicketId ticket = 0;
    QString actor;
};

/** Back to waiting: a called ticket whose citizen is not there yet, or a late no-show. */
struct Requeue
{
    int counter = 0;
    TicketId ticket = 0;
    QueuePosition position = QueuePosition::Tail;
    QString actor;
};

/** To another service and/or one specific counter; keeps the ticket's number. */
struct Transfer
{
    int counter = 0;
    TicketId ticket = 0;
    QString toService;                     ///< empty: keep the service
    int toCounter = 0;                     ///< 0: any counter serving the service
    std::optional<QueuePosition> position; ///< unset: the center's default
    QString actor;
    QString note; ///< for the clerk who calls it next ("cần ký xác nhận")
};

struct Cancel
{
    int counter = 0;
    TicketId ticket = 0;
    QString reason;
    QString actor;
};

struct OpenCounter
{
    int counter = 0;
    QString clerk;
};
/** A supervisor sets which services a counter serves today (the center file's again tomorrow). */
struct SetCounterServices
{
    int counter = 0;
    QStringList services;
    QString actor;
};
struct PauseCounter
{
    int counter = 0;
    QString reason;
    QString actor;
};
struct CloseCounter
{
    int counter = 0;
    QString actor;
};

/**
 * Business-day rollover: expires open tickets, closes counters, restarts numbering,
 * and carries what the previous days taught (DayHistory::rhythmFor) into the new one.
 */
struct StartDay
{
    std::optional<DayRhythm> rhythm;
};

/**
 * A dossier received at a counter while its ticket is being served: the hub
 * gives it its code and due date.
 */
struct ReceiveDossier
{
    int counter = 0;
    TicketId ticket = 0;
    QString procedure;
    QString applicantName;
    QString applicantPhone;
    QStringList papersReceived;
    QStringList papersMissing;
    QString note;
    QString actor;
};

/**
 * A dossier moves on (a new status), is promised a later date (an apology), or
 * asks for papers (a supplement request). Unset fields stay as they are.
 */
struct UpdateDossier
{
    QString code;
    std::optional<DossierStatus> status;
    QDate promisedDate;
    std::optional<QStringList> papersMissing;
    QString note;
    QString actor;
};

/** A dossier received elsewhere (the province's one-stop system), recorded as it is. */
struct ImportDossier
{
    Dossier dossier;
    QString actor;
};

/** A citizen's answer about a served ticket (counter 0: from the phone page). */
/** A supervisor changes the news line of the screens (empty: back to the center file's). */
struct SetTicker
{
    LocalizedText ticker;
    QString actor;
};

struct RecordRating
{
    int counter = 0;
    TicketId ticket = 0;
    RatingValue value = RatingValue::Satisfied;
    QString comment;
    QString channel;
    QString actor;
};

} // namespace qms::cmd

namespace qms {
using Command = std::variant<cmd::IssueTicket, cmd::CallNext, cmd::CallTicket, cmd::Recall, cmd::StartServing,
                             cmd::Finish, cmd::MarkNoShow, cmd::Requeue, cmd::Transfer, cmd::Cancel, cmd::OpenCounter,
                             cmd::PauseCounter, cmd::CloseCounter, cmd::SetCounterServices, cmd::StartDay, cmd::ReceiveDossier,
                             cmd::UpdateDossier, cmd::ImportDossier, cmd::RecordRating, cmd::SetTicker>;
} // namespace qms
