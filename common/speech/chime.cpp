#include "speech/chime.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>
#include <vector>

namespace qms {

namespace {

struct Strike
{
    double startS;
    double frequencyHz;
};

// E5 then C5, a major third down: the interval of the usual public-address chime.
constexpr Strike kStrikes[] = {{0.0, 659.25}, {0.42, 523.25}};
constexpr double kAttackS = 0.012; // shorter clicks, longer sounds like a swell
constexpr double kDecayS = 0.32;   // bell-like: each strike dies away under the next
constexpr double kFadeOutS = 0.15; // the tail is brought to exact zero
constexpr double kPeak = 0.42;     // of full scale; eSpeak's loudest peaks are about this high

double strikeSample(double t, double f)
{
    constexpr double twoPi = 2 * std::numbers::pi;
    const double attack = t < kAttackS ? 0.5 - 0.5 * std::cos(std::numbers::pi * t / kAttackS) : 1.0;
    // Quieter, faster-fading overtones give the bell colour without harshness.
    const double tone = std::sin(twoPi * f * t) + 0.30 * std::exp(-t / 0.15) * std::sin(twoPi * 2 * f * t)
        + 0.12 * std::exp(-t / 0.08) * std::sin(twoPi * 3 * f * t);
    return attack * std::exp(-t / kDecayS) * tone;
}

} // namespace

QByteArray chimePcm(int sampleRate)
{
    if (sampleRate <= 0)
        return {};
    const auto total = static_cast<std::size_t>(qint64(sampleRate) * kChimeDurationMs / 1000);
    std::vector<double> mix(total, 0.0);
    for (const Strike &strike : kStrikes) {
        const auto first = static_cast<std::size_t>(strike.startS * sampleRate);
        for (std::size_t i = first; i < total; ++i)
            mix[i] += strikeSample(double(i - first) / sampleRate, strike.frequencyHz);
    }

    const auto fadeSamples = static_cast<std::size_t>(kFadeOutS * sampleRate);
    for (std::size_t k = 0; k < fadeSamples && k < total; ++k) {
        // k samples before the end: 0 at the very last sample, rising to 1 at the start of the fade.
        const double x = double(k) / double(fadeSamples);
        mix[total - 1 - k] *= 0.5 - 0.5 * std::cos(std::numbers::pi * x);
    }

    double loudest = 0;
    for (const double v : mix)
        loudest = std::max(loudest, std::abs(v));
    const double gain = loudest > 0 ? kPeak * 32767.0 / loudest : 0.0;

    QByteArray pcm(qsizetype(total * sizeof(qint16)), Qt::Uninitialized);
    for (std::size_t i = 0; i < total; ++i) {
        const auto sample = static_cast<qint16>(std::lround(std::clamp(mix[i] * gain, -32767.0, 32767.0)));
        std::memcpy(pcm.data() + i * sizeof(qint16), &sample, sizeof(sample));
    }
    return pcm;
}

} // namespace qms
