#pragma once

#include <QCoreApplication>

#include "domain/center.h"
#include "domain/dossier.h"
#include "printing/slipdocument.h"

namespace qms {

/**
 * The wording of the three A5 slips a counter prints for a dossier, after the
 * forms of the one-stop rules: the receipt with the date to come back, the
 * request for missing papers, and the apology with a new date. The counter's
 * language words them (Vietnamese, normally); the layout is SlipPrint's.
 */
class DossierSlips
{
    Q_DECLARE_TR_FUNCTIONS(DossierSlips)
public:
    /** `clerk`: the name of who signs; `language` for the center's texts (its name, where to collect). */
    DossierSlips(const CenterConfig &center, QString clerk, QString language);

    /** "Giấy tiếp nhận hồ sơ và hẹn ngày trả kết quả". */
    [[nodiscard]] SlipPrint receipt(const Dossier &d) const;
    /** "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ": the papers still missing. */
    [[nodiscard]] SlipPrint supplement(const Dossier &d) const;
    /** "Phiếu xin lỗi và hẹn lại ngày trả kết quả": why it is late and the new date. */
    [[nodiscard]] SlipPrint apology(const Dossier &d) const;

    /** What the QR code holds: the phone page of the dossier, or its code when there is none. */
    [[nodiscard]] QString lookupText(const Dossier &d) const;

private:
    [[nodiscard]] SlipPrint heading(const Dossier &d, const QString &title) const;
    [[nodiscard]] QString procedureName(const Dossier &d) const;
    [[nodiscard]] QString dateWords(const QDate &date) const;

    const CenterConfig &m_center;
    QString m_clerk;
    QString m_language;
};

} // namespace qms
