#include "engine/dossierbook.h"

#include "domain/dossiercode.h"
#include "engine/queueengine.h"

namespace qms {

namespace {
Error notFound(const QString &code)
{
    return Error{ErrorCode::NotFound, QStringLiteral("no dossier with code \"%1\"").arg(code)};
}
} // namespace

DossierBook::DossierBook(QString agencyCode)
    : m_agencyCode(std::move(agencyCode))
{ }

Event DossierBook::makeEvent(EventType type, Timestamp now, const QString &actor, const QString &day)
{
    Event e;
    e.type = type;
    e.at = now;
    e.actor = actor;
    e.businessDay = day;
    return e;
}

QString DossierBook::nextCode(const QDate &date) const
{
    return DossierCode{m_agencyCode, date, m_lastSequence.value(date) + 1}.toString();
}

Result<Events> DossierBook::decide(const cmd::ReceiveDossier &c, const QueueEngine &queue, Timestamp now) const
{
    const CenterConfig &config = queue.config();
    if (m_agencyCode.isEmpty())
        return Error{ErrorCode::InvalidConfig, QStringLiteral("the center file has no agency_code: dossiers cannot be numbered")};
    const Ticket *t = queue.ticket(c.ticket);
    if (!t)
        return Error{ErrorCode::UnknownTicket, QStringLiteral("no ticket with id %1 today").arg(c.ticket)};
    // Received on the ticket being served at this very counter, so it is someone's in front of the clerk.
    if (t->state != TicketState::Serving || (c.counter != 0 && t->counter != c.counter))
        return Error{ErrorCode::WrongState,
                     QStringLiteral("ticket %1 is not being served at counter %2").arg(t->label).arg(c.counter)};
    const ServiceConfig *service = config.service(t->service);
    const Procedure *procedure = service ? service->procedure(c.procedure) : nullptr;
    if (!procedure)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("service %1 has no procedure \"%2\"").arg(t->service, c.procedure)};
    if (c.applicantName.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a dossier needs the applicant's name")};
    const QDate today = LocalTime::at(now, config.utcOffsetMinutes).date;
    const int sequence = m_lastSequence.value(today) + 1;
    if (sequence > 9999)
        return Error{ErrorCode::DailyCapReached, QStringLiteral("9999 dossiers were received today")};

    Dossier d;
    d.code = DossierCode{m_agencyCode, today, sequence}.toString();
    d.service = t->service;
    d.procedure = procedure->id;
    d.applicantName = c.applicantName.simplified();
    d.applicantPhone = c.applicantPhone.simplified();
    d.papersReceived = c.papersReceived;
    d.papersMissing = c.papersMissing;
    d.note = c.note;
    d.status = c.papersMissing.isEmpty() ? DossierStatus::Received : DossierStatus::SupplementRequested;
    d.receivedAt = now;
    d.dueDate = config.addWorkingDays(today, procedure->processingDays);
    d.promisedDate = d.dueDate;
    d.ticket = t->id;
    d.counter = t->counter;
    d.receivedBy = c.actor;
    d.updatedAt = now;
    d.updatedBy = c.actor;
    Event e = makeEvent(EventType::DossierReceived, now, c.actor, queue.businessDay());
    e.dossier = d;
    return Events{e};
}

Result<Events> DossierBook::decide(const cmd::UpdateDossier &c, const QueueEngine &queue, Timestamp now) const
{
    const Dossier *found = find(c.code);
    if (!found)
        return notFound(c.code);
    if (isFinal(found->status))
        return Error{ErrorCode::WrongState,
                     QStringLiteral("dossier %1 is %2 already").arg(c.code, dossierStatusName(found->status))};
    Dossier d = *found;
    if (c.status) {
        if (*c.status == DossierStatus::Received)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("a dossier cannot be received again")};
        d.status = *c.status;
        if (isFinal(d.status))
            d.closedAt = now;
    }
    if (c.promisedDate.isValid()) {
        if (c.promisedDate <= d.promisedDate)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("the new date must be after %1").arg(d.promisedDate.toString(Qt::ISODate))};
        d.promisedDate = c.promisedDate;
    }
    if (c.papersMissing)
        d.papersMissing = *c.papersMissing;
    if (!c.note.isEmpty())
        d.note = c.note;
    if (d == *found)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("nothing to change in dossier %1").arg(c.code)};
    d.updatedAt = now;
    d.updatedBy = c.actor;
    Event e = makeEvent(EventType::DossierUpdated, now, c.actor, queue.businessDay());
    e.dossier = d;
    return Events{e};
}

