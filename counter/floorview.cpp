#include "floorview.h"

#include <algorithm>
#include <map>

#include "client/hubclient.h"
#include "countercontroller.h"
#include "text/displaytext.h"

namespace qms {

FloorView::FloorView(HubClient &client, Translations &translations, Clock clock, QObject *parent)
    : ClientViewModel(client, translations, clock, parent)
    , m_clerks(client, translations, clock)
{
    for (auto changed : {&FloorView::floorChanged, &FloorView::ticketsChanged}) {
        connect(&client.mirror(), &QueueMirror::reset, this, changed);
        connect(&client.mirror(), &QueueMirror::eventApplied, this, changed);
        connect(this, &ClientViewModel::languageChanged, this, changed);
        // Minutes waited and served go on without events.
        connect(this, &ClientViewModel::clockChanged, this, changed);
    }
    connect(&client, &HubClient::noticeReceived, this, [this](const protocol::Notice &notice) {
        if (const auto *alarms = std::get_if<protocol::AlarmsNotice>(&notice)) {
            m_alarms = alarms->alarms;
            Q_EMIT floorChanged();
            if (m_active)
                refreshKiosks(); // a printer alarm came or went: the kiosks' list says why
        }
    });
    // Back after a reconnection: what changed meanwhile was not pushed to us.
    connect(&client, &HubClient::synchronized, this, [this] {
        if (m_active)
            refresh();
    });
    connect(&m_poll, &QTimer::timeout, this, &FloorView::refreshKiosks);
    m_poll.setInterval(10'000);
}

FloorView::~FloorView() = default;

void FloorView::follow(const CounterController &station)
{
    connect(&station, &CounterController::clerkChanged, &m_clerks,
            [this, &station] { m_clerks.setSelf(station.clerkUser()); });
}

void FloorView::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active) {
        refresh();
        m_poll.start();
    } else {
        m_poll.stop();
    }
    Q_EMIT activeChanged();
}

void FloorView::refresh()
{
    if (!isOnline())
        return;
    refreshKiosks();
    m_clerks.refresh();
    client().send(protocol::ListAlarms{}, this, [this](const Result<protocol::AlarmList> &r) {
        if (r) {
            m_alarms = r->alarms;
            Q_EMIT floorChanged();
        }
    });
}

void FloorView::refreshKiosks()
{
    if (!isOnline())
        return;
    client().send(protocol::ListDevices{}, this, [this](const Result<protocol::DeviceList> &r) {
        if (r) {
            m_devices = r->devices;
            Q_EMIT floorChanged();
        }
    });
}

void FloorView::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

void FloorView::openCounter(int number)
{
    client().send(protocol::OpenCounter{number}, this, [this, number](const Result<protocol::Committed> &r) {
        setMessage(r ? tr("%1 is open.").arg(counterName(number)) : errorText(r.error()));
    });
}

void FloorView::closeCounter(int number)
{
    client().send(protocol::CloseCounter{number}, this, [this, number](const Result<protocol::Committed> &r) {
        setMessage(r ? tr("%1 is closed.").arg(counterName(number)) : errorText(r.error()));
    });
}

void FloorView::setCounterServices(int number, const QStringList &services)
{
    if (services.isEmpty()) {
        setMessage(tr("Choose at least one service for %1.").arg(counterName(number)));
        return;
    }
    protocol::SetCounterServices m;
    m.counter = number;
    m.services = services;
    client().send(m, this, [this, number, services](const Result<protocol::Committed> &r) {
        QStringList names;
        for (const QString &s : services)
            names << serviceName(s);
        setMessage(r ? tr("%1 now serves %2.").arg(counterName(number), names.join(QStringLiteral(", ")))
                     : errorText(r.error()));
    });
}

QString FloorView::tickerVi() const
{
    return isReady() ? mirror().engine().ticker().vi : QString();
}

QString FloorView::tickerEn() const
{
    return isReady() ? mirror().engine().ticker().en : QString();
}

void FloorView::setTicker(const QString &vi, const QString &en)
{
    client().send(protocol::SetTicker{vi, en}, this, [this](const Result<protocol::Committed> &r) {
        setMessage(r ? tr("The screens show the new news line.") : errorText(r.error()));
    });
}

QString FloorView::counterName(int number) const
{
    const CounterConfig *c = isReady() ? center().counter(number) : nullptr;
    return c && !c->name.vi.isEmpty() ? c->name.in(language()) : tr("Counter %1").arg(number);
}

QString FloorView::serviceName(const QString &id) const
{
    const ServiceConfig *s = isReady() ? center().service(id) : nullptr;
    return s ? s->name.in(language()) : id;
}

