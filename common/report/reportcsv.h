#pragma once

#include <QByteArray>

namespace qms {

class PeriodReport;

/**
 * The report as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel
 * and LibreOffice show Vietnamese), one table after another — per service, per
 * counter, per clerk, by hour, satisfaction, dossiers — each with its heading
 * row, in the language of the open text::LanguageScope (Vietnamese, normally).
 * Durations are in minutes with one decimal, shares in percent.
 */
[[nodiscard]] QByteArray reportCsv(const PeriodReport &report);

} // namespace qms
