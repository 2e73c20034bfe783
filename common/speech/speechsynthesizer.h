#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

#include "util/result.h"

namespace qms {

/**
 * Text to speech with eSpeak NG (libespeak-ng), in process: UTF-8 text in,
 * 16-bit mono PCM out (22050 Hz, see pcm.h). Voices: "vi" (Northern),
 * "vi-vn-x-central", "vi-vn-x-south", "en".
 *
 * eSpeak NG keeps all its state in globals and is not thread-safe. Each object
 * owns one worker thread on which synthesize() runs, so the GUI thread never
 * waits; every eSpeak call in the process goes through synthesizeNow(), which
 * also holds one process-wide lock, so two synthesizers (or a test calling
 * synthesizeNow() directly) never overlap inside eSpeak.
 *
 * Failures (no eSpeak data, unknown voice, nothing to say) arrive as failed();
 * nothing throws and nothing exits the process (espeakINITIALIZE_DONT_EXIT).
 * eSpeak is initialized once per process, so missing data stays an error until
 * the app is restarted.
 * Jobs still queued when the object is destroyed are dropped; the one running is
 * finished first.
 */
class SpeechSynthesizer : public QObject
{
    Q_OBJECT
public:
    /**
     * Words per minute. eSpeak's default is 175; announcements go through ceiling
     * speakers into a hall that echoes and is noisy, and many listeners are old,
     * so ~15% slower is clearer without sounding drawn out (the call sentence
     * takes about 4.3 s instead of 3.6 s).
     */
    static constexpr int DefaultRate = 150;
    static constexpr int MinimumRate = 80;  // espeakRATE_MINIMUM
    static constexpr int MaximumRate = 450; // espeakRATE_MAXIMUM
    /** Longer texts are refused: an announcement is a sentence, not a document. */
    static constexpr int MaxTextLength = 2000;

    explicit SpeechSynthesizer(QObject *parent = nullptr);
    ~SpeechSynthesizer() override;

    /** Speaking rate for jobs queued from now on, clamped to MinimumRate..MaximumRate. */
    void setRate(int wordsPerMinute);
    [[nodiscard]] int rate() const { return m_rate; }

    /**
     * Queues `text` for synthesis with `voice`; synthesized() or failed() with the
     * same `id` follows on this object's thread, in the order of the calls. The
     * ids are the caller's (they are only handed back).
     */
    void synthesize(quint64 id, const QString &text, const QString &voice);

    /**
     * Synthesizes on the calling thread and blocks (about 20–50 ms per sentence).
     * Initializes eSpeak NG on first use. `sampleRate`, if given, receives the
     * rate of the returned audio. Safe from any thread.
     */
    [[nodiscard]] static Result<QByteArray> synthesizeNow(const QString &text, const QString &voice,
                                                          int wordsPerMinute = DefaultRate, int *sampleRate = nullptr);

Q_SIGNALS:
    void synthesized(quint64 id, const QByteArray &pcm, int sampleRate);
    void failed(quint64 id, const QString &message);

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_worker; // lives on m_thread; synthesis jobs are posted to it
    int m_rate = DefaultRate;
};

} // namespace qms
