#include "domain/json.h"

#include <QJsonArray>

#include <limits>

#include "util/jsonreader.h"

namespace qms {

namespace {
constexpr qint64 maxId = std::numeric_limits<qint32>::max() * qint64(1024);
constexpr qint64 maxTime = qint64(1) << 50;
constexpr int maxCounter = 9999;

} // namespace

WaitEstimate waitEstimateFromJson(JsonReader &r)
{
    WaitEstimate e;
    e.peopleAhead = int(r.requiredInteger("ahead", 0, 1'000'000));
    e.openCounters = int(r.integer("open_counters", 0, 0, maxCounter));
    if (r.has("seconds") && !r.isNull("seconds")) {
        if (const auto s = r.optionalInteger("seconds", 0, 10'000'000))
            e.seconds = int(*s);
    }
    e.rough = r.boolean("rough", false);
    e.unlikelyToday = r.boolean("unlikely_today", false);
    readShareRange(r, e.lowShare, e.highShare);
    return e;
}

QJsonObject ticketToJson(const Ticket &t)
{
    QJsonObject o{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("day"), t.businessDay},
        {QStringLiteral("service"), t.service},
        {QStringLiteral("number"), t.number},
        {QStringLiteral("label"), t.label},
        {QStringLiteral("priority"), t.priorityGroup},
        {QStringLiteral("origin"), t.origin},
        {QStringLiteral("state"), ticketStateName(t.state)},
        {QStringLiteral("issued_at"), t.issuedAt},
        {QStringLiteral("queued_at"), t.queuedAt},
        {QStringLiteral("called_at"), t.calledAt},
        {QStringLiteral("started_at"), t.startedAt},
        {QStringLiteral("finished_at"), t.finishedAt},
        {QStringLiteral("counter"), t.counter},
        {QStringLiteral("clerk"), t.clerk},
        {QStringLiteral("recalls"), t.recallCount},
        {QStringLiteral("target_counter"), t.targetCounter},
        {QStringLiteral("at_head"), t.atHead},
        {QStringLiteral("transfers"), t.transferCount},
    };
    // Left out when unknown: the hub tells the public token only to the issuing kiosk and supervisors.
    if (!t.token.isEmpty())
        o.insert(QStringLiteral("token"), t.token);
    if (!t.note.isEmpty())
        o.insert(QStringLiteral("note"), t.note);
    return o;
}

Ticket ticketFromJson(JsonReader &r)
{
    Ticket t;
    t.id = r.requiredInteger("id", 1, maxId);
    t.businessDay = r.requiredString("day");
    t.service = r.requiredString("service");
    t.number = int(r.requiredInteger("number", 0, 1'000'000'000));
    t.label = r.requiredString("label");
    t.priorityGroup = r.string("priority");
    t.token = r.string("token");
    t.origin = r.string("origin");
    const QString state = r.requiredString("state");
    if (const auto s = ticketStateFromName(state))
        t.state = *s;
    else if (!state.isEmpty())
        r.fail(QStringLiteral("state"), QStringLiteral("unknown ticket state \"%1\"").arg(state));
    t.issuedAt = r.integer("issued_at", 0, 0, maxTime);
    t.queuedAt = r.integer("queued_at", 0, 0, maxTime);
    t.calledAt = r.integer("called_at", 0, 0, maxTime);
    t.startedAt = r.integer("started_at", 0, 0, maxTime);
    t.finishedAt = r.integer("finished_at", 0, 0, maxTime);
    t.counter = int(r.integer("counter", 0, 0, maxCounter));
    t.clerk = r.string("clerk");
    t.recallCount = int(r.integer("recalls", 0, 0, 1000));
    t.targetCounter = int(r.integer("target_counter", 0, 0, maxCounter));
    t.atHead = r.boolean("at_head", false);
    t.transferCount = int(r.integer("transfers", 0, 0, 1000));
    t.note = r.string("note");
    return t;
}

QJsonObject counterStateToJson(const CounterState &c)
{
    QJsonObject o{
        {QStringLiteral("number"), c.number},   {QStringLiteral("status"), counterStatusName(c.status)},
        {QStringLiteral("reason"), c.reason},   {QStringLiteral("clerk"), c.clerk},
        {QStringLiteral("current"), c.current}, {QStringLiteral("priority_run"), c.priorityRun},
        {QStringLiteral("since"), c.since},
    };
    if (!c.services.isEmpty())
        o.insert(QStringLiteral("services"), QJsonArray::fromStringList(c.services));
    return o;
}

namespace {
QStringList stringList(JsonReader &r, const char *key);
}

CounterState counterStateFromJson(JsonReader &r)
{
    CounterState c;
    c.number = int(r.requiredInteger("number", 1, maxCounter));
    const QString status = r.requiredString("status");
    if (const auto s = counterStatusFromName(status))
        c.status = *s;
    else if (!status.isEmpty())
        r.fail(QStringLiteral("status"), QStringLiteral("unknown counter status \"%1\"").arg(status));
    c.reason = r.string("reason");
    c.clerk = r.string("clerk");
    c.current = r.integer("current", 0, 0, maxId);
    c.priorityRun = int(r.integer("priority_run", 0, 0, 1'000'000));
    c.since = r.integer("since", 0, 0, maxTime);
    c.services = stringList(r, "services");
    return c;
}

QJsonObject dossierToJson(const Dossier &d)
{
    QJsonObject o{
        {QStringLiteral("code"), d.code},
        {QStringLiteral("service"), d.service},
        {QStringLiteral("procedure"), d.procedure},
        {QStringLiteral("applicant"), d.applicantName},
        {QStringLiteral("status"), dossierStatusName(d.status)},
        {QStringLiteral("received_at"), d.receivedAt},
        {QStringLiteral("due"), d.dueDate.toString(Qt::ISODate)},
        {QStringLiteral("promised"), d.promisedDate.toString(Qt::ISODate)},
        {QStringLiteral("closed_at"), d.closedAt},
        {QStringLiteral("ticket"), d.ticket},
        {QStringLiteral("counter"), d.counter},
        {QStringLiteral("received_by"), d.receivedBy},
        {QStringLiteral("updated_at"), d.updatedAt},
        {QStringLiteral("updated_by"), d.updatedBy},
        {QStringLiteral("papers_received"), QJsonArray::fromStringList(d.papersReceived)},
        {QStringLiteral("papers_missing"), QJsonArray::fromStringList(d.papersMissing)},
    };
    // Left out when unknown: the hub tells a phone number only to staff.
    if (!d.applicantPhone.isEmpty())
        o.insert(QStringLiteral("phone"), d.applicantPhone);
    if (!d.note.isEmpty())
        o.insert(QStringLiteral("note"), d.note);
    return o;
}

namespace {
QStringList stringList(JsonReader &r, const char *key)
{
    QStringList out;
    const QJsonArray a = r.array(key);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            r.fail(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i), QStringLiteral("must be a string"));
            continue;
        }
        out << a.at(i).toString();
    }
    return out;
}

