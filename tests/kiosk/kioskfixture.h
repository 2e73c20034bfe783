#pragma once

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <memory>

#include "app/qmlshell.h"
#include "kioskcontroller.h"
#include "speech/recordingaudiooutput.h"
#include "speech/screenreader.h"
#include "speech/speechsynthesizer.h"
#include "support/hubfixture.h"
#include "support/privatecupsd.h"
#include "support/windowdriver.h"
#include "ui/translations.h"

namespace qms::test {

/**
 * The kiosk as a citizen meets it: the real screens (offscreen), the real
 * view-model, a real hub over TCP and a real cupsd printing to a listening
 * "network printer". Technician PIN 2468; timeouts short so tests run fast.
 */
struct KioskFixture : WindowDriver
{
    struct Options
    {
        bool printerListening = true;
        int printerStallMs = 0; ///< the printer takes a job, then reads nothing for this long
        QSize size{1080, 1920};
        int ticketSeconds = 2;
        int ticketFailedSeconds = 5;
        int idleSeconds = 3;
        int printTimeoutMs = 10'000;
        QString center = QStringLiteral("tests/data/hub-center.json");
        Timestamp clock = 0; ///< fixed time for hub and kiosk (0: the real clock)
        bool speech = false; ///< "Listen" reads aloud (real eSpeak NG) into `speaker`
    };
    explicit KioskFixture(Options options);
    KioskFixture()
        : KioskFixture(Options{})
    { }
    ~KioskFixture();

    HubFixture hub;
    std::unique_ptr<PrivateCupsd> cups;
    std::unique_ptr<FakeNetworkPrinter> printer;
    std::unique_ptr<HubClient> client;
    std::unique_ptr<CupsPrinter> cupsPrinter;
    std::unique_ptr<Translations> translations;
    std::unique_ptr<QmlShell> shell;
    std::unique_ptr<SpeechSynthesizer> synthesizer;
    std::unique_ptr<RecordingAudioOutput> speaker; ///< plays 5 times faster than real time
    std::unique_ptr<ScreenReader> reader;
    std::unique_ptr<KioskController> kiosk;
    TempDir settingsDir;
};

} // namespace qms::test
