#pragma once

#include <QDate>
#include <QString>

#include <array>
#include <map>
#include <vector>

#include "domain/center.h"
#include "domain/event.h"

namespace qms {

/** A duration's spread over the tickets it was measured on, in seconds. */
struct DurationStats
{
    int count = 0;
    double mean = 0;
    double median = 0;
    double p90 = 0; ///< nearest-rank 90th percentile

    static DurationStats of(std::vector<double> seconds);
};

/** What happened to the tickets of one service, counter or clerk over the period. */
struct TicketFigures
{
    int issued = 0;      ///< by the service at issue (counters and clerks issue nothing)
    int served = 0;      ///< done
    int noShow = 0;
    int transferred = 0; ///< by where they were when transferred away
    int cancelled = 0;
    int servedWithinTarget = 0; ///< served, and called within the service's target wait
    DurationStats wait;    ///< issued → first called, over tickets called
    DurationStats walk;    ///< called → service started, over tickets served
    DurationStats service; ///< started → finished, over tickets served
    DurationStats total;   ///< issued → finished, over tickets served
    /** Share of served tickets called within the target wait (0 when none served). */
    [[nodiscard]] double withinTargetShare() const { return served ? double(servedWithinTarget) / served : 0; }
};

/** The three answers of the satisfaction question, counted. */
struct SatisfactionFigures
{
    int verySatisfied = 0;
    int satisfied = 0;
    int unsatisfied = 0;
    [[nodiscard]] int answers() const { return verySatisfied + satisfied + unsatisfied; }
    /** "Satisfied" as the province counts it: very satisfied or satisfied, over all answers. */
    [[nodiscard]] double satisfiedShare() const
    {
        return answers() ? double(verySatisfied + satisfied) / answers() : 0;
    }
};

struct DossierFigures
{
    int received = 0;        ///< received (or imported) during the period
    int returnedOnTime = 0;  ///< returned during the period, on or before the due date
    int returnedLate = 0;    ///< returned during the period, after the due date
    int overdueNow = 0;      ///< at the period's end: not finished, due date passed
    /** Returned on time over all returned (0 when none was returned). */
    [[nodiscard]] double onTimeRate() const
    {
        const int returned = returnedOnTime + returnedLate;
        return returned ? double(returnedOnTime) / returned : 0;
    }
};

/**
 * The figures a center director signs for a day or a period, computed from the
 * event log alone (no I/O here: feed it the events in log order). Durations are
 * wall-clock differences of the events' times; a ticket transferred keeps one
 * wait, from issue to its first call, and is served where it ended.
 */
class PeriodReport
{
public:
    PeriodReport(const CenterConfig &center, QDate from, QDate to);

    /** One event of the log, in order; events outside [from, to] (by business day) count only for dossiers. */
    void add(const Event &event);
    /** After the last event: closes the figures (dossiers overdue as of `asOf`, the end of the period or now). */
    void finish(QDate asOf);

    [[nodiscard]] QDate from() const { return m_from; }
    [[nodiscard]] QDate to() const { return m_to; }
    [[nodiscard]] const TicketFigures &all() const { return m_all; }
    [[nodiscard]] const std::map<QString, TicketFigures> &byService() const { return m_byService; }
    [[nodiscard]] const std::map<int, TicketFigures> &byCounter() const { return m_byCounter; }
    [[nodiscard]] const std::map<QString, TicketFigures> &byClerk() const { return m_byClerk; }
    /** Tickets issued in each hour of the center's day (0–23). */
    [[nodiscard]] const std::array<int, 24> &issuedByHour() const { return m_issuedByHour; }
    [[nodiscard]] const SatisfactionFigures &satisfaction() const { return m_satisfaction; }
    [[nodiscard]] const std::map<QString, SatisfactionFigures> &satisfactionByService() const
    {
        return m_satisfactionByService;
    }
    [[nodiscard]] const DossierFigures &dossiers() const { return m_dossiers; }
    [[nodiscard]] int days() const { return int(m_days.size()); }
    [[nodiscard]] const CenterConfig &center() const { return m_center; }

private:
    struct Track
    {
        Ticket issued;     ///< as issued
        Timestamp firstCalledAt = 0;
        Ticket last;       ///< as the last event left it
        bool transferred = false;
    };
    void close(const Track &t);
    [[nodiscard]] bool inPeriod(const QString &businessDay) const;

    CenterConfig m_center;
    QDate m_from;
    QDate m_to;
    std::map<TicketId, Track> m_tickets;
    std::map<QString, Dossier> m_dossierState;
    std::map<QString, int> m_days;

    TicketFigures m_all;
    std::map<QString, TicketFigures> m_byService;
    std::map<int, TicketFigures> m_byCounter;
    std::map<QString, TicketFigures> m_byClerk;
    std::array<int, 24> m_issuedByHour{};
    SatisfactionFigures m_satisfaction;
    std::map<QString, SatisfactionFigures> m_satisfactionByService;
    DossierFigures m_dossiers;

    // Durations gathered until finish(): all, then per service, counter and clerk.
    struct Samples
    {
        std::vector<double> wait, walk, service, total;
    };
    Samples m_allSamples;
    std::map<QString, Samples> m_serviceSamples;
    std::map<int, Samples> m_counterSamples;
    std::map<QString, Samples> m_clerkSamples;
};

} // namespace qms
