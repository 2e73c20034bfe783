// qms-ctl: a small command-line client of the hub for technicians.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

#include "client/hubclient.h"
#include "domain/json.h"
#include "protocol/protocol.h"
#include "util/hostport.h"

using namespace qms;

namespace {
void print(const QString &s)
{
    std::printf("%s\n", qPrintable(s));
    std::fflush(stdout);
}

QString describe(const Event &e, qint64 seq)
{
    QString s = QStringLiteral("#%1 %2").arg(seq).arg(eventTypeName(e.type));
    if (e.ticket)
        s += QStringLiteral(" %1 (%2, %3)").arg(e.ticket->label, e.ticket->service, ticketStateName(e.ticket->state));
    if (e.counter)
        s += QStringLiteral(" counter %1 %2").arg(e.counter->number).arg(counterStatusName(e.counter->status));
    return s + QStringLiteral(" by ") + e.actor;
}

void printStatus(const QueueEngine &engine, qint64 seq)
{
    print(QStringLiteral("%1 — business day %2, seq %3").arg(engine.config().name.vi, engine.businessDay()).arg(seq));
    for (const ServiceConfig &s : engine.config().services) {
        print(QStringLiteral("  %1  %2 waiting, %3 issued, %4 open counters")
                  .arg(s.name.vi, -36)
                  .arg(engine.waitingCount(s.id), 3)
                  .arg(engine.issuedToday(s.id), 3)
                  .arg(engine.openCountersFor(s.id)));
    }
    for (const auto &[number, c] : engine.counters()) {
        const Ticket *t = c.current ? engine.ticket(c.current) : nullptr;
        print(QStringLiteral("  counter %1  %2 %3 %4")
                  .arg(number, 2)
                  .arg(counterStatusName(c.status), -7)
                  .arg(c.clerk, t ? QStringLiteral("— %1 %2").arg(t->label, ticketStateName(t->state)) : QString()));
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qms-ctl"));
    QCommandLineParser args;
    args.setApplicationDescription(
        QStringLiteral("Talks to a QMS hub.\n\nCommands:\n"
                       "  status                     the queue now\n"
                       "  watch                      print events as they happen\n"
                       "  issue SERVICE [GROUP]      issue a ticket (kiosk or supervisor device)\n"
                       "  call COUNTER               call the next ticket at a counter (supervisor)\n"
                       "  open COUNTER | close COUNTER\n"
                       "  services COUNTER ID,ID,... what a counter serves today (supervisor)\n"
                       "  devices                    connected devices (supervisor)\n"
                       "  alarms                     the service-level alarms raised now (supervisor)\n"
                       "  clerks                     list clerks (supervisor)\n"
                       "  add-clerk USER NAME ROLE PIN | set-pin USER PIN   (supervisor)\n"
                       "  disable-clerk USER | enable-clerk USER            (supervisor)"));
    args.addHelpOption();
    const QCommandLineOption hub(QStringLiteral("hub"), QStringLiteral("Hub address."), QStringLiteral("host:port"),
                                 qEnvironmentVariable("QMS_HUB", QStringLiteral("127.0.0.1:7420")));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("Device id."), QStringLiteral("id"),
                                    qEnvironmentVariable("QMS_DEVICE", QStringLiteral("supervisor-1")));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Device key (or $QMS_KEY)."),
                                 QStringLiteral("key"), qEnvironmentVariable("QMS_KEY"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("kiosk, display or supervisor."),
                                  QStringLiteral("role"),
                                  qEnvironmentVariable("QMS_ROLE", QStringLiteral("supervisor")));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Supervisor username (or $QMS_USER)."),
                                  QStringLiteral("user"), qEnvironmentVariable("QMS_USER"));
    const QCommandLineOption pin(QStringLiteral("pin"), QStringLiteral("Supervisor PIN (or $QMS_PIN)."),
                                 QStringLiteral("pin"), qEnvironmentVariable("QMS_PIN"));
    args.addOptions({hub, device, key, role, user, pin});
    args.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    args.process(app);
    const QStringList cmd = args.positionalArguments();
    if (cmd.isEmpty())
        args.showHelp(64);

    HubClient::Options options;
    const QString hubText = args.value(hub);
    const auto hubAddress = parseHostPort(hubText, protocol::defaultPort);
    if (!hubAddress || hubAddress->host.isEmpty()) {
        print(QStringLiteral("error: --hub: not a host:port: %1").arg(hubText));
        return 64;
    }
    options.host = hubAddress->host;
    options.port = hubAddress->port;
    options.role = deviceRoleFromName(args.value(role)).value_or(DeviceRole::Supervisor);
    options.device = args.value(device);
    options.key = args.value(key);
    HubClient client(options);

