#include "reportcommand.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTranslator>

#include <cstdio>
#include <memory>

#include "config/centerconfigloader.h"
#include "report/periodreport.h"
#include "report/reportcsv.h"
#include "reportpdf/reportpdf.h"
#include "store/sqliteeventstore.h"
#include "text/translate.h"

namespace qms {

namespace {
/** "2026-05-01..2026-05-31", "2026-05" (a month) or "2026-05-14" (a day). */
bool parsePeriod(const QString &text, QDate &from, QDate &to)
{
    if (text.contains(QLatin1String(".."))) {
        from = QDate::fromString(text.section(QLatin1String(".."), 0, 0), Qt::ISODate);
        to = QDate::fromString(text.section(QLatin1String(".."), 1), Qt::ISODate);
    } else if (text.size() == 7) {
        from = QDate::fromString(text + QLatin1String("-01"), Qt::ISODate);
        to = from.isValid() ? from.addMonths(1).addDays(-1) : QDate();
    } else {
        from = to = QDate::fromString(text, Qt::ISODate);
    }
    return from.isValid() && to.isValid() && from <= to;
}

bool write(const QString &path, const QByteArray &bytes)
{
    if (path == QLatin1String("-"))
        return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() && f.flush();
}
} // namespace

ReportCommand::ReportCommand()
    : m_report(QStringLiteral("report"),
               QStringLiteral("Write the report of a period (FROM..TO, YYYY-MM or a day) and exit."),
               QStringLiteral("period"))
    , m_csv(QStringLiteral("csv"), QStringLiteral("With --report: the CSV file (- for standard output)."),
            QStringLiteral("file"))
    , m_pdf(QStringLiteral("pdf"), QStringLiteral("With --report: the PDF file."), QStringLiteral("file"))
    , m_db(QStringLiteral("db"), QStringLiteral("With --report: the hub's database."), QStringLiteral("file"),
           defaultDatabasePath())
    , m_center(QStringLiteral("center"), QStringLiteral("With --report: the center file."), QStringLiteral("file"),
               qEnvironmentVariable("QMS_CENTER", QStringLiteral("/etc/qms/center.json")))
    , m_language(QStringLiteral("report-language"), QStringLiteral("With --report: vi (default) or en."),
                 QStringLiteral("language"), QStringLiteral("vi"))
{ }

void ReportCommand::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_report, m_csv, m_pdf, m_db, m_center, m_language});
}

int ReportCommand::run(const QCommandLineParser &parser) const
{
    QDate from, to;
    if (!parsePeriod(parser.value(m_report), from, to)) {
        std::fprintf(stderr, "--report: a period is FROM..TO (2026-05-01..2026-05-31), a month (2026-05) or a day\n");
        return 64;
    }
    if (!parser.isSet(m_csv) && !parser.isSet(m_pdf)) {
        std::fprintf(stderr, "--report: say where to write it: --csv FILE and/or --pdf FILE\n");
        return 64;
    }
    const auto center = CenterConfigLoader::loadFile(parser.value(m_center));
    if (!center) {
        std::fprintf(stderr, "%s\n", qPrintable(center.error().message));
        return 65;
    }
    if (!QFile::exists(parser.value(m_db))) {
        std::fprintf(stderr, "--report: no database at %s (give --db)\n", qPrintable(parser.value(m_db)));
        return 66;
    }
    QElapsedTimer timer;
    timer.start();
    const auto events = readEventsForReport(parser.value(m_db), from, to);
    if (!events) {
        std::fprintf(stderr, "%s\n", qPrintable(events.error().message));
        return 65;
    }
    PeriodReport report(center.value(), from, to);
    for (const StoredEvent &e : events.value())
        report.add(e.event);
    const QDate today = QDate::currentDate();
    report.finish(std::min(to.addDays(1), today));

    // Words in the report's language, whatever the machine's.
    const QString language = parser.value(m_language) == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi");
    std::vector<std::unique_ptr<QTranslator>> catalogues;
    std::vector<const QTranslator *> scope;
    for (const char *name : {"report", "qms"}) {
        auto t = std::make_unique<QTranslator>();
        if (t->load(QStringLiteral(":/i18n/%1_%2.qm").arg(QLatin1String(name), language))) {
            scope.push_back(t.get());
            catalogues.push_back(std::move(t));
        }
    }
    const text::LanguageScope words(scope);
    if (parser.isSet(m_csv) && !write(parser.value(m_csv), reportCsv(report))) {
        std::fprintf(stderr, "--csv: cannot write %s\n", qPrintable(parser.value(m_csv)));
        return 66;
    }
    if (parser.isSet(m_pdf)) {
        const QString generatedOn = text::translate("report", "Made on %1/%2/%3")
                                        .arg(today.day(), 2, 10, QLatin1Char('0'))
                                        .arg(today.month(), 2, 10, QLatin1Char('0'))
                                        .arg(today.year());
        if (!write(parser.value(m_pdf), renderReportPdf(report, generatedOn))) {
            std::fprintf(stderr, "--pdf: cannot write %s\n", qPrintable(parser.value(m_pdf)));
            return 66;
        }
    }
    std::fprintf(stderr, "%s..%s: %d day(s), %zu events, %d tickets issued, %d served, in %lld ms\n",
                 qPrintable(from.toString(Qt::ISODate)), qPrintable(to.toString(Qt::ISODate)), report.days(),
                 events->size(), report.all().issued, report.all().served, timer.elapsed());
    return 0;
}

} // namespace qms
