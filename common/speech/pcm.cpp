#include "speech/pcm.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace qms {

qint64 pcmDurationMs(const QByteArray &pcm, int sampleRate)
{
    if (sampleRate <= 0)
        return 0;
    const qint64 samples = pcm.size() / qint64(sizeof(qint16));
    return samples * 1000 / sampleRate;
}

QByteArray silencePcm(int sampleRate, int ms)
{
    const qint64 samples = qint64(sampleRate) * ms / 1000;
    return QByteArray(samples > 0 ? samples * qsizetype(sizeof(qint16)) : 0, '\0');
}

int pcmPeak(const QByteArray &pcm)
{
    int peak = 0;
    const qsizetype samples = pcm.size() / qsizetype(sizeof(qint16));
    for (qsizetype i = 0; i < samples; ++i) {
        qint16 sample = 0;
        // memcpy: a QByteArray's data is not guaranteed to be aligned for qint16.
        std::memcpy(&sample, pcm.constData() + i * qsizetype(sizeof(qint16)), sizeof(sample));
        peak = std::max(peak, std::abs(int(sample)));
    }
    return peak;
}

} // namespace qms
