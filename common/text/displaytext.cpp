#include "text/displaytext.h"

#include <QCoreApplication>

namespace qms::text {

namespace {
QString clock(int minuteOfDay)
{
    return QStringLiteral("%1:%2").arg(minuteOfDay / 60, 2, 10, QLatin1Char('0')).arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QString waitText(const WaitEstimate &e)
{
    if (!e.seconds)
        return QCoreApplication::translate("qms", "No estimate yet");
    const int minutes = *e.seconds / 60;
    if (e.peopleAhead == 0)
        return QCoreApplication::translate("qms", "You are next");
    if (minutes < 5)
        return QCoreApplication::translate("qms", "Under 5 minutes");
    if (minutes < 60) {
        const int low = minutes / 5 * 5;
        return QCoreApplication::translate("qms", "About %1–%2 minutes").arg(low).arg(low + 5);
    }
    return QCoreApplication::translate("qms", "More than %n hour(s)", nullptr, minutes / 60);
}

QString aheadText(int peopleAhead)
{
    if (peopleAhead <= 0)
        return QCoreApplication::translate("qms", "Nobody ahead of you");
    return QCoreApplication::translate("qms", "%n people ahead of you", nullptr, peopleAhead);
}

QString hoursToday(const OpeningHours &hours, const QDate &date)
{
    if (hours.closedDates().contains(date) || hours.day(date.dayOfWeek()).empty())
        return QCoreApplication::translate("qms", "Closed today");
    QStringList ranges;
    for (const MinuteRange &r : hours.day(date.dayOfWeek()))
        ranges << QStringLiteral("%1–%2").arg(clock(r.start), clock(std::min(r.end, 24 * 60 - 1)));
    return ranges.join(QStringLiteral(", "));
}

QString countersText(const QList<int> &counters)
{
    QStringList numbers;
    for (int c : counters)
        numbers << QString::number(c);
    return QCoreApplication::translate("qms", "Counter(s) %1", nullptr, int(counters.size())).arg(numbers.join(QStringLiteral(", ")));
}

QString dateTimeText(const QDateTime &when)
{
    static const char *const days[] = {
        QT_TRANSLATE_NOOP("qms", "Monday"), QT_TRANSLATE_NOOP("qms", "Tuesday"), QT_TRANSLATE_NOOP("qms", "Wednesday"),
        QT_TRANSLATE_NOOP("qms", "Thursday"), QT_TRANSLATE_NOOP("qms", "Friday"), QT_TRANSLATE_NOOP("qms", "Saturday"),
        QT_TRANSLATE_NOOP("qms", "Sunday")};
    return QCoreApplication::translate("qms", "%1, %2 at %3")
        .arg(QCoreApplication::translate("qms", days[when.date().dayOfWeek() - 1]), when.date().toString(QStringLiteral("dd/MM/yyyy")),
             when.time().toString(QStringLiteral("HH:mm")));
}

} // namespace qms::text
