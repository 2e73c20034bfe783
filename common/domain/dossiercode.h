#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace qms {

/**
 * A dossier's code in the national format V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX
 * ("000.00.12.H57-240301-0001"): the receiving agency's code, the day it was
 * received, and that day's sequence number at the agency.
 */
struct DossierCode
{
    QString agency; ///< "000.00.12.H57"
    QDate received;
    int sequence = 0; ///< 1…9999

    /** The code as printed; empty when the parts are not valid. */
    [[nodiscard]] QString toString() const;
    /** Reads a code as typed or scanned (spaces and case forgiven); none when it is not one. */
    [[nodiscard]] static std::optional<DossierCode> parse(const QString &text);
    /** Whether `agency` has the V1V2V3.Z1Z2.Y1Y2.MX1X2 shape. */
    [[nodiscard]] static bool isAgencyCode(const QString &agency);

    bool operator==(const DossierCode &) const = default;
};

} // namespace qms
