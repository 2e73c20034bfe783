#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>

#include "speech/vietnamesenumbers.h"

namespace qms {

class AudioOutput;
class SpeechSynthesizer;

/**
 * The loudspeaker's queue: each call becomes one announcement — the chime, then
 * the Vietnamese call sentence (and, if enabled, the English one) said
 * `repeats` times — and announcements play strictly one after another: calls
 * that arrive together wait their turn, none is dropped, none overlaps another.
 * A recall is just another announce().
 *
 * Each announcement goes to the output as one buffer. The next one is
 * synthesized while the current one plays, so there is no pause for synthesis
 * between them. started(id) / finished(id) bracket each announcement, so a
 * display can keep a call highlighted while it is being said; idle() comes
 * when the queue has run empty.
 *
 * Uses, does not own, the synthesizer and the output; both must outlive it. If
 * synthesis fails (no voice data), the announcement still plays its chime and
 * still gets started/finished, with a warning in the log.
 */
class Announcer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString voice = QStringLiteral("vi"); ///< or "vi-vn-x-central", "vi-vn-x-south"
        NumberDialect dialect = NumberDialect::Northern;
        bool english = false; ///< also say the English sentence after each Vietnamese one
        QString englishVoice = QStringLiteral("en");
        int repeats = 2;   ///< times the sentence(s) are said, 1..5; the chime plays once
        int pauseMs = 700; ///< silence after each sentence, 0..5000
    };

    Announcer(SpeechSynthesizer &synthesizer, AudioOutput &output, Options options, QObject *parent = nullptr);
    Announcer(SpeechSynthesizer &synthesizer, AudioOutput &output, QObject *parent = nullptr);
    ~Announcer() override;

    /** For announcements queued from now on; those already queued keep theirs. */
    void setOptions(const Options &options);
    [[nodiscard]] const Options &options() const { return m_options; }

    /** Queues the call of ticket `label` to `counter`; returns the id started()/finished() will carry. */
    quint64 announce(const QString &label, int counter);

    /** Announcements not yet finished, the one playing included. */
    [[nodiscard]] int pendingCount() const { return int(m_queue.size()); }
    [[nodiscard]] bool isIdle() const { return m_queue.empty(); }

Q_SIGNALS:
    void started(quint64 id);
    void finished(quint64 id);
    void idle();

private:
    struct Announcement
    {
        quint64 id = 0;
        QStringList texts;        // Vietnamese, then English if enabled
        QStringList voices;       // one per text
        QList<QByteArray> speech; // synthesized so far, in the order of texts; empty where synthesis failed
        int sampleRate = 0;       // of the speech; 0 until some synthesis succeeded
        int repeats = 1;
        int pauseMs = 0;
        [[nodiscard]] bool ready() const { return speech.size() == texts.size(); }
    };

    void pump();
    void synthesizeAhead();
    void startNext();
    void onSynthesized(quint64 request, const QByteArray &pcm, int sampleRate);
    void onSynthesisFailed(quint64 request, const QString &message);
    void addSpeech(const QByteArray &pcm, int sampleRate);
    void onOutputFinished();
    [[nodiscard]] const QByteArray &chime(int sampleRate);

    SpeechSynthesizer *m_synthesizer;
    AudioOutput *m_output;
    Options m_options;
    std::deque<Announcement> m_queue; // front() is the one playing, when m_playing
    quint64 m_nextId = 0;

    quint64 m_request = 0;    // synthesis in flight (0: none); one at a time keeps the order simple
    quint64 m_requestFor = 0; // the announcement it is for
    quint64 m_nextRequest = 0;

    bool m_playing = false; // the front announcement is on the output

    QByteArray m_chime;
    int m_chimeRate = 0;
};

} // namespace qms
