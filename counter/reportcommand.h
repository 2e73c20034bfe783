#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace qms {

/**
 * qms-counter --report: the figures of a day or a period from the hub's
 * database, as CSV and/or PDF, for a supervisor or a cron job on the hub's
 * machine:
 *   qms-counter --report 2026-05-01..2026-05-31 --pdf may.pdf --csv may.csv
 *   qms-counter --report 2026-05 --pdf may.pdf            (a month)
 *   qms-counter --report 2026-05-14 --csv -               (a day, CSV on standard output)
 * The database and center file are the hub's (--db, --center, or $QMS_DB and
 * $QMS_CENTER); it only reads, so it may run while the hub runs.
 */
class ReportCommand
{
public:
    ReportCommand();
    void addTo(QCommandLineParser &parser) const;
    [[nodiscard]] bool requested(const QCommandLineParser &parser) const { return parser.isSet(m_report); }
    /** Writes what was asked; returns the exit code (0, or 64 for a wrong command line, 65/66 for data or files). */
    [[nodiscard]] int run(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_report;
    QCommandLineOption m_csv;
    QCommandLineOption m_pdf;
    QCommandLineOption m_db;
    QCommandLineOption m_center;
    QCommandLineOption m_language;
};

} // namespace qms
