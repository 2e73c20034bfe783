// Replay semantics on tiny traces, every expected row worked out by hand.
// Estimates: the derived center gives every service the default 10 minutes; with
// nothing measured yet a ticket is expected to hold a counter 611.2 s (no-shows and
// breaks included, see test_waitestimator.cpp), and a served ticket still at the
// counter is expected to end 600 s after its call.
#include "replay/replay.h"
#include "replay/tracegenerator.h"

#include <QFile>
#include "support/testsupport.h"

using namespace qms;
using namespace qms::test;

namespace {
std::vector<TraceEvent> trace(const char *jsonLines)
{
    auto parsed = parseTrace(QByteArray(jsonLines));
    return take(std::move(parsed));
}

QStringList csvRows(const std::vector<TraceEvent> &events)
{
    auto rows = replayTrace(events);
    QStringList lines = QString::fromUtf8(replayCsv(require(rows))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.takeFirst()
            == "ticket,service,priority,issued_t,called_t,started_t,finished_t,estimate_s,people_ahead,open_counters,"
               "outcome,date,range_low_s,range_high_s");
    // The hand-worked columns; a trace without days is one Monday, 2026-01-05 (the
    // ranges shown are checked in the days' tests below).
    for (QString &line : lines) {
        QStringList fields = line.split(QLatin1Char(','));
        REQUIRE(fields.size() == 14);
        CHECK(fields[11] == QStringLiteral("2026-01-05"));
        line = fields.mid(0, 11).join(QLatin1Char(','));
    }
    return lines;
}
} // namespace

TEST_CASE("Replay: one counter serves in order, and a no-show costs the recall time", "[replay]")
{
    const auto events = trace(R"(
{"t":0,"type":"counter_open","counter":1,"services":["land"]}
{"t":10,"type":"arrival","service":"land","priority":false,"service_time":100,"no_show":false}
{"t":20,"type":"arrival","service":"land","priority":false,"service_time":50,"no_show":false}
{"t":30,"type":"arrival","service":"land","priority":false,"service_time":70,"no_show":true}
{"t":40,"type":"arrival","service":"land","priority":false,"service_time":30,"no_show":false}
)");
    // 2nd: counter busy until 10 + 600 → 590. 3rd: then the 2nd takes 611.2 → 1221.2 − 30.
    // 4th: 610 + 2 × 611.2 − 40 = 1792.4.
    CHECK(csvRows(events)
          == QStringList{
              "A0001,land,false,10,10,10,110,0,0,1,served",
              "A0002,land,false,20,110,110,160,590,0,1,served",
              "A0003,land,false,30,160,,220,1191,1,1,no_show",
              "A0004,land,false,40,220,220,250,1792,2,1,served",
          });
}

TEST_CASE("Replay: a counter finishes its ticket before pausing or closing", "[replay]")
{
    const auto events = trace(R"(
{"t":0,"type":"counter_open","counter":1,"services":["land"]}
{"t":0,"type":"arrival","service":"land","priority":false,"service_time":100,"no_show":false}
{"t":50,"type":"counter_pause","counter":1}
{"t":60,"type":"arrival","service":"land","priority":false,"service_time":20,"no_show":false}
{"t":300,"type":"counter_resume","counter":1}
{"t":310,"type":"arrival","service":"land","priority":false,"service_time":10,"no_show":false}
{"t":315,"type":"counter_close","counter":1}
)");
    // The counter's plan (its shift in the trace) ends at 315 s, 07:35. At 60 it is
    // expected busy until 600 (07:40): past its day, so no number is promised for the
    // 2nd or the 3rd ticket — "may not be served today". The 3rd indeed is not.
    CHECK(csvRows(events)
          == QStringList{
              "A0001,land,false,0,0,0,100,0,0,1,served",
              "A0002,land,false,60,300,300,320,,0,1,served",
              "A0003,land,false,310,,,,,0,1,unserved",
          });
}

TEST_CASE("Replay: priority jumps ahead, and a two-service counter takes the longest wait", "[replay]")
{
    const auto events = trace(R"(
{"t":0,"type":"counter_open","counter":1,"services":["land"]}
{"t":0,"type":"counter_open","counter":2,"services":["justice","land"]}
{"t":0,"type":"arrival","service":"land","priority":false,"service_time":300,"no_show":false}
{"t":0,"type":"arrival","service":"justice","priority":false,"service_time":200,"no_show":false}
{"t":10,"type":"arrival","service":"land","priority":false,"service_time":100,"no_show":false}
{"t":20,"type":"arrival","service":"land","priority":true,"service_time":50,"no_show":false}
{"t":30,"type":"arrival","service":"justice","priority":false,"service_time":60,"no_show":false}
)");
    // At 200 counter 2 takes the priority land ticket; at 250 the land ticket that has
    // waited longest; the justice one at 350. Forecasts: both counters free at 600;
    // the last justice ticket waits for counter 2 to take A0002 first → 600 + 611.2 − 30.
    CHECK(csvRows(events)
          == QStringList{
              "A0001,land,false,0,0,0,300,0,0,2,served",
              "B0001,justice,false,0,0,0,200,0,0,1,served",
              "A0002,land,false,10,250,250,350,590,0,2,served",
              "A0003,land,true,20,200,200,250,580,0,2,served",
              "B0002,justice,false,30,350,350,410,1181,0,1,served",
          });
}

