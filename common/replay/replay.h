#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

#include "domain/event.h"
#include "replay/trace.h"

namespace qms {

struct ReplayOptions
{
    double recallSeconds = 60; ///< what a no-show costs its counter
    bool learn = true;         ///< carry what each day teaches into the next (false: every day starts blank)
    std::function<void(const Event &)> observer; ///< sees every event the engine applies (benchmarks)
};

/** One ticket of a replayed trace; times in seconds after opening. */
struct ReplayRow
{
    enum class Outcome { Served, NoShow, Unserved };
    QDate date; ///< the trace's day (2026-01-05 for a trace without days)
    QString ticket;
    QString service;
    bool priority = false;
    double issued = 0;
    std::optional<double> called, started, finished;
    std::optional<int> estimate; ///< what the ticket would print (the hub's estimator)
    std::optional<int> baseline; ///< the industry formula at the same moment
    int peopleAhead = 0;
    int openCounters = 0;
    bool unlikelyToday = false; ///< the estimator said "may not be served today" instead of a number
    std::optional<int> rangeLow, rangeHigh; ///< the range shown, in seconds (none: no range was shown)
    Outcome outcome = Outcome::Unserved;

    /** Seconds from issue to call, for tickets that were called. */
    [[nodiscard]] std::optional<double> actualWait() const
    {
        return called ? std::optional<double>(*called - issued) : std::nullopt;
    }
};

/**
 * Plays a trace through the real engine with simulated time: the same calling
 * policy and estimator the hub uses. At each moment, first the counters whose
 * ticket ends then are freed (a served ticket keeps its counter for its
 * service_time, a no-show for the recall time), then the trace's events of that
 * moment happen in file order, then every open, free counter calls next, in
 * counter order. A counter told to pause or close while busy finishes first.
 */
[[nodiscard]] Result<std::vector<ReplayRow>> replayTrace(const std::vector<TraceEvent> &trace,
                                                         const ReplayOptions &options = {});

/**
 * ticket,service,priority,issued_t,called_t,started_t,finished_t,estimate_s,people_ahead,open_counters,outcome,
 * date,range_low_s,range_high_s
 */
[[nodiscard]] QByteArray replayCsv(const std::vector<ReplayRow> &rows);

/** Absolute error of a prediction against the actual wait, over served tickets. */
struct ErrorFigures
{
    int tickets = 0;
    double mean = 0;
    double median = 0;
    double p90 = 0;
};

/** One day of a replay. */
struct DayFigures
{
    QDate date;
    int served = 0;
    ErrorFigures estimator;
    ErrorFigures baseline;
    int ranged = 0;    ///< served tickets that were shown a range…
    int rangeHeld = 0; ///< …of which the actual wait fell in it
};

struct ReplaySummary
{
    int served = 0;
    int noShows = 0;
    int unserved = 0;
    double meanWait = 0;
    ErrorFigures estimator; ///< over served tickets where both gave a number
    ErrorFigures baseline;
    int warnedNotToday = 0;  ///< tickets told "may not be served today"…
    int warnedButServed = 0; ///< …of which were served after all
    int ranged = 0;          ///< served tickets shown a range…
    int rangeHeld = 0;       ///< …of which the actual wait fell in it
    std::vector<DayFigures> days; ///< in trace order
    /** Days 6 and after, once five days have been learned from (none with fewer days). */
    std::optional<DayFigures> learned;
};

[[nodiscard]] ReplaySummary summarize(const std::vector<ReplayRow> &rows);
[[nodiscard]] QString formatSummary(const ReplaySummary &summary);

} // namespace qms
