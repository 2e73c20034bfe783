#pragma once

#include <QJsonObject>
#include <QString>

#include <array>
#include <vector>

#include "domain/openinghours.h"

namespace qms {

class JsonReader;

/**
 * What the previous working days teach about the one starting: when each
 * counter is usually away (the lunch rota, the mid-morning pause nobody
 * announces), how long each service's tickets take at each hour, how many of a
 * service's tickets are usually still called after each quarter of an hour,
 * and how far actual waits strayed from what tickets were told. Learned by
 * DayHistory at the rollover and carried in the day.started event, so the hub,
 * every mirror and a replay estimate with exactly the same knowledge.
 */
struct DayRhythm
{
    static constexpr int quarters = 96;

    struct Counter
    {
        int number = 0;
        std::vector<MinuteRange> away; ///< usually not calling then, though staffed before and after
        bool operator==(const Counter &) const = default;
    };
    struct Service
    {
        QString id;
        std::array<int, 24> seconds{};            ///< mean call → finish by hour of call (0: too few to say)
        std::array<int, quarters> callsAfter{};   ///< typical calls of the service from each quarter hour on
        double spread = 0; ///< σ of ln(call → finish): how much one ticket's time strays (0: not known)
        bool operator==(const Service &) const = default;
    };

    int days = 0; ///< working days it was learned from (0: nothing learned)
    std::vector<Counter> counters;
    std::vector<Service> services;
    /**
     * By hour of issue: how much longer (above 1) or shorter the actual waits were than
     * the simulation alone predicted on past days; the estimate is scaled by it (0: 1).
     */
    std::array<double, 24> scale{};
    /** The shown range as shares of the estimate, calibrated on past waits (0: the defaults). */
    double lowShare = 0;
    double highShare = 0;

    [[nodiscard]] const Counter *counter(int number) const;
    [[nodiscard]] const Service *service(const QString &id) const;
    /** The scale for an hour of the day (1 when nothing was learned). */
    [[nodiscard]] double scaleAt(int hour) const;
    bool operator==(const DayRhythm &) const = default;
};

[[nodiscard]] QJsonObject rhythmToJson(const DayRhythm &r);
/** An optional `"range": [low, high]` of shares of an estimate (0 < low < high < 10); both 0 when absent or wrong. */
void readShareRange(JsonReader &r, double &low, double &high);
[[nodiscard]] DayRhythm rhythmFromJson(JsonReader &r);

} // namespace qms
