#include "countercontroller.h"

#include <QLoggingCategory>

#include <algorithm>

#include "client/hubclient.h"
#include "text/displaytext.h"

namespace qms {

namespace {
Q_LOGGING_CATEGORY(lcCounter, "qms.counter")

/** How many waiting tickets the panel lists (the count shows them all). */
constexpr size_t maxListed = 200;

QVariantMap entry(std::initializer_list<std::pair<const char *, QVariant>> fields)
{
    QVariantMap m;
    for (const auto &[key, value] : fields)
        m.insert(QString::fromLatin1(key), value);
    return m;
}
} // namespace

CounterController::CounterController(HubClient &client, Translations &translations, Clock clock, QObject *parent)
    : ClientViewModel(client, translations, std::move(clock), parent)
{
    connect(&client, &HubClient::onlineChanged, this, &CounterController::onOnline);
    connect(&client.mirror(), &QueueMirror::reset, this, &CounterController::refresh);
    // The counter's number comes with the hello's reply, read after the snapshot.
    connect(&client, &HubClient::synchronized, this, &CounterController::refresh);
    connect(&client.mirror(), &QueueMirror::eventApplied, this, [this](const Event &e, qint64) {
        if (e.type == EventType::TicketDone && e.ticket && e.ticket->counter == counterNumber())
            Q_EMIT ticketFinished(e.ticket->id, e.ticket->label);
        refresh();
    });
    connect(this, &ClientViewModel::languageChanged, this, &CounterController::refresh);
    connect(this, &ClientViewModel::clockChanged, this, &CounterController::refresh);
    connect(this, &ClientViewModel::onlineChanged, this, &CounterController::actionsChanged);
}

CounterController::~CounterController() = default;

// ---------------------------------------------------------------- state

bool CounterController::ready() const
{
    return isReady() && counterNumber() != 0;
}

int CounterController::counterNumber() const
{
    return client().welcome().counter;
}

const CounterState *CounterController::state() const
{
    return ready() ? mirror().engine().counter(counterNumber()) : nullptr;
}

const Ticket *CounterController::current() const
{
    const CounterState *s = state();
    return s && s->current != 0 ? mirror().engine().ticket(s->current) : nullptr;
}

QString CounterController::counterName() const
{
    if (!ready())
        return {};
    const CounterConfig *c = center().counter(counterNumber());
    return c && !c->name.vi.isEmpty() ? c->name.in(language()) : tr("Counter %1").arg(counterNumber());
}

QString CounterController::serviceName(const QString &id) const
{
    const ServiceConfig *s = ready() ? center().service(id) : nullptr;
    return s ? s->name.in(language()) : id;
}

QString CounterController::servicesText() const
{
    if (!ready())
        return {};
    QStringList names;
    for (const QString &id : mirror().engine().servicesOf(counterNumber()))
        names << serviceName(id);
    return names.join(QStringLiteral(" · "));
}

QString CounterController::status() const
{
    const CounterState *s = state();
    return counterStatusName(s ? s->status : CounterStatus::Closed);
}

QString CounterController::statusText() const
{
    const CounterState *s = state();
    if (!s)
        return {};
    switch (s->status) {
    case CounterStatus::Open:
        return tr("Open");
    case CounterStatus::Paused:
        return s->reason.isEmpty() ? tr("Paused") : tr("Paused: %1").arg(text::pauseReasonText(s->reason));
    case CounterStatus::Closed:
        break;
    }
    return tr("Closed");
}

QString CounterController::timeText(Timestamp t) const
{
    return text::centerTime(t, utcOffsetMinutes()).toString(QStringLiteral("HH:mm"));
}

qint64 CounterController::ticketId() const
{
    const Ticket *t = current();
    return t ? t->id : 0;
}

QString CounterController::ticketLabel() const
{
    const Ticket *t = current();
    return t ? t->label : QString();
}

QString CounterController::ticketService() const
{
    const Ticket *t = current();
    return t ? serviceName(t->service) : QString();
}

QString CounterController::ticketPriority() const
{
    const Ticket *t = current();
    if (!t || !t->isPriority())
        return {};
    const PriorityGroup *g = center().priorityGroup(t->priorityGroup);
    return g ? g->name.in(language()) : t->priorityGroup;
}

QString CounterController::ticketState() const
{
    const Ticket *t = current();
    return t ? ticketStateName(t->state) : QString();
}

QString CounterController::ticketStateText() const
{
    const Ticket *t = current();
    if (!t)
        return {};
    if (t->state == TicketState::Serving)
        return tr("Being served");
    return t->recallCount > 0 ? tr("Called %n more time(s)", nullptr, t->recallCount)
                              : tr("Called, waiting for the citizen");
}

QString CounterController::ticketTimesText() const
{
    const Ticket *t = current();
    if (!t)
        return {};
    const Timestamp calledAt = t->calledAt > 0 ? t->calledAt : now();
    QStringList parts{tr("Ticket taken %1").arg(timeText(t->issuedAt)),
                      tr("waited %1").arg(text::durationText((calledAt - t->issuedAt) / 1000))};
    if (t->state == TicketState::Serving)
        parts << tr("served for %1").arg(text::durationText((now() - t->startedAt) / 1000));
    else
        parts << tr("called at %1").arg(timeText(t->calledAt));
    return parts.join(QStringLiteral(" · "));
}

QString CounterController::ticketNote() const
{
    const Ticket *t = current();
    return t && !t->note.isEmpty() ? tr("Note from the last counter: %1").arg(t->note) : QString();
}

int CounterController::ticketRecalls() const
{
    const Ticket *t = current();
    return t ? t->recallCount : 0;
}

// ---------------------------------------------------------------- what can be done

namespace {
bool is(const Ticket *t, TicketState s)
{
    return t && t->state == s;
}
} // namespace

bool CounterController::canOpen() const
{
    const CounterState *s = state();
    return isOnline() && isLoggedIn() && m_pending.isEmpty() && s && s->status == CounterStatus::Closed;
}

bool CounterController::canCallNext() const
{
    const CounterState *s = state();
    const Ticket *t = current();
    // A citizen who never came is passed over by calling the next one (the hub marks them not present).
    return isOnline() && isLoggedIn() && m_pending.isEmpty() && s && s->status == CounterStatus::Open
        && (!t || t->state == TicketState::Called);
}

bool CounterController::canRecall() const
{
    const Ticket *t = current();
    return isOnline() && isLoggedIn() && m_pending.isEmpty() && is(t, TicketState::Called)
        && t->recallCount < center().calling.maxRecalls;
}

bool CounterController::canStart() const
{
    return isOnline() && isLoggedIn() && m_pending.isEmpty() && is(current(), TicketState::Called);
}

bool CounterController::canFinish() const
{
    return isOnline() && isLoggedIn() && m_pending.isEmpty() && is(current(), TicketState::Serving);
}

bool CounterController::canNoShow() const
{
    return canStart();
}

bool CounterController::canRequeue() const
{
    return canStart();
}

bool CounterController::canTransfer() const
{
    const Ticket *t = current();
    return isOnline() && isLoggedIn() && m_pending.isEmpty()
        && (is(t, TicketState::Called) || is(t, TicketState::Serving));
}

bool CounterController::canCallNumber() const
{
    return canCallNext();
}

bool CounterController::canPause() const
{
    const CounterState *s = state();
    return isOnline() && isLoggedIn() && m_pending.isEmpty() && s && s->status == CounterStatus::Open && !current();
}

bool CounterController::canResume() const
{
    const CounterState *s = state();
    return isOnline() && isLoggedIn() && m_pending.isEmpty() && s && s->status == CounterStatus::Paused;
}

bool CounterController::canClose() const
{
    const CounterState *s = state();
    return isOnline() && isLoggedIn() && m_pending.isEmpty() && s && s->status != CounterStatus::Closed && !current();
}

// ---------------------------------------------------------------- the panel

int CounterController::waitingCount() const
{
    if (!ready())
        return 0;
    const QueueEngine &engine = mirror().engine();
    int n = 0;
    if (const WaitingIndex::Lane *own = engine.waiting().counterLane(counterNumber()))
        n += int(own->size());
    for (const QString &service : engine.servicesOf(counterNumber()))
        if (const WaitingIndex::Lane *lane = engine.waiting().serviceLane(service))
            n += int(lane->size());
    return n;
}

void CounterController::refreshPanel()
{
    if (!ready()) {
        m_waiting.setRows({});
        m_served.setRows({});
        return;
    }
    const QueueEngine &engine = mirror().engine();
    const int me = counterNumber();
    const auto row = [&](const Ticket &t) {
        TicketListModel::Row r;
        r.id = t.id;
        r.label = t.label;
        r.service = serviceName(t.service);
        if (t.isPriority()) {
            const PriorityGroup *g = center().priorityGroup(t.priorityGroup);
            r.priority = g ? g->name.in(language()) : t.priorityGroup;
        }
        r.state = ticketStateName(t.state);
        return r;
    };

    // Who waits, roughly in the order they will be called: sent here, at the head, priority, the rest.
    std::vector<const Ticket *> sentHere, head, priority, ordinary;
    const auto take = [&](const WaitingIndex::Lane &lane, bool own) {
        for (const WaitingIndex::Key &k : lane.head)
            (own ? sentHere : head).push_back(engine.ticket(k.id));
        for (const WaitingIndex::Key &k : lane.priority)
            (own ? sentHere : priority).push_back(engine.ticket(k.id));
        for (const WaitingIndex::Key &k : lane.ordinary)
            (own ? sentHere : ordinary).push_back(engine.ticket(k.id));
    };
    if (const WaitingIndex::Lane *own = engine.waiting().counterLane(me))
        take(*own, true);
    for (const QString &service : engine.servicesOf(me))
        if (const WaitingIndex::Lane *lane = engine.waiting().serviceLane(service))
            take(*lane, false);
    const auto byQueueTime = [](const Ticket *a, const Ticket *b) {
        return a->queuedAt != b->queuedAt ? a->queuedAt < b->queuedAt : a->id < b->id;
    };
    for (auto *list : {&sentHere, &head, &priority, &ordinary})
        std::sort(list->begin(), list->end(), byQueueTime);
    std::vector<TicketListModel::Row> waiting;
    for (const auto *list : {&sentHere, &head, &priority, &ordinary}) {
        for (const Ticket *t : *list) {
            if (waiting.size() >= maxListed)
                break;
            TicketListModel::Row r = row(*t);
            r.timeText = timeText(t->issuedAt);
            r.detail = text::durationText((now() - t->queuedAt) / 1000);
            r.here = list == &sentHere || list == &head;
            waiting.push_back(r);
        }
    }
    m_waiting.setRows(std::move(waiting));

    // Whom this counter served or called in vain today, the latest first.
    std::vector<TicketListModel::Row> served;
    for (auto it = engine.tickets().rbegin(); it != engine.tickets().rend(); ++it) {
        const Ticket &t = it->second;
        if (t.counter != me || (t.state != TicketState::Done && t.state != TicketState::NoShow))
            continue;
        TicketListModel::Row r = row(t);
        r.timeText = timeText(t.calledAt);
        r.detail = t.state == TicketState::Done
            ? text::durationText((t.finishedAt - (t.startedAt > 0 ? t.startedAt : t.calledAt)) / 1000)
            : tr("not present");
        served.push_back(r);
    }
    std::sort(served.begin(), served.end(), [&](const TicketListModel::Row &a, const TicketListModel::Row &b) {
        return engine.ticket(a.id)->calledAt > engine.ticket(b.id)->calledAt;
    });
    m_served.setRows(std::move(served));
}

QVariantList CounterController::figures() const
{
    if (!ready() || !m_clerk)
        return {};
    int served = 0, noShows = 0;
    double serviceSeconds = 0;
    Timestamp first = 0;
    for (const auto &[id, t] : mirror().engine().tickets()) {
        if (t.clerk != m_clerk->username)
            continue;
        if (t.state == TicketState::Done) {
            ++served;
            serviceSeconds += double(t.finishedAt - (t.startedAt > 0 ? t.startedAt : t.calledAt)) / 1000.0;
        } else if (t.state == TicketState::NoShow) {
            ++noShows;
        }
        if (t.calledAt > 0 && (first == 0 || t.calledAt < first))
            first = t.calledAt;
    }
    QVariantList out;
    out << entry({{"label", tr("Served")}, {"value", served}});
    out << entry({{"label", tr("Not present")}, {"value", noShows}});
    out << entry({{"label", tr("Average service")},
                  {"value", served > 0 ? text::durationText(qint64(serviceSeconds / served)) : QStringLiteral("–")}});
    out << entry({{"label", tr("First call")}, {"value", first > 0 ? timeText(first) : QStringLiteral("–")}});
    return out;
}

QVariantList CounterController::transferServices() const
{
    QVariantList out;
    if (!ready())
        return out;
    for (const ServiceConfig &s : center().services)
        out << entry({{"id", s.id}, {"name", s.name.in(language())}});
    return out;
}

QVariantList CounterController::transferCounters() const
{
    QVariantList out;
    if (!ready())
        return out;
    for (const CounterConfig &c : center().counters) {
        if (c.number == counterNumber())
            continue;
        const CounterState *s = mirror().engine().counter(c.number);
        const QString name = c.name.vi.isEmpty() ? tr("Counter %1").arg(c.number) : c.name.in(language());
        out << entry({{"number", c.number}, {"name", name}, {"open", s && s->status == CounterStatus::Open}});
    }
    return out;
}

bool CounterController::transferToHeadByDefault() const
{
    return ready() && center().calling.transferToHead;
}

QVariantList CounterController::pauseReasons() const
{
    QVariantList out;
    for (const QString &key : text::pauseReasons())
        out << entry({{"key", key}, {"text", text::pauseReasonText(key)}});
    return out;
}

QVariantList CounterController::counterServiceChoices() const
{
    QVariantList out;
    if (!ready())
        return out;
    const QStringList serving = mirror().engine().servicesOf(counterNumber());
    for (const ServiceConfig &s : center().services)
        out << entry({{"id", s.id}, {"name", s.name.in(language())}, {"served", serving.contains(s.id)}});
    return out;
}

void CounterController::refresh()
{
    refreshPanel();
    Q_EMIT stateChanged();
    Q_EMIT actionsChanged();
}

// ---------------------------------------------------------------- talking to the hub

QString CounterController::errorText(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::QueueEmpty:
        return tr("Nobody is waiting for this counter's services.");
    case ErrorCode::UnknownTicket:
        return tr("There is no ticket with that number today.");
    case ErrorCode::NotServedHere:
        return tr("This counter does not serve that ticket's service.");
    case ErrorCode::NotLoggedIn:
        return tr("The login has ended. Please log in again.");
    case ErrorCode::InvalidArgument:
        return tr("This cannot be done: %1").arg(error.message);
    default:
        return ClientViewModel::errorText(error);
    }
}

