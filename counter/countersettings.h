#pragma once

#include <QString>

#include "app/devicesettings.h"
#include "printing/cupsprinter.h"

namespace qms {

/**
 * How one clerk's station is set up, from its INI file (default
 * /etc/qms/counter.conf): which hub and counter device it is (DeviceSettings),
 * the office printer for dossier slips, and the rating pad's timing. See
 * docs/COUNTER.md.
 */
struct CounterSettings
{
    DeviceSettings station;
    CupsPrinter::Options slipPrinter; ///< an office printer taking PDF, A5 paper
    bool compact = false;             ///< start as the small always-on-top window
    int ratingSeconds = 30;           ///< the rating question waits this long for an answer
    int ratingThanksSeconds = 4;      ///< the thanks stay this long
    int ratingScreen = -1;            ///< the pad's screen (0, 1, …); -1: the primary one

    static CounterSettings load(const QString &path);
};

} // namespace qms
