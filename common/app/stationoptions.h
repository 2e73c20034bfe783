#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

#include "util/hostport.h"

namespace qms {

/**
 * The command-line options every station app takes (kiosk, counter, display):
 * its settings file, another hub, a window instead of full screen, and the
 * self-test. Added to each app's parser so all three read them the same way.
 */
struct StationOptions
{
    /** `defaultConfig`: the settings file when neither --config nor `configVariable` names one. */
    StationOptions(const QString &defaultConfig, const char *configVariable);

    void addTo(QCommandLineParser &parser) const;

    /** The --hub address; none when not given. Exits with a message when it is not host:port. */
    [[nodiscard]] std::optional<HostPort> hub(const QCommandLineParser &parser) const;

    QCommandLineOption config;
    QCommandLineOption hubAddress;
    QCommandLineOption windowed;
    QCommandLineOption selfTest;
};

} // namespace qms