Result<Events> DossierBook::decide(const cmd::ImportDossier &c, const QueueEngine &queue, Timestamp now) const
{
    const Dossier &d = c.dossier;
    if (!DossierCode::parse(d.code) || DossierCode::parse(d.code)->toString() != d.code)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a dossier code").arg(d.code)};
    if (find(d.code))
        return Error{ErrorCode::InvalidArgument, QStringLiteral("dossier %1 is already recorded").arg(d.code)};
    if (!queue.config().service(d.service))
        return Error{ErrorCode::UnknownService, QStringLiteral("no service \"%1\"").arg(d.service)};
    if (!d.dueDate.isValid() || d.applicantName.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("dossier %1 needs an applicant and a due date").arg(d.code)};
    Dossier imported = d;
    if (!imported.promisedDate.isValid())
        imported.promisedDate = imported.dueDate;
    imported.updatedAt = now;
    imported.updatedBy = c.actor;
    Event e = makeEvent(EventType::DossierReceived, now, c.actor, queue.businessDay());
    e.dossier = imported;
    return Events{e};
}

Result<Events> DossierBook::decide(const cmd::RecordRating &c, const QueueEngine &queue, Timestamp now) const
{
    const Ticket *t = queue.ticket(c.ticket);
    if (!t)
        return Error{ErrorCode::UnknownTicket, QStringLiteral("no ticket with id %1 today").arg(c.ticket)};
    if (t->state != TicketState::Done)
        return Error{ErrorCode::WrongState, QStringLiteral("ticket %1 has not been served").arg(t->label)};
    if (c.counter != 0 && t->counter != c.counter)
        return Error{ErrorCode::NotYourTicket,
                     QStringLiteral("ticket %1 was served at counter %2").arg(t->label).arg(t->counter)};
    if (isRated(t->id))
        return Error{ErrorCode::WrongState, QStringLiteral("ticket %1 has been rated already").arg(t->label)};
    if (c.comment.size() > 500)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a comment is at most 500 characters")};
    Rating r;
    r.ticket = t->id;
    r.businessDay = t->businessDay;
    r.service = t->service;
    r.counter = t->counter;
    r.clerk = t->clerk;
    const auto dossiers = ofTicket(t->id);
    r.dossier = dossiers.empty() ? QString() : dossiers.front()->code;
    r.value = c.value;
    r.comment = c.comment.trimmed();
    r.channel = c.channel;
    r.at = now;
    Event e = makeEvent(EventType::RatingRecorded, now, c.actor, queue.businessDay());
    e.rating = r;
    return Events{e};
}

void DossierBook::apply(const Event &e)
{
    if (e.rating)
        m_rated.insert(e.rating->ticket);
    if (!e.dossier)
        return;
    const Dossier &d = *e.dossier;
    m_dossiers[d.code] = d;
    if (const auto code = DossierCode::parse(d.code); code && code->agency == m_agencyCode)
        m_lastSequence[code->received] = std::max(m_lastSequence.value(code->received), code->sequence);
}

void DossierBook::restore(const std::vector<Dossier> &dossiers)
{
    m_dossiers.clear();
    m_lastSequence.clear();
    for (const Dossier &d : dossiers) {
        Event e;
        e.dossier = d;
        apply(e);
    }
}

const Dossier *DossierBook::find(const QString &code) const
{
    const auto it = m_dossiers.find(code);
    return it == m_dossiers.end() ? nullptr : &it->second;
}

std::vector<const Dossier *> DossierBook::ofTicket(TicketId ticket) const
{
    std::vector<const Dossier *> out;
    for (const auto &[code, d] : m_dossiers)
        if (d.ticket == ticket && ticket != 0)
            out.push_back(&d);
    return out;
}

} // namespace qms
