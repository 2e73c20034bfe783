#include "displaycontroller.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

#include "client/hubclient.h"
#include "speech/announcer.h"
#include "text/displaytext.h"

namespace qms {

namespace {
Q_LOGGING_CATEGORY(lcDisplay, "qms.display")
}

DisplayController::DisplayController(HubClient &client, Translations &translations, Clock clock, Options options,
                                     Announcer *announcer, QObject *parent)
    : ClientViewModel(client, translations, std::move(clock), parent)
    , m_options(std::move(options))
    , m_announcer(announcer)
{
    connect(&client.mirror(), &QueueMirror::reset, this, &DisplayController::onReset);
    connect(&client.mirror(), &QueueMirror::eventApplied, this, [this](const Event &e, qint64) { onEvent(e); });
    connect(&client, &HubClient::synchronized, this, [this] {
        // Kept while offline (the client forgets its hello then): the screen keeps its part of the floor.
        if (this->client().welcome().zone != m_deviceZone) {
            m_deviceZone = this->client().welcome().zone;
            Q_EMIT centerChanged();
        }
        refresh();
    });
    connect(this, &ClientViewModel::languageChanged, this, [this] {
        refresh();
        Q_EMIT latestChanged();
    });
    if (m_announcer) {
        connect(m_announcer, &Announcer::started, this, [this](quint64 id) {
            m_announcing = id;
            if (const auto it = m_queued.constFind(id); it != m_queued.constEnd())
                setLatest(*it);
            refresh();
        });
        connect(m_announcer, &Announcer::finished, this, [this](quint64 id) {
            m_queued.remove(id);
            if (m_announcing == id)
                m_announcing = 0;
            Q_EMIT latestChanged();
            refresh();
        });
    }
}

DisplayController::~DisplayController() = default;

// ---------------------------------------------------------------- which counters

QString DisplayController::zoneName() const
{
    return m_options.zone.isEmpty() ? m_deviceZone : m_options.zone;
}

bool DisplayController::shown(int counter) const
{
    if (m_options.counter != 0)
        return counter == m_options.counter;
    const QString zone = zoneName();
    if (zone.isEmpty())
        return true;
    const CounterConfig *c = isReady() ? center().counter(counter) : nullptr;
    return c && c->zone == zone;
}

QList<int> DisplayController::shownCounters() const
{
    QList<int> out;
    if (!isReady())
        return out;
    for (const CounterConfig &c : center().counters)
        if (shown(c.number))
            out << c.number;
    return out;
}

QString DisplayController::counterName(int number) const
{
    const CounterConfig *c = isReady() ? center().counter(number) : nullptr;
    return c && !c->name.vi.isEmpty() ? c->name.in(language()) : tr("Counter %1").arg(number);
}

// ---------------------------------------------------------------- calls

void DisplayController::onEvent(const Event &e)
{
    if ((e.type == EventType::TicketCalled || e.type == EventType::TicketRecalled) && e.ticket
        && shown(e.ticket->counter)) {
        const Call call{e.ticket->id, e.ticket->label, e.ticket->counter, e.at, e.type == EventType::TicketRecalled};
        // A call replayed after a gap is said only while it still matters to someone in the hall.
        const bool fresh = now() - e.at <= Timestamp(m_options.recentCallSeconds) * 1000;
        take(call, fresh);
    }
    refresh();
}

void DisplayController::onReset()
{
    // A new snapshot: from a first start, or after a gap the hub could not replay.
    const bool afterGap = m_hadSnapshot;
    m_hadSnapshot = true;
    std::vector<Call> calls;
    if (isReady()) {
        for (const auto &[id, t] : mirror().engine().tickets())
            if (t.calledAt > 0 && t.counter != 0 && shown(t.counter))
                calls.push_back(Call{t.id, t.label, t.counter, t.calledAt, t.recallCount > 0});
    }
    std::sort(calls.begin(), calls.end(), [](const Call &a, const Call &b) { return a.at < b.at; });
    const Timestamp knownUntil = m_lastCallAt;
    m_recent.clear();
    for (const Call &c : calls) {
        const Ticket *t = mirror().engine().ticket(c.ticket);
        const bool missed = afterGap && c.at > knownUntil && t && t->state == TicketState::Called
            && now() - c.at <= Timestamp(m_options.recentCallSeconds) * 1000;
        take(c, missed);
    }
    refresh();
}

void DisplayController::take(const Call &call, bool announce)
{
    // The list keeps each ticket once, at its latest call.
    m_recent.erase(std::remove_if(m_recent.begin(), m_recent.end(),
                                  [&](const Call &c) { return c.ticket == call.ticket; }),
                   m_recent.end());
    m_recent.push_front(call);
    while (int(m_recent.size()) > std::max(m_options.recentCalls, 1))
        m_recent.pop_back();
    m_lastCallAt = std::max(m_lastCallAt, call.at);

    if (announce && m_announcer) {
        const quint64 id = m_announcer->announce(call.label, call.counter);
        m_queued.insert(id, call);
        m_announcedLog.push_back(call);
        qCInfo(lcDisplay).noquote() << "announcing" << call.label << "to counter" << call.counter;
        return;
    }
    // Without sound, or only catching up: the newest call is the big one, unless one is being said.
    if (m_announcing == 0 && m_queued.isEmpty() && call.at >= m_latest.at)
        setLatest(call);
}

void DisplayController::setLatest(const Call &call)
{
    m_latest = call;
    ++m_latestSerial;
    Q_EMIT latestChanged();
}

QString DisplayController::latestCounterName() const
{
    return m_latest.counter != 0 ? counterName(m_latest.counter) : QString();
}

// ---------------------------------------------------------------- what the screen shows

void DisplayController::refresh()
{
    std::vector<CounterTileModel::Tile> tiles;
    if (isReady()) {
        for (const int number : shownCounters()) {
            const CounterState *s = mirror().engine().counter(number);
            CounterTileModel::Tile tile;
            tile.number = number;
            tile.name = counterName(number);
            tile.status = counterStatusName(s ? s->status : CounterStatus::Closed);
            const Ticket *t = s && s->current != 0 ? mirror().engine().ticket(s->current) : nullptr;
            if (t) {
                tile.label = t->label;
                tile.state = ticketStateName(t->state);
            }
            if (!s || s->status == CounterStatus::Closed)
                tile.statusText = tr("Closed");
            else if (s->status == CounterStatus::Paused)
                tile.statusText = s->reason.isEmpty() ? tr("Paused")
                                                      : tr("Paused: %1").arg(text::pauseReasonText(s->reason));
            else if (t)
                tile.statusText = t->state == TicketState::Serving ? tr("Serving") : tr("Calling");
            else
                tile.statusText = tr("Open");
            tile.announcing = m_announcing != 0 && m_latest.counter == number;
            tiles.push_back(tile);
        }
    }
    m_tiles.setTiles(std::move(tiles));
    Q_EMIT stateChanged();
}

QVariantList DisplayController::services() const
{
    QVariantList out;
    if (!isReady())
        return out;
    QSet<QString> wanted;
    for (const int number : shownCounters())
        for (const QString &s : mirror().engine().servicesOf(number))
            wanted.insert(s);
    for (const ServiceConfig &s : center().services) {
        if (!wanted.contains(s.id))
            continue;
        QVariantMap m;
        m.insert(QStringLiteral("name"), s.name.in(language()));
        m.insert(QStringLiteral("waiting"), mirror().engine().waitingCount(s.id));
        out << m;
    }
    return out;
}

QVariantList DisplayController::recentCalls() const
{
    QVariantList out;
    for (const Call &c : m_recent) {
        QVariantMap m;
        m.insert(QStringLiteral("label"), c.label);
        m.insert(QStringLiteral("counter"), counterName(c.counter));
        m.insert(QStringLiteral("time"),
                 text::centerTime(c.at, utcOffsetMinutes()).time().toString(QStringLiteral("HH:mm")));
        out << m;
    }
    return out;
}

QString DisplayController::tickerText() const
{
    return isReady() ? mirror().engine().ticker().in(language()) : QString();
}

QString DisplayController::counterTopName() const
{
    return isCounterTop() ? counterName(m_options.counter) : QString();
}

namespace {
const Ticket *currentAt(const QueueEngine &engine, int counter)
{
    const CounterState *s = engine.counter(counter);
    return s && s->current != 0 ? engine.ticket(s->current) : nullptr;
}
} // namespace

QString DisplayController::counterTopLabel() const
{
    if (!isCounterTop() || !isReady())
        return {};
    const Ticket *t = currentAt(mirror().engine(), m_options.counter);
    return t ? t->label : QString();
}

QString DisplayController::counterTopState() const
{
    if (!isCounterTop() || !isReady())
        return {};
    const CounterState *s = mirror().engine().counter(m_options.counter);
    if (!s || s->status == CounterStatus::Closed)
        return QStringLiteral("closed");
    if (s->status == CounterStatus::Paused)
        return QStringLiteral("paused");
    const Ticket *t = currentAt(mirror().engine(), m_options.counter);
    return t ? ticketStateName(t->state) : QStringLiteral("open");
}

QString DisplayController::counterTopText() const
{
    const QString state = counterTopState();
    if (state == QLatin1String("called"))
        return tr("Please come to this counter");
    if (state == QLatin1String("serving"))
        return tr("Now serving");
    if (state == QLatin1String("paused")) {
        const CounterState *s = mirror().engine().counter(m_options.counter);
        return s && !s->reason.isEmpty() ? tr("Paused: %1").arg(text::pauseReasonText(s->reason)) : tr("Paused");
    }
    if (state == QLatin1String("closed"))
        return tr("This counter is closed");
    return state.isEmpty() ? QString() : tr("Please wait to be called");
}

} // namespace qms
