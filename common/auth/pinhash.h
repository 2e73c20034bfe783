#pragma once

#include <QByteArray>
#include <QString>

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
/** 2 to 40 of a–z, 0–9, '.', '_', '-' (what a clerk types at the login, on any keyboard). */
[[nodiscard]] bool isAcceptableUsername(const QString &username);
[[nodiscard]] PinHash hashPin(const QString &pin, int iterations = defaultPinIterations);
/** Constant-time comparison against the stored hash. */
[[nodiscard]] bool verifyPin(const QString &pin, const PinHash &stored);

} // namespace qms
