#include <QAudioDevice>
#include <QElapsedTimer>
#include <QMediaDevices>

#include <cstdlib>
#include <cstring>

#include "speech/announcer.h"
#include "speech/chime.h"
#include "speech/pcm.h"
#include "speech/qtaudiooutput.h"
#include "speech/recordingaudiooutput.h"
#include "speech/silentaudiooutput.h"
#include "speech/speechsynthesizer.h"
#include "support/hubfixture.h"

using namespace qms;
using namespace qms::test;

namespace {

// Audio "plays" this many times faster than real time: an announcement of ~12 s takes ~0.6 s.
constexpr int kSpeedup = 20;
constexpr int kTimeoutMs = 30'000;

/** Everything the announcer and the output did, in order, as "started 1", "play", "finished 1", "idle". */
struct EventLog
{
    EventLog(Announcer &announcer, RecordingAudioOutput &output)
    {
        QObject::connect(&announcer, &Announcer::started, &announcer, [this](quint64 id) {
            events << QStringLiteral("started %1").arg(id);
            started << id;
        });
        QObject::connect(&announcer, &Announcer::finished, &announcer, [this](quint64 id) {
            events << QStringLiteral("finished %1").arg(id);
            finished << id;
        });
        QObject::connect(&announcer, &Announcer::idle, &announcer, [this] { events << QStringLiteral("idle"); });
        QObject::connect(&output, &RecordingAudioOutput::playStarted, &output,
                         [this] { events << QStringLiteral("play"); });
    }

    QStringList events;
    QList<quint64> started;
    QList<quint64> finished;
};

/** The events of one announcement: it starts, is played as one buffer, and finishes. */
QStringList announcementEvents(quint64 id)
{
    return {QStringLiteral("started %1").arg(id), QStringLiteral("play"), QStringLiteral("finished %1").arg(id)};
}

/**
 * The lengths (ms) of the sounds in `pcm` that are apart by 350 ms of digital silence or more: the
 * announcer's pauses (400 ms after the chime, 700 ms after each sentence) split, eSpeak's own pauses
 * inside a sentence (under 300 ms) do not.
 */
QList<qint64> soundsMs(const QByteArray &pcm, int sampleRate)
{
    QList<qint64> sounds;
    const qsizetype minGap = qsizetype(sampleRate) * 350 / 1000;
    qsizetype start = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i < pcm.size() / 2; ++i) {
        qint16 sample = 0;
        std::memcpy(&sample, pcm.constData() + 2 * i, sizeof(sample));
        if (sample == 0)
            continue;
        if (start < 0 || i - last > minGap) {
            if (start >= 0)
                sounds << (last + 1 - start) * 1000 / sampleRate;
            start = i;
        }
        last = i;
    }
    if (start >= 0)
        sounds << (last + 1 - start) * 1000 / sampleRate;
    return sounds;
}

/** The length of `text` as eSpeak says it at the default rate. */
qint64 speechMs(const QString &text, const QString &voice = QStringLiteral("vi"))
{
    int sampleRate = 0;
    const QByteArray pcm = require(
        SpeechSynthesizer::synthesizeNow(text, voice, SpeechSynthesizer::DefaultRate, &sampleRate));
    const QList<qint64> sounds = soundsMs(pcm, sampleRate);
    REQUIRE(sounds.size() == 1);
    return sounds.front();
}

qint64 chimeMs()
{
    return soundsMs(chimePcm(kSpeechSampleRate), kSpeechSampleRate).front();
}

/**
 * Checks that an announcement played the sounds `expectedMs`, in order. eSpeak NG adds a little random
 * noise and timing jitter (two syntheses of one sentence differ by ~1 ms), so sentences are told apart
 * by length; the sentences compared in these tests differ by 150 ms or more.
 */
void checkSounds(const RecordingAudioOutput::Play &play, const QList<qint64> &expectedMs)
{
    const QList<qint64> actual = soundsMs(play.pcm, play.sampleRate);
    INFO("expected " << ::Catch::Detail::stringify(expectedMs) << " ms, played " << ::Catch::Detail::stringify(actual));
    REQUIRE(actual.size() == expectedMs.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        CHECK(std::abs(actual[i] - expectedMs[i]) <= 30);
    CHECK(play.pcm.startsWith(chimePcm(play.sampleRate)));
}

void checkNoOverlap(const RecordingAudioOutput &output)
{
    CHECK(output.overlaps() == 0);
    const auto &plays = output.plays();
    for (qsizetype i = 1; i < plays.size(); ++i) {
        INFO(i);
        REQUIRE(plays[i - 1].endedMs >= 0);
        CHECK(plays[i].startedMs >= plays[i - 1].endedMs);
    }
}

} // namespace

