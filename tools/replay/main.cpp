// qms-replay: plays a trace through the real engine and reports how good the
// wait estimates were, next to the industry formula.
//   qms-replay TRACE.jsonl [--csv OUT.csv] [--recall SECONDS]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#include "replay/replay.h"

using namespace qms;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.setApplicationDescription(
        QStringLiteral("Replays a queue trace (JSON lines) through the QMS engine with simulated time."));
    args.addHelpOption();
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Write one row per ticket to this file."),
                                 QStringLiteral("file"));
    const QCommandLineOption recall(QStringLiteral("recall"), QStringLiteral("Seconds a no-show costs its counter."),
                                    QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption noHistory(QStringLiteral("no-history"),
                                       QStringLiteral("Start every day blank, as a hub without past days would."));
    args.addOptions({csv, recall, noHistory});
    args.addPositionalArgument(QStringLiteral("trace"), QStringLiteral("The trace (JSON lines)."));
    args.process(app);
    if (args.positionalArguments().size() != 1)
        args.showHelp(64);

    QFile file(args.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
        return 66;
    }
    auto trace = parseTrace(file.readAll());
    if (!trace) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(file.fileName()), qPrintable(trace.error().message));
        return 65;
    }
    ReplayOptions options;
    options.recallSeconds = args.value(recall).toDouble();
    options.learn = !args.isSet(noHistory);
    auto rows = replayTrace(trace.value(), options);
    if (!rows) {
        std::fprintf(stderr, "replay failed: %s\n", qPrintable(rows.error().message));
        return 70;
    }
    if (args.isSet(csv)) {
        QFile out(args.value(csv));
        if (!out.open(QIODevice::WriteOnly) || out.write(replayCsv(rows.value())) < 0) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(out.fileName()), qPrintable(out.errorString()));
            return 73;
        }
    }
    std::printf("%s", qPrintable(formatSummary(summarize(rows.value()))));
    return 0;
}
