#include "countersettings.h"

#include <QSettings>

#include <algorithm>

namespace qms {

CounterSettings CounterSettings::load(const QString &path)
{
    CounterSettings s;
    s.station = DeviceSettings::load(path, QStringLiteral("counter-1"));
    const QSettings ini(path, QSettings::IniFormat);
    s.slipPrinter.queue = ini.value(QStringLiteral("printer/queue")).toString();
    s.slipPrinter.server = ini.value(QStringLiteral("printer/server")).toString();
    s.slipPrinter.format = CupsPrinter::Format::Pdf;
    s.slipPrinter.media = ini.value(QStringLiteral("printer/media"), QStringLiteral("A5")).toString();
    s.slipPrinter.timeoutMs = ini.value(QStringLiteral("printer/timeout_seconds"), 30).toInt() * 1000;
    s.compact = ini.value(QStringLiteral("counter/compact"), false).toBool();
    s.ratingSeconds = std::clamp(ini.value(QStringLiteral("rating/seconds"), s.ratingSeconds).toInt(), 5, 300);
    s.ratingThanksSeconds = std::clamp(
        ini.value(QStringLiteral("rating/thanks_seconds"), s.ratingThanksSeconds).toInt(), 1, 60);
    s.ratingScreen = ini.value(QStringLiteral("rating/screen"), s.ratingScreen).toInt();
    return s;
}

} // namespace qms
