#pragma once

#include <QDate>
#include <QSet>

#include <array>
#include <optional>
#include <vector>

namespace qms {

/** A half-open interval of minutes since local midnight, [start, end). */
struct MinuteRange
{
    int start = 0;
    int end = 0;
    bool operator==(const MinuteRange &) const = default;
};

/**
 * When a service takes tickets: intervals per weekday (a morning and an afternoon
 * session is the common case), dates the center is closed (public holidays), and
 * how many minutes before a session ends the kiosk stops issuing, so nobody is
 * given a number that cannot be served before closing.
 */
class OpeningHours
{
public:
    /** Open around the clock, every day. */
    static OpeningHours always();

    void setDay(int dayOfWeek, std::vector<MinuteRange> ranges);
    [[nodiscard]] const std::vector<MinuteRange> &day(int dayOfWeek) const;
    void setClosedDates(QSet<QDate> dates) { m_closedDates = std::move(dates); }
    [[nodiscard]] const QSet<QDate> &closedDates() const { return m_closedDates; }
    void setStopIssuingBeforeClose(int minutes) { m_stopBeforeClose = minutes; }
    [[nodiscard]] int stopIssuingBeforeClose() const { return m_stopBeforeClose; }

    /** True when a ticket may be issued at this local date and minute. */
    [[nodiscard]] bool takesTicketsAt(const QDate &date, int minuteOfDay) const;
    /** True when the date and minute fall in a range (no issuing cut-off applied). */
    [[nodiscard]] bool isOpenAt(const QDate &date, int minuteOfDay) const;
    /**
     * The first local minute from (date, minute) on that falls in a range, as
     * minutes after the given one; none within a week.
     */
    [[nodiscard]] std::optional<int> minutesUntilOpen(const QDate &date, int minuteOfDay) const;
    /** Minutes from (date, minute) to the end of the range it is in (0 when closed). */
    [[nodiscard]] int minutesUntilClosed(const QDate &date, int minuteOfDay) const;
    /** Open whenever either is (ranges merged), closed only on dates both are closed. */
    [[nodiscard]] OpeningHours united(const OpeningHours &other) const;

private:
    std::array<std::vector<MinuteRange>, 7> m_days; // index 0 = Monday
    QSet<QDate> m_closedDates;
    int m_stopBeforeClose = 0;
};

} // namespace qms