QDate isoDate(JsonReader &r, const char *key, bool required)
{
    const QString text = required ? r.requiredString(key) : r.string(key);
    if (text.isEmpty())
        return {};
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        r.fail(QLatin1String(key), QStringLiteral("\"%1\" is not a date like 2026-11-26").arg(text));
    return d;
}
} // namespace

Dossier dossierFromJson(JsonReader &r)
{
    Dossier d;
    d.code = r.requiredString("code");
    d.service = r.requiredString("service");
    d.procedure = r.string("procedure");
    d.applicantName = r.string("applicant");
    d.applicantPhone = r.string("phone");
    d.note = r.string("note");
    const QString status = r.requiredString("status");
    if (const auto s = dossierStatusFromName(status))
        d.status = *s;
    else if (!status.isEmpty())
        r.fail(QStringLiteral("status"), QStringLiteral("unknown dossier status \"%1\"").arg(status));
    d.receivedAt = r.integer("received_at", 0, 0, maxTime);
    d.dueDate = isoDate(r, "due", true);
    d.promisedDate = isoDate(r, "promised", false);
    d.closedAt = r.integer("closed_at", 0, 0, maxTime);
    d.ticket = r.integer("ticket", 0, 0, maxId);
    d.counter = int(r.integer("counter", 0, 0, maxCounter));
    d.receivedBy = r.string("received_by");
    d.updatedAt = r.integer("updated_at", 0, 0, maxTime);
    d.updatedBy = r.string("updated_by");
    d.papersReceived = stringList(r, "papers_received");
    d.papersMissing = stringList(r, "papers_missing");
    return d;
}

QJsonObject ratingToJson(const Rating &r)
{
    QJsonObject o{
        {QStringLiteral("ticket"), r.ticket},
        {QStringLiteral("day"), r.businessDay},
        {QStringLiteral("service"), r.service},
        {QStringLiteral("counter"), r.counter},
        {QStringLiteral("clerk"), r.clerk},
        {QStringLiteral("value"), ratingValueName(r.value)},
        {QStringLiteral("channel"), r.channel},
        {QStringLiteral("at"), r.at},
    };
    if (!r.dossier.isEmpty())
        o.insert(QStringLiteral("dossier"), r.dossier);
    if (!r.comment.isEmpty())
        o.insert(QStringLiteral("comment"), r.comment);
    return o;
}

