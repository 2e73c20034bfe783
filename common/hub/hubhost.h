#pragma once

#include <QHostAddress>
#include <QString>

#include <memory>

#include "hub/hub.h"
#include "protocol/protocol.h"
#include "store/sqliteclerkstore.h"
#include "store/sqliteeventstore.h"

namespace qms {

/**
 * The hub as a process hosts it: the center file, the SQLite database (event
 * log and clerks) and the listener, opened in that order with errors a
 * technician can act on. Used by the headless service, by a kiosk that runs the
 * hub itself, and by tools that work on a hub's database (adding the first
 * clerk, reports).
 */
class HubHost
{
public:
    struct Options
    {
        QString centerPath;
        QString dbPath;
        QHostAddress address = QHostAddress::Any;
        quint16 port = protocol::defaultPort;
        bool ignoreHours = false;
        /** The phone pages and status API (PublicSite, started by the app); port 0: none. */
        QHostAddress httpAddress = QHostAddress::Any;
        quint16 httpPort = 7480;
    };

    /** Loads and opens everything; does not start or listen yet. */
    static Result<std::unique_ptr<HubHost>> open(const Options &options);
    /** Rebuilds the queue and starts listening. */
    Result<Ok> start();
    /**
     * A connection to this hub inside the process (a kiosk talking to the hub it
     * hosts): the returned end is the client's; the hub serves the other.
     */
    [[nodiscard]] LineConnection *connectInProcess();

    [[nodiscard]] Hub &hub() { return *m_hub; }
    [[nodiscard]] const CenterConfig &config() const { return m_config; }
    [[nodiscard]] const Options &options() const { return m_options; }

private:
    HubHost() = default;
    Options m_options;
    CenterConfig m_config;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<SqliteClerkStore> m_clerks;
    std::unique_ptr<Hub> m_hub;
};

} // namespace qms
