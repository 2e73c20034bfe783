#pragma once

#include <QHash>
#include <QString>

namespace qms {

/**
 * What today has taught about how long things take, kept by the engine from the
 * events (so a replay and a client mirror learn exactly the same). Each figure is
 * blended with a prior, so the first tickets of the day get a sensible number
 * and a handful of real ones soon outweigh it.
 */
struct QueueStats
{
    struct Service
    {
        int served = 0;
        double occupancySeconds = 0; ///< sum over served tickets of call → finish
        bool operator==(const Service &) const = default;
    };
    QHash<QString, Service> services;
    int noShows = 0;
    double noShowSeconds = 0; ///< sum of call → marked no-show
    int called = 0;           ///< tickets that left a counter (served or no-show)
    int pauses = 0;
    double pauseSeconds = 0; ///< sum of pause → resume (also pauses still running when closed)
    double openSeconds = 0;  ///< counter time spent open (finished stretches)

    bool operator==(const QueueStats &) const = default;

    /** How many real samples outweigh the prior of one figure (two pseudo-observations). */
    static constexpr double priorWeight = 2.0;
    static constexpr double priorNoShowSeconds = 60.0;
    static constexpr double priorNoShowRate = 0.05;
    static constexpr double noShowPriorWeight = 20.0;
    static constexpr double priorPauseSeconds = 15.0 * 60.0;
    /** A 15-minute break in four hours, as much as two hours of counter time weighs. */
    static constexpr double priorBreakShare = 1.0 / 16.0;
    static constexpr double breakShareWeightSeconds = 2.0 * 3600.0;

    /** Expected call → finish of a served ticket of the service. */
    [[nodiscard]] double serviceSeconds(const QString &service, double priorSeconds) const;
    [[nodiscard]] int servedOf(const QString &service) const { return services.value(service).served; }
    /** Share of called tickets whose citizen never came. */
    [[nodiscard]] double noShowRate() const;
    /** Expected time a counter loses on a no-show. */
    [[nodiscard]] double noShowCost() const;
    /** Expected length of a counter's pause. */
    [[nodiscard]] double pauseLength() const;
    /** Share of a staffed counter's time that goes to breaks. */
    [[nodiscard]] double breakShare() const;
};

} // namespace qms
