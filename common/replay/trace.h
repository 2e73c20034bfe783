#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include <vector>

#include "domain/center.h"
#include "util/result.h"

namespace qms {

/**
 * One line of a trace: what happened at `t` seconds after opening. A trace may
 * hold several days: a `day` line starts each, and `t` starts again from 0.
 *   {"type":"day","date":"2026-03-02"}
 *   {"t":0,"type":"counter_open","counter":3,"services":["land","justice"]}
 *   {"t":1800,"type":"counter_pause","counter":3}   counter_resume, counter_close likewise
 *   {"t":95.5,"type":"arrival","service":"land","priority":false,"service_time":420,"no_show":false}
 */
struct TraceEvent
{
    enum class Type { CounterOpen, CounterPause, CounterResume, CounterClose, Arrival, Day };
    double t = 0;
    Type type = Type::Arrival;
    int counter = 0;
    QStringList services; ///< counter_open
    QString service;      ///< arrival
    bool priority = false;
    double serviceTime = 0; ///< seconds at the counter if the citizen comes
    bool noShow = false;
    QDate date; ///< day
};

/** Reads JSON lines; the error names the line and the field. Events must be in time order within a day. */
[[nodiscard]] Result<std::vector<TraceEvent>> parseTrace(const QByteArray &jsonLines);
[[nodiscard]] QByteArray traceToJsonLines(const std::vector<TraceEvent> &events);

/**
 * The smallest center a trace needs: its services (lettered prefixes, open around
 * the clock, no cap that matters), its counters with the services they open with
 * and the shifts of the first day they work as their staffing plan, one priority
 * group "priority", and otherwise the defaults of a real center.
 */
[[nodiscard]] CenterConfig centerForTrace(const std::vector<TraceEvent> &events);

} // namespace qms
