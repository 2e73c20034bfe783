#pragma once

#include <QAudioDevice>
#include <QAudioSink>
#include <QBuffer>
#include <QTimer>

#include <memory>

#include "speech/audiooutput.h"

namespace qms {

/**
 * Plays PCM through Qt Multimedia: a QAudioSink on `device` reading a QBuffer
 * (pull mode); finished() once the sink reports IdleState (all audio handed to
 * the server). Owns the sink, recreated only when the sample rate changes.
 *
 * Never hangs the queue: if the sink cannot start (null device, no server) it
 * logs a warning and finishes after the audio's duration, like
 * SilentAudioOutput; if a started sink stops reporting (server gone), a
 * watchdog finishes a few seconds after the audio should have ended.
 * Use makeAudioOutput() to get this only when a device exists.
 */
class QtAudioOutput : public AudioOutput
{
    Q_OBJECT
public:
    explicit QtAudioOutput(const QAudioDevice &device, QObject *parent = nullptr);
    ~QtAudioOutput() override;

    void play(const QByteArray &pcm, int sampleRate) override;
    void stop() override;
    [[nodiscard]] QString description() const override;

private:
    void onStateChanged(QAudio::State state);
    void onFallbackTimeout();
    /** Ends the current audio from a later event-loop turn: the sink is not stopped inside its own signal. */
    void finishLater();

    QAudioDevice m_device;
    QBuffer m_buffer;                   // declared before m_sink: the sink reads it until it is destroyed
    std::unique_ptr<QAudioSink> m_sink; // created on first play
    QTimer m_fallback;                  // the watchdog, or the whole "playback" when the sink could not start
    bool m_playing = false;
    bool m_startFailed = false;
    quint64 m_generation = 0; // bumped by stop()/play(): a finishLater() queued before is void
};

} // namespace qms
