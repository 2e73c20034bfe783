// qms-kiosk: the kiosk app, which also hosts the hub. `--headless` runs the hub
// alone as a service (no window).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>

#include "config/centerconfigloader.h"
#include "hub/queueservice.h"
#include "store/sqliteeventstore.h"
#include "util/signalwatcher.h"

Q_LOGGING_CATEGORY(lcKiosk, "qms.kiosk")

using namespace qms;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qms"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QMS_VERSION));

    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("Queue ticketing kiosk; hosts the hub."));
    args.addHelpOption();
    args.addVersionOption();
    const QCommandLineOption headless(QStringLiteral("headless"), QStringLiteral("Run the hub alone, without a window."));
    const QCommandLineOption center(QStringLiteral("center"), QStringLiteral("Center configuration (JSON)."),
                                    QStringLiteral("file"), qEnvironmentVariable("QMS_CENTER", QStringLiteral("/etc/qms/center.json")));
    const QString defaultDb = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/qms.db");
    const QCommandLineOption database(QStringLiteral("db"), QStringLiteral("SQLite database file."),
                                      QStringLiteral("file"), qEnvironmentVariable("QMS_DB", defaultDb));
    args.addOptions({headless, center, database});
    args.process(app);

    if (!args.isSet(headless)) {
        qCCritical(lcKiosk) << "the kiosk screen is not built yet; run with --headless";
        return 64;
    }
    auto config = CenterConfigLoader::loadFile(args.value(center));
    if (!config) {
        qCCritical(lcKiosk).noquote() << "invalid center configuration" << config.error().message;
        return 65;
    }
    const QString dbPath = args.value(database);
    QDir().mkpath(QFileInfo(dbPath).absolutePath());
    auto store = SqliteEventStore::open(dbPath);
    if (!store) {
        qCCritical(lcKiosk).noquote() << store.error().message;
        return 66;
    }
    QueueService service(config.value(), *store.value());
    if (auto loaded = service.load(); !loaded) {
        qCCritical(lcKiosk).noquote() << loaded.error().message;
        return 67;
    }
    service.setEventSink([](const std::vector<StoredEvent> &events) {
        for (const StoredEvent &e : events)
            qCInfo(lcKiosk).noquote() << "event" << e.seq << eventTypeName(e.event.type) << e.event.businessDay;
    });

    const auto rollover = [&service] {
        if (auto r = service.startDayIfDue(QDateTime::currentMSecsSinceEpoch()); !r)
            qCWarning(lcKiosk).noquote() << "cannot start the new business day:" << r.error().message;
    };
    rollover();
    QTimer dayTimer;
    QObject::connect(&dayTimer, &QTimer::timeout, rollover);
    dayTimer.start(30'000);

    const QueueEngine &engine = service.engine();
    qCInfo(lcKiosk).noquote() << "hub for" << config->name.vi << "— business day" << engine.businessDay()
                              << "—" << engine.tickets().size() << "tickets," << config->services.size() << "services,"
                              << config->counters.size() << "counters — database" << dbPath;

    SignalWatcher stopSignals({SIGTERM, SIGINT, SIGHUP});
    QObject::connect(&stopSignals, &SignalWatcher::received, &app, [](int s) {
        qCInfo(lcKiosk) << "stopping on signal" << s;
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
