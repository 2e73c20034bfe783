#include "report/reportcsv.h"

#include <QStringList>

#include "report/periodreport.h"
#include "text/translate.h"

namespace qms {

namespace {
using text::translate;

QString cell(QString s)
{
    // Quoted when it must be; a leading = + - @ is defused so a spreadsheet does not run it as a formula.
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

QString minutes(double seconds)
{
    return QString::number(seconds / 60.0, 'f', 1);
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1);
}

struct Table
{
    QStringList lines;
    void row(const QStringList &cells)
    {
        QStringList out;
        for (const QString &c : cells)
            out << cell(c);
        lines << out.join(QLatin1Char(','));
    }
};

QStringList figureHeadings(const QString &first)
{
    QStringList h{first,
                  translate("report", "Issued"),
                  translate("report", "Served"),
                  translate("report", "Not present"),
                  translate("report", "Transferred"),
                  translate("report", "Cancelled"),
                  translate("report", "Served within target (%)")};
    for (const char *what : {QT_TRANSLATE_NOOP("report", "Wait time"), QT_TRANSLATE_NOOP("report", "Walk to the counter"),
                             QT_TRANSLATE_NOOP("report", "Service time"), QT_TRANSLATE_NOOP("report", "Total time")})
        for (const char *stat : {QT_TRANSLATE_NOOP("report", "%1, mean (min)"), QT_TRANSLATE_NOOP("report", "%1, median (min)"),
                                 QT_TRANSLATE_NOOP("report", "%1, 90th percentile (min)")})
            h << translate("report", stat).arg(translate("report", what));
    return h;
}

QStringList figureCells(const QString &first, const TicketFigures &f, bool issues)
{
    QStringList c{first,
                  issues ? QString::number(f.issued) : QString(),
                  QString::number(f.served),
                  QString::number(f.noShow),
                  QString::number(f.transferred),
                  QString::number(f.cancelled),
                  f.served ? percent(f.withinTargetShare()) : QString()};
    for (const DurationStats *s : {&f.wait, &f.walk, &f.service, &f.total})
        for (const double v : {s->mean, s->median, s->p90})
            c << (s->count ? minutes(v) : QString());
    return c;
}
} // namespace

QByteArray reportCsv(const PeriodReport &report)
{
    const CenterConfig &center = report.center();
    Table t;
    t.row({center.name.in(QStringLiteral("vi")),
           translate("report", "From %1 to %2")
               .arg(report.from().toString(QStringLiteral("dd/MM/yyyy")), report.to().toString(QStringLiteral("dd/MM/yyyy")))});
    t.row({});
    t.row(figureHeadings(translate("report", "Service")));
    for (const ServiceConfig &s : center.services) {
        const auto it = report.byService().find(s.id);
        t.row(figureCells(s.name.vi, it == report.byService().end() ? TicketFigures{} : it->second, true));
    }
    t.row(figureCells(translate("report", "All services"), report.all(), true));
    t.row({});
    t.row(figureHeadings(translate("report", "Counter")));
    for (const auto &[number, f] : report.byCounter()) {
        const CounterConfig *c = center.counter(number);
        t.row(figureCells(c && !c->name.vi.isEmpty() ? c->name.vi : translate("report", "Counter %1").arg(number), f,
                          false));
    }
    t.row({});
    t.row(figureHeadings(translate("report", "Clerk")));
    for (const auto &[clerk, f] : report.byClerk())
        t.row(figureCells(clerk, f, false));
    t.row({});
    t.row({translate("report", "Hour"), translate("report", "Tickets issued")});
    for (int h = 0; h < 24; ++h)
        if (report.issuedByHour()[size_t(h)] > 0)
            t.row({QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')), QString::number(report.issuedByHour()[size_t(h)])});
    t.row({});
    t.row({translate("report", "Satisfaction"), translate("report", "Answers"), translate("report", "Very satisfied (%)"),
           translate("report", "Satisfied (%)"), translate("report", "Not satisfied (%)"),
           translate("report", "Satisfied in all (%)")});
    auto satisfaction = [&t](const QString &name, const SatisfactionFigures &s) {
        const double n = s.answers() ? s.answers() : 1;
        t.row({name, QString::number(s.answers()), percent(s.verySatisfied / n), percent(s.satisfied / n),
               percent(s.unsatisfied / n), percent(s.satisfiedShare())});
    };
    for (const ServiceConfig &s : center.services)
        if (const auto it = report.satisfactionByService().find(s.id); it != report.satisfactionByService().end())
            satisfaction(s.name.vi, it->second);
    satisfaction(translate("report", "All services"), report.satisfaction());
    t.row({});
    const DossierFigures &d = report.dossiers();
    t.row({translate("report", "Dossiers"), translate("report", "Received"), translate("report", "Returned on time"),
           translate("report", "Returned late"), translate("report", "Overdue now"), translate("report", "On time (%)")});
    t.row({translate("report", "All services"), QString::number(d.received), QString::number(d.returnedOnTime),
           QString::number(d.returnedLate), QString::number(d.overdueNow), percent(d.onTimeRate())});
    return "\xEF\xBB\xBF" + t.lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace qms
