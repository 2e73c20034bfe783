#pragma once

#include <QDate>
#include <QtGlobal>

namespace qms {

/** Milliseconds since the Unix epoch, UTC. The core never reads a clock: time is passed in. */
using Timestamp = qint64;

/** A moment seen on the center's wall clock (a fixed UTC offset: Vietnam has no DST). */
struct LocalTime
{
    QDate date;
    int minuteOfDay = 0; ///< 0..1439
    int dayOfWeek = 1;   ///< 1 = Monday … 7 = Sunday, as QDate::dayOfWeek

    static LocalTime at(Timestamp t, int utcOffsetMinutes);
};

/**
 * The business day a moment belongs to: the local date, shifted back by the hour
 * the center restarts numbering (a ticket at 02:00 with a 04:00 start belongs to
 * the previous day). Returned as ISO "YYYY-MM-DD".
 */
[[nodiscard]] QString businessDayOf(Timestamp t, int utcOffsetMinutes, int dayStartMinute);

} // namespace qms
