#include "replay/trace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>

#include <algorithm>
#include <map>
#include <set>

#include "util/jsonreader.h"

namespace qms {

namespace {
const std::array<std::pair<TraceEvent::Type, const char *>, 6> typeNames{{
    {TraceEvent::Type::Day, "day"},
    {TraceEvent::Type::CounterOpen, "counter_open"},
    {TraceEvent::Type::CounterPause, "counter_pause"},
    {TraceEvent::Type::CounterResume, "counter_resume"},
    {TraceEvent::Type::CounterClose, "counter_close"},
    {TraceEvent::Type::Arrival, "arrival"},
}};
} // namespace

Result<std::vector<TraceEvent>> parseTrace(const QByteArray &jsonLines)
{
    std::vector<TraceEvent> events;
    const QList<QByteArray> lines = jsonLines.split('\n');
    double last = 0;
    int days = 0;
    QDate lastDate;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QString where = QStringLiteral("line %1").arg(i + 1);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject())
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("%1: not a JSON object (%2)").arg(where, parseError.errorString())};
        JsonReader r(doc.object(), where);
        TraceEvent e;
        const QString type = r.requiredString("type");
        if (type == QLatin1String("day")) {
            e.type = TraceEvent::Type::Day;
            e.date = QDate::fromString(r.requiredString("date"), Qt::ISODate);
            if (!e.date.isValid())
                r.fail(QStringLiteral("date"), QStringLiteral("is a date like 2026-03-02"));
            else if (!events.empty() && days > 0 && e.date <= lastDate)
                r.fail(QStringLiteral("date"), QStringLiteral("must come after the day before"));
            if (days == 0 && !events.empty())
                r.fail(QStringLiteral("type"), QStringLiteral("a trace with days starts with its first day"));
            if (!r.ok())
                return Error{ErrorCode::InvalidArgument, r.firstError()};
            ++days;
            lastDate = e.date;
            last = 0; // t starts again each day
            events.push_back(e);
            continue;
        }
        e.t = r.number("t", -1, 0, 1e7);
        if (!r.has("t"))
            r.fail(QStringLiteral("t"), QStringLiteral("is required"));
        bool known = false;
        for (const auto &[value, name] : typeNames) {
            if (type == QLatin1String(name)) {
                e.type = value;
                known = true;
            }
        }
        if (!known && !type.isEmpty())
            r.fail(QStringLiteral("type"), QStringLiteral("unknown event type \"%1\"").arg(type));
        if (e.type == TraceEvent::Type::Arrival) {
            e.service = r.requiredString("service");
            e.priority = r.boolean("priority", false);
            e.serviceTime = r.number("service_time", 0, 0, 86400);
            if (!r.has("service_time"))
                r.fail(QStringLiteral("service_time"), QStringLiteral("is required"));
            e.noShow = r.boolean("no_show", false);
        } else {
            e.counter = int(r.requiredInteger("counter", 1, 9999));
            if (e.type == TraceEvent::Type::CounterOpen) {
                for (const QJsonValue &v : r.array("services"))
                    e.services << v.toString();
                if (e.services.isEmpty() || e.services.contains(QString()))
                    r.fail(QStringLiteral("services"), QStringLiteral("must list the services by id"));
            }
        }
        if (r.ok() && e.t < last)
            r.fail(QStringLiteral("t"), QStringLiteral("goes back in time (%1 after %2)").arg(e.t).arg(last));
        if (!r.ok())
            return Error{ErrorCode::InvalidArgument, r.firstError()};
        last = e.t;
        events.push_back(e);
    }
    return events;
}

