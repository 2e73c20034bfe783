#pragma once

#include <QString>

#include "client/hubclient.h"
#include "util/hostport.h"

namespace qms {

/**
 * Who this station is and where its hub is, from the station's INI file
 * (docs/STATIONS.md): `[hub] host, port, device, key` and `[app] language`.
 * Each app reads its own further sections from the same file.
 */
struct DeviceSettings
{
    HostPort hub{QStringLiteral("127.0.0.1"), protocol::defaultPort};
    QString device;
    QString key;
    QString language = QStringLiteral("vi");
    QString path; ///< the file it was read from

    /** Reads `path`; what is missing keeps its default (`defaultDevice` for the device id). */
    static DeviceSettings load(const QString &path, const QString &defaultDevice);
    /** Saves another hub address in the file (the technician's menu). */
    bool storeHub(const HostPort &hub) const;
    /** How to connect as this device in `role`. */
    [[nodiscard]] HubClient::Options clientOptions(DeviceRole role) const;
};

} // namespace qms
