#include "speech/recordingaudiooutput.h"

#include "speech/pcm.h"

namespace qms::test {

RecordingAudioOutput::RecordingAudioOutput(int speedup, QObject *parent)
    : AudioOutput(parent)
    , m_speedup(std::max(1, speedup))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_playing = false;
        m_plays.last().endedMs = m_clock.elapsed();
        Q_EMIT finished();
    });
}

void RecordingAudioOutput::play(const QByteArray &pcm, int sampleRate)
{
    if (m_playing)
        ++m_overlaps;
    m_playing = true;
    m_plays.append({pcm, sampleRate, m_clock.elapsed(), -1});
    Q_EMIT playStarted();
    m_timer.start(int(pcmDurationMs(pcm, sampleRate) / m_speedup));
}

void RecordingAudioOutput::stop()
{
    m_timer.stop();
    m_playing = false;
}

QString RecordingAudioOutput::description() const
{
    return QStringLiteral("recording (test)");
}

} // namespace qms::test
