#include "replay/replay.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include <QDateTime>
#include <QTimeZone>

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
    { }

    Result<std::vector<ReplayRow>> run()
    {
        // A Monday, 07:30 at UTC+7: the replay's clock starts at opening.
        m_base = QDateTime(QDate(2026, 1, 5), QTime(7, 30), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
        if (auto r = exec(cmd::StartDay{}, 0); !r)
            return r.error();
        size_t next = 0;
        for (;;) {
            const double nextEvent = next < m_trace.size() ? m_trace[next].t : never;
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
            while (next < m_trace.size() && m_trace[next].t == now) {
                if (auto r = handle(m_trace[next], next, now); !r)
                    return r.error();
                ++next;
            }
            if (auto r = dispatch(now); !r)
                return r.error();
        }
        return m_rows;
    }

private:
    struct Job
    {
        TicketId ticket;
        double until;
        bool noShow;
    };

    [[nodiscard]] Timestamp at(double t) const { return m_base + Timestamp(std::llround(t * 1000.0)); }

    Result<Events> exec(const Command &c, double t)
    {
        auto events = m_engine.decide(c, at(t));
        if (!events)
            return Error{events.error().code, QStringLiteral("at t=%1: %2").arg(t).arg(events.error().message)};
        m_engine.apply(events.value());
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
        if (issued.estimate) {
            row.estimate = issued.estimate->seconds;
            row.peopleAhead = issued.estimate->peopleAhead;
            row.openCounters = issued.estimate->openCounters;
            row.unlikelyToday = issued.estimate->unlikelyToday;
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
    Timestamp m_base = 0;
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
                     "counters,outcome\n";
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
                                 QString::fromLatin1(outcome)};
        out += fields.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

ReplaySummary summarize(const std::vector<ReplayRow> &rows)
{
    ReplaySummary s;
    std::vector<double> estimator, baseline;
    double waits = 0;
    for (const ReplayRow &r : rows) {
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
    return s;
}

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
              .arg(s.warnedButServed);
}

} // namespace qms
