#pragma once

#include <QByteArrayView>

namespace qms {

/**
 * Whether two secrets are equal, looking at every byte whatever the first
 * difference, so the time taken does not reveal how much of a guess was right.
 * (The length of `expected` may leak; keys and hashes have public lengths.)
 */
[[nodiscard]] bool constantTimeEquals(QByteArrayView expected, QByteArrayView given);

} // namespace qms
