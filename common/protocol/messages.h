#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

#include "domain/center.h"
#include "engine/alarms.h"
#include "domain/clerk.h"
#include "domain/event.h"
#include "engine/commands.h"
#include "engine/enginesnapshot.h"

/**
 * Protocol v1 as types: every request a client sends and every reply the hub
 * gives. The codec (codec.h) turns each into its JSON line and back, in one
 * place, so the hub, the client library and the tools cannot disagree on a
 * field name. PROTOCOL.md documents the same messages for people.
 */
namespace qms::protocol {

using Position = QueuePosition;

// ---------------------------------------------------------------- requests

/** The first line of every connection; the key decides the role. */
struct Hello
{
    int proto = 0;
    DeviceRole role = DeviceRole::Display;
    QString device;
    QString key;
    std::optional<qint64> lastSeq; ///< what the client already has (resync)
    Timestamp lastAt = 0;
    QString epoch;
    bool operator==(const Hello &) const = default;
};

struct Ping
{
    bool operator==(const Ping &) const = default;
};

struct GetSnapshot
{
    bool operator==(const GetSnapshot &) const = default;
};

struct IssueTicket
{
    QString service;
    QString priority; ///< priority group id; empty for an ordinary ticket
    bool operator==(const IssueTicket &) const = default;
};

/**
 * Counter ops name their counter; a counter device may leave it out (it is the
 * device's own), a supervisor names it.
 */
struct CallNext
{
    std::optional<int> counter;
    bool operator==(const CallNext &) const = default;
};

/** A ticket op at a counter: the ticket's id, not its label, so a click acts on what the clerk saw. */
struct TicketAtCounter
{
    std::optional<int> counter;
    TicketId ticket = 0;
    bool operator==(const TicketAtCounter &) const = default;
};

struct CallTicket : TicketAtCounter
{
    bool operator==(const CallTicket &) const = default;
};
struct Recall : TicketAtCounter
{
    bool operator==(const Recall &) const = default;
};
struct StartServing : TicketAtCounter
{
    bool operator==(const StartServing &) const = default;
};
struct Finish : TicketAtCounter
{
    bool operator==(const Finish &) const = default;
};
struct MarkNoShow : TicketAtCounter
{
    bool operator==(const MarkNoShow &) const = default;
};

struct Requeue : TicketAtCounter
{
    Position position = Position::Tail;
    bool operator==(const Requeue &) const = default;
};

struct Transfer : TicketAtCounter
{
    QString toService;                ///< empty: keep the service
    int toCounter = 0;                ///< 0: any counter serving it
    std::optional<Position> position; ///< unset: the center's default
    QString note;                     ///< for the clerk who calls it next
    bool operator==(const Transfer &) const = default;
};

struct Cancel : TicketAtCounter
{
    QString reason;
    bool operator==(const Cancel &) const = default;
};

struct OpenCounter
{
    std::optional<int> counter;
    bool operator==(const OpenCounter &) const = default;
};

struct PauseCounter
{
    std::optional<int> counter;
    QString reason;
    bool operator==(const PauseCounter &) const = default;
};

/** The services a counter serves today, in order (a supervisor's change). */
struct SetCounterServices
{
    std::optional<int> counter;
    QStringList services;
    bool operator==(const SetCounterServices &) const = default;
};

struct CloseCounter
{
    std::optional<int> counter;
    bool operator==(const CloseCounter &) const = default;
};

/** A clerk logs in with a PIN, or again after a reconnection with the token the last login gave. */
struct Login
{
    QString user;
    QString pin;
    QString resume;
    bool operator==(const Login &) const = default;
};

struct Logout
{
    bool operator==(const Logout &) const = default;
};

struct AddClerk
{
    QString user;
    QString name;
    ClerkRole role = ClerkRole::Clerk;
    QString pin;
    bool operator==(const AddClerk &) const = default;
};

/** The news line of the screens, for every display and kiosk (empty vi: back to the center file's). */
struct SetTicker
{
    QString vi;
    QString en;
    bool operator==(const SetTicker &) const = default;
};

/** A clerk leaves (active false: no more logins) or comes back. */
struct SetClerkActive
{
    QString user;
    bool active = true;
    bool operator==(const SetClerkActive &) const = default;
};

struct SetPin
{
    QString user;
    QString pin;
    bool operator==(const SetPin &) const = default;
};

struct ListClerks
{
    bool operator==(const ListClerks &) const = default;
};

/** The alarms raised on the floor now (supervisors). */
struct ListAlarms
{
    bool operator==(const ListAlarms &) const = default;
};

struct ListDevices
{
    bool operator==(const ListDevices &) const = default;
};

/**
 * What a station tells the hub about itself for the staff: its receipt printer
 * ("ready", "problem", "none" when it has none, "unknown" before the first check),
 * what is wrong and CUPS's words for it.
 */
struct ReportStatus
{
    QString printer;
    QString problem;
    QString detail;
    bool operator==(const ReportStatus &) const = default;
};

/** A dossier received on the ticket being served at this counter. */
struct ReceiveDossier
{
    std::optional<int> counter;
    TicketId ticket = 0;
    QString procedure;
    QString applicant;
    QString phone;
    QStringList papersReceived;
    QStringList papersMissing;
    QString note;
    bool operator==(const ReceiveDossier &) const = default;
};

/** A dossier's new status, later promised date or papers to bring (unset: unchanged). */
struct UpdateDossier
{
    QString code;
    std::optional<DossierStatus> status;
    QDate promised;
    std::optional<QStringList> papersMissing;
    QString note;
    bool operator==(const UpdateDossier &) const = default;
};

/** A dossier from the province's one-stop system, recorded as it is. */
struct ImportDossier
{
    Dossier dossier;
    bool operator==(const ImportDossier &) const = default;
};

/** Which dossiers a clerk or supervisor wants to see. */
struct ListDossiers
{
    QString filter = QStringLiteral("open"); ///< open, overdue, today, all
    QString service;                         ///< empty: every service
    int limit = 500;
    bool operator==(const ListDossiers &) const = default;
};

/** A citizen's answer about a ticket served at this counter (the rating pad). */
struct SubmitRating
{
    std::optional<int> counter;
    TicketId ticket = 0;
    RatingValue value = RatingValue::Satisfied;
    QString comment;
    bool operator==(const SubmitRating &) const = default;
};

struct LookupDossier
{
    QString code;
    bool operator==(const LookupDossier &) const = default;
};

/**
 * A supervisor prints a waiting or called ticket again (a citizen lost it): the
 * hub hands it to a kiosk's printer, the one named or else the one that issued
 * it, or any kiosk whose printer works.
 */
struct ReprintTicket
{
    TicketId ticket = 0;
    QString kiosk; ///< empty: the hub chooses
    bool operator==(const ReprintTicket &) const = default;
};

using Request = std::variant<Hello, Ping, GetSnapshot, IssueTicket, CallNext, CallTicket, Recall, StartServing, Finish,
                             MarkNoShow, Requeue, Transfer, Cancel, OpenCounter, PauseCounter, CloseCounter,
                             SetCounterServices, Login,
                             Logout, AddClerk, SetPin, SetClerkActive, SetTicker, ListClerks, ListDevices, ListAlarms, ReportStatus, ReceiveDossier,
                             UpdateDossier, ImportDossier, ListDossiers, SubmitRating, LookupDossier, ReprintTicket>;

// ----------------------------------------------------------------- replies

/** How a client is brought up to date after hello. */
enum class Resync { Snapshot, Replay };

/** The center file (without device keys) and the queue's whole state. */
struct Snapshot
{
    QJsonObject center;
    EngineSnapshot state;
    bool operator==(const Snapshot &) const = default;
};

struct Welcome
{
    int proto = 0;
    QString session;
    DeviceRole role = DeviceRole::Display;
    QString device;
    int counter = 0; ///< counter devices: which counter they are
    QString zone;    ///< the device's zone in the center file (a display shows only that part of the floor)
    QString epoch;
    qint64 seq = 0;
    Timestamp lastAt = 0;
    Resync resync = Resync::Snapshot;
    std::optional<Snapshot> snapshot; ///< with Resync::Snapshot
    bool operator==(const Welcome &) const = default;
};

struct Pong
{
    qint64 seq = 0;
    bool operator==(const Pong &) const = default;
};

struct SnapshotReply
{
    Snapshot snapshot;
    QString epoch;
    qint64 seq = 0;
    Timestamp lastAt = 0;
    bool operator==(const SnapshotReply &) const = default;
};

/** A command was committed: the state after it of what it touched. */
struct Committed
{
    qint64 seq = 0;
    std::optional<Ticket> ticket;
    std::optional<CounterState> counter;
    std::optional<WaitEstimate> estimate;
    std::optional<Dossier> dossier;
    std::optional<Rating> rating;
    bool operator==(const Committed &) const = default;
};

struct LoggedIn
{
    Clerk clerk;
    QString resume; ///< logs this clerk in again from this device after a reconnection
    bool operator==(const LoggedIn &) const = default;
};

/** Done, nothing to tell. */
struct Done
{
    bool operator==(const Done &) const = default;
};

struct ClerkInfo
{
    Clerk clerk;
    bool active = true;
    int failedAttempts = 0;
    Timestamp lockedUntil = 0;
    bool operator==(const ClerkInfo &) const = default;
};

struct ClerkList
{
    std::vector<ClerkInfo> clerks;
    bool operator==(const ClerkList &) const = default;
};

struct DeviceInfo
{
    QString device;
    DeviceRole role = DeviceRole::Display;
    QString peer;
    int counter = 0;
    QString clerk;
    QString printer; ///< as the station reported it ("" before it did)
    QString printerProblem;
    bool online = true; ///< false: a device of the center file with no connection now
    bool operator==(const DeviceInfo &) const = default;
};

struct AlarmList
{
    std::vector<Alarm> alarms;
    bool operator==(const AlarmList &) const = default;
};

/** The kiosk a reprint went to. */
struct Reprinted
{
    QString kiosk;
    bool operator==(const Reprinted &) const = default;
};

struct DeviceList
{
    std::vector<DeviceInfo> devices;
    bool operator==(const DeviceList &) const = default;
};

struct DossierList
{
    std::vector<Dossier> dossiers;
    bool operator==(const DossierList &) const = default;
};

/**
 * A dossier as anyone with its code may see it (the kiosk, the phone page): its
 * status and dates and where to collect it; the applicant's name masked.
 */
struct DossierView
{
    QString code;
    QString service;
    QString procedure;
    DossierStatus status = DossierStatus::Received;
    Timestamp receivedAt = 0;
    QDate due;
    QDate promised;
    Timestamp closedAt = 0;
    QString applicant; ///< masked: "Nguyễn T. L."
    LocalizedText resultsAt;
    QStringList papersMissing;
    bool operator==(const DossierView &) const = default;
};

// ----------------------------------------------------------------- notices
// Lines the hub sends unasked to the sessions they concern, outside the event
// log (not replayed, not numbered): `{"notice": kind, …}`. A client ignores a
// kind it does not know.

/** The alarms changed: the whole list as it is now, to every supervisor. */
struct AlarmsNotice
{
    std::vector<Alarm> alarms;
    bool operator==(const AlarmsNotice &) const = default;
};

/** To one kiosk: print this ticket again (ReprintTicket), as it stands now. */
struct PrintNotice
{
    Ticket ticket; ///< with its token, for the QR link
    WaitEstimate estimate;
    QString by; ///< the supervisor who asked
    bool operator==(const PrintNotice &) const = default;
};

using Notice = std::variant<AlarmsNotice, PrintNotice>;

} // namespace qms::protocol
