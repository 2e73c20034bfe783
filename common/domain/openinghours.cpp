#include "domain/openinghours.h"

namespace qms {

OpeningHours OpeningHours::always()
{
    OpeningHours h;
    for (int d = 1; d <= 7; ++d)
        h.setDay(d, {{0, 24 * 60}});
    return h;
}

void OpeningHours::setDay(int dayOfWeek, std::vector<MinuteRange> ranges)
{
    m_days.at(dayOfWeek - 1) = std::move(ranges);
}

const std::vector<MinuteRange> &OpeningHours::day(int dayOfWeek) const
{
    return m_days.at(dayOfWeek - 1);
}

bool OpeningHours::takesTicketsAt(const QDate &date, int minuteOfDay) const
{
    if (m_closedDates.contains(date))
        return false;
    for (const MinuteRange &r : day(date.dayOfWeek())) {
        // A range that runs to midnight continues into the next day's 00:00 range,
        // so the cut-off only applies to a session's real end.
        const int lastMinute = r.end >= 24 * 60 ? r.end : r.end - m_stopBeforeClose;
        if (minuteOfDay >= r.start && minuteOfDay < lastMinute)
            return true;
    }
    return false;
}

} // namespace qms
