#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include "hub/hubhost.h"

namespace qms {

/**
 * The command-line options of a process that hosts the hub (`qms-kiosk
 * --headless`, a kiosk that runs the hub, tools that open a hub's database):
 * the center file, the database, where to listen, training hours, and adding
 * the first clerks.
 */
struct HubHostOptions
{
    HubHostOptions();

    void addTo(QCommandLineParser &parser) const;
    /** Whether the command line asks to host the hub (it names a center file). */
    [[nodiscard]] bool hostsHub(const QCommandLineParser &parser) const;
    /** What to open; an error names the option that is wrong. */
    [[nodiscard]] Result<HubHost::Options> read(const QCommandLineParser &parser) const;
    [[nodiscard]] bool addsClerk(const QCommandLineParser &parser) const { return parser.isSet(addClerk); }
    /** --add-clerk: asks for the PIN on the terminal, adds the clerk, returns the exit code. */
    int addClerkFromTerminal(const QCommandLineParser &parser, HubHost &host) const;

    QCommandLineOption center;
    QCommandLineOption database;
    QCommandLineOption listen;
    QCommandLineOption http;
    QCommandLineOption ignoreHours;
    QCommandLineOption addClerk;
    QCommandLineOption clerkName;
    QCommandLineOption clerkRole;
};

} // namespace qms
