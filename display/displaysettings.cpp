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
    s.announce = ini.value(QStringLiteral("speech/enabled"), s.announce).toBool();
    s.speechRate = ini.value(QStringLiteral("speech/rate"), s.speechRate).toInt();
    s.speech.voice = ini.value(QStringLiteral("speech/voice"), s.speech.voice).toString();
    s.speech.dialect = ini.value(QStringLiteral("speech/dialect")).toString() == QLatin1String("southern")
        ? NumberDialect::Southern
        : NumberDialect::Northern;
    s.speech.english = ini.value(QStringLiteral("speech/english"), s.speech.english).toBool();
    s.speech.repeats = std::clamp(ini.value(QStringLiteral("speech/repeats"), s.speech.repeats).toInt(), 1, 5);
    s.speech.pauseMs = std::clamp(ini.value(QStringLiteral("speech/pause_ms"), s.speech.pauseMs).toInt(), 0, 5000);
    return s;
}

} // namespace qms
