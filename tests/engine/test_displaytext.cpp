// The words a citizen reads for a wait (source language; the .ts files translate them).
#include "support/testsupport.h"
#include "text/displaytext.h"

using namespace qms;

namespace {
WaitEstimate minutes(double m, bool rough = false)
{
    WaitEstimate e;
    e.peopleAhead = 3;
    e.openCounters = 2;
    e.seconds = int(m * 60);
    e.rough = rough;
    return e;
}
} // namespace

TEST_CASE("A wait is said as a range, wider when little is measured", "[text]")
{
    WaitEstimate none;
    CHECK(text::waitText(none) == "No estimate yet");
    WaitEstimate late = minutes(50);
    late.unlikelyToday = true;
    CHECK(text::waitText(late) == "You may not be served today");
    CHECK(text::waitText(minutes(1)) == "You are next");
    // 20 min: 70 % and 140 % (14 and 28), rounded out to 5 minutes. A line never breaks
    // inside "10–30" (word joiners) or before "minutes" (no-break space).
    CHECK(text::waitText(minutes(20)) == QStringLiteral("About 10\u2060–\u206030\u00a0minutes"));
    // With only the defaults to go on: 50 % to 180 % (10 and 36).
    CHECK(text::waitText(minutes(20, true)) == QStringLiteral("About 10\u2060–\u206040\u00a0minutes"));
    CHECK(text::waitText(minutes(3)) == QStringLiteral("Under 5\u00a0minutes"));                // 2.1 to 4.2
    CHECK(text::waitText(minutes(9)) == QStringLiteral("About 5\u2060–\u206015\u00a0minutes")); // 6.3 to 12.6
    CHECK(text::waitText(minutes(50)) == QStringLiteral("About 35\u2060–\u206070\u00a0minutes"));
    CHECK(text::waitText(minutes(100)) == "More than 1 hour(s)"); // 70 to 140
}

TEST_CASE("People ahead, counters and hours in words", "[text]")
{
    CHECK(text::aheadText(0) == "Nobody ahead of you");
    CHECK(text::countersText({3, 4, 8}) == "Counter(s) 3, 4, 8");
    OpeningHours h;
    h.setDay(4, {{7 * 60 + 30, 11 * 60 + 30}, {13 * 60 + 30, 17 * 60}});
    CHECK(text::hoursToday(h, QDate(2026, 11, 26))
          == QStringLiteral("07:30\u2060–\u206011:30, 13:30\u2060–\u206017:00"));
    CHECK(text::hoursToday(h, QDate(2026, 11, 27)) == "Closed today");
}
