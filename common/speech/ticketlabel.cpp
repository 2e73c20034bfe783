#include "speech/ticketlabel.h"

namespace qms {

QList<TicketLabelPart> splitTicketLabel(const QString &label)
{
    QList<TicketLabelPart> parts;
    bool inDigits = false;
    // NFC first: a letter typed as base + combining mark ("A" + U+0306) must stay one letter, "Ă".
    const QString composed = label.normalized(QString::NormalizationForm_C);
    for (const QChar c : composed) {
        // Only ASCII digits: isDigit() would also take Arabic-Indic and other digits that nobody prints on a ticket.
        const bool digit = c >= u'0' && c <= u'9';
        if (digit) {
            if (!inDigits)
                parts.append({QString(), true});
            parts.last().text.append(c);
        } else if (c.isLetter()) {
            parts.append({QString(c), false});
        }
        inDigits = digit;
    }
    return parts;
}

} // namespace qms
