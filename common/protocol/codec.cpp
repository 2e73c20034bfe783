#include "protocol/codec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>
#include <utility>

#include "domain/json.h"
#include "util/jsonreader.h"

namespace qms::protocol {

namespace {
constexpr qint64 maxTicketId = qint64(1) << 50;
constexpr qint64 maxSeq = qint64(1) << 52;
constexpr qint64 maxTime = qint64(1) << 52;
constexpr int maxCounter = 9999;
constexpr int maxReasonLength = 200;
constexpr int maxCodeLength = 100;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// ---- field helpers shared by several messages

std::optional<int> readCounter(JsonReader &r)
{
    const auto c = r.optionalInteger("counter", 1, maxCounter);
    return c ? std::optional<int>(int(*c)) : std::nullopt;
}

void writeCounter(QJsonObject &o, std::optional<int> counter)
{
    if (counter)
        o.insert(key("counter"), *counter);
}

QString positionName(Position p)
{
    return p == Position::Head ? QStringLiteral("head") : QStringLiteral("tail");
}

std::optional<Position> readPosition(JsonReader &r, const char *field)
{
    if (!r.has(field))
        return std::nullopt;
    const QString p = r.string(field);
    if (p == QLatin1String("head"))
        return Position::Head;
    if (p == QLatin1String("tail"))
        return Position::Tail;
    r.fail(key(field), QStringLiteral("must be \"head\" or \"tail\""));
    return std::nullopt;
}

QString boundedString(JsonReader &r, const char *field, int maxLength, bool required = false)
{
    const QString s = required ? r.requiredString(field) : r.string(field);
    if (s.size() > maxLength)
        r.fail(key(field), QStringLiteral("at most %1 characters").arg(maxLength));
    return s;
}

void readTicketAtCounter(JsonReader &r, std::optional<int> &counter, TicketId &ticket)
{
    counter = readCounter(r);
    ticket = r.requiredInteger("ticket", 1, maxTicketId);
}

void readTicketAtCounter(JsonReader &r, TicketAtCounter &m)
{
    readTicketAtCounter(r, m.counter, m.ticket);
}

QJsonObject clerkToJson(const Clerk &c)
{
    return {{key("user"), c.username}, {key("name"), c.displayName}, {key("role"), clerkRoleName(c.role)}};
}

Clerk clerkFromJson(JsonReader &r)
{
    Clerk c;
    c.username = r.requiredString("user");
    c.displayName = r.string("name");
    const QString role = r.string("role", QStringLiteral("clerk"));
    if (const auto parsed = clerkRoleFromName(role))
        c.role = *parsed;
    else
        r.fail(key("role"), QStringLiteral("must be \"clerk\" or \"supervisor\""));
    return c;
}

DeviceRole readRole(JsonReader &r, const char *field)
{
    const QString name = r.requiredString(field);
    if (const auto role = deviceRoleFromName(name))
        return *role;
    if (!name.isEmpty())
        r.fail(key(field), QStringLiteral("must be kiosk, counter, display or supervisor"));
    return DeviceRole::Display;
}

QJsonObject snapshotFields(const Snapshot &s)
{
    return {{key("center"), s.center}, {key("state"), snapshotToJson(s.state)}};
}

Snapshot readSnapshot(JsonReader &r)
{
    Snapshot s;
    s.center = r.object("center");
    JsonReader state = r.child(r.object("state"), QStringLiteral("state"));
    s.state = snapshotFromJson(state);
    return s;
}

// ---- requests: decoding by op name over the variant's alternatives

template <typename M>
void decodeFields(JsonReader &r, M &m);

QStringList readStrings(JsonReader &r, const char *field, int maxItems)
{
    QStringList out;
    const QJsonArray list = r.array(field);
    if (list.size() > maxItems)
        r.fail(key(field), QStringLiteral("at most %1 items").arg(maxItems));
    for (qsizetype i = 0; i < list.size() && i < maxItems; ++i) {
        const QString item = list.at(i).toString();
        if (!list.at(i).isString() || item.size() > maxReasonLength)
            r.fail(QStringLiteral("%1[%2]").arg(key(field)).arg(i),
                   QStringLiteral("must be a text of at most %1 characters").arg(maxReasonLength));
        else
            out << item;
    }
    return out;
}

template <>
void decodeFields(JsonReader &r, Hello &m)
{
    m.proto = int(r.requiredInteger("proto", 0, 1'000'000));
    m.role = readRole(r, "role");
    m.device = r.requiredString("device");
    m.key = r.requiredString("key");
    m.lastSeq = r.optionalInteger("last_seq", 0, maxSeq);
    m.lastAt = r.integer("last_at", 0, 0, maxTime);
    m.epoch = r.string("epoch");
}
template <>
void decodeFields(JsonReader &, Ping &)
{ }
template <>
void decodeFields(JsonReader &, GetSnapshot &)
{ }
template <>
void decodeFields(JsonReader &r, IssueTicket &m)
{
    m.service = r.requiredString("service");
    m.priority = r.string("priority");
}
template <>
void decodeFields(JsonReader &r, CallNext &m)
{
    m.counter = readCounter(r);
}
template <>
void decodeFields(JsonReader &r, CallTicket &m)
{
    readTicketAtCounter(r, m);
}
template <>
void decodeFields(JsonReader &r, Recall &m)
{
    readTicketAtCounter(r, m);
}
template <>
void decodeFields(JsonReader &r, StartServing &m)
{
    readTicketAtCounter(r, m);
}
template <>
void decodeFields(JsonReader &r, Finish &m)
{
    readTicketAtCounter(r, m);
}
template <>
void decodeFields(JsonReader &r, MarkNoShow &m)
{
    readTicketAtCounter(r, m);
}
template <>
void decodeFields(JsonReader &r, Requeue &m)
{
    readTicketAtCounter(r, m);
    m.position = readPosition(r, "position").value_or(Position::Tail);
}
template <>
void decodeFields(JsonReader &r, Transfer &m)
{
    readTicketAtCounter(r, m);
    m.toService = r.string("to_service");
    m.toCounter = int(r.integer("to_counter", 0, 1, maxCounter));
    m.position = readPosition(r, "position");
    m.note = boundedString(r, "note", maxReasonLength);
}
template <>
void decodeFields(JsonReader &r, Cancel &m)
{
    readTicketAtCounter(r, m);
    m.reason = boundedString(r, "reason", maxReasonLength);
}
template <>
void decodeFields(JsonReader &r, OpenCounter &m)
{
    m.counter = readCounter(r);
}
template <>
void decodeFields(JsonReader &r, PauseCounter &m)
{
    m.counter = readCounter(r);
    m.reason = boundedString(r, "reason", maxReasonLength);
}
template <>
void decodeFields(JsonReader &r, CloseCounter &m)
{
    m.counter = readCounter(r);
}
template <>
void decodeFields(JsonReader &r, SetCounterServices &m)
{
    m.counter = readCounter(r);
    m.services = readStrings(r, "services", 50);
}
template <>
void decodeFields(JsonReader &r, Login &m)
{
    m.user = r.requiredString("user");
    m.pin = r.string("pin");
    m.resume = boundedString(r, "resume", 64);
    if (m.pin.isEmpty() && m.resume.isEmpty())
        r.fail(key("pin"), QStringLiteral("is required"));
}
template <>
void decodeFields(JsonReader &, Logout &)
{ }
template <>
void decodeFields(JsonReader &r, AddClerk &m)
{
    m.user = r.requiredString("user");
    m.name = r.requiredString("name");
    const QString role = r.string("role", QStringLiteral("clerk"));
    if (const auto parsed = clerkRoleFromName(role))
        m.role = *parsed;
    else
        r.fail(key("role"), QStringLiteral("must be \"clerk\" or \"supervisor\""));
    m.pin = r.requiredString("pin");
}
template <>
void decodeFields(JsonReader &r, SetPin &m)
{
    m.user = r.requiredString("user");
    m.pin = r.requiredString("pin");
}
template <>
void decodeFields(JsonReader &r, SetTicker &m)
{
    m.vi = r.string("vi");
    m.en = r.string("en");
}
template <>
void decodeFields(JsonReader &r, SetClerkActive &m)
{
    m.user = r.requiredString("user");
    if (!r.has("active"))
        r.fail(key("active"), QStringLiteral("required (true or false)"));
    m.active = r.boolean("active", true);
}
template <>
void decodeFields(JsonReader &, ListClerks &)
{ }
template <>
void decodeFields(JsonReader &, ListDevices &)
{ }
template <>
void decodeFields(JsonReader &, ListAlarms &)
{ }
template <>
void decodeFields(JsonReader &r, ReportStatus &m)
{
    m.printer = r.requiredString("printer");
    static const QStringList states{QStringLiteral("ready"), QStringLiteral("problem"), QStringLiteral("none"),
                                    QStringLiteral("unknown")};
    if (!m.printer.isEmpty() && !states.contains(m.printer))
        r.fail(key("printer"), QStringLiteral("must be ready, problem, none or unknown"));
    m.problem = boundedString(r, "problem", maxCodeLength);
    m.detail = boundedString(r, "detail", maxReasonLength);
}

template <>
void decodeFields(JsonReader &r, ReceiveDossier &m)
{
    readTicketAtCounter(r, m.counter, m.ticket);
    m.procedure = r.requiredString("procedure");
    m.applicant = boundedString(r, "applicant", 120, true);
    m.phone = boundedString(r, "phone", 30);
    m.papersReceived = readStrings(r, "papers_received", 50);
    m.papersMissing = readStrings(r, "papers_missing", 50);
    m.note = boundedString(r, "note", maxReasonLength);
}
template <>
void decodeFields(JsonReader &r, UpdateDossier &m)
{
    m.code = boundedString(r, "code", maxCodeLength, true);
    if (r.has("status")) {
        const QString status = r.string("status");
        m.status = dossierStatusFromName(status);
        if (!m.status)
            r.fail(key("status"), QStringLiteral("unknown dossier status \"%1\"").arg(status));
    }
    if (r.has("promised")) {
        m.promised = QDate::fromString(r.string("promised"), Qt::ISODate);
        if (!m.promised.isValid())
            r.fail(key("promised"), QStringLiteral("must be a date like 2026-11-30"));
    }
    if (r.has("papers_missing"))
        m.papersMissing = readStrings(r, "papers_missing", 50);
    m.note = boundedString(r, "note", maxReasonLength);
}
template <>
void decodeFields(JsonReader &r, ImportDossier &m)
{
    JsonReader d = r.child(r.object("dossier"), QStringLiteral("dossier"));
    m.dossier = dossierFromJson(d);
}
template <>
void decodeFields(JsonReader &r, ListDossiers &m)
{
    m.filter = r.string("filter", QStringLiteral("open"));
    static const QStringList filters{QStringLiteral("open"), QStringLiteral("overdue"), QStringLiteral("today"),
                                     QStringLiteral("all")};
    if (!filters.contains(m.filter))
        r.fail(key("filter"), QStringLiteral("must be open, overdue, today or all"));
    m.service = r.string("service");
    m.limit = int(r.integer("limit", 500, 1, 20'000));
}
template <>
void decodeFields(JsonReader &r, SubmitRating &m)
{
    readTicketAtCounter(r, m.counter, m.ticket);
    const QString value = r.requiredString("value");
    if (const auto v = ratingValueFromName(value))
        m.value = *v;
    else if (!value.isEmpty())
        r.fail(key("value"), QStringLiteral("must be very_satisfied, satisfied or unsatisfied"));
    m.comment = boundedString(r, "comment", 500);
}
template <>
void decodeFields(JsonReader &r, LookupDossier &m)
{
    m.code = boundedString(r, "code", maxCodeLength, true);
}
template <>
void decodeFields(JsonReader &r, ReprintTicket &m)
{
    m.ticket = r.requiredInteger("ticket", 1, maxTicketId);
    m.kiosk = boundedString(r, "kiosk", maxCodeLength);
}

using Decoder = Request (*)(JsonReader &);
struct OpEntry
{
    const char *op;
    Access access;
    Decoder decode;
};

template <typename M>
Request decodeAs(JsonReader &r)
{
    M m;
    decodeFields(r, m);
    return m;
}

template <typename... Ms>
constexpr auto opTable(std::variant<Ms...> *)
{
    return std::array<OpEntry, sizeof...(Ms)>{
        OpEntry{Message<Ms>::op, Access{Message<Ms>::roles, Message<Ms>::needsLogin}, &decodeAs<Ms>}...};
}

constexpr auto ops = opTable(static_cast<Request *>(nullptr));
} // namespace

QString opName(const Request &request)
{
    return std::visit([](const auto &m) { return key(Message<std::decay_t<decltype(m)>>::op); }, request);
}

std::optional<Access> accessOf(const QString &op)
{
    for (const OpEntry &entry : ops)
        if (op == QLatin1String(entry.op))
            return entry.access;
    return std::nullopt;
}

Result<Request> requestFromJson(const QString &op, const QJsonObject &body)
{
    for (const OpEntry &entry : ops) {
        if (op != QLatin1String(entry.op))
            continue;
        JsonReader r(body);
        Request request = entry.decode(r);
        if (!r.ok())
            return Error{ErrorCode::BadRequest, r.firstError()};
        return request;
    }
    return Error{ErrorCode::UnknownOp, QStringLiteral("unknown op \"%1\"").arg(op)};
}

QJsonObject requestToJson(qint64 id, const Request &request)
{
    QJsonObject o = std::visit([](const auto &m) { return toJson(m); }, request);
    o.insert(key("id"), id);
    o.insert(key("op"), opName(request));
    return o;
}

// ---- requests: encoding

QJsonObject toJson(const Hello &m)
{
    QJsonObject o{
        {key("proto"), m.proto}, {key("role"), deviceRoleName(m.role)}, {key("device"), m.device}, {key("key"), m.key}};
    if (m.lastSeq) {
        o.insert(key("last_seq"), *m.lastSeq);
        o.insert(key("last_at"), m.lastAt);
        o.insert(key("epoch"), m.epoch);
    }
    return o;
}

QJsonObject toJson(const Ping &)
{
    return {};
}

QJsonObject toJson(const GetSnapshot &)
{
    return {};
}

QJsonObject toJson(const IssueTicket &m)
{
    QJsonObject o{{key("service"), m.service}};
    if (!m.priority.isEmpty())
        o.insert(key("priority"), m.priority);
    return o;
}

QJsonObject toJson(const CallNext &m)
{
    QJsonObject o;
    writeCounter(o, m.counter);
    return o;
}

QJsonObject toJson(const TicketAtCounter &m)
{
    QJsonObject o{{key("ticket"), m.ticket}};
    writeCounter(o, m.counter);
    return o;
}

QJsonObject toJson(const Requeue &m)
{
    QJsonObject o = toJson(static_cast<const TicketAtCounter &>(m));
    o.insert(key("position"), positionName(m.position));
    return o;
}

QJsonObject toJson(const Transfer &m)
{
    QJsonObject o = toJson(static_cast<const TicketAtCounter &>(m));
    if (!m.toService.isEmpty())
        o.insert(key("to_service"), m.toService);
    if (m.toCounter)
        o.insert(key("to_counter"), m.toCounter);
    if (m.position)
        o.insert(key("position"), positionName(*m.position));
    if (!m.note.isEmpty())
        o.insert(key("note"), m.note);
    return o;
}

QJsonObject toJson(const Cancel &m)
{
    QJsonObject o = toJson(static_cast<const TicketAtCounter &>(m));
    if (!m.reason.isEmpty())
        o.insert(key("reason"), m.reason);
    return o;
}

QJsonObject toJson(const OpenCounter &m)
{
    QJsonObject o;
    writeCounter(o, m.counter);
    return o;
}

QJsonObject toJson(const PauseCounter &m)
{
    QJsonObject o{{key("reason"), m.reason}};
    writeCounter(o, m.counter);
    return o;
}

QJsonObject toJson(const CloseCounter &m)
{
    QJsonObject o;
    writeCounter(o, m.counter);
    return o;
}

QJsonObject toJson(const SetCounterServices &m)
{
    QJsonObject o{{key("services"), QJsonArray::fromStringList(m.services)}};
    writeCounter(o, m.counter);
    return o;
}

QJsonObject toJson(const Login &m)
{
    QJsonObject o{{key("user"), m.user}};
    if (!m.pin.isEmpty())
        o.insert(key("pin"), m.pin);
    if (!m.resume.isEmpty())
        o.insert(key("resume"), m.resume);
    return o;
}

QJsonObject toJson(const Logout &)
{
    return {};
}

QJsonObject toJson(const AddClerk &m)
{
    return {{key("user"), m.user}, {key("name"), m.name}, {key("role"), clerkRoleName(m.role)}, {key("pin"), m.pin}};
}

QJsonObject toJson(const SetPin &m)
{
    return {{key("user"), m.user}, {key("pin"), m.pin}};
}

QJsonObject toJson(const SetTicker &m)
{
    return {{key("vi"), m.vi}, {key("en"), m.en}};
}

QJsonObject toJson(const SetClerkActive &m)
{
    return {{key("user"), m.user}, {key("active"), m.active}};
}

QJsonObject toJson(const ListClerks &)
{
    return {};
}

QJsonObject toJson(const ListDevices &)
{
    return {};
}

QJsonObject toJson(const ListAlarms &)
{
    return {};
}

QJsonObject toJson(const ReportStatus &m)
{
    return {{key("printer"), m.printer}, {key("problem"), m.problem}, {key("detail"), m.detail}};
}

QJsonObject toJson(const ReceiveDossier &m)
{
    QJsonObject o{{key("ticket"), m.ticket},
                  {key("procedure"), m.procedure},
                  {key("applicant"), m.applicant},
                  {key("papers_received"), QJsonArray::fromStringList(m.papersReceived)},
                  {key("papers_missing"), QJsonArray::fromStringList(m.papersMissing)}};
    writeCounter(o, m.counter);
    if (!m.phone.isEmpty())
        o.insert(key("phone"), m.phone);
    if (!m.note.isEmpty())
        o.insert(key("note"), m.note);
    return o;
}

QJsonObject toJson(const UpdateDossier &m)
{
    QJsonObject o{{key("code"), m.code}};
    if (m.status)
        o.insert(key("status"), dossierStatusName(*m.status));
    if (m.promised.isValid())
        o.insert(key("promised"), m.promised.toString(Qt::ISODate));
    if (m.papersMissing)
        o.insert(key("papers_missing"), QJsonArray::fromStringList(*m.papersMissing));
    if (!m.note.isEmpty())
        o.insert(key("note"), m.note);
    return o;
}

QJsonObject toJson(const ImportDossier &m)
{
    return {{key("dossier"), dossierToJson(m.dossier)}};
}

QJsonObject toJson(const ListDossiers &m)
{
    QJsonObject o{{key("filter"), m.filter}, {key("limit"), m.limit}};
    if (!m.service.isEmpty())
        o.insert(key("service"), m.service);
    return o;
}

QJsonObject toJson(const SubmitRating &m)
{
    QJsonObject o{{key("ticket"), m.ticket}, {key("value"), ratingValueName(m.value)}};
    writeCounter(o, m.counter);
    if (!m.comment.isEmpty())
        o.insert(key("comment"), m.comment);
    return o;
}

QJsonObject toJson(const LookupDossier &m)
{
    return {{key("code"), m.code}};
}

QJsonObject toJson(const ReprintTicket &m)
{
    QJsonObject o{{key("ticket"), m.ticket}};
    if (!m.kiosk.isEmpty())
        o.insert(key("kiosk"), m.kiosk);
    return o;
}

// ---- replies

QJsonObject toJson(const Welcome &m)
{
    QJsonObject o{{key("proto"), m.proto},
                  {key("session"), m.session},
                  {key("role"), deviceRoleName(m.role)},
                  {key("device"), m.device},
                  {key("epoch"), m.epoch},
                  {key("seq"), m.seq},
                  {key("last_at"), m.lastAt},
                  {key("resync"), m.resync == Resync::Replay ? QStringLiteral("replay") : QStringLiteral("snapshot")}};
    if (m.counter)
        o.insert(key("counter"), m.counter);
    if (!m.zone.isEmpty())
        o.insert(key("zone"), m.zone);
    if (m.snapshot) {
        const QJsonObject s = snapshotFields(*m.snapshot);
        for (auto it = s.begin(); it != s.end(); ++it)
            o.insert(it.key(), it.value());
    }
    return o;
}

void fromJson(JsonReader &r, Welcome &m)
{
    m.proto = int(r.requiredInteger("proto", 0, 1'000'000));
    m.session = r.string("session");
    m.role = readRole(r, "role");
    m.device = r.requiredString("device");
    m.counter = int(r.integer("counter", 0, 0, maxCounter));
    m.zone = r.string("zone");
    m.epoch = r.requiredString("epoch");
    m.seq = r.requiredInteger("seq", 0, maxSeq);
    m.lastAt = r.integer("last_at", 0, 0, maxTime);
    const QString resync = r.requiredString("resync");
    if (resync == QLatin1String("replay")) {
        m.resync = Resync::Replay;
    } else if (resync == QLatin1String("snapshot")) {
        m.resync = Resync::Snapshot;
        m.snapshot = readSnapshot(r);
    } else {
        r.fail(key("resync"), QStringLiteral("must be \"snapshot\" or \"replay\""));
    }
}

QJsonObject toJson(const Pong &m)
{
    return {{key("seq"), m.seq}};
}

void fromJson(JsonReader &r, Pong &m)
{
    m.seq = r.requiredInteger("seq", 0, maxSeq);
}

QJsonObject toJson(const SnapshotReply &m)
{
    QJsonObject o = snapshotFields(m.snapshot);
    o.insert(key("epoch"), m.epoch);
    o.insert(key("seq"), m.seq);
    o.insert(key("last_at"), m.lastAt);
    return o;
}

void fromJson(JsonReader &r, SnapshotReply &m)
{
    m.snapshot = readSnapshot(r);
    m.epoch = r.requiredString("epoch");
    m.seq = r.requiredInteger("seq", 0, maxSeq);
    m.lastAt = r.integer("last_at", 0, 0, maxTime);
}

QJsonObject toJson(const Committed &m)
{
    QJsonObject o{{key("seq"), m.seq}};
    if (m.ticket)
        o.insert(key("ticket"), ticketToJson(*m.ticket));
    if (m.counter)
        o.insert(key("counter"), counterStateToJson(*m.counter));
    if (m.estimate)
        o.insert(key("estimate"), waitEstimateToJson(*m.estimate));
    if (m.dossier)
        o.insert(key("dossier"), dossierToJson(*m.dossier));
    if (m.rating)
        o.insert(key("rating"), ratingToJson(*m.rating));
    return o;
}

void fromJson(JsonReader &r, Committed &m)
{
    m.seq = r.requiredInteger("seq", 0, maxSeq);
    if (r.has("ticket")) {
        JsonReader t = r.child(r.object("ticket"), QStringLiteral("ticket"));
        m.ticket = ticketFromJson(t);
    }
    if (r.has("counter")) {
        JsonReader c = r.child(r.object("counter"), QStringLiteral("counter"));
        m.counter = counterStateFromJson(c);
    }
    if (r.has("estimate")) {
        JsonReader e = r.child(r.object("estimate"), QStringLiteral("estimate"));
        m.estimate = waitEstimateFromJson(e);
    }
    if (r.has("dossier")) {
        JsonReader d = r.child(r.object("dossier"), QStringLiteral("dossier"));
        m.dossier = dossierFromJson(d);
    }
    if (r.has("rating")) {
        JsonReader d = r.child(r.object("rating"), QStringLiteral("rating"));
        m.rating = ratingFromJson(d);
    }
}

QJsonObject toJson(const LoggedIn &m)
{
    QJsonObject o{{key("clerk"), clerkToJson(m.clerk)}};
    if (!m.resume.isEmpty())
        o.insert(key("resume"), m.resume);
    return o;
}

void fromJson(JsonReader &r, LoggedIn &m)
{
    JsonReader c = r.child(r.object("clerk"), QStringLiteral("clerk"));
    m.clerk = clerkFromJson(c);
    m.resume = r.string("resume");
}

QJsonObject toJson(const Done &)
{
    return {};
}

void fromJson(JsonReader &, Done &) { }

QJsonObject toJson(const ClerkList &m)
{
    QJsonArray list;
    for (const ClerkInfo &c : m.clerks) {
        QJsonObject o = clerkToJson(c.clerk);
        o.insert(key("active"), c.active);
        o.insert(key("failed_attempts"), c.failedAttempts);
        o.insert(key("locked_until"), c.lockedUntil);
        list.append(o);
    }
    return {{key("clerks"), list}};
}

void fromJson(JsonReader &r, ClerkList &m)
{
    const QJsonArray list = r.array("clerks");
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonReader c = r.child(list.at(i).toObject(), QStringLiteral("clerks[%1]").arg(i));
        ClerkInfo info;
        info.clerk = clerkFromJson(c);
        info.active = c.boolean("active", true);
        info.failedAttempts = int(c.integer("failed_attempts", 0, 0, 1'000'000));
        info.lockedUntil = c.integer("locked_until", 0, 0, maxTime);
        m.clerks.push_back(info);
    }
}

QJsonObject toJson(const DeviceList &m)
{
    QJsonArray list;
    for (const DeviceInfo &d : m.devices) {
        QJsonObject o{{key("device"), d.device}, {key("role"), deviceRoleName(d.role)}, {key("peer"), d.peer}};
        if (d.counter)
            o.insert(key("counter"), d.counter);
        if (!d.clerk.isEmpty())
            o.insert(key("clerk"), d.clerk);
        if (!d.printer.isEmpty())
            o.insert(key("printer"), QJsonObject{{key("state"), d.printer}, {key("problem"), d.printerProblem}});
        if (!d.online)
            o.insert(key("online"), false);
        list.append(o);
    }
    return {{key("devices"), list}};
}

namespace {
QJsonArray alarmsToJson(const std::vector<Alarm> &alarms)
{
    QJsonArray list;
    for (const Alarm &a : alarms) {
        QJsonObject o{{key("kind"), alarmKindName(a.kind)},
                      {key("value"), a.value},
                      {key("threshold"), a.threshold},
                      {key("since"), a.since}};
        if (!a.service.isEmpty())
            o.insert(key("service"), a.service);
        if (a.counter)
            o.insert(key("counter"), a.counter);
        if (!a.device.isEmpty())
            o.insert(key("device"), a.device);
        if (!a.problem.isEmpty())
            o.insert(key("problem"), a.problem);
        list.append(o);
    }
    return list;
}

std::vector<Alarm> alarmsFromJson(JsonReader &r)
{
    static const std::map<QString, Alarm::Kind> kinds{
        {QStringLiteral("long_wait"), Alarm::Kind::LongWait},
        {QStringLiteral("many_waiting"), Alarm::Kind::ManyWaiting},
        {QStringLiteral("idle_counter"), Alarm::Kind::IdleCounter},
        {QStringLiteral("long_service"), Alarm::Kind::LongService},
        {QStringLiteral("printer_down"), Alarm::Kind::PrinterDown}};
    std::vector<Alarm> alarms;
    const QJsonArray list = r.array("alarms");
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonReader a = r.child(list.at(i).toObject(), QStringLiteral("alarms[%1]").arg(i));
        Alarm alarm;
        const auto kind = kinds.find(a.requiredString("kind"));
        if (kind == kinds.end())
            a.fail(key("kind"), QStringLiteral("is not a known alarm"));
        else
            alarm.kind = kind->second;
        alarm.service = a.string("service");
        alarm.counter = int(a.integer("counter", 0, 0, maxCounter));
        alarm.device = a.string("device");
        alarm.problem = a.string("problem");
        alarm.value = int(a.integer("value", 0, 0, 1'000'000));
        alarm.threshold = int(a.integer("threshold", 0, 0, 1'000'000));
        alarm.since = a.integer("since", 0, 0, maxTime);
        alarms.push_back(alarm);
    }
    return alarms;
}
} // namespace

QJsonObject toJson(const AlarmList &m)
{
    return {{key("alarms"), alarmsToJson(m.alarms)}};
}

void fromJson(JsonReader &r, AlarmList &m)
{
    m.alarms = alarmsFromJson(r);
}

QJsonObject toJson(const Reprinted &m)
{
    return {{key("kiosk"), m.kiosk}};
}

void fromJson(JsonReader &r, Reprinted &m)
{
    m.kiosk = r.requiredString("kiosk");
}

QByteArray encodeNotice(const Notice &notice)
{
    QJsonObject o;
    if (const auto *alarms = std::get_if<AlarmsNotice>(&notice)) {
        o = {{key("notice"), QStringLiteral("alarms")}, {key("alarms"), alarmsToJson(alarms->alarms)}};
    } else if (const auto *print = std::get_if<PrintNotice>(&notice)) {
        o = {{key("notice"), QStringLiteral("print")},
             {key("ticket"), ticketToJson(print->ticket)},
             {key("estimate"), waitEstimateToJson(print->estimate)},
             {key("by"), print->by}};
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Notice> decodeNotice(const QJsonObject &line)
{
    const QString kind = line.value(QLatin1String("notice")).toString();
    JsonReader r(line);
    Notice notice;
    if (kind == QLatin1String("alarms")) {
        notice = AlarmsNotice{alarmsFromJson(r)};
    } else if (kind == QLatin1String("print")) {
        PrintNotice print;
        JsonReader t = r.child(r.object("ticket"), QStringLiteral("ticket"));
        print.ticket = ticketFromJson(t);
        JsonReader e = r.child(r.object("estimate"), QStringLiteral("estimate"));
        print.estimate = waitEstimateFromJson(e);
        print.by = r.string("by");
        notice = print;
    } else {
        return Error{ErrorCode::UnknownOp, QStringLiteral("unknown notice \"%1\"").arg(kind)};
    }
    if (!r.ok())
        return Error{ErrorCode::BadRequest, QStringLiteral("unreadable notice: %1").arg(r.firstError())};
    return notice;
}

void fromJson(JsonReader &r, DeviceList &m)
{
    const QJsonArray list = r.array("devices");
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonReader d = r.child(list.at(i).toObject(), QStringLiteral("devices[%1]").arg(i));
        DeviceInfo info;
        info.device = d.requiredString("device");
        info.role = readRole(d, "role");
        info.peer = d.string("peer");
        info.counter = int(d.integer("counter", 0, 0, maxCounter));
        info.clerk = d.string("clerk");
        info.online = d.boolean("online", true);
        if (d.has("printer")) {
            JsonReader p = d.child(d.object("printer"), QStringLiteral("printer"));
            info.printer = p.string("state");
            info.printerProblem = p.string("problem");
        }
        m.devices.push_back(info);
    }
}

QJsonObject toJson(const DossierList &m)
{
    QJsonArray list;
    for (const Dossier &d : m.dossiers)
        list.append(dossierToJson(d));
    return {{key("dossiers"), list}};
}

void fromJson(JsonReader &r, DossierList &m)
{
    const QJsonArray list = r.array("dossiers");
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonReader d = r.child(list.at(i).toObject(), QStringLiteral("dossiers[%1]").arg(i));
        m.dossiers.push_back(dossierFromJson(d));
    }
}

QJsonObject toJson(const DossierView &m)
{
    return {{key("code"), m.code},
            {key("service"), m.service},
            {key("procedure"), m.procedure},
            {key("status"), dossierStatusName(m.status)},
            {key("received_at"), m.receivedAt},
            {key("due"), m.due.toString(Qt::ISODate)},
            {key("promised"), m.promised.toString(Qt::ISODate)},
            {key("closed_at"), m.closedAt},
            {key("applicant"), m.applicant},
            {key("results_at"), QJsonObject{{key("vi"), m.resultsAt.vi}, {key("en"), m.resultsAt.en}}},
            {key("papers_missing"), QJsonArray::fromStringList(m.papersMissing)}};
}

void fromJson(JsonReader &r, DossierView &m)
{
    m.code = r.requiredString("code");
    m.service = r.string("service");
    m.procedure = r.string("procedure");
    const QString status = r.requiredString("status");
    if (const auto s = dossierStatusFromName(status))
        m.status = *s;
    else
        r.fail(key("status"), QStringLiteral("unknown dossier status \"%1\"").arg(status));
    m.receivedAt = r.integer("received_at", 0, 0, maxTime);
    m.due = QDate::fromString(r.string("due"), Qt::ISODate);
    m.promised = QDate::fromString(r.string("promised"), Qt::ISODate);
    m.closedAt = r.integer("closed_at", 0, 0, maxTime);
    m.applicant = r.string("applicant");
    JsonReader at = r.child(r.object("results_at"), QStringLiteral("results_at"));
    m.resultsAt.vi = at.string("vi");
    m.resultsAt.en = at.string("en");
    const QJsonArray missing = r.array("papers_missing");
    for (const QJsonValue &v : missing)
        m.papersMissing << v.toString();
}

QByteArray encodeReply(const QJsonValue &id, QJsonObject fields)
{
    fields.insert(key("id"), id);
    fields.insert(key("ok"), true);
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QByteArray snapshotFragment(const Snapshot &snapshot)
{
    const QByteArray object = QJsonDocument(snapshotFields(snapshot)).toJson(QJsonDocument::Compact);
    return object.mid(1, object.size() - 2); // without the braces
}

QByteArray encodeReply(const QJsonValue &id, QJsonObject fields, const QByteArray &fragment)
{
    QByteArray line = encodeReply(id, std::move(fields));
    if (fragment.isEmpty())
        return line;
    line.chop(1); // the closing brace; the object is never empty (it has "id" and "ok")
    return line + ',' + fragment + '}';
}

QByteArray encodeError(const QJsonValue &id, const Error &error)
{
    QJsonObject e{{key("code"), errorCodeName(error.code)}, {key("message"), error.message}};
    if (error.code == ErrorCode::LockedOut)
        e.insert(key("retry_after"), error.retryAfterSeconds);
    const QJsonObject reply{{key("id"), id}, {key("ok"), false}, {key("error"), e}};
    return QJsonDocument(reply).toJson(QJsonDocument::Compact);
}

Error errorFromReply(const QJsonObject &reply)
{
    const QJsonObject e = reply.value(QLatin1String("error")).toObject();
    const QString name = e.value(QLatin1String("code")).toString();
    Error error;
    error.message = e.value(QLatin1String("message")).toString();
    error.retryAfterSeconds = e.value(QLatin1String("retry_after")).toInteger(0);
    if (const auto code = errorCodeFromName(name))
        error.code = *code;
    else
        error.message = QStringLiteral("%1: %2").arg(name, error.message);
    return error;
}

template <typename R>
Result<R> decodeReply(const QJsonObject &reply)
{
    if (!reply.value(QLatin1String("ok")).toBool())
        return errorFromReply(reply);
    R value;
    JsonReader r(reply);
    fromJson(r, value);
    if (!r.ok())
        return Error{ErrorCode::Internal, QStringLiteral("the hub's reply is unreadable: %1").arg(r.firstError())};
    return value;
}

template Result<Welcome> decodeReply(const QJsonObject &);
template Result<Pong> decodeReply(const QJsonObject &);
template Result<SnapshotReply> decodeReply(const QJsonObject &);
template Result<Committed> decodeReply(const QJsonObject &);
template Result<LoggedIn> decodeReply(const QJsonObject &);
template Result<Done> decodeReply(const QJsonObject &);
template Result<ClerkList> decodeReply(const QJsonObject &);
template Result<DeviceList> decodeReply(const QJsonObject &);
template Result<AlarmList> decodeReply(const QJsonObject &);
template Result<DossierList> decodeReply(const QJsonObject &);
template Result<DossierView> decodeReply(const QJsonObject &);
template Result<Reprinted> decodeReply(const QJsonObject &);

Audience audienceOf(DeviceRole role)
{
    switch (role) {
    case DeviceRole::Supervisor:
        return Audience::Supervisor;
    case DeviceRole::Counter:
        return Audience::Staff;
    case DeviceRole::Kiosk:
    case DeviceRole::Display:
        break;
    }
    return Audience::Public;
}

QJsonObject eventMessage(qint64 seq, const Event &e, Audience audience)
{
    Event shown = e;
    if (audience != Audience::Supervisor && shown.ticket)
        shown.ticket->token.clear();
    if (audience == Audience::Public) {
        if (shown.dossier) {
            Dossier &d = *shown.dossier;
            d.applicantName = maskedName(d.applicantName);
            d.applicantPhone.clear();
            d.papersReceived.clear();
            d.papersMissing.clear();
            d.note.clear();
        }
        if (shown.rating)
            shown.rating->comment.clear();
    }
    QJsonObject o = eventToJson(shown);
    o.insert(key("seq"), seq);
    return o;
}

} // namespace qms::protocol
