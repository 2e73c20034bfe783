#pragma once

#include <QHostAddress>
#include <QString>

#include <memory>

#include "hub/hub.h"
#include "store/sqliteeventstore.h"

namespace qms {

/**
 * The hub as a kiosk hosts it: the center file, the database and the listener,
 * opened in that order with errors a technician can act on. Used by the
 * headless service and by the kiosk app that runs the hub itself.
 */
class HubHost
{
public:
    struct Options
    {
        QString centerPath;
        QString dbPath;
        QHostAddress address = QHostAddress::Any;
        quint16 port = 7420;
        bool ignoreHours = false;
    };

    /** Loads and opens everything; does not start or listen yet. */
    static Result<std::unique_ptr<HubHost>> open(const Options &options);
    /** Rebuilds the queue and starts listening. */
    Result<Ok> start();

    [[nodiscard]] Hub &hub() { return *m_hub; }
    [[nodiscard]] const CenterConfig &config() const { return m_config; }
    [[nodiscard]] const Options &options() const { return m_options; }

private:
    HubHost() = default;
    Options m_options;
    CenterConfig m_config;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<Hub> m_hub;
};

} // namespace qms
