#include "replay/replay.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include <QDateTime>
#include <QTimeZone>

#include "engine/dayhistory.h"
#include "engine/queueengine.h"
#include "engine/waitestimator.h"

namespace qms {

namespace {
constexpr double never = std::numeric_limits<double>::infinity();

/** Runs one trace; see replayTrace(). */
class Replayer
{
public:
    Replayer(const std::vector<TraceEvent> &trace, const ReplayOptions &options)
        : m_trace(trace)
        , m_options(options)
        , m_engine(centerForTrace(trace))
        , m_learning(m_engine.config().utcOffsetMinutes)
    { }

    Result<std::vector<ReplayRow>> run()
    {
        // Each day starts at 07:30 at UTC+7 (a trace without days: one Monday); the
        // learning goes from one day to the next as the hub's does at its rollover.
        size_t next = 0;
        QDate date(2026, 1, 5);
        do {
            if (next < m_trace.size() && m_trace[next].type == TraceEvent::Type::Day)
                date = m_trace[next++].date;
            m_base = QDateTime(date, QTime(7, 30), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
            m_date = date;
            const DayLearning::Rollover learned = m_learning.rollover(m_lastAt, date);
            const std::optional<DayRhythm> rhythm =
                m_options.learn ? std::optional<DayRhythm>(learned.rhythm) : std::nullopt;
            if (auto r = exec(cmd::StartDay{rhythm}, 0); !r)
                return r.error();
            m_busy.clear();
            m_pausing.clear();
            m_closing.clear();
            if (auto r = runDay(next); !r)
                return r.error();
        } while (next < m_trace.size());
        return m_rows;
    }

private:
    /** Plays one day's events, from `next` to the next day line, and until every counter is done. */
    Result<Ok> runDay(size_t &next)
    {
        const auto dayEnds = [&] { return next >= m_trace.size() || m_trace[next].type == TraceEvent::Type::Day; };
        for (;;) {
            const double nextEvent = !dayEnds() ? m_trace[next].t : never;
            double nextDone = never;
            for (const auto &[counter, job] : m_busy)
                nextDone = std::min(nextDone, job.until);
            const double now = std::min(nextEvent, nextDone);
            if (now == never)
                break;
            for (auto it = m_busy.begin(); it != m_busy.end();) {
                if (it->second.until > now) {
                    ++it;
                    continue;
                }
                const int counter = it->first;
                const Job job = it->second;
                it = m_busy.erase(it);
                if (auto r = complete(counter, job, now); !r)
                    return r.error();
            }
            while (!dayEnds() && m_trace[next].t == now) {
                if (auto r = handle(m_trace[next], next, now); !r)
                    return r.error();
                ++next;
            }
            if (auto r = dispatch(now); !r)
                return r.error();
        }
        return Ok{};
    }

    struct Job
    {
        TicketId ticket;
        double until;
        bool noShow;
    };

    void observe(const Events &events)
    {
        for (const Event &e : events) {
            m_learning.observe(e);
            if (m_options.observer)
                m_options.observer(e);
        }
    }

    [[nodiscard]] Timestamp at(double t) const { return m_base + Timestamp(std::llround(t * 1000.0)); }

    Result<Events> exec(const Command &c, double t)
    {
        auto events = m_engine.decide(c, at(t));
        if (!events)
            return Error{events.error().code, QStringLiteral("at t=%1: %2").arg(t).arg(events.error().message)};
        m_engine.apply(events.value());
        observe(events.value());
        m_lastAt = at(t);
        return events;
    }

    Result<Ok> complete(int counter, const Job &job, double now)
    {
        const Command c = job.noShow ? Command(cmd::MarkNoShow{counter, job.ticket, {}})
                                     : Command(cmd::Finish{counter, job.ticket, {}});
        if (auto r = exec(c, now); !r)
            return r.error();
        ReplayRow &row = m_rows[m_rowOf.at(job.ticket)];
        row.finished = now;
        row.outcome = job.noShow ? ReplayRow::Outcome::NoShow : ReplayRow::Outcome::Served;
        if (m_closing.erase(counter)) {
            m_pausing.erase(counter);
            return toOk(exec(cmd::CloseCounter{counter, {}}, now));
        }
        if (m_pausing.erase(counter))
            return toOk(exec(cmd::PauseCounter{counter, {}, {}}, now));
        return Ok{};
    }

    static Result<Ok> toOk(const Result<Events> &r) { return r ? Result<Ok>(Ok{}) : Result<Ok>(r.error()); }

    [[nodiscard]] CounterStatus statusOf(int counter) const
    {
        const CounterState *c = m_engine.counter(counter);
        return c ? c->status : CounterStatus::Closed;
    }

    Result<Ok> handle(const TraceEvent &e, size_t index, double now)
    {
        const bool busy = m_busy.contains(e.counter);
        switch (e.type) {
        case TraceEvent::Type::CounterOpen:
        case TraceEvent::Type::CounterResume:
            m_pausing.erase(e.counter);
            m_closing.erase(e.counter);
            if (statusOf(e.counter) != CounterStatus::Open)
                return toOk(exec(cmd::OpenCounter{e.counter, QStringLiteral("clerk")}, now));
            return Ok{};
        case TraceEvent::Type::CounterPause:
            if (busy)
                m_pausing.insert(e.counter);
            else if (statusOf(e.counter) == CounterStatus::Open)
                return toOk(exec(cmd::PauseCounter{e.counter, {}, {}}, now));
            return Ok{};
        case TraceEvent::Type::CounterClose:
            if (busy)
                m_closing.insert(e.counter);
            else if (statusOf(e.counter) != CounterStatus::Closed)
                return toOk(exec(cmd::CloseCounter{e.counter, {}}, now));
            return Ok{};
        case TraceEvent::Type::Arrival:
            return arrive(e, index, now);
        case TraceEvent::Type::Day:
            break;
        }
        return Ok{};
    }

    Result<Ok> arrive(const TraceEvent &e, size_t index, double now)
    {
        const QString group = e.priority ? QStringLiteral("priority") : QString();
        // What the industry formula would have printed, at the same moment.
        Ticket probe;
        probe.service = e.service;
        probe.priorityGroup = group;
        probe.queuedAt = at(now);
        probe.id = std::numeric_limits<TicketId>::max();
        const WaitEstimate baseline = WaitEstimator(m_engine).baseline(probe, at(now));
        auto events = exec(
            cmd::IssueTicket{e.service, group, QStringLiteral("trace-%1").arg(index), QStringLiteral("trace")}, now);
        if (!events)
            return events.error();
        const Event &issued = events->back();
        ReplayRow row;
        row.ticket = issued.ticket->label;
        row.service = e.service;
        row.priority = e.priority;
        row.issued = now;
        row.date = m_date;
        if (issued.estimate) {
            row.estimate = issued.estimate->seconds;
            row.peopleAhead = issued.estimate->peopleAhead;
            row.openCounters = issued.estimate->openCounters;
            row.unlikelyToday = issued.estimate->unlikelyToday;
            // The range the ticket shows ("You are next" under two minutes shows none).
            if (const auto range = shownWaitRange(*issued.estimate); range && *row.estimate >= 120) {
                row.rangeLow = range->lowMinutes * 60;
                row.rangeHigh = range->highMinutes * 60;
            }
        }
        row.baseline = baseline.seconds;
        m_rowOf[issued.ticket->id] = m_rows.size();
        m_arrival[issued.ticket->id] = &e;
        m_rows.push_back(row);
        return Ok{};
    }

    Result<Ok> dispatch(double now)
    {
        for (const CounterConfig &c : m_engine.config().counters) {
            if (m_busy.contains(c.number) || statusOf(c.number) != CounterStatus::Open)
                continue;
            auto called = m_engine.decide(cmd::CallNext{c.number, {}}, at(now));
            if (!called) {
                if (called.error().code == ErrorCode::QueueEmpty)
                    continue;
                return called.error();
            }
            m_engine.apply(called.value());
            observe(called.value());
            m_lastAt = at(now);
            const TicketId id = called->back().ticket->id;
            const TraceEvent &arrival = *m_arrival.at(id);
            ReplayRow &row = m_rows[m_rowOf.at(id)];
            row.called = now;
            if (arrival.noShow) {
                m_busy[c.number] = Job{id, now + m_options.recallSeconds, true};
                continue;
            }
            if (auto r = exec(cmd::StartServing{c.number, id, {}}, now); !r)
                return r.error();
            row.started = now;
            m_busy[c.number] = Job{id, now + arrival.serviceTime, false};
        }
        return Ok{};
    }

    const std::vector<TraceEvent> &m_trace;
    ReplayOptions m_options;
    QueueEngine m_engine;
    DayLearning m_learning;
    Timestamp m_base = 0;
    Timestamp m_lastAt = 0;
    QDate m_date;
    std::map<int, Job> m_busy;
    std::set<int> m_pausing, m_closing;
    std::vector<ReplayRow> m_rows;
    std::map<TicketId, size_t> m_rowOf;
    std::map<TicketId, const TraceEvent *> m_arrival;
};

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

ErrorFigures figures(std::vector<double> errors)
{
    ErrorFigures f;
    f.tickets = int(errors.size());
    if (errors.empty())
        return f;
    std::sort(errors.begin(), errors.end());
    double sum = 0;
    for (double e : errors)
        sum += e;
    f.mean = sum / double(errors.size());
    const size_t n = errors.size();
    f.median = n % 2 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
    // Nearest-rank 90th percentile.
    f.p90 = errors[size_t(std::ceil(0.9 * double(n))) - 1];
    return f;
}
} // namespace

Result<std::vector<ReplayRow>> replayTrace(const std::vector<TraceEvent> &trace, const ReplayOptions &options)
{
    return Replayer(trace, options).run();
}

QByteArray replayCsv(const std::vector<ReplayRow> &rows)
{
    QByteArray out = "ticket,service,priority,issued_t,called_t,started_t,finished_t,estimate_s,people_ahead,open_"
                     "counters,outcome,date,range_low_s,range_high_s\n";
    const auto optInt = [](const std::optional<int> &v) { return v ? QString::number(*v) : QString(); };
    const auto opt = [](const std::optional<double> &v) { return v ? number(*v) : QString(); };
    for (const ReplayRow &r : rows) {
        const char *outcome = r.outcome == ReplayRow::Outcome::Served ? "served"
            : r.outcome == ReplayRow::Outcome::NoShow                 ? "no_show"
                                                                      : "unserved";
        const QStringList fields{r.ticket,
                                 r.service,
                                 r.priority ? QStringLiteral("true") : QStringLiteral("false"),
                                 number(r.issued),
                                 opt(r.called),
                                 opt(r.started),
                                 opt(r.finished),
                                 r.estimate ? QString::number(*r.estimate) : QString(),
                                 QString::number(r.peopleAhead),
                                 QString::number(r.openCounters),
                                 QString::fromLatin1(outcome),
                                 r.date.toString(Qt::ISODate),
                                 optInt(r.rangeLow),
                                 optInt(r.rangeHigh)};
        out += fields.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

namespace {
/** Served, both methods' errors on the same tickets, and how often the shown range held. */
struct Tally
{
    int served = 0;
    int ranged = 0;
    int rangeHeld = 0;
    std::vector<double> estimator, baseline;

    void add(const ReplayRow &r)
    {
        if (r.outcome != ReplayRow::Outcome::Served)
            return;
        const double actual = *r.actualWait();
        ++served;
        if (r.estimate && r.baseline) {
            estimator.push_back(std::fabs(*r.estimate - actual));
            baseline.push_back(std::fabs(*r.baseline - actual));
        }
        if (r.rangeLow && r.rangeHigh) {
            ++ranged;
            rangeHeld += actual >= *r.rangeLow && actual <= *r.rangeHigh;
        }
    }
};
} // namespace

ReplaySummary summarize(const std::vector<ReplayRow> &rows)
{
    ReplaySummary s;
    std::vector<double> estimator, baseline;
    double waits = 0;
    std::map<QDate, Tally> days;
    Tally all, learned;
    std::set<QDate> dates;
    for (const ReplayRow &r : rows)
        dates.insert(r.date);
    const QDate sixth = dates.size() > 5 ? *std::next(dates.begin(), 5) : QDate();
    for (const ReplayRow &r : rows) {
        days[r.date].add(r);
        all.add(r);
        if (sixth.isValid() && r.date >= sixth)
            learned.add(r);
        s.served += r.outcome == ReplayRow::Outcome::Served;
        s.noShows += r.outcome == ReplayRow::Outcome::NoShow;
        s.unserved += r.outcome == ReplayRow::Outcome::Unserved;
        s.warnedNotToday += r.unlikelyToday;
        s.warnedButServed += r.unlikelyToday && r.outcome == ReplayRow::Outcome::Served;
        if (r.outcome != ReplayRow::Outcome::Served)
            continue;
        const double actual = *r.actualWait();
        waits += actual;
        // Compare on the same tickets: those both methods gave a number for.
        if (r.estimate && r.baseline) {
            estimator.push_back(std::fabs(*r.estimate - actual));
            baseline.push_back(std::fabs(*r.baseline - actual));
        }
    }
    s.meanWait = s.served ? waits / s.served : 0;
    s.estimator = figures(estimator);
    s.baseline = figures(baseline);
    s.ranged = all.ranged;
    s.rangeHeld = all.rangeHeld;
    for (const auto &[date, t] : days)
        s.days.push_back(
            DayFigures{date, t.served, figures(t.estimator), figures(t.baseline), t.ranged, t.rangeHeld});
    if (sixth.isValid())
        s.learned = DayFigures{sixth, learned.served, figures(learned.estimator), figures(learned.baseline),
                               learned.ranged, learned.rangeHeld};
    return s;
}

namespace {
QString dayTable(const ReplaySummary &s)
{
    if (s.days.size() < 2)
        return {};
    QString out = QStringLiteral("by day (mean absolute error, minutes):\n%1 %2 %3 %4 %5 %6\n")
                      .arg(QStringLiteral("day"), -12)
                      .arg(QStringLiteral("served"), 7)
                      .arg(QStringLiteral("qms"), 7)
                      .arg(QStringLiteral("baseline"), 9)
                      .arg(QStringLiteral("ratio"), 6)
                      .arg(QStringLiteral("range held"), 11);
    for (const DayFigures &d : s.days)
        out += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(d.date.toString(Qt::ISODate), -12)
                   .arg(d.served, 7)
                   .arg(d.estimator.mean / 60, 7, 'f', 1)
                   .arg(d.baseline.mean / 60, 9, 'f', 1)
                   .arg(d.baseline.mean > 0 ? d.estimator.mean / d.baseline.mean : 0.0, 6, 'f', 2)
                   .arg(QStringLiteral("%1 %").arg(d.ranged ? 100.0 * d.rangeHeld / d.ranged : 0.0, 0, 'f', 0), 11);
    if (const auto &d = s.learned)
        out += QStringLiteral("days 6 on: qms %1, baseline %2 min (ratio %3); the range held %4 %\n")
                   .arg(d->estimator.mean / 60, 0, 'f', 1)
                   .arg(d->baseline.mean / 60, 0, 'f', 1)
                   .arg(d->baseline.mean > 0 ? d->estimator.mean / d->baseline.mean : 0.0, 0, 'f', 2)
                   .arg(d->ranged ? 100.0 * d->rangeHeld / d->ranged : 0.0, 0, 'f', 1);
    return out;
}
} // namespace

QString formatSummary(const ReplaySummary &s)
{
    const auto row = [](const char *name, const ErrorFigures &f) {
        return QStringLiteral("%1 %2 %3 %4\n")
            .arg(QLatin1String(name), -34)
            .arg(f.mean / 60, 8, 'f', 1)
            .arg(f.median / 60, 8, 'f', 1)
            .arg(f.p90 / 60, 8, 'f', 1);
    };
    return QStringLiteral("tickets: %1 served, %2 no-show, %3 unserved; mean wait of served %4 min\n")
               .arg(s.served)
               .arg(s.noShows)
               .arg(s.unserved)
               .arg(s.meanWait / 60, 0, 'f', 1)
        + QStringLiteral("absolute error of the estimate vs the actual wait, minutes, over %1 served tickets:\n")
              .arg(s.estimator.tickets)
        + QStringLiteral("%1 %2 %3 %4\n")
              .arg(QString(), -34)
              .arg(QStringLiteral("mean"), 8)
              .arg(QStringLiteral("median"), 8)
              .arg(QStringLiteral("p90"), 8)
        + row("qms (forward simulation)", s.estimator) + row("baseline (AHT x ahead / open)", s.baseline)
        + QStringLiteral("told \"may not be served today\": %1 tickets, of which %2 were served after all\n")
              .arg(s.warnedNotToday)
              .arg(s.warnedButServed)
        + QStringLiteral("the range shown held the actual wait for %1 of %2 served tickets shown one (%3 %)\n")
              .arg(s.rangeHeld)
              .arg(s.ranged)
              .arg(s.ranged ? 100.0 * s.rangeHeld / s.ranged : 0.0, 0, 'f', 1)
        + dayTable(s);
}

} // namespace qms
