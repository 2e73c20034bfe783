// qms-kiosk: the touchscreen kiosk, which also hosts the hub.
//   qms-kiosk --center C --db D          kiosk screen + hub in one process
//   qms-kiosk --hub HOST:PORT            kiosk screen, client of another hub
//   qms-kiosk --headless --center C --db D   the hub alone, as a service
//   qms-kiosk --add-clerk USER …         add a clerk (PIN on stdin) and exit
//   qms-kiosk --set-technician-pin       store the technician PIN (stdin) in the kiosk settings
//   qms-kiosk --self-test                load the screens offscreen; non-zero on any QML error
#include <QCommandLineParser>
#include <QFont>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <cstring>

#include "client/hubclient.h"
#include "hubhost.h"
#include "kioskcontroller.h"
#include "printing/ticketrenderer.h"
#include "protocol/memorylineconnection.h"
#include "protocol/protocol.h"
#include "qrimageprovider.h"
#include "util/signalwatcher.h"

Q_LOGGING_CATEGORY(lcMain, "qms.kiosk")

using namespace qms;

namespace {
bool hasAnyArg(int argc, char **argv, std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i)
        for (const char *n : names)
            if (std::strcmp(argv[i], n) == 0)
                return true;
    return false;
}

/** "0.0.0.0:7420", ":7420" or "7420" → address and port. */
bool parseAddress(const QString &text, QString *host, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p == 0 || p > 65535)
        return false;
    *port = quint16(p);
    *host = colon <= 0 ? QString() : text.left(colon);
    return true;
}

