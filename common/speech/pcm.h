#pragma once

#include <QByteArray>

namespace qms {

// All audio in speech/ is signed 16-bit, native-endian, mono PCM: what eSpeak NG
// produces, and what QAudioSink takes without conversion.

/** The sample rate of eSpeak NG's voices (espeak_Initialize reports it; 22050 in 1.51). */
constexpr int kSpeechSampleRate = 22050;

/** How long `pcm` plays at `sampleRate` (0 for a rate of 0 or less). */
[[nodiscard]] qint64 pcmDurationMs(const QByteArray &pcm, int sampleRate);

/** `ms` milliseconds of silence. */
[[nodiscard]] QByteArray silencePcm(int sampleRate, int ms);

/** The largest absolute sample value (0 for silence or empty audio). */
[[nodiscard]] int pcmPeak(const QByteArray &pcm);

} // namespace qms