QVariantList FloorView::counters() const
{
    QVariantList out;
    if (!isReady())
        return out;
    const QueueEngine &engine = mirror().engine();
    const Timestamp t = now();
    std::map<int, Timestamp> releasedAt;
    for (const auto &[id, ticket] : engine.tickets())
        if (ticket.counter != 0 && ticket.finishedAt > 0)
            releasedAt[ticket.counter] = std::max(releasedAt[ticket.counter], ticket.finishedAt);
    for (const CounterConfig &c : center().counters) {
        const CounterState *s = engine.counter(c.number);
        const Ticket *ticket = s && s->current ? engine.ticket(s->current) : nullptr;
        QString state, stateText;
        Timestamp since = s ? s->since : 0;
        if (!s || s->status == CounterStatus::Closed) {
            state = QStringLiteral("closed");
            stateText = tr("Closed");
        } else if (s->status == CounterStatus::Paused) {
            state = QStringLiteral("paused");
            stateText = s->reason.isEmpty() ? tr("Paused") : tr("Paused: %1").arg(text::pauseReasonText(s->reason));
        } else if (ticket && ticket->state == TicketState::Serving) {
            state = QStringLiteral("serving");
            stateText = tr("Serving %1").arg(ticket->label);
            since = ticket->startedAt;
        } else if (ticket) {
            state = QStringLiteral("called");
            stateText = tr("Calling %1").arg(ticket->label);
            since = ticket->calledAt;
        } else {
            state = QStringLiteral("free");
            stateText = tr("Free");
            since = std::max(since, releasedAt[c.number]);
        }
        QVariantMap m;
        m.insert(QStringLiteral("number"), c.number);
        m.insert(QStringLiteral("name"), counterName(c.number));
        m.insert(QStringLiteral("clerk"), s && s->status != CounterStatus::Closed ? s->clerk : QString());
        m.insert(QStringLiteral("services"), engine.servicesOf(c.number));
        m.insert(QStringLiteral("state"), state);
        m.insert(QStringLiteral("stateText"), stateText);
        m.insert(QStringLiteral("forText"),
                 since > 0 && state != QLatin1String("closed") ? text::durationText((t - since) / 1000) : QString());
        out << m;
    }
    return out;
}

QVariantList FloorView::services() const
{
    QVariantList out;
    if (!isReady())
        return out;
    const QueueEngine &engine = mirror().engine();
    const Timestamp t = now();
    std::map<QString, Timestamp> oldest;
    for (const auto &[id, ticket] : engine.tickets())
        if (ticket.state == TicketState::Waiting) {
            auto &o = oldest[ticket.service];
            o = o == 0 ? ticket.issuedAt : std::min(o, ticket.issuedAt);
        }
    for (const ServiceConfig &s : center().services) {
        QVariantMap m;
        m.insert(QStringLiteral("name"), s.name.in(language()));
        m.insert(QStringLiteral("waiting"), engine.waitingCount(s.id));
        m.insert(QStringLiteral("longestText"),
                 oldest.count(s.id) ? text::durationText((t - oldest[s.id]) / 1000) : QStringLiteral("–"));
        m.insert(QStringLiteral("estimateText"), text::waitText(engine.estimateForNew(s.id, t)));
        m.insert(QStringLiteral("openCounters"), engine.openCountersFor(s.id));
        out << m;
    }
    return out;
}

QVariantList FloorView::kiosks() const
{
    QVariantList out;
    for (const protocol::DeviceInfo &d : m_devices) {
        if (d.role != DeviceRole::Kiosk)
            continue;
        QString printer;
        if (!d.online)
            printer = tr("Not connected");
        else if (d.printer == QLatin1String("problem"))
            printer = text::printerProblemText(d.printerProblem);
        else if (d.printer == QLatin1String("ready"))
            printer = tr("Printer ready");
        else if (d.printer == QLatin1String("none"))
            printer = tr("No printer");
        else
            printer = tr("Printer not known yet");
        QVariantMap m;
        m.insert(QStringLiteral("device"), d.device);
        m.insert(QStringLiteral("online"), d.online);
        m.insert(QStringLiteral("printerText"), printer);
        m.insert(QStringLiteral("problem"), !d.online || d.printer == QLatin1String("problem"));
        out << m;
    }
    return out;
}

QString FloorView::alarmText(const Alarm &a) const
{
    switch (a.kind) {
    case Alarm::Kind::LongWait:
        return tr("%1: someone has waited %2 min (limit %3)").arg(serviceName(a.service)).arg(a.value).arg(a.threshold);
    case Alarm::Kind::ManyWaiting:
        return tr("%1: %2 people waiting (limit %3)").arg(serviceName(a.service)).arg(a.value).arg(a.threshold);
    case Alarm::Kind::IdleCounter:
        return tr("%1 has been free for %2 min while people wait").arg(counterName(a.counter)).arg(a.value);
    case Alarm::Kind::LongService:
        return tr("%1: one citizen's service has lasted %2 min (limit %3)")
            .arg(counterName(a.counter))
            .arg(a.value)
            .arg(a.threshold);
    case Alarm::Kind::PrinterDown:
        return tr("%1: %2").arg(a.device, text::printerProblemText(a.problem));
    }
    return {};
}