Rating ratingFromJson(JsonReader &r)
{
    Rating out;
    out.ticket = r.requiredInteger("ticket", 1, maxId);
    out.businessDay = r.string("day");
    out.service = r.string("service");
    out.counter = int(r.integer("counter", 0, 0, maxCounter));
    out.clerk = r.string("clerk");
    out.dossier = r.string("dossier");
    const QString value = r.requiredString("value");
    if (const auto v = ratingValueFromName(value))
        out.value = *v;
    else if (!value.isEmpty())
        r.fail(QStringLiteral("value"), QStringLiteral("must be very_satisfied, satisfied or unsatisfied"));
    out.comment = r.string("comment");
    out.channel = r.string("channel");
    out.at = r.integer("at", 0, 0, maxTime);
    return out;
}

QJsonObject waitEstimateToJson(const WaitEstimate &e)
{
    QJsonObject o{
        {QStringLiteral("ahead"), e.peopleAhead},
        {QStringLiteral("open_counters"), e.openCounters},
    };
    o.insert(QStringLiteral("seconds"), e.seconds ? QJsonValue(*e.seconds) : QJsonValue());
    if (e.rough)
        o.insert(QStringLiteral("rough"), true);
    if (e.unlikelyToday)
        o.insert(QStringLiteral("unlikely_today"), true);
    if (e.lowShare > 0 && e.highShare > e.lowShare)
        o.insert(QStringLiteral("range"), QJsonArray{e.lowShare, e.highShare});
    return o;
}

QJsonObject eventToJson(const Event &e)
{
    QJsonObject o{
        {QStringLiteral("event"), eventTypeName(e.type)},
        {QStringLiteral("at"), e.at},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("day"), e.businessDay},
    };
    if (e.ticket)
        o.insert(QStringLiteral("ticket"), ticketToJson(*e.ticket));
    if (e.counter)
        o.insert(QStringLiteral("counter"), counterStateToJson(*e.counter));
    if (e.dossier)
        o.insert(QStringLiteral("dossier"), dossierToJson(*e.dossier));
    if (e.rating)
        o.insert(QStringLiteral("rating"), ratingToJson(*e.rating));
    if (!e.reason.isEmpty())
        o.insert(QStringLiteral("reason"), e.reason);
    if (e.estimate)
        o.insert(QStringLiteral("estimate"), waitEstimateToJson(*e.estimate));
    if (!e.fromService.isEmpty())
        o.insert(QStringLiteral("from_service"), e.fromService);
    if (e.fromCounter)
        o.insert(QStringLiteral("from_counter"), e.fromCounter);
    if (e.type == EventType::DayStarted)
        o.insert(QStringLiteral("last_ticket_id"), e.lastTicketId);
    if (e.ticker)
        o.insert(QStringLiteral("ticker"), QJsonObject{{QStringLiteral("vi"), e.ticker->vi}, {QStringLiteral("en"), e.ticker->en}});
    if (e.rhythm)
        o.insert(QStringLiteral("rhythm"), rhythmToJson(*e.rhythm));
    return o;
}

Result<Event> eventFromJson(const QJsonObject &o)
{
    JsonReader r(o);
    Event e;
    const QString type = r.requiredString("event");
    if (const auto t = eventTypeFromName(type))
        e.type = *t;
    else if (!type.isEmpty())
        r.fail(QStringLiteral("event"), QStringLiteral("unknown event type \"%1\"").arg(type));
    e.at = r.requiredInteger("at", 0, maxTime);
    e.actor = r.string("actor");
    e.businessDay = r.requiredString("day");
    if (r.has("ticket")) {
        JsonReader tr = r.child(r.object("ticket"), QStringLiteral("ticket"));
        e.ticket = ticketFromJson(tr);
    }
    if (r.has("counter")) {
        JsonReader cr = r.child(r.object("counter"), QStringLiteral("counter"));
        e.counter = counterStateFromJson(cr);
    }
    if (r.has("dossier")) {
        JsonReader dr = r.child(r.object("dossier"), QStringLiteral("dossier"));
        e.dossier = dossierFromJson(dr);
    }
    if (r.has("rating")) {
        JsonReader rr = r.child(r.object("rating"), QStringLiteral("rating"));
        e.rating = ratingFromJson(rr);
    }
    e.reason = r.string("reason");
    if (r.has("estimate")) {
        JsonReader er = r.child(r.object("estimate"), QStringLiteral("estimate"));
        e.estimate = waitEstimateFromJson(er);
    }
    e.fromService = r.string("from_service");
    e.fromCounter = int(r.integer("from_counter", 0, 0, maxCounter));
    e.lastTicketId = r.integer("last_ticket_id", 0, 0, maxId);
    if (r.has("rhythm")) {
        JsonReader rr = r.child(r.object("rhythm"), QStringLiteral("rhythm"));
        e.rhythm = rhythmFromJson(rr);
    }
    if (r.has("ticker")) {
        JsonReader tr = r.child(r.object("ticker"), QStringLiteral("ticker"));
        e.ticker = LocalizedText{tr.string("vi"), tr.string("en")};
    }
    if (!r.ok())
        return Error{ErrorCode::InvalidArgument, r.firstError()};
    return e;
}

} // namespace qms
