#pragma once

#include <QString>

#include "app/devicesettings.h"
#include "printing/cupsprinter.h"
#include "speech/speechsettings.h"

namespace qms {

/**
 * How one kiosk is set up, from its INI file (default /etc/qms/kiosk.conf):
 * which hub and device it is (DeviceSettings), its printer, its timeouts and
 * the technician PIN. See docs/KIOSK.md.
 */
struct KioskSettings
{
    DeviceSettings station;
    CupsPrinter::Options printer;
    int paperDots = 576;
    QString technicianPinHash;    ///< "pbkdf2-sha256:iterations:salt:hash" (base64); empty: menu locked
    int idleSeconds = 60;         ///< any screen but home returns home after this
    int ticketSeconds = 12;       ///< the ticket screen, when it printed
    int ticketFailedSeconds = 45; ///< the ticket screen, when printing failed
    QString publicUrl;            ///< base of the QR links; empty: the center's, else the hub's address
    bool hostsHub = false;        ///< this kiosk runs the hub itself (set by main)
    SpeechSettings speech;        ///< [speech]: the "Listen" button's voice and rate

    static KioskSettings load(const QString &path);
    /** Stores a new technician PIN (hashed) in the file. */
    static bool storeTechnicianPin(const QString &path, const QString &pin);
    [[nodiscard]] bool checkTechnicianPin(const QString &pin) const;
};

} // namespace qms
