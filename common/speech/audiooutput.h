#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace qms {

/**
 * Where announcements are played: 16-bit mono PCM (pcm.h) in, finished() out.
 * The Announcer depends only on this, so tests and machines without sound
 * behave like a real loudspeaker in timing and order.
 *
 * Contract: after play(), finished() is emitted exactly once, later (never from
 * inside play()), when the audio has ended — or, on a device error, after a
 * warning, so a queue waiting on it never hangs. play() while playing replaces
 * the current audio; stop() ends it; neither emits finished() for the audio cut.
 */
class AudioOutput : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void play(const QByteArray &pcm, int sampleRate) = 0;
    virtual void stop() = 0;
    /** For logs and the technician menu: "PulseAudio: Built-in Audio", "silent (no audio device)". */
    [[nodiscard]] virtual QString description() const = 0;
    /** Whether anyone can hear it (false for the silent stand-in when the machine has no sound). */
    [[nodiscard]] virtual bool isAudible() const { return true; }

Q_SIGNALS:
    void finished();
};

/**
 * The output for this machine: a QtAudioOutput on the default device, or a
 * SilentAudioOutput when there is none (no PulseAudio server, CI, offscreen) —
 * QAudioSink on a null device would silently never finish. Logs the choice.
 * Needs the QCoreApplication to exist.
 */
[[nodiscard]] std::unique_ptr<AudioOutput> makeAudioOutput(QObject *parent = nullptr);

} // namespace qms
