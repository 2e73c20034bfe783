#pragma once

#include <QString>

#include <vector>

#include "domain/time.h"

namespace qms {

class QueueEngine;

/** Something on the floor a supervisor should see to now. */
struct Alarm
{
    enum class Kind {
        LongWait,    ///< someone in `service` has waited over the threshold (value: minutes waited)
        ManyWaiting, ///< more than the threshold wait for `service` (value: how many)
        IdleCounter, ///< `counter` is open and free while people wait for its services (value: minutes free)
        LongService, ///< `counter` has served one citizen over the threshold (value: minutes)
        PrinterDown, ///< kiosk `device` cannot print (`problem`: why)
    };
    Kind kind = Kind::LongWait;
    QString service;
    int counter = 0;
    QString device;
    QString problem;
    int value = 0;
    int threshold = 0;
    Timestamp since = 0; ///< when it crossed its threshold

    /** What it is about, without its figures: the same alarm keeps its key while it lasts. */
    [[nodiscard]] QString key() const;
    bool operator==(const Alarm &) const = default;
};

[[nodiscard]] QString alarmKindName(Alarm::Kind kind);

/** A kiosk's printer as its kiosk last reported it. */
struct PrinterReport
{
    QString device;
    bool ok = true;
    QString problem;
};

/**
 * The alarms the floor raises now, from the queue and the center file's
 * thresholds (docs/CONFIGURATION.md, "alarms"): pure, so the hub can ask as
 * often as it likes and tests can set the clock. Closed counters and services
 * nobody serves raise nothing; a threshold of 0 turns its alarm off.
 */
[[nodiscard]] std::vector<Alarm> evaluateAlarms(const QueueEngine &engine, Timestamp now,
                                                const std::vector<PrinterReport> &printers = {});

} // namespace qms
