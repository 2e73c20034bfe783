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

struct CounterSpec
{
    int number;
    QStringList services;
    std::vector<std::pair<double, double>> shifts; ///< open, close (seconds after opening)
    std::vector<std::pair<double, double>> breaks; ///< start, minutes
};

struct ArrivalSpec
{
    double from, to, perHour;
};

/** How much one day differs from the next (all 0 for a single day: the scenario as written). */
struct Variation
{
    double arrivals = 0;      ///< σ of the day's arrival rate factor (log-normal)
    double serviceTimes = 0;  ///< σ of each service's median factor for the day
    double breakShift = 0;    ///< breaks start up to this many minutes early or late
    double absentShare = 0;   ///< chance a counter's clerk is away the whole day
};

struct Scenario
{
    std::vector<ServiceSpec> services;
    double totalShare = 0;
    std::vector<CounterSpec> counters;
    std::vector<ArrivalSpec> arrivals;
    double priorityShare = 0.05;
    double noShowShare = 0.05;
    int days = 1;
    QDate startDate;
    Variation variation;
};

std::vector<TraceEvent> generateDay(const Scenario &s, std::mt19937_64 &rng, bool vary)
{
    std::vector<TraceEvent> events;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const auto event = [](double t, TraceEvent::Type type, int counter) {
        TraceEvent e;
        e.t = t;
        e.type = type;
        e.counter = counter;
        return e;
    };
    for (const CounterSpec &c : s.counters) {
        if (vary && unit(rng) < s.variation.absentShare)
            continue; // the clerk is away today
        for (const auto &[open, close] : c.shifts) {
            TraceEvent e = event(open, TraceEvent::Type::CounterOpen, c.number);
            e.services = c.services;
            events.push_back(e);
            events.push_back(event(close, TraceEvent::Type::CounterClose, c.number));
        }
        for (const auto &[start, minutes] : c.breaks) {
            const double shift = vary ? (unit(rng) * 2 - 1) * s.variation.breakShift * 60 : 0;
            events.push_back(event(start + shift, TraceEvent::Type::CounterPause, c.number));
            events.push_back(event(start + shift + minutes * 60, TraceEvent::Type::CounterResume, c.number));
        }
    }

    std::normal_distribution<double> normal(0.0, 1.0);
    const double rateFactor = vary ? std::exp(s.variation.arrivals * normal(rng)) : 1.0;
    std::vector<double> medianFactor(s.services.size(), 1.0);
    if (vary)
        for (double &f : medianFactor)
            f = std::exp(s.variation.serviceTimes * normal(rng));
    for (const ArrivalSpec &a : s.arrivals) {
        std::exponential_distribution<double> gap(a.perHour * rateFactor / 3600.0);
        for (double t = a.from + gap(rng); t < a.to; t += gap(rng)) {
            double pick = unit(rng) * s.totalShare;
            size_t chosen = s.services.size() - 1;
            for (size_t i = 0; i < s.services.size(); ++i) {
                if (pick < s.services[i].share) {
                    chosen = i;
                    break;
                }
                pick -= s.services[i].share;
            }
            const ServiceSpec &spec = s.services[chosen];
            std::lognormal_distribution<double> duration(std::log(spec.medianSeconds * medianFactor[chosen]),
                                                         spec.spread);
            TraceEvent e;
            e.t = std::round(t * 10) / 10;
            e.type = TraceEvent::Type::Arrival;
            e.service = spec.id;
            e.priority = unit(rng) < s.priorityShare;
            e.noShow = unit(rng) < s.noShowShare;
            e.serviceTime = std::round(std::clamp(duration(rng), 30.0, 4 * 3600.0));
            events.push_back(e);
        }
    }
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
} // namespace

