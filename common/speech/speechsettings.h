#pragma once

#include <QString>

#include "speech/announcer.h"

namespace qms {

/**
 * The [speech] section of a station's INI file, shared by the lobby display
 * (which announces calls) and the kiosk (which reads its screen aloud):
 *   enabled = true        ; false: this station says nothing
 *   rate = 150            ; words per minute (80–450)
 *   voice = vi            ; or vi-vn-x-central, vi-vn-x-south
 *   dialect = northern    ; or southern: "nghìn/linh" or "ngàn/lẻ"
 *   english = false       ; the display also calls in English
 *   repeats = 2           ; times a call is said (1–5)
 *   pause_ms = 700        ; silence after each sentence of a call
 */
struct SpeechSettings
{
    bool enabled = true;
    int rate = 150;
    Announcer::Options announcer;

    static SpeechSettings load(const QString &path);
};

} // namespace qms
