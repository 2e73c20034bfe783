#include "engine/queuestats.h"

namespace qms {

double QueueStats::serviceSeconds(const QString &service, double priorSeconds) const
{
    const Service s = services.value(service);
    return (priorWeight * priorSeconds + s.occupancySeconds) / (priorWeight + s.served);
}

double QueueStats::noShowRate() const
{
    return (noShowPriorWeight * priorNoShowRate + noShows) / (noShowPriorWeight + called);
}

double QueueStats::noShowCost() const
{
    return (priorWeight * priorNoShowSeconds + noShowSeconds) / (priorWeight + noShows);
}

double QueueStats::pauseLength() const
{
    return (priorWeight * priorPauseSeconds + pauseSeconds) / (priorWeight + pauses);
}

double QueueStats::breakShare() const
{
    return (priorBreakShare * breakShareWeightSeconds + pauseSeconds)
        / (breakShareWeightSeconds + openSeconds + pauseSeconds);
}

} // namespace qms