TEST_CASE("Calls made at the same moment are announced one after another in order", "[speech]")
{
    SpeechSynthesizer synthesizer;
    RecordingAudioOutput output(kSpeedup);
    Announcer::Options options;
    options.repeats = 2;
    Announcer announcer(synthesizer, output, options);
    EventLog log(announcer, output);

    const quint64 a = announcer.announce(QStringLiteral("1023"), 3);
    const quint64 b = announcer.announce(QStringLiteral("1024"), 5);
    const quint64 c = announcer.announce(QStringLiteral("A007"), 1);
    CHECK(announcer.pendingCount() == 3);
    REQUIRE(waitFor([&] { return log.events.contains(QStringLiteral("idle")); }, kTimeoutMs));

    CHECK(log.events
          == announcementEvents(a) + announcementEvents(b) + announcementEvents(c)
              + QStringList{QStringLiteral("idle")});
    CHECK(log.started == QList<quint64>{a, b, c});
    CHECK(log.finished == QList<quint64>{a, b, c});
    CHECK(announcer.isIdle());
    checkNoOverlap(output);

    // Each: the chime, then its own sentence twice.
    const auto &plays = output.plays();
    REQUIRE(plays.size() == 3);
    const qint64 first = speechMs(QStringLiteral("Mời công dân có số một nghìn không trăm hai mươi ba đến quầy số ba"));
    const qint64 second = speechMs(
        QStringLiteral("Mời công dân có số một nghìn không trăm hai mươi tư đến quầy số năm"));
    const qint64 third = speechMs(QStringLiteral("Mời công dân có số a bảy đến quầy số một"));
    checkSounds(plays[0], {chimeMs(), first, first});
    checkSounds(plays[1], {chimeMs(), second, second});
    checkSounds(plays[2], {chimeMs(), third, third});
}

TEST_CASE("A recall made while another call is announced is played after it", "[speech]")
{
    SpeechSynthesizer synthesizer;
    RecordingAudioOutput output(kSpeedup);
    Announcer announcer(synthesizer, output); // default: the sentence twice
    EventLog log(announcer, output);

    const quint64 call = announcer.announce(QStringLiteral("1023"), 3);
    REQUIRE(waitFor([&] { return !output.plays().isEmpty(); }, kTimeoutMs));
    REQUIRE(log.finished.isEmpty());
    const quint64 recall = announcer.announce(QStringLiteral("1023"), 3);
    REQUIRE(waitFor([&] { return log.finished.size() == 2; }, kTimeoutMs));

    CHECK(log.events.mid(0, 6) == announcementEvents(call) + announcementEvents(recall));
    REQUIRE(output.plays().size() == 2);
    const qint64 sentence = speechMs(
        QStringLiteral("Mời công dân có số một nghìn không trăm hai mươi ba đến quầy số ba"));
    checkSounds(output.plays()[0], {chimeMs(), sentence, sentence});
    checkSounds(output.plays()[1], {chimeMs(), sentence, sentence});
    checkNoOverlap(output);
}

TEST_CASE("Repeats and the English sentence are honoured per call", "[speech]")
{
    SpeechSynthesizer synthesizer;
    RecordingAudioOutput output(kSpeedup);
    Announcer::Options options;
    options.repeats = 3;
    options.english = true;
    Announcer announcer(synthesizer, output, options);
    EventLog log(announcer, output);

    const quint64 both = announcer.announce(QStringLiteral("B012"), 2);
    options.repeats = 1;
    options.english = false;
    announcer.setOptions(options);
    const quint64 once = announcer.announce(QStringLiteral("B012"), 2);
    REQUIRE(waitFor([&] { return log.finished.size() == 2; }, kTimeoutMs));

    CHECK(log.events.mid(0, 6) == announcementEvents(both) + announcementEvents(once));
    REQUIRE(output.plays().size() == 2);
    const qint64 vi = speechMs(QStringLiteral("Mời công dân có số bê mười hai đến quầy số hai"));
    const qint64 en = speechMs(QStringLiteral("Number B-twelve, please go to counter two"), QStringLiteral("en"));
    checkSounds(output.plays()[0], {chimeMs(), vi, en, vi, en, vi, en});
    checkSounds(output.plays()[1], {chimeMs(), vi});
    checkNoOverlap(output);
}

