#include "hub/hub.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtConcurrent/QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "hub/hubsession.h"
#include "hub/logging.h"
#include "protocol/codec.h"
#include "protocol/protocol.h"
#include "util/constanttime.h"

namespace qms {

Hub::Hub(CenterConfig config, EventStore &events, ClerkStore &clerks, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(events)
    , m_queue(std::move(config), events)
    , m_clerkStore(clerks)
    , m_auth(
          m_clerkStore, [this] { return m_clock(); }, this)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_monotonic([timer = std::make_shared<QElapsedTimer>()] {
        if (!timer->isValid())
            timer->start();
        return timer->elapsed();
    })
    , m_helloTimeoutMs(protocol::helloTimeoutMs)
    , m_idleTimeoutMs(protocol::idleTimeoutMs)
{
    m_lineLimits.maxLineBytes = protocol::maxClientLineBytes;
    m_queue.setEventSink([this](const std::vector<StoredEvent> &events) {
        broadcast(events);
        // The review reads every ticket of the day: not on the commit path, and once for a burst.
        if (!m_alarmSoon.isActive())
            m_alarmSoon.start();
    });
    connect(&m_alarmTimer, &QTimer::timeout, this, &Hub::reviewAlarms);
    m_alarmTimer.start(15'000);
    m_alarmSoon.setSingleShot(true);
    m_alarmSoon.setInterval(1000);
    connect(&m_alarmSoon, &QTimer::timeout, this, &Hub::reviewAlarms);
    connect(&m_dayTimer, &QTimer::timeout, this, &Hub::startDayIfDue);
    // After a burst of clients leaves (a flood, a restart of every screen), hand the
    // freed heap back to the system instead of keeping it for ever.
    m_trimTimer.setSingleShot(true);
    m_trimTimer.setInterval(1000);
    connect(&m_trimTimer, &QTimer::timeout, this, [this] {
        if (m_closedSinceTrim < 20)
            return;
        m_closedSinceTrim = 0;
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    });
}

Hub::~Hub()
{
    shutdown();
}

Result<Ok> Hub::start()
{
    if (auto r = m_queue.load(); !r)
        return r;
    startDayIfDue();
    m_dayTimer.start(30'000);
    summarizePastDays();
    return Ok{};
}

void Hub::summarizePastDays()
{
    // A database from before days were summarized: the days it holds are summarized
    // from their events on the thread pool, so that start-up and commands do not wait,
    // and kept; the next rollover learns from them.
    const QDate today = QDate::fromString(m_queue.engine().businessDay(), Qt::ISODate);
    const auto missing = m_store.daysWithoutSummary(today.isValid() ? today : QDate(9999, 1, 1), DayHistory::maxDays);
    const auto reader = m_store.pastDayReader();
    if (!missing || missing->empty() || !reader)
        return;
    qCInfo(lcHub) << "summarizing" << missing->size() << "earlier days for the estimates, in the background";
    const int offset = m_queue.engine().config().utcOffsetMinutes;
    auto *watcher = new QFutureWatcher<std::vector<DaySummary>>(this);
    connect(watcher, &QFutureWatcher<std::vector<DaySummary>>::finished, this, [this, watcher] {
        for (DaySummary &day : watcher->result())
            m_queue.addPastDay(std::move(day));
        qCInfo(lcHub) << "the estimates now learn from" << m_queue.history().size() << "earlier working days";
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([days = missing.value(), reader, offset] {
        std::vector<DaySummary> out;
        for (const QDate &day : days) {
            const auto events = reader(day);
            if (!events || events->empty())
                continue;
            DaySummaryBuilder builder(offset);
            for (const Event &e : events.value())
                builder.observe(e);
            out.push_back(builder.finish(events->back().at));
        }
        return out;
    }));
}

void Hub::startDayIfDue()
{
    if (auto r = m_queue.startDayIfDue(now()); !r)
        qCCritical(lcHub).noquote() << "cannot start the new business day:" << r.error().message;
}

Result<Ok> Hub::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        // After a hub restart every display and counter reconnects within a second or two;
        // Qt's default backlog (50) would drop their SYNs and delay them by the TCP retry.
        m_server->setListenBacklogSize(1024);
        m_server->setMaxPendingConnections(1024);
        connect(m_server, &QTcpServer::newConnection, this, &Hub::onNewConnection);
    }
    if (!m_server->listen(address, port)) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_server->errorString())};
    }
    qCInfo(lcHub).noquote() << "listening on"
                            << QStringLiteral("%1:%2").arg(address.toString()).arg(m_server->serverPort());
    return Ok{};
}

quint16 Hub::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

