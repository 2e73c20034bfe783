#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include "protocol/messages.h"
#include "util/result.h"

namespace qms {
class JsonReader;
}

/**
 * The one codec of protocol v1: each request and reply to its JSON object and
 * back, op names, who may send what, and error replies. Decoding checks every
 * field in one step and names the first wrong one ("service: is required").
 */
namespace qms::protocol {

/** The roles a request is open to (bits of DeviceRole). */
enum RoleBits : unsigned {
    KioskBit = 1u << unsigned(DeviceRole::Kiosk),
    CounterBit = 1u << unsigned(DeviceRole::Counter),
    DisplayBit = 1u << unsigned(DeviceRole::Display),
    SupervisorBit = 1u << unsigned(DeviceRole::Supervisor),
    AnyRole = KioskBit | CounterBit | DisplayBit | SupervisorBit,
};

[[nodiscard]] constexpr unsigned roleBit(DeviceRole role)
{
    return 1u << unsigned(role);
}

/**
 * What each request is: its op name, the reply it gets, which roles may send it,
 * and whether it needs a person logged in on the device (a clerk on a counter, a
 * supervisor on a supervisor station; kiosks need nobody).
 */
template <typename M>
struct Message;

#define QMS_PROTOCOL_MESSAGE(Type, Op, ReplyType, Roles, NeedsLogin)                                                   \
    template <>                                                                                                        \
    struct Message<Type>                                                                                               \
    {                                                                                                                  \
        static constexpr const char *op = Op;                                                                          \
        using Reply = ReplyType;                                                                                       \
        static constexpr unsigned roles = Roles;                                                                       \
        static constexpr bool needsLogin = NeedsLogin;                                                                 \
    };

QMS_PROTOCOL_MESSAGE(Hello, "hello", Welcome, AnyRole, false)
QMS_PROTOCOL_MESSAGE(Ping, "ping", Pong, AnyRole, false)
QMS_PROTOCOL_MESSAGE(GetSnapshot, "snapshot", SnapshotReply, AnyRole, false)
QMS_PROTOCOL_MESSAGE(IssueTicket, "ticket.issue", Committed, KioskBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(CallNext, "ticket.call_next", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(CallTicket, "ticket.call", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(Recall, "ticket.recall", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(StartServing, "ticket.start", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(Finish, "ticket.finish", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(MarkNoShow, "ticket.no_show", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(Requeue, "ticket.requeue", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(Transfer, "ticket.transfer", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(Cancel, "ticket.cancel", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(OpenCounter, "counter.open", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(PauseCounter, "counter.pause", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(CloseCounter, "counter.close", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(SetCounterServices, "counter.services", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(Login, "clerk.login", LoggedIn, CounterBit | SupervisorBit, false)
QMS_PROTOCOL_MESSAGE(Logout, "clerk.logout", Done, CounterBit | SupervisorBit, false)
QMS_PROTOCOL_MESSAGE(AddClerk, "clerk.add", Done, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(SetPin, "clerk.set_pin", Done, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(SetClerkActive, "clerk.set_active", Done, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(SetTicker, "center.ticker", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(ListClerks, "clerk.list", ClerkList, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(ListDevices, "devices", DeviceList, CounterBit | SupervisorBit, false)
QMS_PROTOCOL_MESSAGE(ListAlarms, "alarms", AlarmList, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(ReportStatus, "device.status", Done, KioskBit | CounterBit, false)
QMS_PROTOCOL_MESSAGE(ReceiveDossier, "dossier.receive", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(UpdateDossier, "dossier.update", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(ImportDossier, "dossier.import", Committed, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(ListDossiers, "dossier.list", DossierList, CounterBit | SupervisorBit, true)
// The rating pad faces the citizen: no clerk logs in on it.
QMS_PROTOCOL_MESSAGE(SubmitRating, "rating.submit", Committed, CounterBit, false)
QMS_PROTOCOL_MESSAGE(ReprintTicket, "ticket.reprint", Reprinted, CounterBit | SupervisorBit, true)
QMS_PROTOCOL_MESSAGE(LookupDossier, "dossier.lookup", DossierView, KioskBit | CounterBit | SupervisorBit, false)

#undef QMS_PROTOCOL_MESSAGE

/** Who may send a request (see Message<>). */
struct Access
{
    unsigned roles = 0;
    bool needsLogin = false;
};

[[nodiscard]] QString opName(const Request &request);
/** Who may send the op (none for an op nobody knows): checked before its fields are. */
[[nodiscard]] std::optional<Access> accessOf(const QString &op);

// Each request's fields (without "id" and "op") and back.
QJsonObject toJson(const Hello &m);
QJsonObject toJson(const Ping &m);
QJsonObject toJson(const GetSnapshot &m);
QJsonObject toJson(const IssueTicket &m);
QJsonObject toJson(const CallNext &m);
QJsonObject toJson(const TicketAtCounter &m);
QJsonObject toJson(const Requeue &m);
QJsonObject toJson(const Transfer &m);
QJsonObject toJson(const Cancel &m);
QJsonObject toJson(const OpenCounter &m);
QJsonObject toJson(const PauseCounter &m);
QJsonObject toJson(const CloseCounter &m);
QJsonObject toJson(const SetCounterServices &m);
QJsonObject toJson(const Login &m);
QJsonObject toJson(const Logout &m);
QJsonObject toJson(const AddClerk &m);
QJsonObject toJson(const SetPin &m);
QJsonObject toJson(const SetClerkActive &m);
QJsonObject toJson(const SetTicker &m);
QJsonObject toJson(const ListClerks &m);
QJsonObject toJson(const ListDevices &m);
QJsonObject toJson(const ListAlarms &m);
QJsonObject toJson(const ReportStatus &m);
QJsonObject toJson(const ReceiveDossier &m);
QJsonObject toJson(const UpdateDossier &m);
QJsonObject toJson(const ImportDossier &m);
QJsonObject toJson(const ListDossiers &m);
QJsonObject toJson(const SubmitRating &m);
QJsonObject toJson(const LookupDossier &m);
QJsonObject toJson(const ReprintTicket &m);

/** The request as a whole object, with its "id" and "op". */
[[nodiscard]] QJsonObject requestToJson(qint64 id, const Request &request);
/**
 * A request's fields decoded by its op: UnknownOp for an op nobody knows,
 * BadRequest naming the first wrong field.
 */
[[nodiscard]] Result<Request> requestFromJson(const QString &op, const QJsonObject &body);

// Each reply's fields (without "id" and "ok") and back. fromJson records
// problems in the reader, whose ok() tells whether the reply was readable.
QJsonObject toJson(const Welcome &m);
QJsonObject toJson(const Pong &m);
QJsonObject toJson(const SnapshotReply &m);
QJsonObject toJson(const Committed &m);
QJsonObject toJson(const LoggedIn &m);
QJsonObject toJson(const Done &m);
QJsonObject toJson(const ClerkList &m);
QJsonObject toJson(const DeviceList &m);
QJsonObject toJson(const AlarmList &m);
QJsonObject toJson(const DossierList &m);
QJsonObject toJson(const DossierView &m);
QJsonObject toJson(const Reprinted &m);
void fromJson(JsonReader &r, Welcome &m);
void fromJson(JsonReader &r, Pong &m);
void fromJson(JsonReader &r, SnapshotReply &m);
void fromJson(JsonReader &r, Committed &m);
void fromJson(JsonReader &r, LoggedIn &m);
void fromJson(JsonReader &r, Done &m);
void fromJson(JsonReader &r, ClerkList &m);
void fromJson(JsonReader &r, DeviceList &m);
void fromJson(JsonReader &r, AlarmList &m);
void fromJson(JsonReader &r, DossierList &m);
void fromJson(JsonReader &r, DossierView &m);
void fromJson(JsonReader &r, Reprinted &m);

/** A notice line: `{"notice":kind,…fields}`. */
[[nodiscard]] QByteArray encodeNotice(const Notice &notice);
/** A notice line decoded; UnknownOp for a kind this client does not know, BadRequest when unreadable. */
[[nodiscard]] Result<Notice> decodeNotice(const QJsonObject &line);

/** `{"id":…,"ok":true,…fields}`. */
[[nodiscard]] QByteArray encodeReply(const QJsonValue &id, QJsonObject fields);
template <typename R>
[[nodiscard]] QByteArray encodeReply(const QJsonValue &id, const R &reply)
{
    return encodeReply(id, toJson(reply));
}
/**
 * The fields of a snapshot ("center", "state") as raw JSON text, without braces,
 * to splice into many replies: a hub encodes a state once and sends the bytes to
 * every client that asks while it lasts.
 */
[[nodiscard]] QByteArray snapshotFragment(const Snapshot &snapshot);
/** A reply with `fields`, plus `fragment` (raw "key":value pairs) spliced in. */
[[nodiscard]] QByteArray encodeReply(const QJsonValue &id, QJsonObject fields, const QByteArray &fragment);
/** `{"id":…,"ok":false,"error":{"code","message"[,"retry_after"]}}`. */
[[nodiscard]] QByteArray encodeError(const QJsonValue &id, const Error &error);
/** The error of an `"ok": false` reply; a code this client does not know reads as Internal. */
[[nodiscard]] Error errorFromReply(const QJsonObject &reply);

/**
 * A whole reply decoded as `R`: the value for `"ok": true`, the error for
 * `"ok": false`, and Internal when the hub's reply cannot be read.
 */
template <typename R>
[[nodiscard]] Result<R> decodeReply(const QJsonObject &reply);

/** Who reads an event, and so what it may carry. */
enum class Audience {
    Supervisor, ///< everything
    Staff,      ///< counters: no tickets' public tokens
    Public,     ///< kiosks, displays: nor a dossier's applicant (masked), phone, papers, note, nor rating comments
};
[[nodiscard]] Audience audienceOf(DeviceRole role);

/** An event line as `audience` may read it. */
[[nodiscard]] QJsonObject eventMessage(qint64 seq, const Event &e, Audience audience);

} // namespace qms::protocol
