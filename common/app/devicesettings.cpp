#include "app/devicesettings.h"

#include <QSettings>

namespace qms {

DeviceSettings DeviceSettings::load(const QString &path, const QString &defaultDevice)
{
    DeviceSettings s;
    s.device = defaultDevice;
    s.path = path;
    const QSettings ini(path, QSettings::IniFormat);
    s.hub.host = ini.value(QStringLiteral("hub/host"), s.hub.host).toString();
    s.hub.port = quint16(ini.value(QStringLiteral("hub/port"), s.hub.port).toUInt());
    s.device = ini.value(QStringLiteral("hub/device"), s.device).toString();
    s.key = ini.value(QStringLiteral("hub/key")).toString();
    // Kiosks set up before [app] existed kept their language under [kiosk].
    s.language
        = ini.value(QStringLiteral("app/language"), ini.value(QStringLiteral("kiosk/language"), s.language)).toString();
    return s;
}

bool DeviceSettings::storeHub(const HostPort &hub) const
{
    if (path.isEmpty())
        return false;
    QSettings ini(path, QSettings::IniFormat);
    ini.setValue(QStringLiteral("hub/host"), hub.host);
    ini.setValue(QStringLiteral("hub/port"), hub.port);
    ini.sync();
    return ini.status() == QSettings::NoError;
}

HubClient::Options DeviceSettings::clientOptions(DeviceRole role) const
{
    HubClient::Options o;
    o.host = hub.host;
    o.port = hub.port;
    o.role = role;
    o.device = device;
    o.key = key;
    return o;
}

} // namespace qms