TEST_CASE("Replay summary: errors against the actual wait, next to the baseline", "[replay]")
{
    const auto events = trace(R"(
{"t":0,"type":"counter_open","counter":1,"services":["land"]}
{"t":10,"type":"arrival","service":"land","priority":false,"service_time":100,"no_show":false}
{"t":20,"type":"arrival","service":"land","priority":false,"service_time":50,"no_show":false}
{"t":30,"type":"arrival","service":"land","priority":false,"service_time":70,"no_show":true}
{"t":40,"type":"arrival","service":"land","priority":false,"service_time":30,"no_show":false}
)");
    const ReplaySummary s = summarize(require(replayTrace(events)));
    CHECK(s.served == 3);
    CHECK(s.noShows == 1);
    CHECK(s.unserved == 0);
    // Served: waits 0, 90, 180. Estimates 0, 590, 1792 → errors 0, 500, 1612.
    // Baseline (600 s × people ahead ÷ 1): 0, 0, 1200 → errors 0, 90, 1020.
    CHECK(s.estimator.tickets == 3);
    CHECK(s.estimator.mean == Approx(2112.0 / 3));
    CHECK(s.estimator.median == 500);
    CHECK(s.estimator.p90 == 1612);
    CHECK(s.baseline.mean == Approx(370));
    CHECK(s.baseline.median == 90);
    CHECK(s.baseline.p90 == 1020);
    CHECK(s.meanWait == Approx(90));
}

TEST_CASE("Replay: a recall time other than 60 s", "[replay]")
{
    const auto events = trace(R"(
{"t":0,"type":"counter_open","counter":1,"services":["s"]}
{"t":0,"type":"arrival","service":"s","priority":false,"service_time":10,"no_show":true}
{"t":0,"type":"arrival","service":"s","priority":false,"service_time":10,"no_show":false}
)");
    ReplayOptions options;
    options.recallSeconds = 90;
    const auto rows = require(replayTrace(events, options));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].finished == 90);
    CHECK(rows[1].called == 90);
}

