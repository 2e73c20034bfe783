#include "engine/enginesnapshot.h"

#include <QJsonArray>

#include "domain/json.h"
#include "util/jsonreader.h"

namespace qms {

namespace {
constexpr qint64 maxId = std::numeric_limits<qint32>::max() * qint64(1024);
} // namespace

EngineSnapshot withoutTokens(EngineSnapshot s)
{
    for (Ticket &t : s.tickets)
        t.token.clear();
    return s;
}

QJsonObject snapshotToJson(const EngineSnapshot &s)
{
    QJsonArray tickets;
    for (const Ticket &t : s.tickets)
        tickets.append(ticketToJson(t));
    QJsonArray counters;
    for (const CounterState &c : s.counters)
        counters.append(counterStateToJson(c));
    QJsonObject issued;
    for (auto it = s.issued.begin(); it != s.issued.end(); ++it)
        issued.insert(it.key(), it.value());
    QJsonObject services;
    for (auto it = s.stats.services.begin(); it != s.stats.services.end(); ++it)
        services.insert(
            it.key(),
            QJsonObject{{QStringLiteral("served"), it->served}, {QStringLiteral("seconds"), it->occupancySeconds}});
    const QJsonObject stats{
        {QStringLiteral("services"), services},
        {QStringLiteral("no_shows"), s.stats.noShows},
        {QStringLiteral("no_show_seconds"), s.stats.noShowSeconds},
        {QStringLiteral("called"), s.stats.called},
        {QStringLiteral("pauses"), s.stats.pauses},
        {QStringLiteral("pause_seconds"), s.stats.pauseSeconds},
        {QStringLiteral("open_seconds"), s.stats.openSeconds},
    };
    QJsonObject o{
        {QStringLiteral("day"), s.businessDay}, {QStringLiteral("last_ticket_id"), s.lastTicketId},
        {QStringLiteral("tickets"), tickets},   {QStringLiteral("counters"), counters},
        {QStringLiteral("issued"), issued},     {QStringLiteral("stats"), stats},
    };
    if (s.ticker)
        o.insert(QStringLiteral("ticker"), QJsonObject{{QStringLiteral("vi"), s.ticker->vi}, {QStringLiteral("en"), s.ticker->en}});
    if (s.rhythm.days > 0)
        o.insert(QStringLiteral("rhythm"), rhythmToJson(s.rhythm));
    return o;
}

EngineSnapshot snapshotFromJson(JsonReader &r)
{
    EngineSnapshot s;
    s.businessDay = r.string("day");
    s.lastTicketId = r.integer("last_ticket_id", 0, 0, maxId);
    if (r.has("rhythm")) {
        JsonReader rr = r.child(r.object("rhythm"), QStringLiteral("rhythm"));
        s.rhythm = rhythmFromJson(rr);
    }
    if (r.has("ticker")) {
        JsonReader tr = r.child(r.object("ticker"), QStringLiteral("ticker"));
        s.ticker = LocalizedText{tr.string("vi"), tr.string("en")};
    }
    const QJsonArray tickets = r.array("tickets");
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        JsonReader tr = r.child(tickets.at(i).toObject(), QStringLiteral("tickets[%1]").arg(i));
        s.tickets.push_back(ticketFromJson(tr));
    }
    const QJsonArray counters = r.array("counters");
    for (qsizetype i = 0; i < counters.size(); ++i) {
        JsonReader cr = r.child(counters.at(i).toObject(), QStringLiteral("counters[%1]").arg(i));
        s.counters.push_back(counterStateFromJson(cr));
    }
    const QJsonObject issued = r.object("issued");
    for (auto it = issued.begin(); it != issued.end(); ++it)
        s.issued.insert(it.key(), it.value().toInt());
    JsonReader sr = r.child(r.object("stats"), QStringLiteral("stats"));
    const QJsonObject services = sr.object("services");
    for (auto it = services.begin(); it != services.end(); ++it) {
        JsonReader one = sr.child(it.value().toObject(), QStringLiteral("services.") + it.key());
        QueueStats::Service service;
        service.served = int(one.integer("served", 0, 0, 1'000'000));
        service.occupancySeconds = one.number("seconds", 0, 0, 1e12);
        s.stats.services.insert(it.key(), service);
    }
    s.stats.noShows = int(sr.integer("no_shows", 0, 0, 1'000'000));
    s.stats.noShowSeconds = sr.number("no_show_seconds", 0, 0, 1e12);
    s.stats.called = int(sr.integer("called", 0, 0, 1'000'000));
    s.stats.pauses = int(sr.integer("pauses", 0, 0, 1'000'000));
    s.stats.pauseSeconds = sr.number("pause_seconds", 0, 0, 1e12);
    s.stats.openSeconds = sr.number("open_seconds", 0, 0, 1e12);
    return s;
}

} // namespace qms