QByteArray traceToJsonLines(const std::vector<TraceEvent> &events)
{
    QByteArray out;
    for (const TraceEvent &e : events) {
        if (e.type == TraceEvent::Type::Day) {
            out += QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("day")},
                                             {QStringLiteral("date"), e.date.toString(Qt::ISODate)}})
                       .toJson(QJsonDocument::Compact)
                + '\n';
            continue;
        }
        QJsonObject o{{QStringLiteral("t"), std::round(e.t * 10) / 10}};
        for (const auto &[value, name] : typeNames)
            if (value == e.type)
                o.insert(QStringLiteral("type"), QLatin1String(name));
        if (e.type == TraceEvent::Type::Arrival) {
            o.insert(QStringLiteral("service"), e.service);
            o.insert(QStringLiteral("priority"), e.priority);
            o.insert(QStringLiteral("service_time"), std::round(e.serviceTime * 10) / 10);
            o.insert(QStringLiteral("no_show"), e.noShow);
        } else {
            o.insert(QStringLiteral("counter"), e.counter);
            if (e.type == TraceEvent::Type::CounterOpen)
                o.insert(QStringLiteral("services"), QJsonArray::fromStringList(e.services));
        }
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

CenterConfig centerForTrace(const std::vector<TraceEvent> &events)
{
    CenterConfig c;
    c.id = QStringLiteral("trace");
    c.name = {QStringLiteral("Trace"), QStringLiteral("Trace")};
    c.priorityGroups.push_back({QStringLiteral("priority"), {QStringLiteral("Ưu tiên"), QStringLiteral("Priority")}});
    QStringList services;
    std::map<int, QStringList> counters;
    // A counter's shifts in the trace are its staffing plan, as a real center has one.
    std::map<int, std::vector<MinuteRange>> shifts;
    std::map<int, double> openSince;
    const auto minuteOf = [](double t) { return std::clamp(int(std::floor(7 * 60 + 30 + t / 60.0)), 0, 24 * 60); };
    std::set<int> planned; ///< counters whose first working day is over: their plan is made
    const auto endDay = [&] {
        for (const auto &[number, since] : openSince)
            shifts[number].push_back({minuteOf(since), 24 * 60}); // never closes
        openSince.clear();
        for (const auto &[number, list] : shifts)
            planned.insert(number);
    };
    for (const TraceEvent &e : events) {
        if (e.type == TraceEvent::Type::Day) {
            endDay();
            continue;
        }
        if (planned.contains(e.counter) && e.type != TraceEvent::Type::Arrival) {
            if (e.type == TraceEvent::Type::CounterOpen)
                counters.emplace(e.counter, e.services);
            continue;
        }
        if (e.type == TraceEvent::Type::CounterOpen && !openSince.contains(e.counter))
            openSince[e.counter] = e.t;
        if (e.type == TraceEvent::Type::CounterClose && openSince.contains(e.counter)) {
            shifts[e.counter].push_back(
                {minuteOf(openSince[e.counter]), std::max(minuteOf(e.t), minuteOf(openSince[e.counter]) + 1)});
            openSince.erase(e.counter);
        }
        if (e.type == TraceEvent::Type::Arrival && !services.contains(e.service))
            services << e.service;
        if (e.type == TraceEvent::Type::CounterOpen) {
            counters.emplace(e.counter, e.services); // the first list a counter opens with
            for (const QString &s : e.services)
                if (!services.contains(s))
                    services << s;
        }
    }
    for (qsizetype i = 0; i < services.size(); ++i) {
        ServiceConfig s;
        s.id = services[i];
        s.name = {services[i], services[i]};
        s.numbering.kind = NumberingScheme::Kind::Prefix;
        s.numbering.prefix = QString(QLatin1Char(char('A' + i % 26)));
        if (i >= 26)
            s.numbering.prefix += QLatin1Char(char('A' + i / 26 - 1));
        s.numbering.width = 4;
        s.numbering.first = 1;
        s.numbering.last = 9999;
        s.dailyCap = s.numbering.capacity();
        s.hours = OpeningHours::always();
        c.services.push_back(s);
    }
    endDay();
    for (const auto &[number, list] : counters) {
        CounterConfig counter;
        counter.number = number;
        counter.name = {QStringLiteral("Quầy %1").arg(number), QStringLiteral("Counter %1").arg(number)};
        counter.services = list;
        for (int d = 1; d <= 7; ++d)
            counter.hours.setDay(d, shifts[number]);
        c.counters.push_back(counter);
    }
    return c;
}

} // namespace qms
