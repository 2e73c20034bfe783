#pragma once

#include "domain/time.h"

namespace qms {

/**
 * Lockout with back-off: the first `freeAttempts` failures in a row cost
 * nothing; each one after locks the clerk out for `baseSeconds`, doubling up
 * to `maxSeconds`. A successful login starts over.
 */
struct LoginBackoff
{
    int freeAttempts = 5;
    int baseSeconds = 30;
    int maxSeconds = 3600;

    /** When the clerk may try again after `failures` failures in a row (0 = now). */
    [[nodiscard]] Timestamp lockedUntil(int failures, Timestamp now) const;
};

} // namespace qms
