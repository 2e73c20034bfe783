#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include "speech/audiooutput.h"

namespace qms::test {

/**
 * An AudioOutput for tests: records every play() with its start and end time,
 * "plays" for the audio's duration divided by `speedup`, then emits finished().
 * A play() that comes while another is still playing is counted as an overlap.
 */
class RecordingAudioOutput : public AudioOutput
{
    Q_OBJECT
public:
    struct Play
    {
        QByteArray pcm;
        int sampleRate = 0;
        qint64 startedMs = 0;
        qint64 endedMs = -1; ///< -1 while playing (or when cut by stop())
    };

    explicit RecordingAudioOutput(int speedup, QObject *parent = nullptr);

    void play(const QByteArray &pcm, int sampleRate) override;
    void stop() override;
    [[nodiscard]] QString description() const override;

    [[nodiscard]] const QList<Play> &plays() const { return m_plays; }
    [[nodiscard]] int overlaps() const { return m_overlaps; }

Q_SIGNALS:
    void playStarted();

private:
    int m_speedup;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QList<Play> m_plays;
    bool m_playing = false;
    int m_overlaps = 0;
};

} // namespace qms::test
