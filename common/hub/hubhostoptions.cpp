#include "hub/hubhostoptions.h"

#include <QTextStream>

#include <cstdio>

#include "store/sqliteeventstore.h"
#include "util/hostport.h"

namespace qms {

HubHostOptions::HubHostOptions()
    : center(QStringLiteral("center"), QStringLiteral("Center configuration (JSON): host the hub."),
             QStringLiteral("file"), qEnvironmentVariable("QMS_CENTER"))
    , database(QStringLiteral("db"), QStringLiteral("The hub's SQLite database."), QStringLiteral("file"),
               defaultDatabasePath())
    , listen(QStringLiteral("listen"), QStringLiteral("Where the hub listens (address:port)."),
             QStringLiteral("address:port"), QStringLiteral("0.0.0.0:%1").arg(protocol::defaultPort))
    , http(QStringLiteral("http"),
           QStringLiteral("Where the phone pages and status API listen (address:port; default: --listen's address, "
                          "port 7480; \"off\": none)."),
           QStringLiteral("address:port"))
    , ignoreHours(QStringLiteral("ignore-hours"),
                  QStringLiteral("Training or demo: every service takes tickets at any hour."))
    , addClerk(QStringLiteral("add-clerk"), QStringLiteral("Add a clerk (PIN read from standard input) and exit."),
               QStringLiteral("username"))
    , clerkName(QStringLiteral("name"), QStringLiteral("With --add-clerk: display name."), QStringLiteral("name"))
    , clerkRole(QStringLiteral("role"), QStringLiteral("With --add-clerk: clerk or supervisor."),
                QStringLiteral("role"), QStringLiteral("clerk"))
{ }

void HubHostOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({center, database, listen, http, ignoreHours, addClerk, clerkName, clerkRole});
}

bool HubHostOptions::hostsHub(const QCommandLineParser &parser) const
{
    return !parser.value(center).isEmpty();
}

Result<HubHost::Options> HubHostOptions::read(const QCommandLineParser &parser) const
{
    HubHost::Options o;
    o.centerPath = parser.value(center);
    o.dbPath = parser.value(database);
    o.ignoreHours = parser.isSet(ignoreHours);
    if (o.centerPath.isEmpty())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("--center: the center file is required to host the hub")};
    const auto where = parseHostPort(parser.value(listen), protocol::defaultPort);
    if (!where)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("--listen: not an address:port: %1").arg(parser.value(listen))};
    o.address = where->host.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(where->host);
    if (o.address.isNull())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("--listen: not an IP address: %1").arg(where->host)};
    o.port = where->port;
    o.httpAddress = o.address;
    const QString web = parser.value(http);
    if (web == QLatin1String("off")) {
        o.httpPort = 0;
    } else if (!web.isEmpty()) {
        const auto at = parseHostPort(web, o.httpPort);
        if (!at)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("--http: not an address:port: %1").arg(web)};
        if (!at->host.isEmpty())
            o.httpAddress = QHostAddress(at->host);
        if (o.httpAddress.isNull())
            return Error{ErrorCode::InvalidArgument, QStringLiteral("--http: not an IP address: %1").arg(at->host)};
        o.httpPort = at->port;
    }
    return o;
}

int HubHostOptions::addClerkFromTerminal(const QCommandLineParser &parser, HubHost &host) const
{
    const auto role = clerkRoleFromName(parser.value(clerkRole));
    if (!role) {
        std::fprintf(stderr, "--role must be clerk or supervisor\n");
        return 64;
    }
    const QString user = parser.value(addClerk);
    const QString name = parser.value(clerkName).isEmpty() ? user : parser.value(clerkName);
    std::fprintf(stderr, "PIN for %s (4–8 digits), then Enter: ", qPrintable(user));
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    if (auto added = host.hub().clerks().addClerkNow(Clerk{user, name, *role}, pin); !added) {
        std::fprintf(stderr, "\n%s\n", qPrintable(added.error().message));
        return 65;
    }
    std::fprintf(stderr, "\nadded %s %s\n", qPrintable(clerkRoleName(*role)), qPrintable(user));
    return 0;
}

} // namespace qms