QString readLine()
{
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

int stopOnSignals(QCoreApplication &app, const std::function<void()> &beforeQuit)
{
    SignalWatcher stopSignals({SIGTERM, SIGINT, SIGHUP});
    QObject::connect(&stopSignals, &SignalWatcher::received, &app, [beforeQuit](int s) {
        qCInfo(lcMain) << "stopping on signal" << s;
        beforeQuit();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

void logEvents(Hub &hub)
{
    QObject::connect(&hub, &Hub::committed, &hub, [](const std::vector<StoredEvent> &events) {
        for (const StoredEvent &e : events) {
            const Event &ev = e.event;
            QString what = ev.ticket ? ev.ticket->label : QString();
            if (ev.counter)
                what += QStringLiteral(" counter %1").arg(ev.counter->number);
            qCInfo(lcMain).noquote() << "#" << e.seq << eventTypeName(ev.type) << what.trimmed() << "by" << ev.actor;
        }
    });
}
} // namespace

int main(int argc, char *argv[])
{
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} %{if-warning}WARNING "
                                      "%{endif}%{if-critical}ERROR %{endif}%{category}: %{message}"));
    const bool selfTest = hasAnyArg(argc, argv, {"--self-test"});
    if (selfTest && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const bool gui = !hasAnyArg(
        argc, argv, {"--headless", "--add-clerk", "--set-technician-pin", "--help", "-h", "--version", "-v"});
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qms"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QMS_VERSION));

    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("Queue ticketing kiosk; hosts the hub."));
    args.addHelpOption();
    args.addVersionOption();
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      QStringLiteral("Run the hub alone, without a window."));
    const QCommandLineOption center(QStringLiteral("center"),
                                    QStringLiteral("Center configuration (JSON): host the hub."),
                                    QStringLiteral("file"), qEnvironmentVariable("QMS_CENTER"));
    const QString defaultDb = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/qms.db");
    const QCommandLineOption database(QStringLiteral("db"), QStringLiteral("SQLite database file."),
                                      QStringLiteral("file"), qEnvironmentVariable("QMS_DB", defaultDb));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Where the hub listens (address:port)."),
                                    QStringLiteral("address:port"),
                                    QStringLiteral("0.0.0.0:%1").arg(protocol::defaultPort));
    const QCommandLineOption hubAddress(QStringLiteral("hub"), QStringLiteral("Be a kiosk of another hub."),
                                        QStringLiteral("host:port"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("Kiosk settings (INI), see docs/KIOSK.md."), QStringLiteral("file"),
                                    qEnvironmentVariable("QMS_KIOSK_CONFIG", QStringLiteral("/etc/qms/kiosk.conf")));
    const QCommandLineOption windowed(QStringLiteral("windowed"),
                                      QStringLiteral("A window instead of full screen (development)."));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"), QStringLiteral("Load the screens offscreen and exit; non-zero on any QML error."));
    const QCommandLineOption addClerkOption(QStringLiteral("add-clerk"),
                                            QStringLiteral("Add a clerk (PIN read from standard input) and exit."),
                                            QStringLiteral("username"));
    const QCommandLineOption clerkName(QStringLiteral("name"), QStringLiteral("With --add-clerk: display name."),
                                       QStringLiteral("name"));
    const QCommandLineOption clerkRole(QStringLiteral("role"), QStringLiteral("With --add-clerk: clerk or supervisor."),
                                       QStringLiteral("role"), QStringLiteral("clerk"));
    const QCommandLineOption technicianPin(
        QStringLiteral("set-technician-pin"),
        QStringLiteral("Store the technician PIN (read from standard input) in the kiosk settings and exit."));
    const QCommandLineOption ignoreHours(QStringLiteral("ignore-hours"),
                                         QStringLiteral("Training or demo: every service takes tickets at any hour."));
    args.addOptions({headless, center, database, listen, hubAddress, config, windowed, selfTestOption, addClerkOption,
                     clerkName, clerkRole, technicianPin, ignoreHours});
    args.process(*app);

    if (args.isSet(technicianPin)) {
        std::fprintf(stderr, "Technician PIN (4–8 digits), then Enter: ");
        if (!KioskSettings::storeTechnicianPin(args.value(config), readLine())) {
            std::fprintf(stderr, "\nnot stored: a PIN is 4 to 8 digits, and %s must be writable\n",
                         qPrintable(args.value(config)));
            return 65;
        }
        std::fprintf(stderr, "\nstored in %s\n", qPrintable(args.value(config)));
        return 0;
    }

    // Host the hub when given a center; otherwise be a client of one.
    std::unique_ptr<HubHost> host;
    if (!args.value(center).isEmpty() && !selfTest) {
        HubHost::Options o;
        o.centerPath = args.value(center);
        o.dbPath = args.value(database);
        o.ignoreHours = args.isSet(ignoreHours);
        QString listenHost;
        if (!parseAddress(args.value(listen), &listenHost, &o.port)) {
            qCCritical(lcMain).noquote() << "--listen: not an address:port:" << args.value(listen);
            return 64;
        }
        o.address = listenHost.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(listenHost);
        auto opened = HubHost::open(o);
        if (!opened) {
            qCCritical(lcMain).noquote() << opened.error().message;
            return 65;
        }
        host = std::move(opened).value();
    }

    if (args.isSet(addClerkOption)) {
        if (!host) {
            qCCritical(lcMain) << "--add-clerk needs --center and --db";
            return 64;
        }
        const auto role = clerkRoleFromName(args.value(clerkRole));
        if (!role) {
            std::fprintf(stderr, "--role must be clerk or supervisor\n");
            return 64;
        }
        const QString user = args.value(addClerkOption);
        std::fprintf(stderr, "PIN for %s (4–8 digits), then Enter: ", qPrintable(user));
        const QString name = args.value(clerkName).isEmpty() ? user : args.value(clerkName);
        if (auto added = host->hub().clerks().addClerkNow(Clerk{user, name, *role}, readLine()); !added) {
            std::fprintf(stderr, "\n%s\n", qPrintable(added.error().message));
            return 65;
        }
        std::fprintf(stderr, "\nadded %s %s\n", qPrintable(args.value(clerkRole)), qPrintable(user));
        return 0;
    }

    if (args.isSet(headless)) {
        if (!host) {
            qCCritical(lcMain) << "--headless runs the hub: give --center (and --db)";
            return 64;
        }
        if (auto started = host->start(); !started) {
            qCCritical(lcMain).noquote() << started.error().message;
            return 67;
        }
        logEvents(host->hub());
        return stopOnSignals(*app, [&host] { host->hub().shutdown(); });
    }

    // ---- the kiosk screen ----
    KioskSettings settings = KioskSettings::load(args.value(config));
    HubClient::Options clientOptions;
    clientOptions.role = DeviceRole::Kiosk;
    clientOptions.device = settings.device;
    clientOptions.key = settings.key;
    clientOptions.host = settings.hubHost;
    clientOptions.port = settings.hubPort;
    if (args.isSet(hubAddress) && !parseAddress(args.value(hubAddress), &clientOptions.host, &clientOptions.port)) {
        qCCritical(lcMain).noquote() << "--hub: not a host:port:" << args.value(hubAddress);
        return 64;
    }
    if (host) {
        if (auto started = host->start(); !started) {
            qCCritical(lcMain).noquote() << started.error().message;
            return 67;
        }
        logEvents(host->hub());
        settings.hostsHub = true;
        clientOptions.host = QStringLiteral("127.0.0.1");
        clientOptions.port = host->hub().serverPort();
        // The kiosk talks to its own hub in-process, as the configured kiosk device.
        for (const DeviceConfig &d : host->config().devices)
            if (d.id == settings.device)
                clientOptions.key = d.key;
    }
    HubClient client(clientOptions);
    if (host) {
        Hub *hub = &host->hub();
        client.setConnector([hub] {
            auto [mine, theirs] = MemoryLineConnection::createPair();
            hub->attach(theirs);
            return mine;
        });
    }

    std::unique_ptr<CupsPrinter> printer;
    if (!settings.printer.queue.isEmpty())
        printer = std::make_unique<CupsPrinter>(settings.printer);
    else
        qCWarning(lcMain) << "no printer queue in" << args.value(config) << "- tickets will only be shown";

    QGuiApplication::setFont(QFont(registerBundledFonts()));
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    KioskController controller(client, settings, printer.get(), [] { return QDateTime::currentMSecsSinceEpoch(); });

    QQmlApplicationEngine engine;
    QStringList qmlErrors;
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [&qmlErrors](const QList<QQmlError> &warnings) {
        for (const QQmlError &w : warnings)
            qmlErrors << w.toString();
    });
    QObject::connect(&controller, &KioskController::languageChanged, &engine, &QQmlEngine::retranslate);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, app.get(), [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    engine.setInitialProperties({{QStringLiteral("kiosk"), QVariant::fromValue(&controller)},
                                 {QStringLiteral("fullScreen"), !args.isSet(windowed) && !selfTest}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Qms/Kiosk/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (selfTest) {
        QTimer::singleShot(1000, app.get(), [&qmlErrors] {
            for (const QString &e : qmlErrors)
                std::fprintf(stderr, "%s\n", qPrintable(e));
            std::fprintf(stderr, "self-test: %s\n", qmlErrors.isEmpty() ? "ok" : "QML errors");
            QCoreApplication::exit(qmlErrors.isEmpty() ? 0 : 1);
        });
        return QCoreApplication::exec();
    }
    client.start();
    return stopOnSignals(*app, [&host] {
        if (host)
            host->hub().shutdown();
    });
}
