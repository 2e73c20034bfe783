#pragma once

#include <QByteArray>

#include "speech/pcm.h"

namespace qms {

/** How long chimePcm() lasts. */
constexpr int kChimeDurationMs = 1200;

/**
 * The two-tone "ding-dong" (E5 then C5, bell-like, overlapping decays) played
 * before every announcement so people look up before their number is said.
 * Generated in code, so there is no asset to ship or license; 16-bit mono PCM at
 * `sampleRate`, kChimeDurationMs long. Every strike starts with a short
 * raised-cosine attack and the whole ends with a fade to exact zero, so it never
 * clicks. Deterministic: the same rate gives the same bytes.
 */
[[nodiscard]] QByteArray chimePcm(int sampleRate = kSpeechSampleRate);

} // namespace qms