void Hub::onNewConnection()
{
    // A few at a time, then what they sent is read: under a flood of connections a
    // kiosk's hello must get its turn before the newest ones push it out.
    for (int accepted = 0; accepted < acceptPerTurn; ++accepted) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            return;
        auto *connection = new TcpLineConnection(socket, m_lineLimits);
        int open = 0;
        int pending = 0;
        int pendingFromHost = 0;
        for (const HubSession *s : m_sessions) {
            if (s->isClosing())
                continue;
            ++open;
            if (s->isActive())
                continue;
            ++pending;
            pendingFromHost += s->peerHost() == connection->peerHost();
        }
        // Connections without hello give way to newcomers, oldest first: whoever holds
        // silent sockets only pushes out their own, and a kiosk's hello gets through.
        bool room = true;
        if (pendingFromHost >= m_limits.maxPendingPerHost)
            room = evictOldestPending(connection->peerHost());
        else if (pending >= m_limits.maxPending || open >= m_limits.maxConnections)
            room = evictOldestPending({});
        if (!room) {
            qCWarning(lcHub) << "refusing" << connection->peerName() << "-" << open
                             << "connections, all of them past hello";
            connection->sendLine(
                protocol::encodeError(QJsonValue(),
                                      Error{ErrorCode::TooManyConnections,
                                            QStringLiteral("the hub is serving too many connections; retry later")}));
            connect(connection, &LineConnection::closed, connection, &QObject::deleteLater);
            connection->close();
            continue;
        }
        attach(connection);
    }
    if (m_server->hasPendingConnections())
        QMetaObject::invokeMethod(this, &Hub::onNewConnection, Qt::QueuedConnection);
}

bool Hub::evictOldestPending(const QString &host)
{
    // Oldest first, from the address holding the most connections without hello (the
    // given one, if any): a flood pushes out its own connections, not the one a kiosk
    // just opened.
    QHash<QString, int> pendingPerHost;
    std::vector<HubSession *> candidates;
    for (HubSession *s : m_sessions) {
        if (s->isActive() || s->isClosing())
            continue;
        pendingPerHost[s->peerHost()] += 1;
        if (host.isEmpty() || s->peerHost() == host)
            candidates.push_back(s);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&](const HubSession *a, const HubSession *b) {
        return pendingPerHost.value(a->peerHost()) > pendingPerHost.value(b->peerHost());
    });
    for (HubSession *s : candidates) {
        // A hello already on its way is read first: that connection is not silent.
        s->pollInput();
        if (s->isActive() || s->isClosing())
            continue;
        qCWarning(lcHub).noquote() << "closing" << s->peerName() << "- no hello yet, and newer connections wait";
        s->evict(Error{ErrorCode::TooManyConnections,
                       QStringLiteral("closed to make room: too many connections without hello")});
        return true;
    }
    return false;
}

Result<Ok> Hub::admit(HubSession *session, const DeviceConfig &device)
{
    const qint64 now = elapsedMs();
    auto allowance = m_helloAllowance.find(device.id);
    if (allowance == m_helloAllowance.end())
        allowance = m_helloAllowance.insert(device.id, HelloAllowance{double(m_limits.helloBurst), now});
    allowance->tokens = std::min(double(m_limits.helloBurst),
                                 allowance->tokens + double(now - allowance->at) / std::max(1, m_limits.helloRefillMs));
    allowance->at = now;
    if (allowance->tokens < 1) {
        qCWarning(lcHub).noquote() << "refusing" << session->peerAddress() << "- device" << device.id
                                   << "says hello too often";
        return Error{ErrorCode::TooManyConnections,
                     QStringLiteral("device %1 connects too often; wait a few seconds").arg(device.id)};
    }
    allowance->tokens -= 1;

    int sameRole = 0;
    std::vector<HubSession *> sameDevice;
    for (HubSession *s : m_sessions) {
        if (s == session || !s->isActive() || s->isClosing())
            continue;
        sameRole += s->role() == device.role;
        if (s->device() == device.id)
            sameDevice.push_back(s);
    }
    // A station that reconnects before its old session timed out replaces it; so do
    // screens beyond the few that may share one display key.
    while (int(sameDevice.size()) >= m_limits.maxPerDevice && !sameDevice.empty()) {
        HubSession *oldest = sameDevice.front();
        sameDevice.erase(sameDevice.begin());
        qCWarning(lcHub).noquote() << "closing" << oldest->peerName() << "- device" << device.id
                                   << "connected again from" << session->peerAddress();
        oldest->evict(
            Error{ErrorCode::TooManyConnections, QStringLiteral("device %1 connected again elsewhere").arg(device.id)});
        --sameRole;
    }
    const int roleLimit = m_limits.maxPerRole[size_t(device.role)];
    if (roleLimit > 0 && sameRole >= roleLimit)
        return Error{
            ErrorCode::TooManyConnections,
            QStringLiteral("the hub serves at most %1 %2 sessions").arg(roleLimit).arg(deviceRoleName(device.role))};
    return Ok{};
}

