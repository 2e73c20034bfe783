#include <QThread>

#include <cmath>
#include <cstring>
#include <numbers>

#include "speech/chime.h"
#include "speech/pcm.h"
#include "speech/speechsynthesizer.h"
#include "support/hubfixture.h"

using namespace qms;
using namespace qms::test;

namespace {

const QString kCallSentence = QStringLiteral("Mời công dân có số một nghìn không trăm hai mươi ba đến quầy số ba");

qint16 sampleAt(const QByteArray &pcm, qsizetype i)
{
    qint16 s = 0;
    std::memcpy(&s, pcm.constData() + i * qsizetype(sizeof(qint16)), sizeof(s));
    return s;
}

double seconds(const QByteArray &pcm, int sampleRate)
{
    return double(pcm.size() / qsizetype(sizeof(qint16))) / sampleRate;
}

/** Power of `frequency` in samples [from, to) (Goertzel). */
double powerAt(const QByteArray &pcm, int sampleRate, double frequency, double fromS, double toS)
{
    const double w = 2 * std::numbers::pi * frequency / sampleRate;
    double s1 = 0, s2 = 0;
    for (auto i = qsizetype(fromS * sampleRate); i < qsizetype(toS * sampleRate); ++i) {
        const double s0 = sampleAt(pcm, i) + 2 * std::cos(w) * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return s1 * s1 + s2 * s2 - 2 * std::cos(w) * s1 * s2;
}

} // namespace

TEST_CASE("The call sentence is synthesized at a plausible length and is not silent", "[speech]")
{
    // Measured in process with eSpeak NG 1.51 at our default 150 wpm: vi 4.25 s, vi-vn-x-central 4.37 s
    // (3.62 s and 3.73 s at eSpeak's own 175). 2.5–8 s leaves room for other eSpeak versions and still
    // catches truncated or runaway audio.
    const auto voice = GENERATE(as<QString>{}, "vi", "vi-vn-x-central");
    INFO(voice.toStdString());
    int sampleRate = 0;
    const Result<QByteArray> pcm = SpeechSynthesizer::synthesizeNow(kCallSentence, voice,
                                                                    SpeechSynthesizer::DefaultRate, &sampleRate);
    REQUIRE(require(pcm).size() > 0);
    REQUIRE(sampleRate > 0);
    CHECK(pcm.value().size() % 2 == 0);
    const double duration = seconds(pcm.value(), sampleRate);
    INFO(duration);
    CHECK(duration >= 2.5);
    CHECK(duration <= 8.0);
    CHECK(pcmPeak(pcm.value()) > 1000);
}

TEST_CASE("A slower rate gives longer speech", "[speech]")
{
    const QByteArray slow = require(SpeechSynthesizer::synthesizeNow(kCallSentence, QStringLiteral("vi"), 120));
    const QByteArray fast = require(SpeechSynthesizer::synthesizeNow(kCallSentence, QStringLiteral("vi"), 200));
    // 200/120 would be the ratio if pauses scaled too; they scale less, so ask for clearly longer only.
    CHECK(double(slow.size()) > 1.3 * double(fast.size()));
}

TEST_CASE("An unknown voice or empty text is an error and not a crash", "[speech]")
{
    const Result<QByteArray> noVoice = SpeechSynthesizer::synthesizeNow(QStringLiteral("xin chào"),
                                                                        QStringLiteral("xx-no-such-voice"));
    REQUIRE_FALSE(noVoice.ok());
    CHECK(noVoice.error().code == ErrorCode::NotFound);
    const Result<QByteArray> empty = SpeechSynthesizer::synthesizeNow(QStringLiteral("  "), QStringLiteral("vi"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ErrorCode::InvalidArgument);
    // eSpeak still works afterwards.
    CHECK(SpeechSynthesizer::synthesizeNow(QStringLiteral("xin chào"), QStringLiteral("vi")).ok());
}

TEST_CASE("SpeechSynthesizer answers in order on its owner's thread", "[speech]")
{
    SpeechSynthesizer synthesizer;
    QList<quint64> done;
    QList<quint64> failed;
    bool onOwnerThread = true;
    QObject::connect(&synthesizer, &SpeechSynthesizer::synthesized, &synthesizer,
                     [&](quint64 id, const QByteArray &pcm, int sampleRate) {
                         onOwnerThread = onOwnerThread && QThread::currentThread() == synthesizer.thread();
                         CHECK(pcm.size() > 0);
                         CHECK(sampleRate > 0);
                         done << id;
                     });
    QObject::connect(&synthesizer, &SpeechSynthesizer::failed, &synthesizer, [&](quint64 id, const QString &) {
        onOwnerThread = onOwnerThread && QThread::currentThread() == synthesizer.thread();
        failed << id;
    });
    synthesizer.synthesize(7, kCallSentence, QStringLiteral("vi"));
    synthesizer.synthesize(3, QStringLiteral("xin chào"), QStringLiteral("xx-no-such-voice"));
    synthesizer.synthesize(5, QStringLiteral("Number one, please go to counter two"), QStringLiteral("en"));
    REQUIRE(waitFor([&] { return done.size() + failed.size() == 3; }, 10'000));
    CHECK(done == QList<quint64>{7, 5});
    CHECK(failed == QList<quint64>{3});
    CHECK(onOwnerThread);
}

TEST_CASE("The chime is two tones of 1.2 s that start and end without a click", "[speech]")
{
    const int rate = kSpeechSampleRate;
    const QByteArray chime = chimePcm(rate);
    REQUIRE(chime.size() == qsizetype(rate) * kChimeDurationMs / 1000 * 2);
    const qsizetype samples = chime.size() / 2;
    // A click is a jump from silence: the first and last samples are silent and the first and last
    // millisecond stay far below the peak.
    CHECK(sampleAt(chime, 0) == 0);
    CHECK(sampleAt(chime, samples - 1) == 0);
    const int peak = pcmPeak(chime);
    CHECK(peak > 8000);
    CHECK(peak < 32000);
    const qsizetype ms = rate / 1000;
    for (qsizetype i = 0; i < ms; ++i) {
        CHECK(std::abs(sampleAt(chime, i)) < peak / 4);
        CHECK(std::abs(sampleAt(chime, samples - 1 - i)) < peak / 4);
    }
    // E5 (659 Hz) rings first, C5 (523 Hz) takes over after the second strike at 0.42 s.
    CHECK(powerAt(chime, rate, 659.25, 0.05, 0.35) > 4 * powerAt(chime, rate, 523.25, 0.05, 0.35));
    CHECK(powerAt(chime, rate, 523.25, 0.60, 0.95) > 4 * powerAt(chime, rate, 659.25, 0.60, 0.95));
    CHECK(chimePcm(rate) == chime);
}
