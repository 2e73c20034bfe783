#include "speech/screenreader.h"

#include "speech/audiooutput.h"
#include "speech/logging.h"
#include "speech/pcm.h"
#include "speech/speechsynthesizer.h"

namespace qms {

namespace {
// The Announcer numbers its requests from 1; these start high, so one synthesizer can serve both.
constexpr quint64 kFirstRequest = quint64(1) << 62;
} // namespace

ScreenReader::ScreenReader(SpeechSynthesizer &synthesizer, AudioOutput &output, QObject *parent)
    : QObject(parent)
    , m_synthesizer(&synthesizer)
    , m_output(&output)
    , m_nextRequest(kFirstRequest)
{
    connect(m_synthesizer, &SpeechSynthesizer::synthesized, this, &ScreenReader::onSynthesized);
    connect(m_synthesizer, &SpeechSynthesizer::failed, this, &ScreenReader::onFailed);
    connect(m_output, &AudioOutput::finished, this, [this] {
        if (!m_playing)
            return;
        m_playing = false;
        Q_EMIT readingChanged();
        Q_EMIT finished();
    });
}

ScreenReader::~ScreenReader() = default;

quint64 ScreenReader::newRequest()
{
    return ++m_nextRequest;
}

void ScreenReader::read(const QList<Sentence> &sentences)
{
    const bool wasReading = isReading();
    if (m_playing)
        m_output->stop();
    m_playing = false;
    m_requests.clear();
    m_parts.clear();
    m_sampleRate = 0;
    m_pending = 0;
    for (const Sentence &s : sentences) {
        if (s.text.trimmed().isEmpty())
            continue;
        const quint64 id = newRequest();
        m_requests << id;
        m_parts << QByteArray();
        ++m_pending;
        m_synthesizer->synthesize(id, s.text, s.voice);
    }
    if (wasReading != isReading())
        Q_EMIT readingChanged();
}

void ScreenReader::stop()
{
    read({});
}

void ScreenReader::onSynthesized(quint64 request, const QByteArray &pcm, int sampleRate)
{
    addPart(request, pcm, sampleRate);
}

void ScreenReader::onFailed(quint64 request, const QString &message)
{
    if (m_requests.contains(request))
        qCWarning(lcSpeech) << "A sentence cannot be read aloud:" << message;
    addPart(request, {}, 0);
}

void ScreenReader::addPart(quint64 request, const QByteArray &pcm, int sampleRate)
{
    const qsizetype index = m_requests.indexOf(request);
    if (index < 0)
        return; // an older reading's, or the Announcer's
    m_parts[index] = pcm;
    if (!pcm.isEmpty() && m_sampleRate == 0)
        m_sampleRate = sampleRate;
    --m_pending;
    playIfComplete();
}

void ScreenReader::playIfComplete()
{
    if (m_pending != 0)
        return;
    QByteArray all;
    if (m_sampleRate > 0) {
        const QByteArray pause = silencePcm(m_sampleRate, PauseMs);
        for (const QByteArray &part : std::as_const(m_parts))
            if (!part.isEmpty())
                all += (all.isEmpty() ? QByteArray() : pause) + part;
    }
    m_requests.clear();
    m_parts.clear();
    if (all.isEmpty()) {
        Q_EMIT readingChanged(); // nothing could be said; the failure is in the log
        return;
    }
    m_playing = true;
    m_output->play(all, m_sampleRate);
}

} // namespace qms
