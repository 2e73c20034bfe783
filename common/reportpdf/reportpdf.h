#pragma once

#include <QByteArray>
#include <QString>

namespace qms {

class PeriodReport;

/**
 * The report as the A4 PDF a director signs: the center and the nation's
 * heading, the period, five headline figures, then by service (a table), load
 * by hour (a bar chart), satisfaction (a bar), dossiers, by counter and by
 * clerk, and the signature block. In the language of the open
 * text::LanguageScope (Vietnamese, normally). Needs a QGuiApplication (fonts).
 * `generatedOn`: the place-and-date line ("An Hòa, ngày 01 tháng 6 năm 2026").
 */
[[nodiscard]] QByteArray renderReportPdf(const PeriodReport &report, const QString &generatedOn);

} // namespace qms