TEST_CASE("Trace errors name the line and the field", "[replay]")
{
    const auto error = [](const char *text) {
        const auto r = parseTrace(QByteArray(text));
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(error("{\"t\":0,\"type\":\"counter_open\",\"counter\":1,\"services\":[\"a\"]}\nnot json\n")
              .startsWith("line 2: not a JSON object"));
    CHECK(error(R"({"t":0,"type":"arrival","service":"a","priority":false})") == "line 1.service_time: is required");
    CHECK(error(R"({"t":0,"type":"teleport"})") == "line 1.type: unknown event type \"teleport\"");
    CHECK(
        error("{\"t\":5,\"type\":\"counter_close\",\"counter\":1}\n{\"t\":4,\"type\":\"counter_close\",\"counter\":1}")
        == "line 2.t: goes back in time (4 after 5)");
    CHECK(error(R"({"t":0,"type":"counter_open","counter":1})") == "line 1.services: must list the services by id");
    // And what it writes, it reads.
    const auto events = take(parseTrace(
        QByteArray(R"({"t":1.5,"type":"arrival","service":"a","priority":true,"service_time":42,"no_show":true})")));
    CHECK(take(parseTrace(traceToJsonLines(events))).size() == 1);
}

TEST_CASE("Trace days: a day line starts each, t starts again, dates go forward", "[replay]")
{
    const auto error = [](const char *text) {
        const auto r = parseTrace(QByteArray(text));
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    const auto events = take(parseTrace(R"({"type":"day","date":"2026-03-02"}
{"t":0,"type":"counter_open","counter":1,"services":["a"]}
{"t":500,"type":"arrival","service":"a","priority":false,"service_time":42,"no_show":false}
{"type":"day","date":"2026-03-03"}
{"t":0,"type":"counter_open","counter":1,"services":["a"]}
)"));
    REQUIRE(events.size() == 5);
    CHECK(events[3].type == TraceEvent::Type::Day);
    CHECK(events[3].date == QDate(2026, 3, 3));
    CHECK(take(parseTrace(traceToJsonLines(events))).size() == 5);
    CHECK(error("{\"type\":\"day\",\"date\":\"2026-03-03\"}\n{\"type\":\"day\",\"date\":\"2026-03-02\"}")
          == "line 2.date: must come after the day before");
    CHECK(error("{\"t\":0,\"type\":\"counter_open\",\"counter\":1,\"services\":[\"a\"]}\n"
                "{\"type\":\"day\",\"date\":\"2026-03-02\"}")
          == "line 2.type: a trace with days starts with its first day");
    CHECK(error(R"({"type":"day","date":"March"})") == "line 1.date: is a date like 2026-03-02");
}

TEST_CASE("Replay of several days: each day apart, and what one teaches the next", "[replay]")
{
    // Two Mondays alike: counter 1 opens at 07:30 and is away 08:30–09:30 (given only as
    // a pause); a citizen arrives at 08:25 behind one being served.
    QByteArray text;
    for (const char *date : {"2026-03-02", "2026-03-09"}) {
        text += QByteArray(R"({"type":"day","date":")") + date + "\"}\n";
        text += R"({"t":0,"type":"counter_open","counter":1,"services":["a"]}
{"t":3000,"type":"arrival","service":"a","priority":false,"service_time":600,"no_show":false}
{"t":3300,"type":"arrival","service":"a","priority":false,"service_time":300,"no_show":false}
{"t":3600,"type":"counter_pause","counter":1}
{"t":7200,"type":"counter_resume","counter":1}
{"t":28800,"type":"counter_close","counter":1}
)";
    }
    const auto events = take(parseTrace(text));
    ReplayOptions blank;
    blank.learn = false;
    for (const bool learn : {false, true}) {
        const auto rows = require(replayTrace(events, learn ? ReplayOptions{} : blank));
        REQUIRE(rows.size() == 4);
        CHECK(rows[0].date == QDate(2026, 3, 2));
        CHECK(rows[2].date == QDate(2026, 3, 9));
        // Each day apart: the same numbers, the same times.
        CHECK(rows[2].ticket == rows[0].ticket);
        CHECK(rows[2].called == rows[0].called);
        // Served after the break: called at 09:30 (t = 7200), 65 minutes after it came.
        CHECK(rows[3].called == 7200);
        // The first day nobody knows of the break: about 10 minutes (the one being served).
        REQUIRE(rows[1].estimate);
        CHECK(*rows[1].estimate < 15 * 60);
        // The second day, with the first learned: after the break, as it happened.
        REQUIRE(rows[3].estimate);
        INFO("learn " << learn << ": " << *rows[3].estimate << " s");
        if (learn)
            CHECK(*rows[3].estimate >= 55 * 60);
        else
            CHECK(*rows[3].estimate == *rows[1].estimate);
        // The CSV dates each row and gives the range shown.
        const QStringList csv = QString::fromUtf8(replayCsv(rows)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        CHECK(csv[4].section(QLatin1Char(','), 11, 11) == QStringLiteral("2026-03-09"));
        CHECK(rows[3].rangeLow.has_value());
        CHECK(csv[4].section(QLatin1Char(','), 12, 12) == QString::number(*rows[3].rangeLow));
    }
}

TEST_CASE("On a generated fortnight with a lunch rota given only as pauses, the estimate learns it", "[replay][slow]")
{
    // The issue's goal: over days 6–10, at most 0.6 of the baseline's mean error, and the
    // range shown holding the actual wait for at least 80 % of served tickets; and better
    // than the same days replayed without the past days.
    QFile scenario(sourcePath(QStringLiteral("tests/data/traces/lunch-rota.json")));
    REQUIRE(scenario.open(QIODevice::ReadOnly));
    const auto events = take(generateTrace(scenario.readAll()));
    const ReplaySummary learned = summarize(require(replayTrace(events)));
    ReplayOptions blank;
    blank.learn = false;
    const ReplaySummary without = summarize(require(replayTrace(events, blank)));
    REQUIRE(learned.days.size() == 10);
    REQUIRE(learned.learned);
    const DayFigures &late = *learned.learned;
    INFO(formatSummary(learned).toStdString());
    CHECK(late.estimator.mean <= 0.6 * late.baseline.mean);
    CHECK(late.rangeHeld >= 0.8 * late.ranged);
    CHECK(late.estimator.mean < without.learned->estimator.mean);
    CHECK(double(late.rangeHeld) / late.ranged > double(without.learned->rangeHeld) / without.learned->ranged);
    // The first day has nothing to learn from: the same either way.
    CHECK(learned.days[0].estimator.mean == without.days[0].estimator.mean);
}
