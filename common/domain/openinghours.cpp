#include "domain/openinghours.h"

#include <algorithm>

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

bool OpeningHours::isOpenAt(const QDate &date, int minuteOfDay) const
{
    if (m_closedDates.contains(date))
        return false;
    for (const MinuteRange &r : day(date.dayOfWeek()))
        if (minuteOfDay >= r.start && minuteOfDay < r.end)
            return true;
    return false;
}

std::optional<int> OpeningHours::minutesUntilOpen(const QDate &date, int minuteOfDay) const
{
    for (int d = 0; d < 8; ++d) {
        const QDate day = date.addDays(d);
        if (m_closedDates.contains(day))
            continue;
        for (const MinuteRange &r : this->day(day.dayOfWeek())) {
            const int from = d == 0 ? minuteOfDay : 0;
            if (r.end > from)
                return d * 24 * 60 + std::max(r.start, from) - minuteOfDay;
        }
    }
    return std::nullopt;
}

int OpeningHours::minutesUntilClosed(const QDate &date, int minuteOfDay) const
{
    if (m_closedDates.contains(date))
        return 0;
    for (const MinuteRange &r : day(date.dayOfWeek()))
        if (minuteOfDay >= r.start && minuteOfDay < r.end)
            return r.end - minuteOfDay;
    return 0;
}

OpeningHours OpeningHours::united(const OpeningHours &other) const
{
    OpeningHours u;
    for (int d = 1; d <= 7; ++d) {
        std::vector<MinuteRange> all = day(d);
        all.insert(all.end(), other.day(d).begin(), other.day(d).end());
        std::sort(all.begin(), all.end(), [](auto a, auto b) { return a.start < b.start; });
        std::vector<MinuteRange> merged;
        for (const MinuteRange &r : all) {
            if (!merged.empty() && r.start <= merged.back().end)
                merged.back().end = std::max(merged.back().end, r.end);
            else
                merged.push_back(r);
        }
        u.setDay(d, merged);
    }
    u.setClosedDates(m_closedDates & other.m_closedDates);
    return u;
}

} // namespace qms
