#include "speech/qtaudiooutput.h"

#include <QAudioFormat>

#include "speech/logging.h"
#include "speech/pcm.h"

namespace qms {

namespace {
// IdleState means "source drained", up to one device buffer (~150 ms measured) before the sound has
// really ended, and stopping the sink then drops what is still buffered: so a silent tail is what gets cut.
constexpr int kTailMs = 250;
// How long past the audio's end a started sink may stay silent about it before we move on without it.
// Generous: a PulseAudio null sink was measured taking up to 2 s to start a stream.
constexpr int kWatchdogSlackMs = 5000;
} // namespace

QtAudioOutput::QtAudioOutput(const QAudioDevice &device, QObject *parent)
    : AudioOutput(parent)
    , m_device(device)
{
    m_fallback.setSingleShot(true);
    connect(&m_fallback, &QTimer::timeout, this, &QtAudioOutput::onFallbackTimeout);
}

QtAudioOutput::~QtAudioOutput()
{
    if (m_sink)
        m_sink->stop();
}

void QtAudioOutput::play(const QByteArray &pcm, int sampleRate)
{
    stop();

    QAudioFormat format;
    format.setSampleRate(sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!m_sink || m_sink->format() != format) {
        if (!m_device.isNull() && !m_device.isFormatSupported(format))
            qCWarning(lcSpeech) << description() << "does not list" << sampleRate << "Hz mono 16-bit; trying anyway";
        m_sink = std::make_unique<QAudioSink>(m_device, format);
        connect(m_sink.get(), &QAudioSink::stateChanged, this, &QtAudioOutput::onStateChanged);
    }

    m_buffer.setData(pcm + silencePcm(sampleRate, kTailMs));
    m_buffer.open(QIODevice::ReadOnly);
    const auto durationMs = int(pcmDurationMs(m_buffer.data(), sampleRate));
    m_playing = true;
    m_sink->start(&m_buffer);

    // On a null device start() returns quietly and no state change ever comes (checked on Qt 6.4.2).
    m_startFailed = m_sink->isNull() || m_sink->error() != QAudio::NoError || m_sink->state() == QAudio::StoppedState;
    if (m_startFailed) {
        qCWarning(lcSpeech) << "Cannot play on" << description() << "(error" << m_sink->error()
                            << "): waiting out the audio's length instead";
        m_fallback.start(durationMs);
        return;
    }
    m_fallback.start(durationMs + kWatchdogSlackMs);
}

void QtAudioOutput::stop()
{
    ++m_generation;
    m_playing = false;
    m_fallback.stop();
    if (m_sink)
        m_sink->stop(); // its StoppedState arrives now and is ignored: m_playing is already false
    m_buffer.close();
}

QString QtAudioOutput::description() const
{
    return m_device.isNull() ? QStringLiteral("Qt Multimedia (no device)")
                             : QStringLiteral("Qt Multimedia: %1").arg(m_device.description());
}

void QtAudioOutput::onStateChanged(QAudio::State state)
{
    if (!m_playing)
        return;
    if (state == QAudio::IdleState) {
        finishLater();
    } else if (state == QAudio::StoppedState) {
        // Stopped by someone else than us: the device went away or broke.
        qCWarning(lcSpeech) << "Playback on" << description() << "stopped early (error" << m_sink->error() << ")";
        finishLater();
    }
}

void QtAudioOutput::onFallbackTimeout()
{
    if (!m_playing)
        return;
    if (!m_startFailed)
        qCWarning(lcSpeech) << "No end of playback reported by" << description() << "- going on without it";
    m_playing = false;
    if (m_sink)
        m_sink->stop();
    m_buffer.close();
    Q_EMIT finished();
}

void QtAudioOutput::finishLater()
{
    m_playing = false;
    m_fallback.stop();
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation != m_generation)
                return; // play() or stop() came first
            m_sink->stop();
            m_buffer.close();
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

} // namespace qms
