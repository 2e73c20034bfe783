#include "domain/dossiercode.h"

#include <QRegularExpression>

namespace qms {

namespace {
const QRegularExpression &agencyPattern()
{
    static const QRegularExpression re(QStringLiteral("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}$"));
    return re;
}
} // namespace

bool DossierCode::isAgencyCode(const QString &agency)
{
    return agencyPattern().match(agency).hasMatch();
}

QString DossierCode::toString() const
{
    if (!isAgencyCode(agency) || !received.isValid() || sequence < 1 || sequence > 9999)
        return {};
    return QStringLiteral("%1-%2-%3")
        .arg(agency, received.toString(QStringLiteral("yyMMdd")))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

std::optional<DossierCode> DossierCode::parse(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(\\d{4})$"));
    QString compact = text.toUpper();
    compact.remove(QLatin1Char(' '));
    const QRegularExpressionMatch m = re.match(compact);
    if (!m.hasMatch())
        return std::nullopt;
    DossierCode code;
    code.agency = m.captured(1);
    code.received = QDate(2000 + m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    code.sequence = m.captured(5).toInt();
    if (!code.received.isValid() || code.sequence < 1)
        return std::nullopt;
    return code;
}

} // namespace qms