void CounterController::setPending(const QString &action)
{
    if (m_pending == action)
        return;
    m_pending = action;
    Q_EMIT pendingChanged();
    Q_EMIT actionsChanged();
}

void CounterController::setMessage(const QString &text, bool error)
{
    m_message = text;
    m_messageIsError = error;
    Q_EMIT messageChanged();
}

void CounterController::dismissMessage()
{
    setMessage({}, false);
}

template <typename M>
void CounterController::act(const QString &name, const M &message,
                            std::function<QString(const protocol::Committed &)> done)
{
    if (!m_pending.isEmpty())
        return; // one request at a time: a second key press while the first is on its way
    setPending(name);
    client().send(message, this, [this, name, done](const Result<protocol::Committed> &reply) {
        setPending({});
        if (!reply) {
            qCWarning(lcCounter).noquote()
                << name << "refused:" << errorCodeName(reply.error().code) << reply.error().message;
            setMessage(errorText(reply.error()), true);
            return;
        }
        setMessage(done(reply.value()), false);
    });
}

void CounterController::login(const QString &user, const QString &pin)
{
    if (m_loggingIn)
        return;
    m_loggingIn = true;
    m_loginMessage.clear();
    Q_EMIT clerkChanged();
    client().send(protocol::Login{user.trimmed().toLower(), pin, {}}, this,
                  [this](const Result<protocol::LoggedIn> &reply) {
                      m_loggingIn = false;
                      if (!reply) {
                          m_loginMessage = errorText(reply.error());
                          Q_EMIT clerkChanged();
                          return;
                      }
                      setClerk(reply->clerk, reply->resume);
                  });
}

