// qms-counter: the clerk's station at a counter, or the rating pad facing the citizen.
//   qms-counter                      the station (settings: /etc/qms/counter.conf)
//   qms-counter --compact            the station as a small always-on-top window
//   qms-counter --rating-pad         the citizen's rating pad of the same counter
//   qms-counter --self-test          load the screens offscreen; non-zero on any QML error
//   qms-counter --report 2026-05 --pdf may.pdf --csv may.csv   the month's report from the hub's database
#include <QCommandLineParser>

#include "app/application.h"
#include "app/qmlshell.h"
#include "app/stationoptions.h"
#include "countercontroller.h"
#include "countersettings.h"
#include "dossierdesk.h"
#include "floorview.h"
#include "ratingpad.h"
#include "reportcommand.h"
#include "ui/translations.h"

using namespace qms;

int main(int argc, char *argv[])
{
    // A report is drawn (fonts need a GUI application) but shown nowhere: it runs from cron, without a screen.
    if (Application::hasArgument(argc, argv, {"--report"}) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Application app(argc, argv, QStringLiteral("qms-counter"),
                    Application::hasArgument(argc, argv, {"--help", "-h", "--version", "-v"})
                        ? Application::Kind::Console
                        : Application::Kind::Gui);

    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("A clerk's counter station, or its citizen rating pad."));
    args.addHelpOption();
    args.addVersionOption();
    const StationOptions station(QStringLiteral("/etc/qms/counter.conf"), "QMS_COUNTER_CONFIG");
    const QCommandLineOption ratingPad(QStringLiteral("rating-pad"),
                                       QStringLiteral("The rating pad facing the citizen, not the clerk's station."));
    const QCommandLineOption compact(QStringLiteral("compact"),
                                     QStringLiteral("Start as the small window that stays on top."));
    const ReportCommand report;
    station.addTo(args);
    args.addOptions({ratingPad, compact});
    report.addTo(args);
    args.process(app.qt());
    if (report.requested(args))
        return report.run(args);
    const bool selfTest = args.isSet(station.selfTest);

    CounterSettings settings = CounterSettings::load(args.value(station.config));
    if (const auto hub = station.hub(args))
        settings.station.hub = *hub;
    HubClient client(settings.station.clientOptions(DeviceRole::Counter));
    Translations translations(QStringLiteral("counter"));
    translations.setLanguage(settings.station.language);
    const auto clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    const bool fullScreen = !args.isSet(station.windowed) && !selfTest;

    // Declared before the shell, so the screens are gone before what they show.
    std::unique_ptr<CupsPrinter> printer;
    std::unique_ptr<ClientViewModel> viewModel;
    std::unique_ptr<DossierDesk> desk;
    std::unique_ptr<FloorView> floor;
    QmlShell shell(translations);
    bool loaded = false;
    if (args.isSet(ratingPad)) {
        auto pad = std::make_unique<RatingPadController>(
            client, translations, clock,
            RatingPadController::Timing{settings.ratingSeconds, settings.ratingThanksSeconds});
        loaded = shell.load(QStringLiteral("Qms/Counter"),
                            {{QStringLiteral("pad"), QVariant::fromValue(pad.get())},
                             {QStringLiteral("fullScreen"), fullScreen},
                             {QStringLiteral("screenIndex"), settings.ratingScreen}},
                            QStringLiteral("RatingPad.qml"));
        viewModel = std::move(pad);
    } else {
        if (!settings.slipPrinter.queue.isEmpty())
            printer = std::make_unique<CupsPrinter>(settings.slipPrinter);
        auto counter = std::make_unique<CounterController>(client, translations, clock);
        desk = std::make_unique<DossierDesk>(client, *counter, printer.get());
        floor = std::make_unique<FloorView>(client, translations, clock);
        floor->follow(*counter);
        loaded = shell.load(QStringLiteral("Qms/Counter"),
                            {{QStringLiteral("counter"), QVariant::fromValue(counter.get())},
                             {QStringLiteral("desk"), QVariant::fromValue(desk.get())},
                             {QStringLiteral("floor"), QVariant::fromValue(floor.get())},
                             {QStringLiteral("compact"), args.isSet(compact) || settings.compact},
                             {QStringLiteral("maximized"), fullScreen}});
        viewModel = std::move(counter);
    }
    if (!loaded)
        return 1;
    if (selfTest) {
        shell.finishSelfTestAfter();
        return app.exec();
    }
    client.start();
    return app.exec();
}