void Hub::attach(LineConnection *connection)
{
    auto *session = new HubSession(*this, connection, this);
    m_sessions.push_back(session);
    connect(session, &HubSession::finished, this, &Hub::removeSession);
    Q_EMIT sessionCountChanged(sessionCount());
}

void Hub::removeSession(HubSession *session)
{
    std::erase(m_sessions, session);
    session->deleteLater();
    ++m_closedSinceTrim;
    m_trimTimer.start();
    Q_EMIT sessionCountChanged(sessionCount());
}

void Hub::shutdown()
{
    if (m_server)
        m_server->close();
    m_dayTimer.stop();
    for (HubSession *s : std::vector<HubSession *>(m_sessions))
        s->close();
}

const DeviceConfig *Hub::authenticate(const QString &device, const QString &key, DeviceRole role) const
{
    for (const DeviceConfig &d : m_config.devices) {
        if (d.id == device)
            return constantTimeEquals(d.key.toUtf8(), key.toUtf8()) && d.role == role ? &d : nullptr;
    }
    return nullptr;
}

protocol::Snapshot Hub::snapshot(bool withTokens) const
{
    EngineSnapshot state = m_queue.engine().snapshot();
    return protocol::Snapshot{m_config.publicJson, withTokens ? std::move(state) : withoutTokens(std::move(state))};
}

QByteArray Hub::snapshotFragment(bool withTokens)
{
    // The state changes only with an event (seq), and the day (a rollover) with one too.
    if (m_snapshotCache.seq != m_store.lastSeq())
        m_snapshotCache = CachedSnapshot{m_store.lastSeq(), {}, {}};
    QByteArray &cached = withTokens ? m_snapshotCache.withTokens : m_snapshotCache.withoutTokens;
    if (cached.isEmpty())
        cached = protocol::snapshotFragment(snapshot(withTokens));
    return cached;
}

Result<std::vector<StoredEvent>> Hub::eventsAfter(qint64 seq, int limit)
{
    return m_store.eventsAfter(seq, limit);
}

bool Hub::followsThisLog(qint64 lastSeq, Timestamp lastAt)
{
    if (lastSeq == 0)
        return true;
    const auto at = m_store.atOf(lastSeq);
    return at && at.value() && *at.value() == lastAt;
}

protocol::DossierView publicDossierView(const QueueEngine &engine, const Dossier &d)
{
    protocol::DossierView view;
    view.code = d.code;
    view.service = d.service;
    view.procedure = d.procedure;
    view.status = d.status;
    view.receivedAt = d.receivedAt;
    view.due = d.dueDate;
    view.promised = d.promisedDate;
    view.closedAt = d.closedAt;
    view.applicant = maskedName(d.applicantName);
    view.resultsAt = LocalizedText{engine.config().resultsAtFor(d.service, QStringLiteral("vi")),
                                   engine.config().resultsAtFor(d.service, QStringLiteral("en"))};
    if (d.status == DossierStatus::SupplementRequested)
        view.papersMissing = d.papersMissing;
    return view;
}

void Hub::reviewAlarms()
{
    std::vector<PrinterReport> printers;
    for (const HubSession *s : m_sessions)
        if (s->isActive() && s->role() == DeviceRole::Kiosk && !s->reported().printer.isEmpty())
            printers.push_back(PrinterReport{s->device(), s->reported().printer != QLatin1String("problem"),
                                             s->reported().problem});
    std::vector<Alarm> now = evaluateAlarms(m_queue.engine(), this->now(), printers);
    bool changed = now.size() != m_alarms.size();
    for (Alarm &a : now) {
        const auto before = std::find_if(m_alarms.begin(), m_alarms.end(),
                                         [&](const Alarm &b) { return b.key() == a.key(); });
        if (before == m_alarms.end()) {
            qCWarning(lcAlarms).noquote() << "raised:" << a.key() << "value" << a.value << "threshold" << a.threshold;
            changed = true;
        } else {
            a.since = before->since; // it has lasted since it was first seen
        }
    }
    for (const Alarm &b : m_alarms)
        if (std::none_of(now.begin(), now.end(), [&](const Alarm &a) { return a.key() == b.key(); })) {
            qCInfo(lcAlarms).noquote() << "cleared:" << b.key();
            changed = true;
        }
    // Supervisors hear of any change, a figure that grew included (their floor shows it).
    const bool different = changed || now != m_alarms;
    m_alarms = std::move(now);
    if (!different)
        return;
    const QByteArray notice = protocol::encodeNotice(protocol::AlarmsNotice{m_alarms});
    for (HubSession *s : m_sessions)
        if (s->hasSupervisor())
            s->sendNotice(notice);
    if (changed)
        Q_EMIT alarmsChanged();
}

