#include "text/displaytext.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

#include "text/translate.h"

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
        return translate("qms", "You may not be served today");
    if (!e.seconds)
        return translate("qms", "No estimate yet");
    if (*e.seconds < 120)
        return translate("qms", "You are next");
    const WaitRange range = *shownWaitRange(e);
    const int low = range.lowMinutes;
    const int high = range.highMinutes;
    // No-break spaces and word joiners keep "15 minutes" and "15–25" on one line.
    if (low < 5)
        return translate("qms", "Under %1\u00a0minutes").arg(high);
    if (high <= 120)
        return translate("qms", "About %1\u2060–\u2060%2\u00a0minutes").arg(low).arg(high);
    const int hours = std::max(1, low / 60);
    return translate("qms", "More than %n hour(s)", nullptr, hours);
}

QString aheadText(int peopleAhead)
{
    if (peopleAhead <= 0)
        return translate("qms", "Nobody ahead of you");
    return translate("qms", "%n people ahead of you", nullptr, peopleAhead);
}

QString hoursToday(const OpeningHours &hours, const QDate &date)
{
    if (hours.closedDates().contains(date) || hours.day(date.dayOfWeek()).empty())
        return translate("qms", "Closed today");
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
    return translate("qms", "Counter(s) %1", nullptr, int(counters.size()))
        .arg(numbers.join(QStringLiteral(", ")));
}

QString dateText(const QDate &date)
{
    static const char *const days[] = {QT_TRANSLATE_NOOP("qms", "Monday"),    QT_TRANSLATE_NOOP("qms", "Tuesday"),
                                       QT_TRANSLATE_NOOP("qms", "Wednesday"), QT_TRANSLATE_NOOP("qms", "Thursday"),
                                       QT_TRANSLATE_NOOP("qms", "Friday"),    QT_TRANSLATE_NOOP("qms", "Saturday"),
                                       QT_TRANSLATE_NOOP("qms", "Sunday")};
    return translate("qms", "%1, %2")
        .arg(translate("qms", days[date.dayOfWeek() - 1]),
             date.toString(QStringLiteral("dd/MM/yyyy")));
}

QString dateTimeText(const QDateTime &when)
{
    return translate("qms", "%1 at %2")
        .arg(dateText(when.date()), when.time().toString(QStringLiteral("HH:mm")));
}

QString dossierStatusText(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Received:
        return translate("qms", "Received");
    case DossierStatus::Processing:
        return translate("qms", "Being processed");
    case DossierStatus::SupplementRequested:
        return translate("qms", "Papers are missing");
    case DossierStatus::Ready:
        return translate("qms", "Ready for collection");
    case DossierStatus::Returned:
        return translate("qms", "Collected");
    case DossierStatus::Refused:
        return translate("qms", "Refused");
    case DossierStatus::Withdrawn:
        return translate("qms", "Withdrawn");
    }
    return {};
}

QString pauseReasonText(const QString &reason)
{
    if (reason == QLatin1String("break"))
        return translate("qms", "Short break");
    if (reason == QLatin1String("meeting"))
        return translate("qms", "In a meeting");
    if (reason == QLatin1String("paperwork"))
        return translate("qms", "Processing dossiers");
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
        return translate("qms", "waiting");
    case TicketState::Called:
        return translate("qms", "called");
    case TicketState::Serving:
        return translate("qms", "being served");
    case TicketState::Done:
        return translate("qms", "served");
    case TicketState::NoShow:
        return translate("qms", "not present");
    case TicketState::Cancelled:
        return translate("qms", "cancelled");
    case TicketState::Expired:
        return translate("qms", "expired");
    }
    return {};
}

QString durationText(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 1)
        return translate("qms", "under a minute");
    if (minutes < 60)
        return translate("qms", "%n min", nullptr, int(minutes));
    return translate("qms", "%1 h %2 min")
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

QString errorText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Offline:
        return translate("qms", "Not connected to the system. Nothing was sent; try again when the connection is back.");
    case ErrorCode::NoReply:
        return translate("qms", "The system did not answer in time. It may or may not have been done: check before trying again.");
    case ErrorCode::StorageFull:
    case ErrorCode::StorageReadOnly:
    case ErrorCode::StorageError:
        return translate("qms", "The system could not save this, so nothing was changed. Please tell the technician.");
    case ErrorCode::ServiceClosed:
        return translate("qms", "This service is not taking tickets at this time.");
    case ErrorCode::DailyCapReached:
        return translate("qms", "This service has given out all its numbers for today.");
    case ErrorCode::QueueEmpty:
        return translate("qms", "Nobody is waiting.");
    case ErrorCode::LoginFailed:
        return translate("qms", "Wrong username or PIN.");
    case ErrorCode::LockedOut:
        return translate("qms", "Too many wrong PINs. Try again in %n second(s).", nullptr, int(error.retryAfterSeconds));
    case ErrorCode::NotLoggedIn:
        return translate("qms", "Please log in first.");
    case ErrorCode::Forbidden:
        return translate("qms", "This station may not do that.");
    case ErrorCode::CounterNotOpen:
        return translate("qms", "The counter is not open.");
    case ErrorCode::CounterBusy:
        return translate("qms", "Finish the ticket being served first.");
    case ErrorCode::NotYourTicket:
        return translate("qms", "That ticket is at another counter.");
    case ErrorCode::WrongState:
        return translate("qms", "That ticket has moved on in the meantime; the screen now shows where it is.");
    case ErrorCode::RecallLimit:
        return translate("qms", "Called as many times as allowed: mark it as not present, or put it back in the queue.");
    case ErrorCode::NotFound:
        return translate("qms", "Nothing was found.");
    case ErrorCode::Busy:
        return translate("qms", "The system is busy; try again in a few seconds.");
    default:
        return translate("qms", "This could not be done (%1).").arg(errorCodeName(error.code));
    }
}

QString printerProblemText(const QString &code)
{
    if (code == QLatin1String("media_empty"))
        return translate("qms", "The printer is out of paper.");
    if (code == QLatin1String("media_jam") || code == QLatin1String("cover_open"))
        return translate("qms", "The printer needs attention (paper jam or cover open).");
    if (code == QLatin1String("printer_unreachable") || code == QLatin1String("printer_offline"))
        return translate("qms", "The printer is switched off or not connected.");
    if (code == QLatin1String("printer_stopped") || code == QLatin1String("not_accepting"))
        return translate("qms", "The printer's queue is stopped.");
    if (code == QLatin1String("printer_not_found"))
        return translate("qms", "The printer is not set up on this computer.");
    return translate("qms", "The printer is not responding.");
}

} // namespace qms::text
