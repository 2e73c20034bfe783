#include "domain/time.h"

namespace qms {

namespace {
constexpr qint64 msPerMinute = 60'000;
constexpr qint64 msPerDay = 24 * 60 * msPerMinute;

// Floor division: moments before 1970 must not round towards zero.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
} // namespace

LocalTime LocalTime::at(Timestamp t, int utcOffsetMinutes)
{
    const qint64 local = t + utcOffsetMinutes * msPerMinute;
    const qint64 days = floorDiv(local, msPerDay);
    LocalTime lt;
    lt.date = QDate(1970, 1, 1).addDays(days);
    lt.minuteOfDay = int((local - days * msPerDay) / msPerMinute);
    lt.dayOfWeek = lt.date.dayOfWeek();
    return lt;
}

QString businessDayOf(Timestamp t, int utcOffsetMinutes, int dayStartMinute)
{
    const LocalTime lt = LocalTime::at(t - dayStartMinute * msPerMinute, utcOffsetMinutes);
    return lt.date.toString(Qt::ISODate);
}

} // namespace qms
