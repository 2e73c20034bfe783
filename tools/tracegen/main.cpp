// qms-tracegen: makes days of queue trace from a scenario (see docs/ESTIMATES.md).
//   qms-tracegen SCENARIO.json [-o TRACE.jsonl] [--seed N] [--days N]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#include "replay/tracegenerator.h"

using namespace qms;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("Generates a queue trace (JSON lines) from a scenario."));
    args.addHelpOption();
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Trace file (default: standard output)."), QStringLiteral("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Overrides the scenario's seed."),
                                  QStringLiteral("n"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  QStringLiteral("Makes this many working days (overrides the scenario's \"days\")."),
                                  QStringLiteral("n"));
    args.addOptions({output, seed, days});
    args.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("The scenario (JSON)."));
    args.process(app);
    if (args.positionalArguments().size() != 1)
        args.showHelp(64);
    QFile file(args.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
        return 66;
    }
    QByteArray scenario = file.readAll();
    if (args.isSet(seed) || args.isSet(days)) {
        QJsonObject o = QJsonDocument::fromJson(scenario).object();
        if (args.isSet(seed))
            o.insert(QStringLiteral("seed"), args.value(seed).toInt());
        if (args.isSet(days))
            o.insert(QStringLiteral("days"), args.value(days).toInt());
        scenario = QJsonDocument(o).toJson();
    }
    auto trace = generateTrace(scenario);
    if (!trace) {
        std::fprintf(stderr, "%s:\n%s\n", qPrintable(file.fileName()), qPrintable(trace.error().message));
        return 65;
    }
    const QByteArray lines = traceToJsonLines(trace.value());
    if (!args.isSet(output)) {
        std::fwrite(lines.constData(), 1, size_t(lines.size()), stdout);
        return 0;
    }
    QFile out(args.value(output));
    if (!out.open(QIODevice::WriteOnly) || out.write(lines) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
        return 73;
    }
    return 0;
}
