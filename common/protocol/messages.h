#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

#include "domain/center.h"
#include "domain/clerk.h"
#include "domain/event.h"
#include "engine/enginesnapshot.h"

/**
 * Protocol v1 as types: every request a client sends and every reply the hub
 * gives. The codec (codec.h) turns each into its JSON line and back, in one
 * place, so the hub, the client library and the tools cannot disagree on a
 * field name. PROTOCOL.md documents the same messages for people.
 */
namespace qms::protocol {

/** Where a ticket that waits again stands in its queue. */
enum class Position { Head, Tail };

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
};

struct Ping
{ };

struct GetSnapshot
{ };

struct IssueTicket
{
    QString service;
    QString priority; ///< priority group id; empty for an ordinary ticket
};

/**
 * Counter ops name their counter; a counter device may leave it out (it is the
 * device's own), a supervisor names it.
 */
struct CallNext
{
    std::optional<int> counter;
};

/** A ticket op at a counter: the ticket's id, not its label, so a click acts on what the clerk saw. */
struct TicketAtCounter
{
    std::optional<int> counter;
    TicketId ticket = 0;
};

struct CallTicket : TicketAtCounter
{ };
struct Recall : TicketAtCounter
{ };
struct StartServing : TicketAtCounter
{ };
struct Finish : TicketAtCounter
{ };
struct MarkNoShow : TicketAtCounter
{ };

struct Requeue : TicketAtCounter
{
    Position position = Position::Tail;
};

struct Transfer : TicketAtCounter
{
    QString toService;                ///< empty: keep the service
    int toCounter = 0;                ///< 0: any counter serving it
    std::optional<Position> position; ///< unset: the center's default
};

struct Cancel : TicketAtCounter
{
    QString reason;
};

struct OpenCounter
{
    std::optional<int> counter;
};

struct PauseCounter
{
    std::optional<int> counter;
    QString reason;
};

struct CloseCounter
{
    std::optional<int> counter;
};

struct Login
{
    QString user;
    QString pin;
};

struct Logout
{ };

struct AddClerk
{
    QString user;
    QString name;
    ClerkRole role = ClerkRole::Clerk;
    QString pin;
};

struct SetPin
{
    QString user;
    QString pin;
};

struct ListClerks
{ };

struct ListDevices
{ };

struct LookupDossier
{
    QString code;
};

using Request = std::variant<Hello, Ping, GetSnapshot, IssueTicket, CallNext, CallTicket, Recall, StartServing, Finish,
                             MarkNoShow, Requeue, Transfer, Cancel, OpenCounter, PauseCounter, CloseCounter, Login,
                             Logout, AddClerk, SetPin, ListClerks, ListDevices, LookupDossier>;

// ----------------------------------------------------------------- replies

/** How a client is brought up to date after hello. */
enum class Resync { Snapshot, Replay };

/** The center file (without device keys) and the queue's whole state. */
struct Snapshot
{
    QJsonObject center;
    EngineSnapshot state;
};

struct Welcome
{
    int proto = 0;
    QString session;
    DeviceRole role = DeviceRole::Display;
    QString device;
    int counter = 0; ///< counter devices: which counter they are
    QString epoch;
    qint64 seq = 0;
    Timestamp lastAt = 0;
    Resync resync = Resync::Snapshot;
    std::optional<Snapshot> snapshot; ///< with Resync::Snapshot
};

struct Pong
{
    qint64 seq = 0;
};

struct SnapshotReply
{
    Snapshot snapshot;
    QString epoch;
    qint64 seq = 0;
    Timestamp lastAt = 0;
};

/** A queue command was committed: the state after it of what it touched. */
struct Committed
{
    qint64 seq = 0;
    std::optional<Ticket> ticket;
    std::optional<CounterState> counter;
    std::optional<WaitEstimate> estimate;
};

struct LoggedIn
{
    Clerk clerk;
};

/** Done, nothing to tell. */
struct Done
{ };

struct ClerkInfo
{
    Clerk clerk;
    bool active = true;
    int failedAttempts = 0;
    Timestamp lockedUntil = 0;
};

struct ClerkList
{
    std::vector<ClerkInfo> clerks;
};

struct DeviceInfo
{
    QString device;
    DeviceRole role = DeviceRole::Display;
    QString peer;
    int counter = 0;
    QString clerk;
};

struct DeviceList
{
    std::vector<DeviceInfo> devices;
};

struct DossierSummary
{
    QString summary;
};

} // namespace qms::protocol