void CounterController::setClerk(std::optional<Clerk> clerk, const QString &resume)
{
    m_clerk = std::move(clerk);
    m_resume = resume;
    m_loggingIn = false;
    if (m_clerk)
        m_loginMessage.clear();
    Q_EMIT clerkChanged();
    refresh();
}

void CounterController::logout()
{
    // Closing the counter is the clerk's choice; logging out only leaves the station.
    client().send(protocol::Logout{}, this, [](const Result<protocol::Done> &) {});
    setClerk(std::nullopt, {});
    setMessage({}, false);
}

void CounterController::onOnline(bool online)
{
    if (!online || !m_clerk)
        return;
    // A new connection is a new session at the hub: come back as the same clerk without the PIN.
    m_loggingIn = true;
    Q_EMIT clerkChanged();
    client().send(protocol::Login{m_clerk->username, {}, m_resume}, this,
                  [this](const Result<protocol::LoggedIn> &reply) {
                      if (reply) {
                          setClerk(reply->clerk, reply->resume);
                          return;
                      }
                      const bool lost = reply.error().code == ErrorCode::LoginFailed;
                      qCWarning(lcCounter).noquote() << "login after reconnecting:" << reply.error().message;
                      m_loggingIn = false;
                      if (lost) {
                          setClerk(std::nullopt, {});
                          m_loginMessage = tr("The login has ended. Please enter your PIN again.");
                      }
                      Q_EMIT clerkChanged();
                  });
}

