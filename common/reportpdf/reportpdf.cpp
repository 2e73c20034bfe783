#include "reportpdf/reportpdf.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <numeric>

#include "printing/pdfflow.h"
#include "report/periodreport.h"
#include "text/translate.h"

namespace qms {

namespace {
using pdf::mm;
using text::translate;
using Style = PdfFlow::Style;

QString minutes(const DurationStats &s, double DurationStats::*field)
{
    return s.count ? QString::number(s.*field / 60.0, 'f', 1) : QStringLiteral("–");
}

QString percent(double share, bool known = true)
{
    return known ? QString::number(share * 100.0, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
}

/** A table drawn down the flow: a shaded heading row, thin rules, numbers right-aligned, split across pages. */
class Table
{
public:
    Table(PdfFlow &flow, QPainter &p, int width, std::vector<int> weights)
        : m_flow(flow)
        , m_p(p)
    {
        const int sum = std::accumulate(weights.begin(), weights.end(), 0);
        int x = 0;
        for (const int w : weights) {
            m_left.push_back(x);
            m_width.push_back(width * w / sum);
            x += width * w / sum;
        }
        m_total = x;
    }
    void heading(const QStringList &cells) { row(cells, true); }
    void row(const QStringList &cells, bool heading = false)
    {
        const Style style{heading ? 8.0 : 8.5, heading, false, false, Qt::AlignLeft};
        const int pad = mm(1.2);
        int height = 0;
        for (int i = 0; i < cells.size() && i < int(m_left.size()); ++i)
            height = std::max(height, m_flow.measure(cells[i], style, m_width[size_t(i)] - 2 * pad));
        height += 2 * pad;
        m_flow.keep(height);
        const int top = m_flow.y();
        if (heading)
            m_p.fillRect(0, top, m_total, height, QColor(0xe4, 0xe9, 0xf0));
        for (int i = 0; i < cells.size() && i < int(m_left.size()); ++i) {
            Style cell = style;
            cell.align = i == 0 || heading ? Qt::AlignLeft : Qt::AlignRight;
            m_flow.drawAt(cells[i], cell, m_left[size_t(i)] + pad, top + pad, m_width[size_t(i)] - 2 * pad);
        }
        m_p.fillRect(0, top + height, m_total, std::max(1, mm(0.15)), QColor(0x9a, 0xa5, 0xb1));
        m_flow.setY(top + height);
    }

private:
    PdfFlow &m_flow;
    QPainter &m_p;
    std::vector<int> m_left;
    std::vector<int> m_width;
    int m_total = 0;
};

QStringList figureRow(const QString &name, const TicketFigures &f, bool issues)
{
    return {name,
            issues ? QString::number(f.issued) : QStringLiteral("–"),
            QString::number(f.served),
            QString::number(f.noShow),
            QString::number(f.transferred),
            QString::number(f.cancelled),
            minutes(f.wait, &DurationStats::mean),
            minutes(f.wait, &DurationStats::median),
            minutes(f.wait, &DurationStats::p90),
            minutes(f.service, &DurationStats::mean),
            percent(f.withinTargetShare(), f.served > 0)};
}

QStringList figureHeading(const QString &first)
{
    return {first,
            translate("report", "Issued"),
            translate("report", "Served"),
            translate("report", "Not present"),
            translate("report", "Transferred"),
            translate("report", "Cancelled"),
            translate("report", "Wait, mean (min)"),
            translate("report", "Wait, median (min)"),
            translate("report", "Wait, 90% (min)"),
            translate("report", "Service, mean (min)"),
            translate("report", "Within target")};
}

const std::vector<int> kFigureColumns{22, 8, 8, 8, 10, 7, 9, 9, 9, 10, 9};
} // namespace

QByteArray renderReportPdf(const PeriodReport &report, const QString &generatedOn)
{
    const CenterConfig &center = report.center();
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(25, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(pdf::dpi);
    const QString period = translate("report", "From %1 to %2")
                               .arg(report.from().toString(QStringLiteral("dd/MM/yyyy")),
                                    report.to().toString(QStringLiteral("dd/MM/yyyy")));
    writer.setTitle(translate("report", "Service report") + QStringLiteral(" – ") + period);
    writer.setCreator(QStringLiteral("qms-counter --report"));
    QPainter p(&writer);
    p.setRenderHint(QPainter::Antialiasing, true);
    PdfFlow flow(writer, p);
    const int width = writer.width();

    // The heading: the center on the left, the nation on the right, as on every administrative paper.
    const int half = width / 2;
    const int left = flow.drawAt(center.name.vi, Style{10.5, true, false, false, Qt::AlignHCenter}, 0, 0, half - mm(4));
    int right = flow.drawAt(translate("report", "SOCIALIST REPUBLIC OF VIETNAM"),
                            Style{10.5, true, false, false, Qt::AlignHCenter}, half, 0, half);
    right += flow.drawAt(translate("report", "Independence – Freedom – Happiness"),
                         Style{10.5, true, false, true, Qt::AlignHCenter}, half, right, half);
    right += mm(2) + flow.drawAt(generatedOn, Style{10, false, true, false, Qt::AlignHCenter}, half, right + mm(2), half);
    flow.setY(std::max(left, right) + mm(8));
    flow.paragraph(translate("report", "SERVICE REPORT"), Style{15, true, false, false, Qt::AlignHCenter}, 0, width,
                   mm(1));
    flow.paragraph(period + QStringLiteral(" (") + translate("report", "%n working day(s)", nullptr, report.days())
                       + QLatin1Char(')'),
                   Style{11, false, true, false, Qt::AlignHCenter}, 0, width, mm(6));

    // The five figures a director looks at first.
    const TicketFigures &all = report.all();
    const struct
    {
        QString label, value;
    } keys[] = {
        {translate("report", "Tickets issued"), QString::number(all.issued)},
        {translate("report", "Citizens served"), QString::number(all.served)},
        {translate("report", "Called within target"), percent(all.withinTargetShare(), all.served > 0)},
        {translate("report", "Satisfied"), percent(report.satisfaction().satisfiedShare(), report.satisfaction().answers() > 0)},
        {translate("report", "Dossiers on time"),
         percent(report.dossiers().onTimeRate(), report.dossiers().returnedOnTime + report.dossiers().returnedLate > 0)},
    };
    const int boxWidth = (width - 4 * mm(3)) / 5;
    const int boxHeight = mm(22);
    flow.keep(boxHeight);
    const int boxTop = flow.y();
    for (int i = 0; i < 5; ++i) {
        const int x = i * (boxWidth + mm(3));
        p.fillRect(x, boxTop, boxWidth, boxHeight, QColor(0xee, 0xf2, 0xf7));
        flow.drawAt(keys[i].value, Style{16, true, false, false, Qt::AlignHCenter}, x, boxTop + mm(2.5), boxWidth);
        flow.drawAt(keys[i].label, Style{8.5, false, false, false, Qt::AlignHCenter}, x + mm(1), boxTop + mm(12),
                    boxWidth - mm(2));
    }
    flow.setY(boxTop + boxHeight + mm(7));

    auto section = [&](const QString &title) {
        flow.keep(mm(20));
        flow.paragraph(title, Style{11.5, true, false, false, Qt::AlignLeft}, 0, width, mm(2));
    };

    section(translate("report", "1. By service"));
    Table services(flow, p, width, kFigureColumns);
    services.heading(figureHeading(translate("report", "Service")));
    for (const ServiceConfig &s : center.services) {
        const auto it = report.byService().find(s.id);
        services.row(figureRow(s.name.vi, it == report.byService().end() ? TicketFigures{} : it->second, true));
    }
    services.row(figureRow(translate("report", "All services"), all, true));
    flow.paragraph(translate("report", "Wait: from the ticket to the first call. Within target: served citizens called "
                                       "within the service's target wait."),
                   Style{8, false, true, false, Qt::AlignLeft}, 0, width, mm(6));

    // Load by hour: a bar for each hour the center issued tickets in.
    section(translate("report", "2. Tickets issued by hour"));
    int first = 24, last = -1, peak = 1;
    for (int h = 0; h < 24; ++h)
        if (report.issuedByHour()[size_t(h)] > 0) {
            first = std::min(first, h);
            last = std::max(last, h);
            peak = std::max(peak, report.issuedByHour()[size_t(h)]);
        }
    if (last >= 0) {
        const int chartHeight = mm(40);
        flow.keep(chartHeight + mm(15));
        const int top = flow.y() + mm(5); // room for the tallest bar's figure
        const int bars = last - first + 1;
        const int slot = width / std::max(bars, 8);
        for (int h = first; h <= last; ++h) {
            const int n = report.issuedByHour()[size_t(h)];
            const int barHeight = chartHeight * n / peak;
            const int x = (h - first) * slot;
            p.fillRect(x + slot / 6, top + chartHeight - barHeight, slot * 2 / 3, barHeight, QColor(0x12, 0x46, 0x7d));
            flow.drawAt(QString::number(n), Style{7.5, false, false, false, Qt::AlignHCenter}, x,
                        top + chartHeight - barHeight - mm(4), slot);
            flow.drawAt(QStringLiteral("%1h").arg(h), Style{8, false, false, false, Qt::AlignHCenter}, x,
                        top + chartHeight + mm(1), slot);
        }
        flow.setY(top + chartHeight + mm(9));
    } else {
        flow.paragraph(translate("report", "No ticket was issued."), Style{}, 0, width, mm(4));
    }

    section(translate("report", "3. Satisfaction"));
    const SatisfactionFigures &sat = report.satisfaction();
    if (sat.answers() > 0) {
        const int barHeight = mm(7);
        flow.keep(barHeight + mm(12));
        const int top = flow.y();
        const struct
        {
            int count;
            QColor colour;
            QString label;
        } parts[] = {{sat.verySatisfied, QColor(0x0b, 0x7a, 0x3e), translate("report", "Very satisfied")},
                     {sat.satisfied, QColor(0x12, 0x46, 0x7d), translate("report", "Satisfied")},
                     {sat.unsatisfied, QColor(0xb3, 0x26, 0x1e), translate("report", "Not satisfied")}};
        int x = 0;
        QStringList legend;
        for (const auto &part : parts) {
            const int w = width * part.count / sat.answers();
            p.fillRect(x, top, w, barHeight, part.colour);
            x += w;
            legend << QStringLiteral("%1: %2 (%3)").arg(part.label).arg(part.count).arg(percent(double(part.count) / sat.answers()));
        }
        flow.setY(top + barHeight + mm(2));
        flow.paragraph(legend.join(QStringLiteral(" · ")) + QStringLiteral(" — ")
                           + translate("report", "%n answer(s)", nullptr, sat.answers()),
                       Style{9, false, false, false, Qt::AlignLeft}, 0, width, mm(6));
    } else {
        flow.paragraph(translate("report", "No citizen answered the question."), Style{}, 0, width, mm(4));
    }

    section(translate("report", "4. Dossiers"));
    const DossierFigures &d = report.dossiers();
    Table dossiers(flow, p, width, {20, 16, 16, 16, 16, 16});
    dossiers.heading({translate("report", "Dossiers"), translate("report", "Received"), translate("report", "Returned on time"),
                      translate("report", "Returned late"), translate("report", "Overdue now"), translate("report", "On time (%)")});
    dossiers.row({translate("report", "All services"), QString::number(d.received), QString::number(d.returnedOnTime),
                  QString::number(d.returnedLate), QString::number(d.overdueNow),
                  percent(d.onTimeRate(), d.returnedOnTime + d.returnedLate > 0)});
    flow.space(mm(6));

    section(translate("report", "5. By counter"));
    Table counters(flow, p, width, kFigureColumns);
    counters.heading(figureHeading(translate("report", "Counter")));
    for (const auto &[number, f] : report.byCounter()) {
        const CounterConfig *c = center.counter(number);
        counters.row(figureRow(c && !c->name.vi.isEmpty() ? c->name.vi : translate("report", "Counter %1").arg(number), f,
                               false));
    }
    flow.space(mm(6));
    section(translate("report", "6. By clerk"));
    Table clerks(flow, p, width, kFigureColumns);
    clerks.heading(figureHeading(translate("report", "Clerk")));
    for (const auto &[clerk, f] : report.byClerk())
        clerks.row(figureRow(clerk, f, false));

    // Signatures.
    const Style signTitle{11, true, false, false, Qt::AlignHCenter};
    flow.space(mm(10));
    flow.keep(mm(35));
    const int top = flow.y();
    flow.drawAt(translate("report", "PREPARED BY"), signTitle, 0, top, half);
    flow.drawAt(translate("report", "DIRECTOR"), signTitle, half, top, half);
    const Style hint{9, false, true, false, Qt::AlignHCenter};
    flow.drawAt(translate("report", "(signature and full name)"), hint, 0, top + mm(6), half);
    flow.drawAt(translate("report", "(signature, full name and seal)"), hint, half, top + mm(6), half);
    p.end();
    return pdf;
}

} // namespace qms
