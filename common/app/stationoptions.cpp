#include "app/stationoptions.h"

#include <cstdio>
#include <cstdlib>

#include "protocol/protocol.h"

namespace qms {

StationOptions::StationOptions(const QString &defaultConfig, const char *configVariable)
    : config(QStringLiteral("config"), QStringLiteral("Station settings (INI), see docs/STATIONS.md."),
             QStringLiteral("file"), qEnvironmentVariable(configVariable, defaultConfig))
    , hubAddress(QStringLiteral("hub"), QStringLiteral("The hub to use, instead of the one in the settings file."),
                 QStringLiteral("host:port"))
    , windowed(QStringLiteral("windowed"), QStringLiteral("A window instead of full screen (trying it out)."))
    , selfTest(QStringLiteral("self-test"),
               QStringLiteral("Load the screens offscreen and exit; non-zero on any QML error."))
{ }

void StationOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({config, hubAddress, windowed, selfTest});
}

std::optional<HostPort> StationOptions::hub(const QCommandLineParser &parser) const
{
    if (!parser.isSet(hubAddress))
        return std::nullopt;
    const auto parsed = parseHostPort(parser.value(hubAddress), protocol::defaultPort);
    if (!parsed) {
        std::fprintf(stderr, "--hub: not a host:port: %s\n", qPrintable(parser.value(hubAddress)));
        std::exit(64);
    }
    return parsed;
}

} // namespace qms
