#include "hub/loginbackoff.h"

#include <algorithm>

namespace qms {

Timestamp LoginBackoff::lockedUntil(int failures, Timestamp now) const
{
    if (failures < freeAttempts)
        return 0;
    const int doublings = std::min(failures - freeAttempts, 20);
    const qint64 seconds = std::min<qint64>(qint64(baseSeconds) << doublings, maxSeconds);
    return now + seconds * 1000;
}

} // namespace qms
