// What learning from past days costs (issue 14; not a CI gate): summarizing a day
// as its events are committed, keeping and reading back 20 days' summaries, what
// the rollover learns, and the estimates made with it. Days come from the lunch-
// rota scenario (tests/data/traces/lunch-rota.json) over 20 working days, once as
// written and once three times as busy (arrivals × 3, counters × 3).
//   build-ci/tests/bench/bench_history
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

#include "engine/dayhistory.h"
#include "hub/queueservice.h"
#include "replay/replay.h"
#include "replay/tracegenerator.h"
#include "store/sqliteeventstore.h"

using namespace qms;

namespace {
QByteArray scenario(int busier)
{
    QFile f(QStringLiteral(QMS_SOURCE_DIR "/tests/data/traces/lunch-rota.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the scenario");
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o.insert(QStringLiteral("days"), 20);
    QJsonArray arrivals;
    for (const QJsonValue &v : o.value(QStringLiteral("arrivals")).toArray()) {
        QJsonObject a = v.toObject();
        a.insert(QStringLiteral("per_hour"), a.value(QStringLiteral("per_hour")).toDouble() * busier);
        arrivals.append(a);
    }
    o.insert(QStringLiteral("arrivals"), arrivals);
    QJsonArray counters;
    for (int copy = 0; copy < busier; ++copy)
        for (const QJsonValue &v : o.value(QStringLiteral("counters")).toArray()) {
            QJsonObject c = v.toObject();
            c.insert(QStringLiteral("counter"), c.value(QStringLiteral("counter")).toInt() + 8 * copy);
            counters.append(c);
        }
    o.insert(QStringLiteral("counters"), counters);
    return QJsonDocument(o).toJson();
}

void measure(const char *name, int busier)
{
    const auto trace = generateTrace(scenario(busier));
    if (!trace)
        qFatal("%s", qPrintable(trace.error().message));

    // Replay the 20 days, summarizing each as the hub does while it commits.
    std::vector<Event> events;
    ReplayOptions collect;
    collect.observer = [&](const Event &e) { events.push_back(e); };
    QElapsedTimer timer;
    timer.start();
    const auto rows = replayTrace(trace.value(), collect);
    const double withHistory = timer.nsecsElapsed() / 1e9;
    ReplayOptions blank;
    blank.learn = false;
    timer.restart();
    (void)replayTrace(trace.value(), blank);
    const double withoutHistory = timer.nsecsElapsed() / 1e9;

    DaySummaryBuilder builder(7 * 60);
    std::vector<DaySummary> days;
    timer.restart();
    for (size_t i = 0; i < events.size(); ++i) {
        if (events[i].type == EventType::DayStarted && !builder.isEmpty())
            days.push_back(builder.finish(events[i - 1].at));
        builder.observe(events[i]);
    }
    days.push_back(builder.finish(events.back().at));
    const double observeNs = double(timer.nsecsElapsed()) / double(events.size());
    size_t bytes = 0;
    for (const DaySummary &d : days)
        bytes += size_t(daySummaryToJson(d).size());

    // The rollover: 20 days in the history, learn the next.
    DayHistory history;
    for (const DaySummary &d : days)
        history.add(d);
    timer.restart();
    const int learnRuns = 50;
    DayRhythm rhythm;
    for (int i = 0; i < learnRuns; ++i)
        rhythm = history.rhythmFor(days.back().date.addDays(3));
    const double learnMs = timer.nsecsElapsed() / 1e6 / learnRuns;
    const QByteArray rhythmJson = QJsonDocument(rhythmToJson(rhythm)).toJson(QJsonDocument::Compact);

    // Start-up: a hub reading its day with and without 20 kept summaries.
    QTemporaryDir dir;
    const CenterConfig config = centerForTrace(trace.value());
    double loadWith = 0, loadWithout = 0;
    for (const bool kept : {false, true}) {
        auto store = SqliteEventStore::open(dir.filePath(kept ? QStringLiteral("with.db") : QStringLiteral("without.db")));
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        if (kept)
            for (const DaySummary &d : days)
                (void)store.value()->saveDaySummary(d.date, daySummaryToJson(d));
        double best = 1e9;
        for (int i = 0; i < 20; ++i) {
            QueueService queue(config, *store.value());
            timer.restart();
            if (!queue.load())
                qFatal("load failed");
            best = std::min(best, timer.nsecsElapsed() / 1e6);
        }
        (kept ? loadWith : loadWithout) = best;
    }

    std::printf("%s: %zu tickets over %zu days, %zu events\n", name, rows ? rows->size() : 0, days.size(), events.size());
    std::printf("  summarizing as events commit: %.0f ns an event; a day's summary %zu bytes (mean)\n", observeNs,
                bytes / days.size());
    std::printf("  learning at the rollover from 20 days: %.2f ms; the rhythm carried in day.started %lld bytes\n",
                learnMs, qint64(rhythmJson.size()));
    std::printf("  start-up (queue load, best of 20): %.2f ms with 20 kept days, %.2f ms without\n", loadWith,
                loadWithout);
    std::printf("  replaying the 20 days (every ticket estimated as issued): %.2f s learning, %.2f s without\n",
                withHistory, withoutHistory);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("qms.*.info=false"));
    measure("as written", 1);
    measure("three times as busy", 3);
    return 0;
}
