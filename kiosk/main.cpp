// qms-kiosk: the touchscreen kiosk, which also hosts the hub.
//   qms-kiosk --center C --db D              kiosk screen + hub in one process
//   qms-kiosk --hub HOST:PORT                kiosk screen, client of another hub
//   qms-kiosk --headless --center C --db D   the hub alone, as a service
//   qms-kiosk --add-clerk USER …             add a clerk (PIN on stdin) and exit
//   qms-kiosk --set-technician-pin           store the technician PIN (stdin) in the kiosk settings
//   qms-kiosk --self-test                    load the screens offscreen; non-zero on any QML error
#include <QCommandLineParser>
#include <QTextStream>
#include <QUrl>

#include <cstdio>

#include "app/application.h"
#include "app/logging.h"
#include "app/qmlshell.h"
#include "app/stationoptions.h"
#include "config/centerconfigloader.h"
#include "hub/hubhostoptions.h"
#include "kioskcontroller.h"
#include "qrimageprovider.h"
#include "speech/audiooutput.h"
#include "speech/screenreader.h"
#include "speech/speechsynthesizer.h"
#include "ui/translations.h"
#include "web/publicsite.h"

using namespace qms;

namespace {
/** --check: what a technician needs to know about a center file before opening the doors. */
int checkCenter(const QString &path, const Result<HubHost::Options> &options)
{
    const auto center = CenterConfigLoader::loadFile(path);
    if (!center) {
        std::fprintf(stderr, "%s\n", qPrintable(center.error().message));
        return 65;
    }
    const CenterConfig &c = center.value();
    std::printf("%s: %s, %d services, %d counters, %d devices\n", qPrintable(path), qPrintable(c.name.vi),
                int(c.services.size()), int(c.counters.size()), int(c.devices.size()));
    int warnings = 0;
    if (c.publicBaseUrl.isEmpty()) {
        ++warnings;
        std::printf("warning: no public_url: tickets are printed without a QR code, and phones cannot find their "
                    "pages. Set it to the address phones on the center's Wi-Fi reach the hub at, e.g. "
                    "\"http://192.168.1.10:7480\".\n");
    } else {
        std::printf("phone pages: %s/t/<ticket>, %s/d/<dossier code>, status API %s/api/v1/services\n",
                    qPrintable(c.publicBaseUrl), qPrintable(c.publicBaseUrl), qPrintable(c.publicBaseUrl));
        const QUrl url(c.publicBaseUrl);
        if (options && options->httpPort != 0 && url.port(80) != options->httpPort) {
            ++warnings;
            std::printf("warning: public_url uses port %d but the hub serves its pages on port %d (--http)\n",
                        url.port(80), options->httpPort);
        }
        if (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")) {
            ++warnings;
            std::printf("warning: public_url names this machine itself (%s): a phone cannot reach that\n",
                        qPrintable(url.host()));
        }
    }
    std::printf(warnings == 0 ? "OK\n" : "OK, with %d warning(s)\n", warnings);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    const bool screen = !Application::hasArgument(
        argc, argv, {"--headless", "--add-clerk", "--set-technician-pin", "--check", "--help", "-h", "--version", "-v"});
    Application app(argc, argv, QStringLiteral("qms-kiosk"),
                    screen ? Application::Kind::Gui : Application::Kind::Console);

    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("Queue ticketing kiosk; hosts the hub."));
    args.addHelpOption();
    args.addVersionOption();
    const StationOptions station(QStringLiteral("/etc/qms/kiosk.conf"), "QMS_KIOSK_CONFIG");
    const HubHostOptions hosting;
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      QStringLiteral("Run the hub alone, without a window."));
    const QCommandLineOption check(QStringLiteral("check"),
                                   QStringLiteral("Check the center file (--center) and where its phone pages are, then exit."));
    const QCommandLineOption technicianPin(
        QStringLiteral("set-technician-pin"),
        QStringLiteral("Store the technician PIN (read from standard input) in the kiosk settings and exit."));
    station.addTo(args);
    hosting.addTo(args);
    args.addOptions({headless, check, technicianPin});
    args.process(app.qt());
    const bool selfTest = args.isSet(station.selfTest);
    if (args.isSet(check))
        return checkCenter(args.value(hosting.center), hosting.read(args));

    if (args.isSet(technicianPin)) {
        std::fprintf(stderr, "Technician PIN (4–8 digits), then Enter: ");
        const QString pin = QTextStream(stdin).readLine().trimmed();
        if (!KioskSettings::storeTechnicianPin(args.value(station.config), pin)) {
            std::fprintf(stderr, "\nnot stored: a PIN is 4 to 8 digits, and %s must be writable\n",
                         qPrintable(args.value(station.config)));
            return 65;
        }
        std::fprintf(stderr, "\nstored in %s\n", qPrintable(args.value(station.config)));
        return 0;
    }

    // Host the hub when given a center; otherwise be a client of one.
    std::unique_ptr<HubHost> host;
    if (hosting.hostsHub(args) && !selfTest) {
        auto options = hosting.read(args);
        auto opened = options ? HubHost::open(options.value()) : Result<std::unique_ptr<HubHost>>(options.error());
        if (!opened) {
            qCCritical(lcApp).noquote() << opened.error().message;
            return opened.error().code == ErrorCode::InvalidArgument ? 64 : 65;
        }
        host = std::move(opened).value();
    }
    if (hosting.addsClerk(args)) {
        if (!host) {
            qCCritical(lcApp) << "--add-clerk needs --center and --db";
            return 64;
        }
        return hosting.addClerkFromTerminal(args, *host);
    }
    if (args.isSet(headless) && !host) {
        qCCritical(lcApp) << "--headless runs the hub: give --center (and --db)";
        return 64;
    }
    std::unique_ptr<PublicSite> site;
    if (host) {
        if (auto started = host->start(); !started) {
            qCCritical(lcApp).noquote() << started.error().message;
            return 67;
        }
        // The ticket's QR leads here. Without it the queue still runs: a port taken is logged, not fatal.
        if (host->config().publicBaseUrl.isEmpty())
            qCWarning(lcApp) << "the center file has no public_url: tickets carry no QR code (see qms-kiosk --check)";
        if (const HubHost::Options &o = host->options(); o.httpPort != 0) {
            site = std::make_unique<PublicSite>(host->hub());
            if (!site->listen(o.httpAddress, o.httpPort))
                qCCritical(lcApp).noquote() << "the phone pages are not served:" << site->errorString();
        }
    }
    const auto stopHub = [&host] {
        if (host)
            host->hub().shutdown();
    };
    if (args.isSet(headless))
        return app.exec(stopHub);

    // ---- the kiosk screen ----
    KioskSettings settings = KioskSettings::load(args.value(station.config));
    if (const auto hub = station.hub(args))
        settings.station.hub = *hub;
    HubClient::Options clientOptions = settings.station.clientOptions(DeviceRole::Kiosk);
    if (host) {
        // The kiosk talks to the hub it hosts inside the process, as its configured kiosk device.
        settings.hostsHub = true;
        clientOptions.host = QStringLiteral("127.0.0.1");
        clientOptions.port = host->hub().serverPort();
        for (const DeviceConfig &d : host->config().devices)
            if (d.id == settings.station.device)
                clientOptions.key = d.key;
    }
    HubClient client(clientOptions);
    if (host)
        client.setConnector([&host] { return host->connectInProcess(); });

    std::unique_ptr<CupsPrinter> printer;
    if (!settings.printer.queue.isEmpty())
        printer = std::make_unique<CupsPrinter>(settings.printer);
    else
        qCWarning(lcApp) << "no printer queue in" << settings.station.path << "- tickets will only be shown";

    Translations translations(QStringLiteral("kiosk"));
    translations.setLanguage(settings.station.language);
    // "Listen": the screen read aloud, for citizens who cannot read it.
    std::unique_ptr<SpeechSynthesizer> synthesizer;
    std::unique_ptr<AudioOutput> speaker;
    std::unique_ptr<ScreenReader> reader;
    if (settings.speech.enabled && !selfTest) {
        synthesizer = std::make_unique<SpeechSynthesizer>();
        synthesizer->setRate(settings.speech.rate);
        speaker = makeAudioOutput();
        // A Listen button that says nothing would fool the very citizen who needs it: no sound, no button.
        if (speaker->isAudible())
            reader = std::make_unique<ScreenReader>(*synthesizer, *speaker);
        else
            qCWarning(lcApp) << "no sound on this machine: the Listen button is hidden";
    }
    QmlShell shell(translations);
    KioskController kiosk(client, translations, settings, printer.get(),
                          [] { return QDateTime::currentMSecsSinceEpoch(); });
    kiosk.setScreenReader(reader.get());
    QObject::connect(&kiosk, &KioskController::quitRequested, &app.qt(), &QCoreApplication::quit);
    shell.engine().addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    if (!shell.load(QStringLiteral("Qms/Kiosk"),
                    {{QStringLiteral("kiosk"), QVariant::fromValue(&kiosk)},
                     {QStringLiteral("fullScreen"), !args.isSet(station.windowed) && !selfTest}}))
        return 1;
    if (selfTest) {
        shell.finishSelfTestAfter();
        return app.exec();
    }
    client.start();
    return app.exec(stopHub);
}
