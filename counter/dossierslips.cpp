#include "dossierslips.h"

#include <QLocale>

#include "text/displaytext.h"

namespace qms {

DossierSlips::DossierSlips(const CenterConfig &center, QString clerk, QString language)
    : m_center(center)
    , m_clerk(std::move(clerk))
    , m_language(std::move(language))
{ }

QString DossierSlips::procedureName(const Dossier &d) const
{
    const ServiceConfig *s = m_center.service(d.service);
    const Procedure *p = s ? s->procedure(d.procedure) : nullptr;
    return p ? p->name.in(m_language) : (s ? s->name.in(m_language) : d.service);
}

QString DossierSlips::dateWords(const QDate &date) const
{
    return tr("Date: %1/%2/%3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.year());
}

QString DossierSlips::lookupText(const Dossier &d) const
{
    QString base = m_center.publicBaseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base.isEmpty() ? d.code : base + QStringLiteral("/d/") + d.code;
}

SlipPrint DossierSlips::heading(const Dossier &d, const QString &title) const
{
    SlipPrint s;
    s.office = m_center.name.in(m_language).toUpper();
    s.reference = tr("Dossier code: %1").arg(d.code);
    s.nation = tr("SOCIALIST REPUBLIC OF VIETNAM");
    s.motto = tr("Independence – Freedom – Happiness");
    s.dateLine = dateWords(
        text::centerTime(d.updatedAt > 0 ? d.updatedAt : d.receivedAt, m_center.utcOffsetMinutes).date());
    s.title = title;
    s.signatureHint = tr("(Signature and full name)");
    s.rightSigner = m_clerk;
    s.qrText = lookupText(d);
    s.qrCaption = tr("Scan this code, or type the dossier code at the kiosk, to see where your dossier is.");
    return s;
}

SlipPrint DossierSlips::receipt(const Dossier &d) const
{
    SlipPrint s = heading(d, tr("RECEIPT OF DOSSIER AND APPOINTMENT TO RETURN THE RESULT"));
    s.dateLine = dateWords(text::centerTime(d.receivedAt, m_center.utcOffsetMinutes).date());
    const ServiceConfig *service = m_center.service(d.service);
    const Procedure *procedure = service ? service->procedure(d.procedure) : nullptr;
    const QDateTime received = text::centerTime(d.receivedAt, m_center.utcOffsetMinutes);
    s.body.push_back({tr("Received the dossier of: Mr/Ms %1").arg(d.applicantName), 0, false});
    if (!d.applicantPhone.isEmpty())
        s.body.push_back({tr("Phone: %1").arg(d.applicantPhone), 0, false});
    s.body.push_back({tr("Request: %1").arg(procedureName(d)), 0, false});
    s.body.push_back({tr("1. Papers handed in:"), 0, true});
    if (d.papersReceived.isEmpty())
        s.body.push_back({tr("– as listed by the clerk"), 1, false});
    for (const QString &paper : d.papersReceived)
        s.body.push_back({QStringLiteral("– ") + paper, 1, false});
    if (!d.papersMissing.isEmpty()) {
        s.body.push_back({tr("Still to bring (see the request for more papers):"), 0, true});
        for (const QString &paper : d.papersMissing)
            s.body.push_back({QStringLiteral("– ") + paper, 1, false});
    }
    s.body.push_back({tr("2. Number of dossiers: 01 set."), 0, true});
    if (procedure) {
        s.body.push_back({procedure->processingDays == 0
                              ? tr("3. Time the law allows: the same working day.")
                              : tr("3. Time the law allows: %n working day(s).", nullptr, procedure->processingDays),
                          0, true});
    }
    s.body.push_back({tr("4. Received at: %1, %2")
                          .arg(received.time().toString(QStringLiteral("HH:mm")), text::shortDate(received.date())),
                      0, true});
    s.body.push_back({tr("5. Result returned on: %1").arg(text::shortDate(d.promisedDate)), 0, true});
    s.body.push_back({tr("6. Collect the result at: %1").arg(m_center.resultsAtFor(d.service, m_language)), 0, true});
    if (procedure && procedure->fee > 0)
        s.body.push_back({tr("7. Fee: %1 đồng").arg(QLocale(QLocale::Vietnamese).toString(procedure->fee)), 0, true});
    s.body.push_back({tr("Please bring this receipt when you collect the result."), 0, false});
    s.leftSignature = tr("APPLICANT");
    s.rightSignature = tr("RECEIVING OFFICER");
    return s;
}

SlipPrint DossierSlips::supplement(const Dossier &d) const
{
    SlipPrint s = heading(d, tr("REQUEST TO SUPPLEMENT AND COMPLETE THE DOSSIER"));
    const QDate received = text::centerTime(d.receivedAt, m_center.utcOffsetMinutes).date();
    s.body.push_back(
        {tr("On %1 the center received the dossier of Mr/Ms %2.").arg(text::shortDate(received), d.applicantName), 0,
         false});
    s.body.push_back({tr("Request: %1").arg(procedureName(d)), 0, false});
    s.body.push_back({tr("To be settled, the dossier needs the following:"), 0, true});
    for (const QString &paper : d.papersMissing)
        s.body.push_back({QStringLiteral("– ") + paper, 1, false});
    if (!d.note.isEmpty())
        s.body.push_back({tr("Reason: %1").arg(d.note), 0, false});
    s.body.push_back({tr("Please bring these papers with this request and the dossier code to %1.")
                          .arg(m_center.resultsAtFor(d.service, m_language)),
                      0, false});
    s.body.push_back({tr("We are sorry for the inconvenience."), 0, false});
    s.rightSignature = tr("RECEIVING OFFICER");
    return s;
}

SlipPrint DossierSlips::apology(const Dossier &d) const
{
    SlipPrint s = heading(d, tr("APOLOGY AND NEW APPOINTMENT TO RETURN THE RESULT"));
    const QDate received = text::centerTime(d.receivedAt, m_center.utcOffsetMinutes).date();
    s.body.push_back({tr("On %1 the center received the dossier of Mr/Ms %2 for: %3.")
                          .arg(text::shortDate(received), d.applicantName, procedureName(d)),
                      0, false});
    s.body.push_back({tr("The result was due on %1.").arg(text::shortDate(d.dueDate)), 0, false});
    s.body.push_back({d.note.isEmpty() ? tr("The dossier could not be settled by then.")
                                       : tr("The dossier could not be settled by then, because: %1").arg(d.note),
                      0, false});
    s.body.push_back({tr("This delay has caused you trouble. We apologise, and will return the result on %1.")
                          .arg(text::shortDate(d.promisedDate)),
                      0, true});
    s.body.push_back({tr("Collect it at: %1").arg(m_center.resultsAtFor(d.service, m_language)), 0, false});
    s.body.push_back({tr("Thank you for your understanding."), 0, false});
    s.rightSignature = tr("ON BEHALF OF THE CENTER");
    return s;
}

} // namespace qms
