#include "speech/silentaudiooutput.h"

#include "speech/pcm.h"

namespace qms {

SilentAudioOutput::SilentAudioOutput(QObject *parent)
    : AudioOutput(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AudioOutput::finished);
}

void SilentAudioOutput::play(const QByteArray &pcm, int sampleRate)
{
    // A timer even for empty audio: finished() must never come from inside play().
    m_timer.start(int(pcmDurationMs(pcm, sampleRate)));
}

void SilentAudioOutput::stop()
{
    m_timer.stop();
}

QString SilentAudioOutput::description() const
{
    return QStringLiteral("silent (no audio device)");
}

} // namespace qms
