#pragma once

#include <QDateTime>
#include <QString>

#include "domain/center.h"
#include "domain/dossier.h"
#include "domain/event.h"
#include "util/error.h"

namespace qms {

/**
 * Words for what the queue knows, in the language of the installed translator
 * (context "qms"): the kiosk screen, the printed ticket and the phone page say
 * the same thing the same way.
 */
namespace text {

/**
 * A wait as a person would say it: a range that rounds to 5 minutes ("about
 * 15–25 minutes"), wider while few of today's tickets are measured; "under 10
 * minutes", "you are next"; "you may not be served today" when the counters'
 * hours end first; and, with no counter to call it, no number at all rather than
 * a confident guess.
 */
[[nodiscard]] QString waitText(const WaitEstimate &estimate);
/** "3 people ahead of you" / "Nobody ahead of you". */
[[nodiscard]] QString aheadText(int peopleAhead);
/** Today's hours of a service: "07:30–11:30, 13:30–17:00", or "Closed today". */
[[nodiscard]] QString hoursToday(const OpeningHours &hours, const QDate &date);
/** "Counters 3, 4, 8" / "Counter 5". */
[[nodiscard]] QString countersText(const QList<int> &counters);
/** "Thursday, 26/11/2026". */
[[nodiscard]] QString dateText(const QDate &date);
/** "Thursday, 26/11/2026 at 09:15". */
[[nodiscard]] QString dateTimeText(const QDateTime &when);
/** "Being processed", "Ready for collection", …: a dossier's status in words. */
[[nodiscard]] QString dossierStatusText(DossierStatus status);
/**
 * Why a counter is paused, in words: the reasons the counter offers are sent as
 * keys ("break", "meeting", "paperwork") so every screen words them in its own
 * language; any other reason is shown as the clerk typed it.
 */
[[nodiscard]] QString pauseReasonText(const QString &reason);
/** The keys of the usual pause reasons, in the order a counter offers them. */
[[nodiscard]] QStringList pauseReasons();
/** "waiting", "being served", "not present", …: a ticket's state in words. */
[[nodiscard]] QString ticketStateText(TicketState state);
/** "under a minute", "12 min", "1 h 05 min": how long something took or has lasted. */
[[nodiscard]] QString durationText(qint64 seconds);
/** "26/11/2026". */
[[nodiscard]] QString shortDate(const QDate &date);

/** A moment as the center's wall clock shows it (its fixed UTC offset, whatever the machine's zone). */
[[nodiscard]] QDateTime centerTime(Timestamp t, int utcOffsetMinutes);

/**
 * What a person is told when the hub refused, or could not be asked. A request
 * that got no reply is said to be uncertain, never done. Apps word their own
 * cases on top (a citizen is told whom to ask; see ClientViewModel::errorText).
 */
[[nodiscard]] QString errorText(const Error &error);

/** What a printer problem code a kiosk reports (media_empty, printer_offline, …) means, in words. */
[[nodiscard]] QString printerProblemText(const QString &code);

} // namespace text
} // namespace qms
