#pragma once

#include <QByteArray>

#include <vector>

#include "replay/trace.h"
#include "util/result.h"

namespace qms {

/**
 * Makes a day of trace from a scenario (JSON, see docs/ESTIMATES.md): arrival rates
 * by time of day (Poisson), service shares and log-normal service times per
 * service, shares of priority tickets and no-shows, and counter shifts with
 * breaks. The same scenario and seed always give the same trace.
 */
[[nodiscard]] Result<std::vector<TraceEvent>> generateTrace(const QByteArray &scenarioJson);

} // namespace qms
