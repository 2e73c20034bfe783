#include "text/displaytext.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace qms::text {

namespace {
QString clock(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QString waitText(const WaitEstimate &e)
{
    if (e.unlikelyToday)
        return QCoreApplication::translate("qms", "You may not be served today");
    if (!e.seconds)
        return QCoreApplication::translate("qms", "No estimate yet");
    const double minutes = *e.seconds / 60.0;
    if (minutes < 2)
        return QCoreApplication::translate("qms", "You are next");
    // How far the real wait strays, measured with tools/replay (docs/ESTIMATES.md):
    // 0.7–1.4 times the estimate, rounded out to 5 minutes, holds the actual wait
    // for 57–83 % of citizens on the generated days; the configured defaults alone
    // are much less sure, so their range is wider.
    const double lowShare = e.rough ? 0.5 : 0.7;
    const double highShare = e.rough ? 1.8 : 1.4;
    int low = int(std::floor(minutes * lowShare / 5)) * 5;
    int high = int(std::ceil(minutes * highShare / 5)) * 5;
    high = std::max(high, low + 5);
    // No-break spaces and word joiners keep "15 minutes" and "15–25" on one line.
    if (low < 5)
        return QCoreApplication::translate("qms", "Under %1\u00a0minutes").arg(high);
    if (high <= 120)
        return QCoreApplication::translate("qms", "About %1\u2060–\u2060%2\u00a0minutes").arg(low).arg(high);
    const int hours = std::max(1, low / 60);
    return QCoreApplication::translate("qms", "More than %n hour(s)", nullptr, hours);
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
        ranges << QStringLiteral("%1\u2060–\u2060%2").arg(clock(r.start), clock(std::min(r.end, 24 * 60 - 1)));
    return ranges.join(QStringLiteral(", "));
}

QString countersText(const QList<int> &counters)
{
    QStringList numbers;
    for (int c : counters)
        numbers << QString::number(c);
    return QCoreApplication::translate("qms", "Counter(s) %1", nullptr, int(counters.size()))
        .arg(numbers.join(QStringLiteral(", ")));
}

QString dateText(const QDate &date)
{
    static const char *const days[] = {QT_TRANSLATE_NOOP("qms", "Monday"),    QT_TRANSLATE_NOOP("qms", "Tuesday"),
                                       QT_TRANSLATE_NOOP("qms", "Wednesday"), QT_TRANSLATE_NOOP("qms", "Thursday"),
                                       QT_TRANSLATE_NOOP("qms", "Friday"),    QT_TRANSLATE_NOOP("qms", "Saturday"),
                                       QT_TRANSLATE_NOOP("qms", "Sunday")};
    return QCoreApplication::translate("qms", "%1, %2")
        .arg(QCoreApplication::translate("qms", days[date.dayOfWeek() - 1]),
             date.toString(QStringLiteral("dd/MM/yyyy")));
}

QString dateTimeText(const QDateTime &when)
{
    return QCoreApplication::translate("qms", "%1 at %2")
        .arg(dateText(when.date()), when.time().toString(QStringLiteral("HH:mm")));
}

QString dossierStatusText(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Received:
        return QCoreApplication::translate("qms", "Received");
    case DossierStatus::Processing:
        return QCoreApplication::translate("qms", "Being processed");
    case DossierStatus::SupplementRequested:
        return QCoreApplication::translate("qms", "Papers are missing");
    case DossierStatus::Ready:
        return QCoreApplication::translate("qms", "Ready for collection");
    case DossierStatus::Returned:
        return QCoreApplication::translate("qms", "Collected");
    case DossierStatus::Refused:
        return QCoreApplication::translate("qms", "Refused");
    case DossierStatus::Withdrawn:
        return QCoreApplication::translate("qms", "Withdrawn");
    }
    return {};
}

QString pauseReasonText(const QString &reason)
{
    if (reason == QLatin1String("break"))
        return QCoreApplication::translate("qms", "Short break");
    if (reason == QLatin1String("meeting"))
        return QCoreApplication::translate("qms", "In a meeting");
    if (reason == QLatin1String("paperwork"))
        return QCoreApplication::translate("qms", "Processing dossiers");
    return reason;
}

QStringList pauseReasons()
{
    return {QStringLiteral("break"), QStringLiteral("meeting"), QStringLiteral("paperwork")};
}

QString ticketStateText(TicketState state)
{
    switch (state) {
    case TicketState::Waiting:
        return QCoreApplication::translate("qms", "waiting");
    case TicketState::Called:
        return QCoreApplication::translate("qms", "called");
    case TicketState::Serving:
        return QCoreApplication::translate("qms", "being served");
    case TicketState::Done:
        return QCoreApplication::translate("qms", "served");
    case TicketState::NoShow:
        return QCoreApplication::translate("qms", "not present");
    case TicketState::Cancelled:
        return QCoreApplication::translate("qms", "cancelled");
    case TicketState::Expired:
        return QCoreApplication::translate("qms", "expired");
    }
    return {};
}

QString durationText(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 1)
        return QCoreApplication::translate("qms", "under a minute");
    if (minutes < 60)
        return QCoreApplication::translate("qms", "%n min", nullptr, int(minutes));
    return QCoreApplication::translate("qms", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString shortDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QDateTime centerTime(Timestamp t, int utcOffsetMinutes)
{
    return QDateTime::fromMSecsSinceEpoch(t, QTimeZone(utcOffsetMinutes * 60));
}

} // namespace qms::text
