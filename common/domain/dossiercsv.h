#pragma once

#include <QByteArray>
#include <QStringList>

#include <vector>

#include "domain/dossier.h"

namespace qms {

/**
 * Dossiers as a CSV file for the province's one-stop system and for
 * spreadsheets: UTF-8 with a byte-order mark (so Excel shows Vietnamese right),
 * a header row, commas, CRLF line ends, fields quoted where needed (RFC 4180).
 *
 * Columns: code, service, procedure, applicant, phone, status, received_at,
 * due, promised, closed_at, papers_received, papers_missing, note, received_by.
 * Times are the center's local "YYYY-MM-DD HH:MM", dates "YYYY-MM-DD", lists of
 * papers are joined with "; ". Reading takes the columns in any order, ignores
 * unknown ones, and reports each bad row by its line number.
 */
struct DossierCsv
{
    static const QStringList columns;

    [[nodiscard]] static QByteArray write(const std::vector<Dossier> &dossiers, int utcOffsetMinutes);

    struct ReadResult
    {
        std::vector<Dossier> dossiers;
        QStringList errors; ///< "line 7: due: \"31/02/2026\" is not a date like 2026-11-26"
    };
    [[nodiscard]] static ReadResult read(const QByteArray &csv, int utcOffsetMinutes);
};

} // namespace qms
