#pragma once

#include <QByteArray>
#include <QString>

#include "domain/time.h"

namespace qms {

/** A PIN as kept in the database: PBKDF2-HMAC-SHA256 with a random salt. */
struct PinHash
{
    QByteArray hash;
    QByteArray salt;
    int iterations = 0;
};

/**
 * Iterations for new PINs. A PIN has few digits, so the hash is slow on purpose
 * (tens of milliseconds; it runs off the hub's event loop) and the lockout below
 * is what really stops guessing.
 */
constexpr int defaultPinIterations = 100'000;

/** 4 to 8 digits. */
[[nodiscard]] bool isAcceptablePin(const QString &pin);
[[nodiscard]] PinHash hashPin(const QString &pin, int iterations = defaultPinIterations);
/** Constant-time comparison against the stored hash. */
[[nodiscard]] bool verifyPin(const QString &pin, const PinHash &stored);

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