Result<std::vector<TraceEvent>> generateTrace(const QByteArray &scenarioJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(scenarioJson);
    if (!doc.isObject())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a scenario is a JSON object")};
    JsonReader r(doc.object());
    r.rejectUnknown({"seed", "opening", "arrivals", "priority_share", "no_show_share", "services", "counters",
                     "description", "days", "start_date", "variation"});
    const auto opening = secondsAfter(r.string("opening", QStringLiteral("07:30")), 0);
    if (!opening)
        r.fail(QStringLiteral("opening"), QStringLiteral("is a time like \"07:30\""));
    const int openingMinute = int(opening.value_or(0) / 60);
    std::mt19937_64 rng(quint64(r.integer("seed", 1, 0, std::numeric_limits<qint32>::max())));
    Scenario s;
    s.priorityShare = r.number("priority_share", 0.05, 0, 1);
    s.noShowShare = r.number("no_show_share", 0.05, 0, 1);
    s.days = int(r.integer("days", 1, 1, 366));
    s.startDate = QDate::fromString(r.string("start_date", QStringLiteral("2026-03-02")), Qt::ISODate);
    if (!s.startDate.isValid())
        r.fail(QStringLiteral("start_date"), QStringLiteral("is a date like 2026-03-02"));
    JsonReader v = r.child(r.object("variation"), QStringLiteral("variation"));
    v.rejectUnknown({"arrivals", "service_times", "break_shift_minutes", "absent_share"});
    s.variation = Variation{v.number("arrivals", 0.1, 0, 2), v.number("service_times", 0.05, 0, 2),
                            v.number("break_shift_minutes", 5, 0, 120), v.number("absent_share", 0.03, 0, 1)};
    const auto clockField = [&](JsonReader &reader, const QJsonValue &value, const QString &name) {
        const auto seconds = secondsAfter(value.toString(), openingMinute);
        if (!seconds)
            reader.fail(name, QStringLiteral("is a time like \"09:45\""));
        return seconds.value_or(0);
    };

    const QJsonArray serviceList = r.array("services");
    for (qsizetype i = 0; i < serviceList.size(); ++i) {
        JsonReader j = r.child(serviceList[i].toObject(), QStringLiteral("services[%1]").arg(i));
        j.rejectUnknown({"id", "share", "median_minutes", "spread"});
        ServiceSpec spec{j.requiredString("id"), j.number("share", 1, 0, 1e6),
                         j.number("median_minutes", 10, 0.1, 600) * 60, j.number("spread", 0.5, 0, 3)};
        s.totalShare += spec.share;
        s.services.push_back(spec);
    }
    if (s.services.empty() || s.totalShare <= 0)
        r.fail(QStringLiteral("services"), QStringLiteral("list at least one service with a share"));

    const QJsonArray counters = r.array("counters");
    for (qsizetype i = 0; i < counters.size(); ++i) {
        JsonReader c = r.child(counters[i].toObject(), QStringLiteral("counters[%1]").arg(i));
        c.rejectUnknown({"counter", "services", "shifts", "breaks"});
        CounterSpec spec{int(c.requiredInteger("counter", 1, 9999)), {}, {}, {}};
        for (const QJsonValue &value : c.array("services"))
            spec.services << value.toString();
        const QJsonArray shifts = c.array("shifts");
        for (qsizetype k = 0; k < shifts.size(); ++k) {
            const QJsonArray shift = shifts[k].toArray();
            const QString where = QStringLiteral("shifts[%1]").arg(k);
            spec.shifts.emplace_back(clockField(c, shift.at(0), where), clockField(c, shift.at(1), where));
        }
        const QJsonArray breaks = c.array("breaks");
        for (qsizetype k = 0; k < breaks.size(); ++k) {
            const QJsonArray b = breaks[k].toArray();
            spec.breaks.emplace_back(clockField(c, b.at(0), QStringLiteral("breaks[%1]").arg(k)), b.at(1).toDouble(15));
        }
        s.counters.push_back(spec);
    }

    const QJsonArray arrivals = r.array("arrivals");
    for (qsizetype i = 0; i < arrivals.size(); ++i) {
        JsonReader a = r.child(arrivals[i].toObject(), QStringLiteral("arrivals[%1]").arg(i));
        a.rejectUnknown({"from", "to", "per_hour"});
        const ArrivalSpec spec{clockField(a, QJsonValue(a.string("from")), QStringLiteral("from")),
                               clockField(a, QJsonValue(a.string("to")), QStringLiteral("to")),
                               a.number("per_hour", 0, 0, 10'000)};
        if (spec.perHour > 0 && spec.to > spec.from)
            s.arrivals.push_back(spec);
    }
    if (!r.ok())
        return Error{ErrorCode::InvalidArgument, r.errors().join(QLatin1Char('\n'))};

    if (s.days == 1)
        return generateDay(s, rng, false); // one day, as written: no day line
    std::vector<TraceEvent> trace;
    QDate date = s.startDate;
    for (int made = 0; made < s.days; date = date.addDays(1)) {
        if (date.dayOfWeek() > 5)
            continue; // working days only
        TraceEvent day;
        day.type = TraceEvent::Type::Day;
        day.date = date;
        trace.push_back(day);
        const std::vector<TraceEvent> events = generateDay(s, rng, true);
        trace.insert(trace.end(), events.begin(), events.end());
        ++made;
    }
    return trace;
}

} // namespace qms
