#include "replay/tracegenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <random>

#include "util/jsonreader.h"

namespace qms {

namespace {
/** "09:45" → seconds after `opening` (negative before it). */
std::optional<double> secondsAfter(const QString &clock, int openingMinute)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{2}):([0-9]{2})$"));
    const auto m = re.match(clock);
    if (!m.hasMatch())
        return std::nullopt;
    return double(m.captured(1).toInt() * 60 + m.captured(2).toInt() - openingMinute) * 60.0;
}

struct ServiceSpec
{
    QString id;
    double share;
    double medianSeconds;
    double spread;
};
} // namespace

Result<std::vector<TraceEvent>> generateTrace(const QByteArray &scenarioJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(scenarioJson);
    if (!doc.isObject())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a scenario is a JSON object")};
    JsonReader r(doc.object());
    r.rejectUnknown(
        {"seed", "opening", "arrivals", "priority_share", "no_show_share", "services", "counters", "description"});
    const auto opening = secondsAfter(r.string("opening", QStringLiteral("07:30")), 0);
    if (!opening)
        r.fail(QStringLiteral("opening"), QStringLiteral("is a time like \"07:30\""));
    const int openingMinute = int(opening.value_or(0) / 60);
    std::mt19937_64 rng(quint64(r.integer("seed", 1, 0, std::numeric_limits<qint32>::max())));
    const double priorityShare = r.number("priority_share", 0.05, 0, 1);
    const double noShowShare = r.number("no_show_share", 0.05, 0, 1);
    const auto clockField = [&](JsonReader &reader, const QJsonValue &v, const QString &name) {
        const auto s = secondsAfter(v.toString(), openingMinute);
        if (!s)
            reader.fail(name, QStringLiteral("is a time like \"09:45\""));
        return s.value_or(0);
    };

    std::vector<ServiceSpec> services;
    double totalShare = 0;
    const QJsonArray serviceList = r.array("services");
    for (qsizetype i = 0; i < serviceList.size(); ++i) {
        JsonReader s = r.child(serviceList[i].toObject(), QStringLiteral("services[%1]").arg(i));
        s.rejectUnknown({"id", "share", "median_minutes", "spread"});
        ServiceSpec spec{s.requiredString("id"), s.number("share", 1, 0, 1e6),
                         s.number("median_minutes", 10, 0.1, 600) * 60, s.number("spread", 0.5, 0, 3)};
        totalShare += spec.share;
        services.push_back(spec);
    }
    if (services.empty() || totalShare <= 0)
        r.fail(QStringLiteral("services"), QStringLiteral("list at least one service with a share"));

    std::vector<TraceEvent> events;
    const QJsonArray counters = r.array("counters");
    for (qsizetype i = 0; i < counters.size(); ++i) {
        JsonReader c = r.child(counters[i].toObject(), QStringLiteral("counters[%1]").arg(i));
        c.rejectUnknown({"counter", "services", "shifts", "breaks"});
        const int number = int(c.requiredInteger("counter", 1, 9999));
        QStringList list;
        for (const QJsonValue &v : c.array("services"))
            list << v.toString();
        const QJsonArray shifts = c.array("shifts");
        for (qsizetype k = 0; k < shifts.size(); ++k) {
            const QJsonArray shift = shifts[k].toArray();
            const QString where = QStringLiteral("shifts[%1]").arg(k);
            events.push_back(
                {clockField(c, shift.at(0), where), TraceEvent::Type::CounterOpen, number, list, {}, false, 0, false});
            events.push_back(
                {clockField(c, shift.at(1), where), TraceEvent::Type::CounterClose, number, {}, {}, false, 0, false});
        }
        const QJsonArray breaks = c.array("breaks");
        for (qsizetype k = 0; k < breaks.size(); ++k) {
            const QJsonArray b = breaks[k].toArray();
            const double start = clockField(c, b.at(0), QStringLiteral("breaks[%1]").arg(k));
            const double minutes = b.at(1).toDouble(15);
            events.push_back({start, TraceEvent::Type::CounterPause, number, {}, {}, false, 0, false});
            events.push_back({start + minutes * 60, TraceEvent::Type::CounterResume, number, {}, {}, false, 0, false});
        }
    }

    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QJsonArray arrivals = r.array("arrivals");
    for (qsizetype i = 0; i < arrivals.size(); ++i) {
        JsonReader a = r.child(arrivals[i].toObject(), QStringLiteral("arrivals[%1]").arg(i));
        a.rejectUnknown({"from", "to", "per_hour"});
        const double from = clockField(a, QJsonValue(a.string("from")), QStringLiteral("from"));
        const double to = clockField(a, QJsonValue(a.string("to")), QStringLiteral("to"));
        const double perHour = a.number("per_hour", 0, 0, 10'000);
        if (perHour <= 0 || to <= from)
            continue;
        std::exponential_distribution<double> gap(perHour / 3600.0);
        for (double t = from + gap(rng); t < to; t += gap(rng)) {
            double pick = unit(rng) * totalShare;
            const ServiceSpec *spec = &services.back();
            for (const ServiceSpec &s : services) {
                if (pick < s.share) {
                    spec = &s;
                    break;
                }
                pick -= s.share;
            }
            std::lognormal_distribution<double> duration(std::log(spec->medianSeconds), spec->spread);
            TraceEvent e;
            e.t = std::round(t * 10) / 10;
            e.type = TraceEvent::Type::Arrival;
            e.service = spec->id;
            e.priority = unit(rng) < priorityShare;
            e.noShow = unit(rng) < noShowShare;
            e.serviceTime = std::round(std::clamp(duration(rng), 30.0, 4 * 3600.0));
            events.push_back(e);
        }
    }
    if (!r.ok())
        return Error{ErrorCode::InvalidArgument, r.errors().join(QLatin1Char('\n'))};
    for (TraceEvent &e : events)
        e.t = std::max(0.0, e.t);
    // Counters first at the same moment: a counter opening at 07:30 is there for the 07:30 arrival.
    std::stable_sort(events.begin(), events.end(), [](const TraceEvent &a, const TraceEvent &b) {
        if (a.t != b.t)
            return a.t < b.t;
        return (a.type != TraceEvent::Type::Arrival) > (b.type != TraceEvent::Type::Arrival);
    });
    return events;
}

} // namespace qms