HubSession *Hub::kioskToPrint(const QString &named, const QString &origin) const
{
    const auto kiosk = [this](const QString &device) -> HubSession * {
        for (HubSession *s : m_sessions)
            if (s->device() == device && s->isActive() && !s->isClosing() && s->role() == DeviceRole::Kiosk)
                return s;
        return nullptr;
    };
    const auto ready = [](const HubSession *s) { return s && s->reported().printer == QLatin1String("ready"); };
    // Named by the supervisor, who may know better than its last report (a printer just fixed).
    if (!named.isEmpty()) {
        HubSession *s = kiosk(named);
        const QString &printer = s ? s->reported().printer : QString();
        return s && printer != QLatin1String("problem") && printer != QLatin1String("none") ? s : nullptr;
    }
    if (HubSession *own = kiosk(origin); ready(own))
        return own;
    for (HubSession *s : m_sessions)
        if (s->role() == DeviceRole::Kiosk && s->isActive() && !s->isClosing() && ready(s))
            return s;
    return nullptr;
}

Result<std::vector<StoredEvent>> Hub::execute(const Command &command)
{
    startDayIfDue();
    auto events = m_queue.execute(command, now());
    // Out now, as after a group commit.
    for (HubSession *s : std::vector<HubSession *>(m_sessions))
        s->flush();
    return events;
}

void Hub::submit(HubSession *session, qint64 requestId, const Command &command)
{
    m_pending.push_back(Pending{session, requestId, command});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &Hub::flush, Qt::QueuedConnection);
    }
}

void Hub::flush()
{
    m_flushScheduled = false;
    startDayIfDue();
    while (!m_pending.empty()) {
        const size_t n = m_maxBatch > 0 ? std::min(m_pending.size(), size_t(m_maxBatch)) : m_pending.size();
        std::vector<Pending> batch(std::make_move_iterator(m_pending.begin()),
                                   std::make_move_iterator(m_pending.begin() + qsizetype(n)));
        m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(n));
        commitBatch(std::move(batch));
    }
    // Out now, in this turn: one write per client instead of a write notifier each.
    // Over a copy: a write error drops a session, and that edits the list.
    for (HubSession *s : std::vector<HubSession *>(m_sessions))
        s->flush();
}

void Hub::commitBatch(std::vector<Pending> batch)
{
    const Timestamp t = now();

    struct Outcome
    {
        size_t first = 0;
        size_t count = 0;
        std::optional<Error> error;
    };
    std::vector<Outcome> outcomes(batch.size());
    size_t staged = 0;
    for (size_t i = 0; i < batch.size(); ++i) {
        auto r = m_queue.stage(batch[i].command, t);
        if (!r) {
            outcomes[i].error = r.error();
            continue;
        }
        outcomes[i] = Outcome{staged, r.value(), std::nullopt};
        staged += r.value();
    }
    // One transaction, one fsync, for the whole batch; the sink broadcasts on success.
    const auto committed = m_queue.commitStaged();
    for (size_t i = 0; i < batch.size(); ++i) {
        HubSession *session = batch[i].session;
        if (!session)
            continue;
        const Outcome &o = outcomes[i];
        if (o.error) {
            session->replyError(batch[i].requestId, *o.error);
        } else if (!committed) {
            session->replyError(batch[i].requestId, committed.error());
        } else {
            const auto &all = committed.value();
            session->replyCommitted(
                batch[i].requestId,
                std::vector<StoredEvent>(all.begin() + qsizetype(o.first), all.begin() + qsizetype(o.first + o.count)));
        }
    }
}

void Hub::broadcast(const std::vector<StoredEvent> &events)
{
    // Encode each event once per audience, not once per connection.
    for (const StoredEvent &e : events) {
        HubSession::EventLines lines;
        lines.supervisor = protocol::encode(protocol::eventMessage(e.seq, e.event, protocol::Audience::Supervisor));
        lines.staff = e.event.ticket ? protocol::encode(protocol::eventMessage(e.seq, e.event, protocol::Audience::Staff))
                                     : lines.supervisor;
        lines.everyone = e.event.dossier || e.event.rating
            ? protocol::encode(protocol::eventMessage(e.seq, e.event, protocol::Audience::Public))
            : lines.staff;
        // Over a copy: a client that is not reading is dropped here, which edits the list.
        for (HubSession *s : std::vector<HubSession *>(m_sessions))
            s->sendEvent(e.seq, lines);
    }
    Q_EMIT committed(events);
}

} // namespace qms
