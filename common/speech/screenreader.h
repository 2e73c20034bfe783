#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace qms {

class AudioOutput;
class SpeechSynthesizer;

/**
 * Reads a screen aloud for a citizen who cannot read it (the kiosk's "Nghe"
 * button): a few sentences, each in its own voice, said once as one buffer with
 * short pauses between them. Unlike the lobby's Announcer it does not queue: a
 * new read() cuts off what was being read, because the citizen has moved on.
 *
 * Uses, does not own, the synthesizer and the output; both must outlive it. It
 * may share the synthesizer with an Announcer: its request ids are kept apart.
 */
class ScreenReader : public QObject
{
    Q_OBJECT
public:
    struct Sentence
    {
        QString text;
        QString voice; ///< "vi", "en", "vi-vn-x-central", …
    };

    /** Silence between two sentences: long enough to hear where one ends. */
    static constexpr int PauseMs = 450;

    ScreenReader(SpeechSynthesizer &synthesizer, AudioOutput &output, QObject *parent = nullptr);
    ~ScreenReader() override;

    /** Stops whatever is being read and reads these sentences. */
    void read(const QList<Sentence> &sentences);
    /** Stops reading (the citizen left, or the screen changed). */
    void stop();
    /** Synthesizing or playing. */
    [[nodiscard]] bool isReading() const { return m_pending != 0 || m_playing; }

Q_SIGNALS:
    void readingChanged();
    /** The whole reading was played to its end (not emitted when it was cut off). */
    void finished();

private:
    void onSynthesized(quint64 request, const QByteArray &pcm, int sampleRate);
    void onFailed(quint64 request, const QString &message);
    void addPart(quint64 request, const QByteArray &pcm, int sampleRate);
    void playIfComplete();
    [[nodiscard]] quint64 newRequest();

    SpeechSynthesizer *m_synthesizer;
    AudioOutput *m_output;
    QList<quint64> m_requests; ///< of the current reading, in order
    QList<QByteArray> m_parts; ///< synthesized so far, one per request (empty where it failed)
    int m_pending = 0;         ///< requests not answered yet
    int m_sampleRate = 0;
    bool m_playing = false;
    quint64 m_nextRequest = 0;
};

} // namespace qms
