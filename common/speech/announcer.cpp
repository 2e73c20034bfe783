#include "speech/announcer.h"

#include <algorithm>

#include "speech/audiooutput.h"
#include "speech/chime.h"
#include "speech/logging.h"
#include "speech/pcm.h"
#include "speech/speechsynthesizer.h"

namespace qms {

namespace {
// Synthesized audio is held for the announcement playing and the next one only: enough that the next
// starts without a pause, and a burst of calls does not hold minutes of audio in memory.
constexpr std::size_t kPreparedAhead = 2;
constexpr int kMaxRepeats = 5;
constexpr int kMaxPauseMs = 5000;
constexpr int kChimePauseMs = 400; // between the chime and the first sentence
} // namespace

Announcer::Announcer(SpeechSynthesizer &synthesizer, AudioOutput &output, Options options, QObject *parent)
    : QObject(parent)
    , m_synthesizer(&synthesizer)
    , m_output(&output)
    , m_options(std::move(options))
{
    connect(m_synthesizer, &SpeechSynthesizer::synthesized, this, &Announcer::onSynthesized);
    connect(m_synthesizer, &SpeechSynthesizer::failed, this, &Announcer::onSynthesisFailed);
    connect(m_output, &AudioOutput::finished, this, &Announcer::onOutputFinished);
}

Announcer::Announcer(SpeechSynthesizer &synthesizer, AudioOutput &output, QObject *parent)
    : Announcer(synthesizer, output, Options{}, parent)
{ }

Announcer::~Announcer()
{
    if (m_playing)
        m_output->stop();
}

void Announcer::setOptions(const Options &options)
{
    m_options = options;
}

quint64 Announcer::announce(const QString &label, int counter)
{
    const quint64 id = ++m_nextId;
    Announcement a;
    a.id = id;
    a.texts << callSentence(label, counter, QStringLiteral("vi"), m_options.dialect);
    a.voices << m_options.voice;
    if (m_options.english) {
        a.texts << callSentence(label, counter, QStringLiteral("en"));
        a.voices << m_options.englishVoice;
    }
    a.repeats = std::clamp(m_options.repeats, 1, kMaxRepeats);
    a.pauseMs = std::clamp(m_options.pauseMs, 0, kMaxPauseMs);
    qCDebug(lcSpeech) << "Announcement" << id << "queued:" << label << "to counter" << counter << "-" << m_queue.size()
                      << "ahead of it";
    m_queue.push_back(std::move(a));
    pump();
    return id;
}

void Announcer::pump()
{
    startNext();
    synthesizeAhead();
}

void Announcer::synthesizeAhead()
{
    if (m_request != 0)
        return;
    const std::size_t depth = std::min(m_queue.size(), kPreparedAhead);
    for (std::size_t i = 0; i < depth; ++i) {
        const Announcement &a = m_queue[i];
        if (a.ready())
            continue;
        m_request = ++m_nextRequest;
        m_requestFor = a.id;
        const auto part = a.speech.size();
        m_synthesizer->synthesize(m_request, a.texts.at(part), a.voices.at(part));
        return;
    }
}

void Announcer::onSynthesized(quint64 request, const QByteArray &pcm, int sampleRate)
{
    if (request != m_request)
        return; // someone else's use of the synthesizer
    addSpeech(pcm, sampleRate);
}

void Announcer::onSynthesisFailed(quint64 request, const QString &message)
{
    if (request != m_request)
        return;
    qCWarning(lcSpeech) << "Announcement" << m_requestFor << "cannot be spoken:" << message
                        << "- playing its chime only";
    addSpeech({}, 0);
}

void Announcer::addSpeech(const QByteArray &pcm, int sampleRate)
{
    const auto it = std::find_if(m_queue.begin(), m_queue.end(),
                                 [this](const Announcement &a) { return a.id == m_requestFor; });
    m_request = 0;
    // Announcements leave the queue only after playing, and they play only once ready: it is still here.
    Q_ASSERT(it != m_queue.end());
    if (it != m_queue.end()) {
        it->speech.append(pcm);
        if (!pcm.isEmpty() && it->sampleRate == 0)
            it->sampleRate = sampleRate;
    }
    pump();
}

void Announcer::startNext()
{
    if (m_playing || m_queue.empty() || !m_queue.front().ready())
        return;
    const Announcement &a = m_queue.front();
    const int sampleRate = a.sampleRate > 0 ? a.sampleRate : kSpeechSampleRate;
    // One buffer for the whole announcement: every start of an audio stream costs the sound server some
    // latency (up to a second measured on a PulseAudio null sink), which would stretch the pauses unevenly.
    QByteArray pcm = chime(sampleRate) + silencePcm(sampleRate, kChimePauseMs);
    const QByteArray pause = silencePcm(sampleRate, a.pauseMs);
    for (int r = 0; r < a.repeats; ++r) {
        for (const QByteArray &sentence : a.speech) {
            if (!sentence.isEmpty())
                pcm += sentence + pause;
        }
    }
    m_playing = true;
    qCInfo(lcSpeech) << "Announcement" << a.id << "starts," << pcmDurationMs(pcm, sampleRate) << "ms";
    Q_EMIT started(a.id);
    m_output->play(pcm, sampleRate);
}

void Announcer::onOutputFinished()
{
    if (!m_playing)
        return;
    const quint64 id = m_queue.front().id;
    m_queue.pop_front();
    m_playing = false;
    Q_EMIT finished(id);
    pump();
    // A slot on finished() may have queued another call already; idle only if nothing is left.
    if (m_queue.empty())
        Q_EMIT idle();
}

const QByteArray &Announcer::chime(int sampleRate)
{
    if (m_chimeRate != sampleRate) {
        m_chime = chimePcm(sampleRate);
        m_chimeRate = sampleRate;
    }
    return m_chime;
}

} // namespace qms