void CounterController::open()
{
    const bool resuming = state() && state()->status == CounterStatus::Paused;
    act(QStringLiteral("open"), protocol::OpenCounter{std::nullopt}, [this, resuming](const protocol::Committed &) {
        return resuming ? tr("Back at the counter.") : tr("%1 is open.").arg(counterName());
    });
}

void CounterController::callNext()
{
    act(QStringLiteral("callNext"), protocol::CallNext{std::nullopt},
        [](const protocol::Committed &c) { return c.ticket ? tr("Called %1.").arg(c.ticket->label) : QString(); });
}

void CounterController::recall()
{
    const Ticket *t = current();
    if (!t)
        return;
    act(QStringLiteral("recall"), protocol::Recall{{std::nullopt, t->id}}, [](const protocol::Committed &c) {
        return c.ticket ? tr("Called %1 again.").arg(c.ticket->label) : QString();
    });
}

void CounterController::start()
{
    const Ticket *t = current();
    if (!t)
        return;
    act(QStringLiteral("start"), protocol::StartServing{{std::nullopt, t->id}},
        [](const protocol::Committed &c) { return c.ticket ? tr("Serving %1.").arg(c.ticket->label) : QString(); });
}

void CounterController::finish()
{
    const Ticket *t = current();
    if (!t)
        return;
    act(QStringLiteral("finish"), protocol::Finish{{std::nullopt, t->id}},
        [](const protocol::Committed &c) { return c.ticket ? tr("%1 is done.").arg(c.ticket->label) : QString(); });
}

