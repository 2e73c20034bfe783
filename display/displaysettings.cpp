#include "displaysettings.h"

#include <QSettings>

#include <algorithm>

namespace qms {

DisplaySettings DisplaySettings::load(const QString &path)
{
    DisplaySettings s;
    s.station = DeviceSettings::load(path, QStringLiteral("display-1"));
    const QSettings ini(path, QSettings::IniFormat);
    s.zone = ini.value(QStringLiteral("display/zone")).toString();
    s.counter = std::max(0, ini.value(QStringLiteral("display/counter"), 0).toInt());
    s.recentCallSeconds
        = std::clamp(ini.value(QStringLiteral("display/recent_call_seconds"), s.recentCallSeconds).toInt(), 0, 3600);
    s.recentCalls = std::clamp(ini.value(QStringLiteral("display/recent_calls"), s.recentCalls).toInt(), 0, 20);
    s.speech = SpeechSettings::load(path);
    return s;
}

} // namespace qms
