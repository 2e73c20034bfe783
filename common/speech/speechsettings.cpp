#include "speech/speechsettings.h"

#include <QSettings>

#include <algorithm>

#include "speech/speechsynthesizer.h"

namespace qms {

SpeechSettings SpeechSettings::load(const QString &path)
{
    SpeechSettings s;
    s.rate = SpeechSynthesizer::DefaultRate;
    const QSettings ini(path, QSettings::IniFormat);
    s.enabled = ini.value(QStringLiteral("speech/enabled"), s.enabled).toBool();
    s.rate = std::clamp(ini.value(QStringLiteral("speech/rate"), s.rate).toInt(), SpeechSynthesizer::MinimumRate,
                        SpeechSynthesizer::MaximumRate);
    Announcer::Options &a = s.announcer;
    a.voice = ini.value(QStringLiteral("speech/voice"), a.voice).toString();
    a.dialect = ini.value(QStringLiteral("speech/dialect")).toString() == QLatin1String("southern")
        ? NumberDialect::Southern
        : NumberDialect::Northern;
    a.english = ini.value(QStringLiteral("speech/english"), a.english).toBool();
    a.repeats = std::clamp(ini.value(QStringLiteral("speech/repeats"), a.repeats).toInt(), 1, 5);
    a.pauseMs = std::clamp(ini.value(QStringLiteral("speech/pause_ms"), a.pauseMs).toInt(), 0, 5000);
    return s;
}

} // namespace qms