TEST_CASE("The next call is synthesized while the current one plays", "[speech]")
{
    SpeechSynthesizer synthesizer;
    RecordingAudioOutput output(kSpeedup / 2); // a longer first announcement: synthesis has time under load
    Announcer announcer(synthesizer, output);
    EventLog log(announcer, output);
    QObject::connect(&synthesizer, &SpeechSynthesizer::synthesized, &synthesizer,
                     [&] { log.events << QStringLiteral("synthesized"); });

    const quint64 a = announcer.announce(QStringLiteral("1023"), 3);
    announcer.announce(QStringLiteral("1024"), 5);
    announcer.announce(QStringLiteral("1025"), 6);
    REQUIRE(waitFor([&] { return log.finished.size() == 3; }, kTimeoutMs));

    // The second announcement's speech arrived before the first ended; the third's only after
    // (two are prepared at most).
    const auto firstFinished = log.events.indexOf(QStringLiteral("finished %1").arg(a));
    QList<qsizetype> synthesized;
    for (qsizetype i = 0; i < log.events.size(); ++i) {
        if (log.events[i] == QStringLiteral("synthesized"))
            synthesized << i;
    }
    REQUIRE(synthesized.size() == 3);
    CHECK(synthesized[1] < firstFinished);
    CHECK(synthesized[2] > firstFinished);
    checkNoOverlap(output);
}

TEST_CASE("A call whose voice is missing still plays its chime and finishes", "[speech]")
{
    SpeechSynthesizer synthesizer;
    RecordingAudioOutput output(kSpeedup);
    Announcer::Options options;
    options.voice = QStringLiteral("xx-no-such-voice");
    Announcer announcer(synthesizer, output, options);
    EventLog log(announcer, output);

    const quint64 id = announcer.announce(QStringLiteral("1023"), 3);
    REQUIRE(waitFor([&] { return log.events.contains(QStringLiteral("idle")); }, kTimeoutMs));
    CHECK(log.events == announcementEvents(id) + QStringList{QStringLiteral("idle")});
    REQUIRE(output.plays().size() == 1);
    checkSounds(output.plays()[0], {chimeMs()});
}

TEST_CASE("The silent output takes as long as the audio and finishes later than play", "[speech]")
{
    SilentAudioOutput output;
    int finished = 0;
    QObject::connect(&output, &AudioOutput::finished, &output, [&] { ++finished; });
    QElapsedTimer clock;
    clock.start();
    output.play(silencePcm(kSpeechSampleRate, 300), kSpeechSampleRate);
    CHECK(finished == 0);
    REQUIRE(waitFor([&] { return finished == 1; }, 5000));
    CHECK(clock.elapsed() >= 290);
}

TEST_CASE("A Qt output on a null device finishes instead of hanging", "[speech]")
{
    QtAudioOutput output{QAudioDevice()};
    int finished = 0;
    QObject::connect(&output, &AudioOutput::finished, &output, [&] { ++finished; });
    QElapsedTimer clock;
    clock.start();
    output.play(silencePcm(kSpeechSampleRate, 200), kSpeechSampleRate);
    CHECK(finished == 0);
    REQUIRE(waitFor([&] { return finished == 1; }, 5000));
    CHECK(clock.elapsed() >= 190);
}

TEST_CASE("makeAudioOutput gives the silent output exactly when there is no device", "[speech]")
{
    const std::unique_ptr<AudioOutput> output = makeAudioOutput();
    REQUIRE(output);
    const bool silent = qobject_cast<SilentAudioOutput *>(output.get()) != nullptr;
    CHECK(silent == QMediaDevices::defaultAudioOutput().isNull());
    int finished = 0;
    QObject::connect(output.get(), &AudioOutput::finished, output.get(), [&] { ++finished; });
    output->play(silencePcm(kSpeechSampleRate, 200), kSpeechSampleRate);
    REQUIRE(waitFor([&] { return finished == 1; }, 5000));
}
