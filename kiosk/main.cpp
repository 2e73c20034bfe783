// qms-kiosk: the kiosk app, which also hosts the hub. `--headless` runs the hub
// alone as a service (no window); `--add-clerk` manages clerks before the hub runs.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <cstdio>

#include "config/centerconfigloader.h"
#include "hub/hub.h"
#include "protocol/protocol.h"
#include "store/sqliteeventstore.h"
#include "util/signalwatcher.h"

Q_LOGGING_CATEGORY(lcKiosk, "qms.kiosk")

using namespace qms;

namespace {
/** "0.0.0.0:7420", ":7420" or "7420" → address and port. */
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    const QString host = colon < 0 ? QString() : text.left(colon);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    *port = quint16(p);
    *address = host.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(host);
    return !address->isNull();
}

int addClerk(Hub &hub, const QString &user, const QString &name, const QString &role)
{
    const auto parsedRole = clerkRoleFromName(role);
    if (!parsedRole) {
        std::fprintf(stderr, "--role must be clerk or supervisor\n");
        return 64;
    }
    std::fprintf(stderr, "PIN for %s (4–8 digits), then Enter: ", qPrintable(user));
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    const auto added = hub.clerks().addClerkNow(Clerk{user, name.isEmpty() ? user : name, *parsedRole}, pin);
    if (!added) {
        std::fprintf(stderr, "\n%s\n", qPrintable(added.error().message));
        return 65;
    }
    std::fprintf(stderr, "\nadded %s %s\n", qPrintable(role), qPrintable(user));
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} %{if-warning}WARNING %{endif}%{if-critical}ERROR %{endif}%{category}: %{message}"));
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
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Where the hub listens (address:port)."),
                                    QStringLiteral("address:port"), QStringLiteral("0.0.0.0:%1").arg(protocol::defaultPort));
    const QCommandLineOption hubAddress(QStringLiteral("hub"), QStringLiteral("Be a kiosk of another hub instead of hosting one."),
                                        QStringLiteral("host:port"));
    const QCommandLineOption addClerkOption(QStringLiteral("add-clerk"), QStringLiteral("Add a clerk (PIN read from standard input) and exit."),
                                            QStringLiteral("username"));
    const QCommandLineOption clerkName(QStringLiteral("name"), QStringLiteral("With --add-clerk: display name."), QStringLiteral("name"));
    const QCommandLineOption clerkRole(QStringLiteral("role"), QStringLiteral("With --add-clerk: clerk or supervisor."),
                                       QStringLiteral("role"), QStringLiteral("clerk"));
    const QCommandLineOption ignoreHours(QStringLiteral("ignore-hours"),
                                         QStringLiteral("Training or demo: every service takes tickets at any hour."));
    args.addOptions({headless, center, database, listen, hubAddress, addClerkOption, clerkName, clerkRole, ignoreHours});
    args.process(app);

    if (args.isSet(hubAddress) || !(args.isSet(headless) || args.isSet(addClerkOption))) {
        qCCritical(lcKiosk) << "the kiosk screen is not built yet; run the hub with --headless";
        return 64;
    }
    auto config = CenterConfigLoader::loadFile(args.value(center));
    if (!config) {
        qCCritical(lcKiosk).noquote() << "invalid center configuration" << config.error().message;
        return 65;
    }
    if (args.isSet(ignoreHours)) {
        qCWarning(lcKiosk) << "--ignore-hours: opening hours and holidays are ignored (training/demo mode)";
        for (ServiceConfig &s : config->services) {
            OpeningHours always = OpeningHours::always();
            s.hours = always;
        }
    }
    const QString dbPath = args.value(database);
    QDir().mkpath(QFileInfo(dbPath).absolutePath());
    auto store = SqliteEventStore::open(dbPath);
    if (!store) {
        qCCritical(lcKiosk).noquote() << store.error().message;
        return 66;
    }
    Hub hub(config.value(), *store.value());
    if (args.isSet(addClerkOption))
        return addClerk(hub, args.value(addClerkOption), args.value(clerkName), args.value(clerkRole));

    if (auto started = hub.start(); !started) {
        qCCritical(lcKiosk).noquote() << started.error().message;
        return 67;
    }
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(args.value(listen), &address, &port)) {
        qCCritical(lcKiosk).noquote() << "--listen: not an address:port:" << args.value(listen);
        return 64;
    }
    if (auto listening = hub.listen(address, port); !listening) {
        qCCritical(lcKiosk).noquote() << listening.error().message;
        return 68;
    }
    QObject::connect(&hub, &Hub::committed, &hub, [](const std::vector<StoredEvent> &events) {
        for (const StoredEvent &e : events) {
            const Event &ev = e.event;
            QString what = ev.ticket ? ev.ticket->label : QString();
            if (ev.counter)
                what += QStringLiteral(" counter %1").arg(ev.counter->number);
            qCInfo(lcKiosk).noquote() << "#" << e.seq << eventTypeName(ev.type) << what.trimmed() << "by" << ev.actor;
        }
    });
    const QueueEngine &engine = hub.queue().engine();
    qCInfo(lcKiosk).noquote() << "hub for" << config->name.vi << "- business day" << engine.businessDay() << "-"
                              << engine.tickets().size() << "tickets today," << config->services.size() << "services,"
                              << config->counters.size() << "counters, database" << QFileInfo(dbPath).absoluteFilePath();

    SignalWatcher stopSignals({SIGTERM, SIGINT, SIGHUP});
    QObject::connect(&stopSignals, &SignalWatcher::received, &app, [&hub](int s) {
        qCInfo(lcKiosk) << "stopping on signal" << s;
        hub.shutdown();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
