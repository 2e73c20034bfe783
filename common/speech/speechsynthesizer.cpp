#include "speech/speechsynthesizer.h"

#include <QMutex>
#include <QMutexLocker>

#include <espeak-ng/speak_lib.h>

#include <algorithm>

#include "speech/logging.h"

namespace qms {

namespace {

// Everything below is guarded by espeakMutex(): eSpeak NG's own state is global, and so is ours.
QMutex &espeakMutex()
{
    static QMutex mutex;
    return mutex;
}

QByteArray *g_collecting = nullptr; // the buffer the running espeak_Synth appends to

int collectSamples(short *wav, int sampleCount, espeak_EVENT * /*events*/)
{
    // wav == nullptr marks the end; sampleCount == 0 is just an empty chunk.
    if (wav != nullptr && sampleCount > 0 && g_collecting != nullptr)
        g_collecting->append(reinterpret_cast<const char *>(wav), qsizetype(sampleCount) * qsizetype(sizeof(short)));
    return 0; // go on
}

/** The output sample rate, or -1 when eSpeak NG could not start. Runs once per process. */
int initializeEspeak()
{
    // SYNCHRONOUS: no audio device of eSpeak's own; the samples come to collectSamples().
    // DONT_EXIT: without its data eSpeak would otherwise call exit(1) and take the app with it; with it,
    // 1.51 returns 0 instead of a sample rate (checked with ESPEAK_DATA_PATH set to an empty folder).
    const int sampleRate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (sampleRate <= 0) {
        qCWarning(lcSpeech) << "eSpeak NG did not initialize (returned" << sampleRate << ")";
        return -1;
    }
    espeak_SetSynthCallback(collectSamples);
    const char *version = espeak_Info(nullptr);
    qCInfo(lcSpeech) << "eSpeak NG" << version << "ready," << sampleRate << "Hz";
    return sampleRate;
}

} // namespace

SpeechSynthesizer::SpeechSynthesizer(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<QObject>())
{
    m_thread.setObjectName(QStringLiteral("qms-speech"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

SpeechSynthesizer::~SpeechSynthesizer()
{
    m_thread.quit();
    m_thread.wait();
    // m_worker is deleted after this, on this thread: safe now that its thread has stopped.
}

void SpeechSynthesizer::setRate(int wordsPerMinute)
{
    m_rate = std::clamp(wordsPerMinute, MinimumRate, MaximumRate);
}

void SpeechSynthesizer::synthesize(quint64 id, const QString &text, const QString &voice)
{
    const int rate = m_rate;
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, id, text, voice, rate] {
            int sampleRate = 0;
            Result<QByteArray> result = synthesizeNow(text, voice, rate, &sampleRate);
            // Delivered on this object's thread: listeners never run on the worker. If this object is
            // being destroyed meanwhile, Qt drops the event with it (the destructor waits for this job).
            QMetaObject::invokeMethod(
                this,
                [this, id, result = std::move(result), sampleRate] {
                    if (result)
                        Q_EMIT synthesized(id, result.value(), sampleRate);
                    else
                        Q_EMIT failed(id, result.error().message);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

Result<QByteArray> SpeechSynthesizer::synthesizeNow(const QString &text, const QString &voice, int wordsPerMinute,
                                                    int *sampleRate)
{
    if (text.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("Nothing to say: the text is empty")};
    if (text.size() > MaxTextLength)
        return Error{
            ErrorCode::InvalidArgument,
            QStringLiteral("Text of %1 characters is over the limit of %2").arg(text.size()).arg(MaxTextLength)};

    QMutexLocker lock(&espeakMutex());
    static const int outputRate = initializeEspeak();
    if (outputRate <= 0)
        return Error{ErrorCode::Internal, QStringLiteral("eSpeak NG could not start (is espeak-ng-data installed?)")};

    // An unknown name, or data that went missing after start-up, shows up here.
    const QByteArray voiceName = voice.toUtf8();
    if (const espeak_ERROR e = espeak_SetVoiceByName(voiceName.constData()); e != EE_OK) {
        const auto message = QStringLiteral("eSpeak NG has no voice \"%1\" (error %2; is espeak-ng-data installed?)");
        return Error{ErrorCode::NotFound, message.arg(voice).arg(int(e))};
    }
    // Every time: the rate is process-wide in eSpeak, and the previous caller may have asked for another.
    espeak_SetParameter(espeakRATE, std::clamp(wordsPerMinute, MinimumRate, MaximumRate), 0);

    QByteArray pcm;
    const QByteArray utf8 = text.toUtf8();
    g_collecting = &pcm;
    // size counts the terminating NUL, as espeak_Synth expects; no SSML flag, so '<' in text is just text.
    const espeak_ERROR e = espeak_Synth(utf8.constData(), size_t(utf8.size()) + 1, 0, POS_CHARACTER, 0,
                                        espeakCHARS_UTF8, nullptr, nullptr);
    g_collecting = nullptr;
    if (e != EE_OK)
        return Error{ErrorCode::Internal, QStringLiteral("eSpeak NG failed to synthesize (error %1)").arg(int(e))};
    if (pcm.isEmpty())
        return Error{ErrorCode::Internal, QStringLiteral("eSpeak NG produced no audio for \"%1\"").arg(text)};
    if (sampleRate != nullptr)
        *sampleRate = outputRate;
    return pcm;
}

} // namespace qms