    const auto fail = [](const HubReply &r) {
        print(QStringLiteral("error: %1: %2").arg(errorCodeName(r.error.code), r.error.message));
        QCoreApplication::exit(1);
    };
    const auto printReply = [&](const HubReply &r) {
        if (!r.ok)
            return fail(r);
        QJsonObject body = r.body;
        body.remove(QStringLiteral("id"));
        body.remove(QStringLiteral("ok"));
        print(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)).trimmed());
        QCoreApplication::exit(0);
    };
    // Runs `op` after logging in when the command needs a supervisor.
    const auto run = [&](const QString &op, const QJsonObject &fields) {
        const auto send = [&, op, fields] { client.sendJson(op, fields, &app, printReply); };
        if (options.role != DeviceRole::Supervisor || args.value(user).isEmpty())
            return send();
        client.send(protocol::Login{args.value(user), args.value(pin), {}}, &app,
                    [&, send](const Result<protocol::LoggedIn> &r) {
                        if (r)
                            return send();
                        print(QStringLiteral("error: %1: %2").arg(errorCodeName(r.error().code), r.error().message));
                        QCoreApplication::exit(1);
                    });
    };

    QObject::connect(&client, &HubClient::helloRejected, &app, [](const Error &error) {
        print(QStringLiteral("error: %1: %2").arg(errorCodeName(error.code), error.message));
        QCoreApplication::exit(2);
    });
    bool watching = false;
    QObject::connect(&client, &HubClient::synchronized, &app, [&] {
        const QString c = cmd.first();
        if (c == QLatin1String("status")) {
            printStatus(client.mirror().engine(), client.mirror().lastSeq());
            if (options.role != DeviceRole::Supervisor)
                return QCoreApplication::exit(0);
            // A supervisor station also sees the stations connected, and their printers.
            client.send(protocol::ListDevices{}, &app, [](const Result<protocol::DeviceList> &r) {
                if (!r) {
                    print(QStringLiteral("  (stations: %1)").arg(r.error().message));
                    return QCoreApplication::exit(0);
                }
                for (const protocol::DeviceInfo &d : r->devices) {
                    QString line = QStringLiteral("  %1 %2 %3").arg(deviceRoleName(d.role), -10).arg(d.device, -16).arg(d.peer);
                    if (!d.clerk.isEmpty())
                        line += QStringLiteral(", clerk ") + d.clerk;
                    if (!d.printer.isEmpty())
                        line += QStringLiteral(", printer %1%2").arg(d.printer, d.printerProblem.isEmpty()
                                                                                 ? QString()
                                                                                 : QStringLiteral(" (%1)").arg(d.printerProblem));
                    print(line);
                }
                QCoreApplication::exit(0);
            });
        } else if (c == QLatin1String("watch")) {
            if (watching)
                return; // reconnected: the mirror carries on from where it was
            watching = true;
            print(QStringLiteral("watching from seq %1; Ctrl+C to stop").arg(client.mirror().lastSeq()));
            QObject::connect(&client.mirror(), &QueueMirror::eventApplied, &app,
                             [](const Event &e, qint64 seq) { print(describe(e, seq)); });
        } else if (c == QLatin1String("issue") && cmd.size() >= 2) {
            QJsonObject f{{QStringLiteral("service"), cmd[1]}};
            if (cmd.size() >= 3)
                f.insert(QStringLiteral("priority"), cmd[2]);
            run(QStringLiteral("ticket.issue"), f);
        } else if ((c == QLatin1String("call") || c == QLatin1String("open") || c == QLatin1String("close"))
                   && cmd.size() == 2) {
            const QString op = c == QLatin1String("call") ? QStringLiteral("ticket.call_next")
                                                          : QStringLiteral("counter.") + c;
            run(op, {{QStringLiteral("counter"), cmd[1].toInt()}});
        } else if (c == QLatin1String("services") && cmd.size() == 3) {
            run(QStringLiteral("counter.services"),
                {{QStringLiteral("counter"), cmd[1].toInt()},
                 {QStringLiteral("services"), QJsonArray::fromStringList(cmd[2].split(QLatin1Char(',')))}});
        } else if (c == QLatin1String("devices")) {
            run(QStringLiteral("devices"), {});
        } else if (c == QLatin1String("alarms")) {
            run(QStringLiteral("alarms"), {});
        } else if ((c == QLatin1String("disable-clerk") || c == QLatin1String("enable-clerk")) && cmd.size() == 2) {
            run(QStringLiteral("clerk.set_active"),
                {{QStringLiteral("user"), cmd[1]}, {QStringLiteral("active"), c == QLatin1String("enable-clerk")}});
        } else if (c == QLatin1String("clerks")) {
            run(QStringLiteral("clerk.list"), {});
        } else if (c == QLatin1String("add-clerk") && cmd.size() == 5) {
            run(QStringLiteral("clerk.add"),
                {{QStringLiteral("user"), cmd[1]},
                 {QStringLiteral("name"), cmd[2]},
                 {QStringLiteral("role"), cmd[3]},
                 {QStringLiteral("pin"), cmd[4]}});
        } else if (c == QLatin1String("set-pin") && cmd.size() == 3) {
            run(QStringLiteral("clerk.set_pin"), {{QStringLiteral("user"), cmd[1]}, {QStringLiteral("pin"), cmd[2]}});
        } else {
            print(QStringLiteral("unknown command or wrong arguments; see --help"));
            QCoreApplication::exit(64);
        }
    });
    QTimer::singleShot(10'000, &app, [&] {
        if (!client.isOnline() && cmd.first() != QLatin1String("watch")) {
            print(QStringLiteral("error: cannot reach the hub at %1").arg(hubText));
            QCoreApplication::exit(3);
        }
    });
    client.start();
    return QCoreApplication::exec();
}
