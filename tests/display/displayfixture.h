#pragma once

#include <QSet>

#include <memory>

#include "app/qmlshell.h"
#include "displaycontroller.h"
#include "speech/announcer.h"
#include "speech/recordingaudiooutput.h"
#include "speech/speechsynthesizer.h"
#include "support/hubfixture.h"
#include "support/windowdriver.h"
#include "ui/translations.h"

namespace qms::test {

/**
 * The lobby display as the hall sees and hears it: the real screen (offscreen),
 * the real view-model on its own connection to a real hub over TCP, and the real
 * announcer with eSpeak NG synthesis, whose loudspeaker is a RecordingAudioOutput
 * that keeps every buffer it was given and when. The hub and the display share a
 * clock the test may move (`advance`), so "recent" and "old" calls are real ages.
 */
struct DisplayFixture : WindowDriver
{
    struct Options
    {
        QString center = QStringLiteral("tests/data/hub-center.json");
        QString device = QStringLiteral("display-1");
        QString zone;
        int counter = 0;
        Timestamp clock = 0; ///< start of the shared clock (0: the real clock, not movable)
        QSize size{1920, 1080};
        QString language = QStringLiteral("vi");
        bool speech = true;
        int speedup = 40; ///< audio "plays" this many times faster than real time
    };
    explicit DisplayFixture(Options options);
    DisplayFixture()
        : DisplayFixture(Options{})
    { }
    ~DisplayFixture();

    /** Moves the shared clock on (only with a fixed clock). */
    void advance(double minutes);
    /**
     * Counter `number`'s station, its clerk logged in and the counter open.
     * Clerks beyond the fixture's three are added as needed.
     */
    HubClient &openCounter(int number);
    /** A ticket from the first kiosk; returns its label. */
    QString issue(const QString &service);
    /** Counter `number` calls its next citizen; returns the ticket as the hub sent it. */
    QJsonObject callNext(int number);
    /** Counter `number` does `op` (ticket.recall, ticket.start, …) on the ticket it holds. */
    void act(int number, const QString &op, const QJsonObject &ticket);
    /** Waits until everything queued has been said and the screen has caught up. */
    void waitQuiet(int ms = 60'000);
    /** Labels of the calls announced so far, as "A1001→3". */
    [[nodiscard]] QStringList announcedCalls() const;

    Timestamp now = 0;
    HubFixture hub;
    std::unique_ptr<HubClient> kiosk;
    std::map<int, std::unique_ptr<HubClient>> counters;
    QSet<QString> clerks; ///< added by openCounter()
    std::unique_ptr<HubClient> client;
    std::unique_ptr<Translations> translations;
    std::unique_ptr<SpeechSynthesizer> synthesizer;
    std::unique_ptr<RecordingAudioOutput> speaker;
    std::unique_ptr<Announcer> announcer;
    std::unique_ptr<DisplayController> display;
    std::unique_ptr<QmlShell> shell;
};

} // namespace qms::test
