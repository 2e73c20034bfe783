#include "kiosksettings.h"

#include <QSettings>

#include "auth/pinhash.h"

namespace qms {

KioskSettings KioskSettings::load(const QString &path)
{
    KioskSettings s;
    s.station = DeviceSettings::load(path, QStringLiteral("kiosk-1"));
    QSettings ini(path, QSettings::IniFormat);
    s.printer.queue = ini.value(QStringLiteral("printer/queue")).toString();
    s.printer.server = ini.value(QStringLiteral("printer/server")).toString();
    s.printer.format = ini.value(QStringLiteral("printer/format"), QStringLiteral("escpos")).toString()
            == QLatin1String("pdf")
        ? CupsPrinter::Format::Pdf
        : CupsPrinter::Format::EscPos;
    s.printer.timeoutMs = ini.value(QStringLiteral("printer/timeout_seconds"), 10).toInt() * 1000;
    s.printer.cut = ini.value(QStringLiteral("printer/cut"), true).toBool();
    s.paperDots = ini.value(QStringLiteral("printer/width_dots"), s.paperDots).toInt();
    s.technicianPinHash = ini.value(QStringLiteral("kiosk/technician_pin")).toString();
    s.idleSeconds = ini.value(QStringLiteral("kiosk/idle_seconds"), s.idleSeconds).toInt();
    s.ticketSeconds = ini.value(QStringLiteral("kiosk/ticket_seconds"), s.ticketSeconds).toInt();
    s.ticketFailedSeconds = ini.value(QStringLiteral("kiosk/ticket_failed_seconds"), s.ticketFailedSeconds).toInt();
    s.publicUrl = ini.value(QStringLiteral("kiosk/public_url")).toString();
    s.speech = SpeechSettings::load(path);
    return s;
}

bool KioskSettings::storeTechnicianPin(const QString &path, const QString &pin)
{
    if (!isAcceptablePin(pin))
        return false;
    const PinHash h = hashPin(pin);
    QSettings ini(path, QSettings::IniFormat);
    ini.setValue(QStringLiteral("kiosk/technician_pin"),
                 QStringLiteral("pbkdf2-sha256:%1:%2:%3")
                     .arg(h.iterations)
                     .arg(QString::fromLatin1(h.salt.toBase64()), QString::fromLatin1(h.hash.toBase64())));
    ini.sync();
    return ini.status() == QSettings::NoError;
}

bool KioskSettings::checkTechnicianPin(const QString &pin) const
{
    const QStringList parts = technicianPinHash.split(QLatin1Char(':'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    const PinHash stored{QByteArray::fromBase64(parts[3].toLatin1()), QByteArray::fromBase64(parts[2].toLatin1()),
                         parts[1].toInt()};
    return verifyPin(pin, stored);
}

} // namespace qms