void CounterController::noShow()
{
    const Ticket *t = current();
    if (!t)
        return;
    act(QStringLiteral("noShow"), protocol::MarkNoShow{{std::nullopt, t->id}}, [](const protocol::Committed &c) {
        return c.ticket ? tr("%1 marked as not present.").arg(c.ticket->label) : QString();
    });
}

void CounterController::requeue(bool atHead)
{
    const Ticket *t = current();
    if (!t)
        return;
    protocol::Requeue m{{std::nullopt, t->id}, atHead ? protocol::Position::Head : protocol::Position::Tail};
    act(QStringLiteral("requeue"), m, [atHead](const protocol::Committed &c) {
        if (!c.ticket)
            return QString();
        return atHead ? tr("%1 waits again, first in line.").arg(c.ticket->label)
                      : tr("%1 waits again at the end of the line.").arg(c.ticket->label);
    });
}

void CounterController::transfer(const QString &service, int counter, bool atHead, const QString &note)
{
    const Ticket *t = current();
    if (!t)
        return;
    protocol::Transfer m;
    m.ticket = t->id;
    m.toService = service == t->service ? QString() : service;
    m.toCounter = counter;
    m.position = atHead ? protocol::Position::Head : protocol::Position::Tail;
    m.note = note.trimmed();
    if (m.toService.isEmpty() && m.toCounter == 0) {
        setMessage(tr("Choose another service or a counter to send the citizen to."), true);
        return;
    }
    act(QStringLiteral("transfer"), m, [this, counter](const protocol::Committed &c) {
        if (!c.ticket)
            return QString();
        return counter != 0 ? tr("%1 sent to counter %2.").arg(c.ticket->label).arg(counter)
                            : tr("%1 sent to %2.").arg(c.ticket->label, serviceName(c.ticket->service));
    });
}

void CounterController::callNumber(const QString &label)
{
    const QString wanted = label.trimmed().toUpper();
    const Ticket *t = ready() ? mirror().engine().ticketByLabel(wanted) : nullptr;
    if (!t) {
        setMessage(tr("There is no ticket %1 today.").arg(wanted), true);
        return;
    }
    if (t->state != TicketState::Waiting) {
        setMessage(tr("Ticket %1 is not waiting (%2).").arg(t->label, text::ticketStateText(t->state)), true);
        return;
    }
    act(QStringLiteral("callNumber"), protocol::CallTicket{{std::nullopt, t->id}},
        [](const protocol::Committed &c) { return c.ticket ? tr("Called %1.").arg(c.ticket->label) : QString(); });
}

void CounterController::pause(const QString &reason)
{
    act(QStringLiteral("pause"), protocol::PauseCounter{std::nullopt, reason.trimmed()},
        [](const protocol::Committed &) { return tr("Paused. The lobby screen shows it."); });
}

void CounterController::resume()
{
    open();
}

void CounterController::close()
{
    act(QStringLiteral("close"), protocol::CloseCounter{std::nullopt},
        [this](const protocol::Committed &) { return tr("%1 is closed.").arg(counterName()); });
}

void CounterController::setServices(const QStringList &services)
{
    act(QStringLiteral("services"), protocol::SetCounterServices{counterNumber(), services},
        [this](const protocol::Committed &) { return tr("This counter now serves: %1.").arg(servicesText()); });
}

} // namespace qms
