// qms-display: the lobby screen that shows and announces the calls.
//   qms-display                      every counter (settings: /etc/qms/display.conf)
//   qms-display --zone B             only zone B's counters and services
//   qms-display --counter 3          the small screen above counter 3
//   qms-display --silent             no announcements
//   qms-display --self-test          load the screens offscreen; non-zero on any QML error
#include <QCommandLineParser>

#include "app/application.h"
#include "app/logging.h"
#include "app/qmlshell.h"
#include "app/stationoptions.h"
#include "displaycontroller.h"
#include "displaysettings.h"
#include "frametrace.h"
#include "speech/announcer.h"
#include "speech/audiooutput.h"
#include "speech/speechsynthesizer.h"
#include "ui/translations.h"

using namespace qms;

int main(int argc, char *argv[])
{
    Application app(argc, argv, QStringLiteral("qms-display"),
                    Application::hasArgument(argc, argv, {"--help", "-h", "--version", "-v"})
                        ? Application::Kind::Console
                        : Application::Kind::Gui);

    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("The lobby display: shows and announces the calls."));
    args.addHelpOption();
    args.addVersionOption();
    const StationOptions station(QStringLiteral("/etc/qms/display.conf"), "QMS_DISPLAY_CONFIG");
    const QCommandLineOption zone(QStringLiteral("zone"), QStringLiteral("Show only this zone's counters."),
                                  QStringLiteral("name"));
    const QCommandLineOption counter(QStringLiteral("counter"),
                                     QStringLiteral("The small screen above one counter."), QStringLiteral("number"));
    const QCommandLineOption silent(QStringLiteral("silent"), QStringLiteral("Do not announce the calls aloud."));
    station.addTo(args);
    args.addOptions({zone, counter, silent});
    args.process(app.qt());
    const bool selfTest = args.isSet(station.selfTest);

    DisplaySettings settings = DisplaySettings::load(args.value(station.config));
    if (const auto hub = station.hub(args))
        settings.station.hub = *hub;
    if (args.isSet(zone))
        settings.zone = args.value(zone);
    if (args.isSet(counter)) {
        bool ok = false;
        settings.counter = args.value(counter).toInt(&ok);
        if (!ok || settings.counter <= 0) {
            qCCritical(lcApp) << "--counter takes a counter number";
            return 64;
        }
    }
    // A counter-top screen says nothing: the lobby's speakers already do.
    const bool speak = settings.speech.enabled && !args.isSet(silent) && settings.counter == 0 && !selfTest;

    HubClient client(settings.station.clientOptions(DeviceRole::Display));
    Translations translations(QStringLiteral("display"));
    translations.setLanguage(settings.station.language);

    std::unique_ptr<SpeechSynthesizer> synthesizer;
    std::unique_ptr<AudioOutput> output;
    std::unique_ptr<Announcer> announcer;
    if (speak) {
        synthesizer = std::make_unique<SpeechSynthesizer>();
        synthesizer->setRate(settings.speech.rate);
        output = makeAudioOutput();
        announcer = std::make_unique<Announcer>(*synthesizer, *output, settings.speech.announcer);
    }
    // Declared before the shell, so the screens are gone before what they show.
    DisplayController display(client, translations, [] { return QDateTime::currentMSecsSinceEpoch(); },
                              DisplayController::Options{settings.zone, settings.counter,
                                                         settings.recentCallSeconds, settings.recentCalls},
                              announcer.get());
    QmlShell shell(translations);
    if (!shell.load(QStringLiteral("Qms/Display"),
                    {{QStringLiteral("display"), QVariant::fromValue(&display)},
                     {QStringLiteral("fullScreen"), !args.isSet(station.windowed) && !selfTest}},
                    settings.counter != 0 ? QStringLiteral("CounterTop.qml") : QStringLiteral("Main.qml")))
        return 1;
    FrameTrace trace(client, display, *shell.window());
    if (selfTest) {
        shell.finishSelfTestAfter();
        return app.exec();
    }
    client.start();
    return app.exec();
}
