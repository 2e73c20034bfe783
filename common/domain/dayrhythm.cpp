#include "domain/dayrhythm.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

#include "util/jsonreader.h"

namespace qms {

const DayRhythm::Counter *DayRhythm::counter(int number) const
{
    for (const Counter &c : counters)
        if (c.number == number)
            return &c;
    return nullptr;
}

const DayRhythm::Service *DayRhythm::service(const QString &id) const
{
    for (const Service &s : services)
        if (s.id == id)
            return &s;
    return nullptr;
}

double DayRhythm::scaleAt(int hour) const
{
    const double s = hour >= 0 && hour < 24 ? scale[size_t(hour)] : 0.0;
    return s > 0 ? s : 1.0;
}

namespace {
template <size_t N>
QJsonArray toArray(const std::array<int, N> &values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

template <size_t N>
void readArray(JsonReader &r, const char *key, std::array<int, N> &out)
{
    const QJsonArray a = r.array(key);
    if (!a.isEmpty() && size_t(a.size()) != N) {
        r.fail(QString::fromLatin1(key), QStringLiteral("must have %1 numbers").arg(N));
        return;
    }
    for (qsizetype i = 0; i < a.size(); ++i)
        out[size_t(i)] = std::max(0, a.at(i).toInt());
}
} // namespace

QJsonObject rhythmToJson(const DayRhythm &r)
{
    QJsonArray counters;
    for (const DayRhythm::Counter &c : r.counters) {
        QJsonArray away;
        for (const MinuteRange &m : c.away)
            away.append(QJsonArray{m.start, m.end});
        counters.append(QJsonObject{{QStringLiteral("counter"), c.number}, {QStringLiteral("away"), away}});
    }
    QJsonArray services;
    for (const DayRhythm::Service &s : r.services)
        services.append(QJsonObject{{QStringLiteral("service"), s.id},
                                    {QStringLiteral("seconds"), toArray(s.seconds)},
                                    {QStringLiteral("calls_after"), toArray(s.callsAfter)},
                                    {QStringLiteral("spread"), std::round(s.spread * 1000) / 1000}});
    QJsonObject o{{QStringLiteral("days"), r.days},
                  {QStringLiteral("counters"), counters},
                  {QStringLiteral("services"), services}};
    if (r.lowShare > 0 && r.highShare > 0)
        o.insert(QStringLiteral("range"), QJsonArray{r.lowShare, r.highShare});
    if (std::any_of(r.scale.begin(), r.scale.end(), [](double s) { return s > 0; })) {
        QJsonArray scale;
        for (double s : r.scale)
            scale.append(std::round(s * 1000) / 1000);
        o.insert(QStringLiteral("scale"), scale);
    }
    return o;
}

DayRhythm rhythmFromJson(JsonReader &r)
{
    DayRhythm out;
    out.days = int(r.integer("days", 0, 0, 10'000));
    const QJsonArray counters = r.array("counters");
    for (qsizetype i = 0; i < counters.size(); ++i) {
        JsonReader c = r.child(counters.at(i).toObject(), QStringLiteral("counters[%1]").arg(i));
        DayRhythm::Counter counter;
        counter.number = int(c.requiredInteger("counter", 1, 9999));
        for (const QJsonValue &v : c.array("away")) {
            const QJsonArray m = v.toArray();
            const int start = m.at(0).toInt(-1), end = m.at(1).toInt(-1);
            if (start < 0 || end <= start || end > 24 * 60)
                c.fail(QStringLiteral("away"), QStringLiteral("holds [start, end] minutes of the day"));
            else
                counter.away.push_back(MinuteRange{start, end});
        }
        out.counters.push_back(counter);
    }
    const QJsonArray services = r.array("services");
    for (qsizetype i = 0; i < services.size(); ++i) {
        JsonReader s = r.child(services.at(i).toObject(), QStringLiteral("services[%1]").arg(i));
        DayRhythm::Service service;
        service.id = s.requiredString("service");
        readArray(s, "seconds", service.seconds);
        readArray(s, "calls_after", service.callsAfter);
        service.spread = s.number("spread", 0, 0, 5);
        out.services.push_back(service);
    }
    const QJsonArray scale = r.array("scale");
    for (qsizetype i = 0; i < scale.size() && i < 24; ++i) {
        const double s = scale.at(i).toDouble();
        if (s < 0 || s > 10)
            r.fail(QStringLiteral("scale"), QStringLiteral("holds 24 factors from 0 to 10"));
        else
            out.scale[size_t(i)] = s;
    }
    readShareRange(r, out.lowShare, out.highShare);
    return out;
}

void readShareRange(JsonReader &r, double &low, double &high)
{
    low = high = 0;
    if (!r.has("range"))
        return;
    const QJsonArray range = r.array("range");
    low = range.at(0).toDouble();
    high = range.at(1).toDouble();
    if (!(low > 0 && high > low && high < 10)) {
        r.fail(QStringLiteral("range"), QStringLiteral("is [low, high] shares of the estimate"));
        low = high = 0;
    }
}

} // namespace qms
