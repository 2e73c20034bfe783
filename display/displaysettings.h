#pragma once

#include <QString>

#include "app/devicesettings.h"
#include "speech/speechsettings.h"

namespace qms {

/**
 * How one lobby screen is set up, from its INI file (default
 * /etc/qms/display.conf): which hub and display device it is, which part of the
 * floor it shows, and how it announces calls. See docs/DISPLAY.md.
 */
struct DisplaySettings
{
    DeviceSettings station;
    QString zone;                 ///< [display] zone: only these counters and their services (empty: all)
    int counter = 0;              ///< [display] counter: a counter-top screen for this counter alone
    int recentCallSeconds = 120;  ///< calls older than this when the screen learns of them are listed, not announced
    int recentCalls = 6;          ///< how many past calls the screen lists
    SpeechSettings speech;        ///< [speech]

    static DisplaySettings load(const QString &path);
};

} // namespace qms
