#pragma once

#include <QDateTime>
#include <QString>

#include "domain/center.h"
#include "domain/event.h"

namespace qms {

/**
 * Words for what the queue knows, in the language of the installed translator
 * (context "qms"): the kiosk screen, the printed ticket and the phone page say
 * the same thing the same way.
 */
namespace text {

/**
 * A wait as a person would say it: a 5-minute range ("about 15–20 minutes"),
 * "under 5 minutes", "you are next", or, with no counter open yet, no number
 * at all rather than a confident guess.
 */
[[nodiscard]] QString waitText(const WaitEstimate &estimate);
/** "3 people ahead of you" / "Nobody ahead of you". */
[[nodiscard]] QString aheadText(int peopleAhead);
/** Today's hours of a service: "07:30–11:30, 13:30–17:00", or "Closed today". */
[[nodiscard]] QString hoursToday(const OpeningHours &hours, const QDate &date);
/** "Counters 3, 4, 8" / "Counter 5". */
[[nodiscard]] QString countersText(const QList<int> &counters);
/** "Thursday, 26/11/2026 at 09:15". */
[[nodiscard]] QString dateTimeText(const QDateTime &when);

} // namespace text
} // namespace qms
