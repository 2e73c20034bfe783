#include "engine/dayhistory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

#include "util/jsonreader.h"

namespace qms {

namespace {
constexpr int slotMinutes = 24 * 60 / DaySummary::slotCount;
/** A ticket told less than this is "next" or "under 5 minutes": no range to calibrate. */
constexpr int calibratedFromSeconds = 300;
constexpr int minRatios = 40;
constexpr size_t minRatiosPerHour = 15;
/** However the past days went, an estimate is not scaled beyond these. */
constexpr double minScale = 0.6;
constexpr double maxScale = 1.8;
/** Widest shown range, high ÷ low: the uncalibrated 0.7–1.4. */
constexpr double widestSpread = 2.0;
/** Held on the days learned from, so that it holds for 80 % on the next, which differs. */
constexpr double coverageGoal = 0.85;

QString bitsToHex(const std::bitset<DaySummary::slotCount> &bits)
{
    QString hex;
    for (int i = 0; i < DaySummary::slotCount; i += 4) {
        int nibble = 0;
        for (int b = 0; b < 4; ++b)
            nibble |= bits[size_t(i + b)] ? 1 << b : 0;
        hex += QString::number(nibble, 16);
    }
    return hex;
}

std::bitset<DaySummary::slotCount> hexToBits(const QString &hex)
{
    std::bitset<DaySummary::slotCount> bits;
    for (int i = 0; i < hex.size() && i * 4 < DaySummary::slotCount; ++i) {
        const int nibble = QString(hex.at(i)).toInt(nullptr, 16);
        for (int b = 0; b < 4; ++b)
            bits[size_t(i * 4 + b)] = nibble & (1 << b);
    }
    return bits;
}

template <typename T, size_t N>
QJsonArray toArray(const std::array<T, N> &values)
{
    QJsonArray a;
    for (T v : values)
        a.append(double(v));
    return a;
}

template <typename T, size_t N>
void fromArray(const QJsonArray &a, std::array<T, N> &out)
{
    for (qsizetype i = 0; i < a.size() && size_t(i) < N; ++i)
        out[size_t(i)] = T(a.at(i).toDouble());
}

int median(std::vector<int> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

// ------------------------------------------------------------------ summary JSON

QByteArray daySummaryToJson(const DaySummary &s)
{
    QJsonArray counters;
    for (const DaySummary::Counter &c : s.counters)
        counters.append(QJsonObject{{QStringLiteral("counter"), c.number}, {QStringLiteral("present"), bitsToHex(c.present)}});
    QJsonArray services;
    for (const DaySummary::Service &v : s.services) {
        QJsonArray sums;
        for (double d : v.secondsSum)
            sums.append(std::round(d));
        services.append(QJsonObject{{QStringLiteral("service"), v.id},
                                    {QStringLiteral("seconds"), sums},
                                    {QStringLiteral("served"), toArray(v.served)},
                                    {QStringLiteral("log"), QJsonArray{v.logSum, v.logSquares}},
                                    {QStringLiteral("calls"), toArray(v.calls)}});
    }
    QJsonArray ratios;
    for (const auto &[hour, r] : s.ratios)
        ratios.append(QJsonArray{hour, std::round(r * 1000) / 1000});
    const QJsonObject o{{QStringLiteral("date"), s.date.toString(Qt::ISODate)},
                        {QStringLiteral("counters"), counters},
                        {QStringLiteral("services"), services},
                        {QStringLiteral("ratios"), ratios}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<DaySummary> daySummaryFromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    JsonReader r(doc.object());
    DaySummary s;
    s.date = QDate::fromString(r.requiredString("date"), Qt::ISODate);
    for (const QJsonValue &v : r.array("counters")) {
        const QJsonObject c = v.toObject();
        s.counters.push_back(DaySummary::Counter{c.value(QStringLiteral("counter")).toInt(),
                                                 hexToBits(c.value(QStringLiteral("present")).toString())});
    }
    for (const QJsonValue &v : r.array("services")) {
        const QJsonObject o = v.toObject();
        DaySummary::Service service;
        service.id = o.value(QStringLiteral("service")).toString();
        fromArray(o.value(QStringLiteral("seconds")).toArray(), service.secondsSum);
        fromArray(o.value(QStringLiteral("served")).toArray(), service.served);
        fromArray(o.value(QStringLiteral("calls")).toArray(), service.calls);
        service.logSum = o.value(QStringLiteral("log")).toArray().at(0).toDouble();
        service.logSquares = o.value(QStringLiteral("log")).toArray().at(1).toDouble();
        s.services.push_back(service);
    }
    for (const QJsonValue &v : r.array("ratios")) {
        const QJsonArray pair = v.toArray();
        s.ratios.emplace_back(std::clamp(pair.at(0).toInt(), 0, 23), pair.at(1).toDouble());
    }
    if (!r.ok() || !s.date.isValid())
        return std::nullopt;
    return s;
}

// ------------------------------------------------------------------ builder

DaySummary::Service &DaySummaryBuilder::service(const QString &id)
{
    for (DaySummary::Service &s : m_services)
        if (s.id == id)
            return s;
    m_services.push_back(DaySummary::Service{id, {}, {}, {}});
    return m_services.back();
}

double DaySummaryBuilder::minutesInto(Timestamp t) const
{
    return double(t - m_midnight) / 60'000.0;
}

void DaySummaryBuilder::mark(CounterTrack &track, Timestamp until) const
{
    if (!track.present || until <= track.since)
        return;
    // The slots whose middle falls in [since, until).
    const auto slotOf = [&](Timestamp t) {
        return std::clamp(int(std::ceil((minutesInto(t) - slotMinutes / 2.0) / slotMinutes)), 0,
                          DaySummary::slotCount);
    };
    for (int s = slotOf(track.since); s < slotOf(until); ++s)
        track.slots[size_t(s)] = true;
}

void DaySummaryBuilder::observe(const Event &e)
{
    if (e.type == EventType::DayStarted || !m_date.isValid()) {
        const QDate date = QDate::fromString(e.businessDay, Qt::ISODate);
        if (date.isValid() && date != m_date) {
            *this = DaySummaryBuilder(m_offset);
            m_date = date;
            m_midnight = QDateTime(date, QTime(0, 0), QTimeZone(m_offset * 60)).toMSecsSinceEpoch();
        }
        if (e.type == EventType::DayStarted && e.rhythm)
            m_scale = e.rhythm->scale;
    }
    if (!m_date.isValid())
        return;
    if (e.counter) {
        const bool present = e.counter->status == CounterStatus::Open;
        auto it = m_counters.find(e.counter->number);
        if (it == m_counters.end() && present)
            it = m_counters.emplace(e.counter->number, CounterTrack{}).first;
        if (it != m_counters.end() && it->second.present != present) {
            mark(it->second, e.at);
            it->second.present = present;
            it->second.since = e.at;
        }
    }
    if (!e.ticket)
        return;
    const Ticket &t = *e.ticket;
    switch (e.type) {
    case EventType::TicketIssued:
        if (e.estimate && e.estimate->seconds && *e.estimate->seconds >= calibratedFromSeconds
            && !e.estimate->unlikelyToday)
            m_told.insert(t.id, {t.issuedAt, *e.estimate->seconds});
        break;
    case EventType::TicketCalled: {
        const int quarter = std::clamp(int(minutesInto(t.calledAt) / 15), 0, DayRhythm::quarters - 1);
        service(t.service).calls[size_t(quarter)] += 1;
        if (const auto told = m_told.find(t.id); told != m_told.end()) {
            const int hour = std::clamp(int(minutesInto(told->first) / 60), 0, 23);
            const double scale = m_scale[size_t(hour)] > 0 ? m_scale[size_t(hour)] : 1.0;
            const double ratio = double(t.calledAt - told->first) / 1000.0 / (told->second / scale);
            m_told.erase(told);
            // Every stride-th one, the stride doubling when full: an even sample of the day.
            if (m_ratioSeen++ % m_ratioStride == 0) {
                m_ratios.emplace_back(hour, ratio);
                if (int(m_ratios.size()) >= DaySummary::maxRatios) {
                    std::vector<std::pair<int, double>> kept;
                    for (size_t i = 0; i < m_ratios.size(); i += 2)
                        kept.push_back(m_ratios[i]);
                    m_ratios = std::move(kept);
                    m_ratioStride *= 2;
                }
            }
        }
        break;
    }
    case EventType::TicketDone:
        if (t.calledAt > 0 && t.finishedAt >= t.calledAt) {
            const int hour = std::clamp(int(minutesInto(t.calledAt) / 60), 0, 23);
            DaySummary::Service &s = service(t.service);
            const double seconds = std::max(1.0, double(t.finishedAt - t.calledAt) / 1000.0);
            s.secondsSum[size_t(hour)] += seconds;
            s.served[size_t(hour)] += 1;
            s.logSum += std::log(seconds);
            s.logSquares += std::log(seconds) * std::log(seconds);
        }
        break;
    default:
        break;
    }
}

DaySummary DaySummaryBuilder::finish(Timestamp end) const
{
    DaySummary s;
    s.date = m_date;
    for (auto [number, track] : m_counters) {
        mark(track, end);
        if (track.slots.any())
            s.counters.push_back(DaySummary::Counter{number, track.slots});
    }
    s.services = m_services;
    std::sort(s.services.begin(), s.services.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    s.ratios = m_ratios;
    return s;
}

// ------------------------------------------------------------------ history

void DayHistory::add(DaySummary day)
{
    if (!day.worked() || !day.date.isValid())
        return;
    // A day summarized again (a restart at the rollover) replaces its first summary.
    std::erase_if(m_days, [&](const DaySummary &d) { return d.date == day.date; });
    m_days.push_back(std::move(day));
    std::sort(m_days.begin(), m_days.end(), [](const auto &a, const auto &b) { return a.date < b.date; });
    while (int(m_days.size()) > maxDays)
        m_days.pop_front();
}

namespace {
/**
 * The narrowest window of shares that holds the goal's share of past waits. Waits
 * stray in proportion, so windows are measured by their high ÷ low; none is wider
 * than the uncalibrated 0.7–1.4 (twice), but it may sit higher or lower.
 */
std::pair<double, double> calibrateRange(std::vector<double> ratios)
{
    std::sort(ratios.begin(), ratios.end());
    const size_t n = ratios.size();
    std::pair<double, double> best{0, 0};
    for (double spread = 1.5; spread <= widestSpread + 1e-9; spread += 0.05) {
        size_t covered = 0, from = 0;
        for (size_t i = 0, j = 0; i < n; ++i) {
            j = std::max(j, i);
            while (j < n && ratios[j] <= std::max(ratios[i], 0.2) * spread)
                ++j;
            if (j - i > covered) {
                covered = j - i;
                from = i;
            }
        }
        const double low = std::max(0.2, ratios[from]);
        best = {low, low * spread};
        if (double(covered) / double(n) >= coverageGoal)
            break;
    }
    return best;
}
} // namespace

DayRhythm DayHistory::rhythmFor(const QDate &date) const
{
    DayRhythm rhythm;
    std::vector<const DaySummary *> chosen;
    for (const DaySummary &d : m_days)
        if (d.date < date && d.date.dayOfWeek() == date.dayOfWeek())
            chosen.push_back(&d);
    if (chosen.size() < 2) {
        chosen.clear();
        for (const DaySummary &d : m_days)
            if (d.date < date)
                chosen.push_back(&d);
    }
    if (chosen.empty())
        return rhythm;
    rhythm.days = int(chosen.size());

    // Counters: away where it was usually not calling, between when it usually was.
    std::map<int, std::vector<const DaySummary::Counter *>> byCounter;
    for (const DaySummary *d : chosen)
        for (const DaySummary::Counter &c : d->counters)
            byCounter[c.number].push_back(&c);
    for (const auto &[number, days] : byCounter) {
        if (days.size() * 2 < chosen.size())
            continue; // there on fewer than half the days: no habit to learn
        std::bitset<DaySummary::slotCount> usual;
        for (int s = 0; s < DaySummary::slotCount; ++s) {
            size_t present = 0;
            for (const DaySummary::Counter *c : days)
                present += c->present[size_t(s)] ? 1 : 0;
            usual[size_t(s)] = present * 2 > days.size();
        }
        if (usual.none())
            continue;
        int first = 0, last = DaySummary::slotCount - 1;
        while (!usual[size_t(first)])
            ++first;
        while (!usual[size_t(last)])
            --last;
        DayRhythm::Counter counter{number, {}};
        for (int s = first; s <= last;) {
            if (usual[size_t(s)]) {
                ++s;
                continue;
            }
            int end = s;
            while (end <= last && !usual[size_t(end)])
                ++end;
            if (end - s >= 2) // ten minutes or more: a habit, not noise
                counter.away.push_back(MinuteRange{s * slotMinutes, end * slotMinutes});
            s = end;
        }
        rhythm.counters.push_back(counter);
    }

    // Services: their times by hour, and how many are usually still called after each quarter.
    std::map<QString, std::vector<const DaySummary::Service *>> byService;
    for (const DaySummary *d : chosen)
        for (const DaySummary::Service &s : d->services)
            byService[s.id].push_back(&s);
    for (const auto &[id, days] : byService) {
        DayRhythm::Service service;
        service.id = id;
        for (size_t h = 0; h < 24; ++h) {
            double sum = 0;
            int served = 0;
            for (const DaySummary::Service *s : days) {
                sum += s->secondsSum[h];
                served += s->served[h];
            }
            service.seconds[h] = served >= 3 ? int(std::lround(sum / served)) : 0;
        }
        // How much they vary: the spread of their logarithms (a log-normal's σ).
        double n = 0, logSum = 0, logSquares = 0;
        for (const DaySummary::Service *s : days) {
            for (int served : s->served)
                n += served;
            logSum += s->logSum;
            logSquares += s->logSquares;
        }
        if (n >= 10) {
            const double mean = logSum / n;
            service.spread = std::sqrt(std::max(0.0, logSquares / n - mean * mean));
        }
        std::vector<std::array<int, DayRhythm::quarters>> after(chosen.size());
        for (size_t i = 0; i < chosen.size(); ++i) {
            const DaySummary::Service *s = nullptr;
            for (const DaySummary::Service &candidate : chosen[i]->services)
                if (candidate.id == id)
                    s = &candidate;
            int sum = 0;
            for (int q = DayRhythm::quarters - 1; q >= 0; --q) {
                sum += s ? s->calls[size_t(q)] : 0;
                after[i][size_t(q)] = sum;
            }
        }
        for (size_t q = 0; q < DayRhythm::quarters; ++q) {
            std::vector<int> values;
            for (const auto &a : after)
                values.push_back(a[q]);
            service.callsAfter[q] = median(values);
        }
        rhythm.services.push_back(service);
    }

    // The scale and the range, on every kept day (how far waits stray is no weekday
    // habit): the scale by hour where an hour has enough tickets, else the whole day's.
    std::array<std::vector<double>, 24> byHour;
    std::vector<double> all;
    for (const DaySummary &d : m_days)
        if (d.date < date)
            for (const auto &[hour, r] : d.ratios) {
                byHour[size_t(hour)].push_back(r);
                all.push_back(r);
            }
    if (int(all.size()) < minRatios)
        return rhythm;
    const auto medianOf = [](std::vector<double> v) {
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    const double overall = std::clamp(medianOf(all), minScale, maxScale);
    std::vector<double> residuals;
    for (size_t h = 0; h < 24; ++h) {
        rhythm.scale[h] = byHour[h].size() >= minRatiosPerHour ? std::clamp(medianOf(byHour[h]), minScale, maxScale)
                                                               : overall;
        for (double r : byHour[h])
            residuals.push_back(r / rhythm.scale[h]);
    }
    std::tie(rhythm.lowShare, rhythm.highShare) = calibrateRange(std::move(residuals));
    return rhythm;
}

DayLearning::Rollover DayLearning::rollover(Timestamp end, const QDate &newDay)
{
    Rollover r;
    if (!m_today.isEmpty()) {
        r.ended = m_today.finish(end);
        m_history.add(*r.ended);
        m_today = DaySummaryBuilder(m_offset);
    }
    r.rhythm = m_history.rhythmFor(newDay);
    return r;
}

} // namespace qms