QVariantList FloorView::alarms() const
{
    QVariantList out;
    for (const Alarm &a : m_alarms) {
        QVariantMap m;
        m.insert(QStringLiteral("text"), alarmText(a));
        m.insert(QStringLiteral("sinceText"),
                 text::centerTime(a.since, utcOffsetMinutes()).time().toString(QStringLiteral("HH:mm")));
        out << m;
    }
    return out;
}

void FloorView::setTicketQuery(const QString &query)
{
    const QString q = query.trimmed().toUpper();
    if (q == m_ticketQuery)
        return;
    m_ticketQuery = q;
    Q_EMIT ticketsChanged();
}

QVariantList FloorView::foundTickets() const
{
    QVariantList out;
    if (!isReady() || m_ticketQuery.isEmpty())
        return out;
    std::vector<const Ticket *> found;
    for (const auto &[id, ticket] : mirror().engine().tickets())
        if (isOpen(ticket.state) && ticket.label.contains(m_ticketQuery))
            found.push_back(&ticket);
    // The exact number first, then those that start with what was typed, then by number.
    const auto rank = [this](const Ticket *t) {
        return t->label == m_ticketQuery ? 0 : t->label.startsWith(m_ticketQuery) ? 1 : 2;
    };
    std::stable_sort(found.begin(), found.end(), [&](const Ticket *a, const Ticket *b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a->label < b->label;
    });
    const Timestamp t = now();
    for (const Ticket *ticket : found) {
        if (out.size() == 8)
            break;
        QString stateText;
        Timestamp since = ticket->queuedAt;
        switch (ticket->state) {
        case TicketState::Waiting:
            stateText = tr("Waiting");
            break;
        case TicketState::Called:
            stateText = tr("Called to %1").arg(counterName(ticket->counter));
            since = ticket->calledAt;
            break;
        default:
            stateText = tr("Being served at %1").arg(counterName(ticket->counter));
            since = ticket->startedAt;
            break;
        }
        QVariantMap m;
        m.insert(QStringLiteral("id"), ticket->id);
        m.insert(QStringLiteral("label"), ticket->label);
        m.insert(QStringLiteral("service"), ticket->service);
        m.insert(QStringLiteral("serviceName"), serviceName(ticket->service));
        m.insert(QStringLiteral("state"), ticketStateName(ticket->state));
        m.insert(QStringLiteral("stateText"), stateText);
        m.insert(QStringLiteral("sinceText"), since > 0 ? text::durationText((t - since) / 1000) : QString());
        // One being served has its citizen at a counter: nothing to move, print or cancel.
        m.insert(QStringLiteral("actionable"), ticket->state != TicketState::Serving);
        out << m;
    }
    return out;
}

QVariantList FloorView::serviceChoices() const
{
    QVariantList out;
    if (!isReady())
        return out;
    for (const ServiceConfig &s : center().services)
        out << QVariantMap{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name.in(language())}};
    return out;
}

QString FloorView::ticketLabel(TicketId id) const
{
    const Ticket *t = isReady() ? mirror().engine().ticket(id) : nullptr;
    return t ? t->label : QString::number(id);
}

void FloorView::moveTicket(qint64 ticket, const QString &service)
{
    protocol::Transfer m;
    m.ticket = ticket;
    m.toService = service;
    m.position = protocol::Position::Tail;
    const QString label = ticketLabel(ticket);
    client().send(m, this, [this, label, service](const Result<protocol::Committed> &r) {
        setMessage(r ? tr("Ticket %1 now waits for %2, at the end of its queue.").arg(label, serviceName(service))
                     : errorText(r.error()));
    });
}

void FloorView::reprintTicket(qint64 ticket)
{
    const QString label = ticketLabel(ticket);
    client().send(protocol::ReprintTicket{ticket, {}}, this, [this, label](const Result<protocol::Reprinted> &r) {
        if (r)
            setMessage(tr("Ticket %1 is being printed again at %2.").arg(label, r->kiosk));
        else if (r.error().code == ErrorCode::NotFound)
            setMessage(tr("No kiosk with a working printer is connected: ticket %1 was not printed.").arg(label));
        else
            setMessage(errorText(r.error()));
    });
}

void FloorView::cancelTicket(qint64 ticket)
{
    protocol::Cancel m;
    m.ticket = ticket;
    m.reason = QStringLiteral("supervisor");
    const QString label = ticketLabel(ticket);
    client().send(m, this, [this, label](const Result<protocol::Committed> &r) {
        setMessage(r ? tr("Ticket %1 is cancelled.").arg(label) : errorText(r.error()));
    });
}

} // namespace qms
