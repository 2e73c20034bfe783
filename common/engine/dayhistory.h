#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

#include <array>
#include <bitset>
#include <deque>
#include <map>
#include <vector>

#include "domain/event.h"
#include "domain/dayrhythm.h"

namespace qms {

/**
 * One business day boiled down to what the next days' estimates learn from:
 * when each counter was there to call (five-minute slots), each service's call →
 * finish times by hour and calls by quarter hour, and how each ticket's actual
 * wait compared with what it was told. A few kilobytes, stored at the rollover.
 */
struct DaySummary
{
    static constexpr int slotCount = 288; ///< five-minute slots of the day
    static constexpr int maxRatios = 600;

    struct Counter
    {
        int number = 0;
        std::bitset<slotCount> present; ///< open and calling (not paused) at the slot's middle
        bool operator==(const Counter &) const = default;
    };
    struct Service
    {
        QString id;
        std::array<double, 24> secondsSum{};
        std::array<int, 24> served{};
        std::array<int, DayRhythm::quarters> calls{};
        double logSum = 0;     ///< of ln(call → finish seconds), for how much they vary
        double logSquares = 0;
        bool operator==(const Service &) const = default;
    };

    QDate date;
    std::vector<Counter> counters; ///< those that opened at all
    std::vector<Service> services;
    /**
     * For tickets told 5 minutes or more: the hour of issue, and the actual wait ÷ what
     * the simulation alone predicted (the wait told, without that day's learned scale).
     */
    std::vector<std::pair<int, double>> ratios;

    [[nodiscard]] bool worked() const { return !counters.empty(); }
    bool operator==(const DaySummary &) const = default;
};

[[nodiscard]] QByteArray daySummaryToJson(const DaySummary &s);
[[nodiscard]] std::optional<DaySummary> daySummaryFromJson(const QByteArray &json);

/** Builds a day's summary from its events, one at a time, as they are committed. */
class DaySummaryBuilder
{
public:
    explicit DaySummaryBuilder(int utcOffsetMinutes = 0)
        : m_offset(utcOffsetMinutes)
    { }

    void observe(const Event &e);
    /** The day as it stands, counters still open counted as present until `end`. */
    [[nodiscard]] DaySummary finish(Timestamp end) const;
    [[nodiscard]] bool isEmpty() const { return !m_date.isValid(); }

private:
    struct CounterTrack
    {
        bool present = false; ///< open and not paused now
        Timestamp since = 0;
        std::bitset<DaySummary::slotCount> slots;
    };
    void mark(CounterTrack &track, Timestamp until) const;
    /** Minutes since the business date's local midnight (past 1440 after midnight). */
    [[nodiscard]] double minutesInto(Timestamp t) const;
    DaySummary::Service &service(const QString &id);

    int m_offset;
    QDate m_date;
    Timestamp m_midnight = 0; ///< the business date's local midnight
    std::map<int, CounterTrack> m_counters;
    std::vector<DaySummary::Service> m_services;
    QHash<TicketId, std::pair<Timestamp, int>> m_told; ///< issued at, seconds told
    std::vector<std::pair<int, double>> m_ratios;
    std::array<double, 24> m_scale{}; ///< the day's learned scale, to take back out of what was told
    int m_ratioStride = 1;
    int m_ratioSeen = 0;
};

/**
 * The last working days' summaries, and what they teach about a new day
 * (rhythmFor). The hub keeps one, loaded from the store at start and added to
 * at every rollover; qms-replay keeps one the same way across a trace's days.
 */
class DayHistory
{
public:
    static constexpr int maxDays = 20;

    /** A finished day (a day nobody worked, a holiday, is not kept). */
    void add(DaySummary day);
    [[nodiscard]] int size() const { return int(m_days.size()); }
    [[nodiscard]] const std::deque<DaySummary> &days() const { return m_days; }

    /**
     * What the kept days teach about `date`: the same weekday's days when there are
     * at least two of them, else all. Empty (days = 0) with no history.
     */
    [[nodiscard]] DayRhythm rhythmFor(const QDate &date) const;

private:
    std::deque<DaySummary> m_days; ///< oldest first
};

/**
 * How a queue learns from its days, the one way the hub and qms-replay both use:
 * every committed event is observed; at the rollover the day that ends is
 * summarized into the history and the new day starts with what the history
 * teaches about it.
 */
class DayLearning
{
public:
    explicit DayLearning(int utcOffsetMinutes)
        : m_today(utcOffsetMinutes)
        , m_offset(utcOffsetMinutes)
    { }

    void observe(const Event &e) { m_today.observe(e); }
    /** Forgets today's observations (the day is about to be observed again from its events). */
    void restartToday() { m_today = DaySummaryBuilder(m_offset); }

    struct Rollover
    {
        std::optional<DaySummary> ended; ///< the day that ends, to keep (none if nothing was observed)
        DayRhythm rhythm;                ///< what the new day starts with
    };
    /** `end`: when the ending day ended (counters still open were there until then); `newDay`: the date starting. */
    [[nodiscard]] Rollover rollover(Timestamp end, const QDate &newDay);

    [[nodiscard]] DayHistory &history() { return m_history; }
    [[nodiscard]] const DayHistory &history() const { return m_history; }

private:
    DaySummaryBuilder m_today;
    DayHistory m_history;
    int m_offset;
};

} // namespace qms
