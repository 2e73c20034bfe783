#include "report/periodreport.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace qms {

namespace {
QDateTime local(Timestamp t, int utcOffsetMinutes)
{
    return QDateTime::fromMSecsSinceEpoch(t, QTimeZone(utcOffsetMinutes * 60));
}
} // namespace

DurationStats DurationStats::of(std::vector<double> seconds)
{
    DurationStats s;
    s.count = int(seconds.size());
    if (seconds.empty())
        return s;
    std::sort(seconds.begin(), seconds.end());
    s.mean = std::accumulate(seconds.begin(), seconds.end(), 0.0) / double(seconds.size());
    const size_t n = seconds.size();
    s.median = n % 2 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2.0;
    // Nearest rank: the smallest value with at least 90 % of the values at or below it.
    s.p90 = seconds[size_t(std::ceil(0.9 * double(n))) - 1];
    return s;
}

PeriodReport::PeriodReport(const CenterConfig &center, QDate from, QDate to)
    : m_center(center)
    , m_from(from)
    , m_to(to)
{ }

bool PeriodReport::inPeriod(const QString &businessDay) const
{
    const QDate day = QDate::fromString(businessDay, Qt::ISODate);
    return day.isValid() && day >= m_from && day <= m_to;
}

void PeriodReport::add(const Event &e)
{
    if (e.dossier) {
        const Dossier &d = *e.dossier;
        const auto before = m_dossierState.find(d.code);
        const bool wasReturned = before != m_dossierState.end() && before->second.status == DossierStatus::Returned;
        if (e.type == EventType::DossierReceived) {
            const QDate received = local(d.receivedAt, m_center.utcOffsetMinutes).date();
            if (received >= m_from && received <= m_to)
                ++m_dossiers.received;
        }
        if (d.status == DossierStatus::Returned && !wasReturned) {
            const QDate returned = local(d.closedAt, m_center.utcOffsetMinutes).date();
            if (returned >= m_from && returned <= m_to)
                ++(returned <= d.dueDate ? m_dossiers.returnedOnTime : m_dossiers.returnedLate);
        }
        m_dossierState[d.code] = d;
    }
    if (!inPeriod(e.businessDay))
        return;
    ++m_days[e.businessDay];
    if (e.rating) {
        const Rating &r = *e.rating;
        for (SatisfactionFigures *f : {&m_satisfaction, &m_satisfactionByService[r.service]}) {
            switch (r.value) {
            case RatingValue::VerySatisfied: ++f->verySatisfied; break;
            case RatingValue::Satisfied: ++f->satisfied; break;
            case RatingValue::Unsatisfied: ++f->unsatisfied; break;
            }
        }
    }
    if (!e.ticket)
        return;
    const Ticket &t = *e.ticket;
    Track &track = m_tickets[t.id];
    switch (e.type) {
    case EventType::TicketIssued: {
        track.issued = t;
        ++m_all.issued;
        ++m_byService[t.service].issued;
        ++m_issuedByHour[size_t(local(t.issuedAt, m_center.utcOffsetMinutes).time().hour())];
        break;
    }
    case EventType::TicketCalled:
        if (track.firstCalledAt == 0)
            track.firstCalledAt = t.calledAt;
        break;
    case EventType::TicketTransferred:
        // Counted where it was when sent on: the service it left, the counter and clerk that sent it.
        ++m_all.transferred;
        ++m_byService[e.fromService].transferred;
        if (e.fromCounter != 0)
            ++m_byCounter[e.fromCounter].transferred;
        if (!e.actor.isEmpty() && e.fromCounter != 0)
            ++m_byClerk[e.actor].transferred;
        break;
    default:
        break;
    }
    track.last = t;
}

void PeriodReport::close(const Track &t)
{
    if (t.issued.id == 0)
        return; // issued before the period: its day is not this report's
    const Ticket &last = t.last;
    std::vector<TicketFigures *> where{&m_all, &m_byService[last.service]};
    if (last.counter != 0)
        where.push_back(&m_byCounter[last.counter]);
    if (!last.clerk.isEmpty())
        where.push_back(&m_byClerk[last.clerk]);
    std::vector<Samples *> samples{&m_allSamples, &m_serviceSamples[last.service]};
    if (last.counter != 0)
        samples.push_back(&m_counterSamples[last.counter]);
    if (!last.clerk.isEmpty())
        samples.push_back(&m_clerkSamples[last.clerk]);

    const double wait = t.firstCalledAt > 0 ? double(t.firstCalledAt - t.issued.issuedAt) / 1000.0 : -1;
    if (wait >= 0)
        for (Samples *s : samples)
            s->wait.push_back(wait);
    switch (last.state) {
    case TicketState::Done: {
        const ServiceConfig *service = m_center.service(last.service);
        const bool withinTarget = wait >= 0 && wait <= (service ? service->targetWaitMinutes : 15) * 60.0;
        for (TicketFigures *f : where) {
            ++f->served;
            f->servedWithinTarget += withinTarget;
        }
        for (Samples *s : samples) {
            if (last.startedAt > 0) {
                s->walk.push_back(double(last.startedAt - last.calledAt) / 1000.0);
                s->service.push_back(double(last.finishedAt - last.startedAt) / 1000.0);
            }
            s->total.push_back(double(last.finishedAt - t.issued.issuedAt) / 1000.0);
        }
        break;
    }
    case TicketState::NoShow:
        for (TicketFigures *f : where)
            ++f->noShow;
        break;
    case TicketState::Cancelled:
        for (TicketFigures *f : where)
            ++f->cancelled;
        break;
    default:
        break; // still waiting, or expired with the day
    }
}

void PeriodReport::finish(QDate asOf)
{
    for (const auto &[id, track] : m_tickets)
        close(track);
    auto fill = [](TicketFigures &f, Samples &s) {
        f.wait = DurationStats::of(std::move(s.wait));
        f.walk = DurationStats::of(std::move(s.walk));
        f.service = DurationStats::of(std::move(s.service));
        f.total = DurationStats::of(std::move(s.total));
    };
    fill(m_all, m_allSamples);
    for (auto &[k, s] : m_serviceSamples)
        fill(m_byService[k], s);
    for (auto &[k, s] : m_counterSamples)
        fill(m_byCounter[k], s);
    for (auto &[k, s] : m_clerkSamples)
        fill(m_byClerk[k], s);
    for (const auto &[code, d] : m_dossierState)
        if (!isFinal(d.status) && d.dueDate.isValid() && d.dueDate < asOf)
            ++m_dossiers.overdueNow;
}

} // namespace qms
