#pragma once

#include <QList>
#include <QString>

namespace qms {

/** One piece of a ticket label as it is read aloud: a run of digits, or a single letter. */
struct TicketLabelPart
{
    QString text;        ///< "007" or "A"
    bool digits = false; ///< a run of ASCII digits; otherwise one letter
};

/**
 * Splits "A007" into {"A", "007"} and "AB-12" into {"A", "B", "12"}: each letter
 * on its own (it is spelled), each run of digits whole (it is read as a number).
 * Anything else (dashes, spaces, punctuation) only separates and is not said.
 */
[[nodiscard]] QList<TicketLabelPart> splitTicketLabel(const QString &label);

} // namespace qms
