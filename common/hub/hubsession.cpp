#include "hub/hubsession.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include "domain/json.h"
#include "hub/hub.h"
#include "protocol/lineconnection.h"
#include "store/clerkstore.h"
#include "store/eventstore.h"
#include "util/jsonreader.h"

Q_LOGGING_CATEGORY(lcSession, "qms.hub.session")

namespace qms {

namespace {
using namespace protocol;

enum RoleBits : unsigned { Kiosk = 1, CounterRole = 2, Display = 4, Supervisor = 8, AnyRole = 15 };

unsigned roleBit(DeviceRole r)
{
    switch (r) {
    case DeviceRole::Kiosk:
        return Kiosk;
    case DeviceRole::Counter:
        return CounterRole;
    case DeviceRole::Display:
        return Display;
    case DeviceRole::Supervisor:
        return Supervisor;
    }
    return 0;
}

/**
 * Who may send what. `changes` ops need a logged-in clerk on counter devices and
 * a logged-in supervisor on supervisor devices; kiosks issue without one.
 */
struct OpRule
{
    const char *op;
    unsigned roles;
    bool changes;
};

constexpr OpRule opRules[] = {
    {"ping", AnyRole, false},
    {"snapshot", AnyRole, false},
    {"ticket.issue", Kiosk | Supervisor, true},
    {"ticket.call_next", CounterRole | Supervisor, true},
    {"ticket.call", CounterRole | Supervisor, true},
    {"ticket.recall", CounterRole | Supervisor, true},
    {"ticket.start", CounterRole | Supervisor, true},
    {"ticket.finish", CounterRole | Supervisor, true},
    {"ticket.no_show", CounterRole | Supervisor, true},
    {"ticket.requeue", CounterRole | Supervisor, true},
    {"ticket.transfer", CounterRole | Supervisor, true},
    {"ticket.cancel", CounterRole | Supervisor, true},
    {"counter.open", CounterRole | Supervisor, true},
    {"counter.pause", CounterRole | Supervisor, true},
    {"counter.close", CounterRole | Supervisor, true},
    {"clerk.login", CounterRole | Supervisor, false},
    {"clerk.logout", CounterRole | Supervisor, false},
    {"clerk.add", Supervisor, true},
    {"clerk.set_pin", Supervisor, true},
    {"clerk.list", Supervisor, true},
    {"devices", Supervisor, false},
    {"dossier.lookup", Kiosk | CounterRole | Supervisor, false},
};

const OpRule *findRule(const QString &op)
{
    for (const OpRule &r : opRules)
        if (op == QLatin1String(r.op))
            return &r;
    return nullptr;
}

/** Ops that act at a counter and need its number even from a supervisor. */
bool needsCounter(const QString &op)
{
    return op == QLatin1String("ticket.call_next") || op == QLatin1String("ticket.call")
        || op.startsWith(QLatin1String("counter."));
}

constexpr int maxFailedLoginsPerConnection = 10;
constexpr qint64 snapshotIntervalMs = 2000;
constexpr qint64 maxTicketId = qint64(1) << 50;
} // namespace

HubSession::HubSession(Hub &hub, LineConnection *connection, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_connection(connection)
{
    m_connection->setParent(this);
    const quint64 id = QRandomGenerator::system()->generate64();
    m_session = QString::number(id, 16).rightJustified(16, QLatin1Char('0'));
    connect(m_connection, &LineConnection::lineReceived, this, &HubSession::onLine);
    connect(m_connection, &LineConnection::framingError, this, [this](const QString &code, const QString &message) {
        send(protocol::replyError(QJsonValue(), code, message));
    });
    connect(m_connection, &LineConnection::closed, this, [this] {
        qCInfo(lcSession).noquote() << "closed" << peerName();
        Q_EMIT finished(this);
    });
    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        fail(QJsonValue(), QLatin1String(err::timeout),
             QStringLiteral("no hello within %1 ms").arg(m_hub.helloTimeoutMs()));
    });
    m_helloTimer.start(m_hub.helloTimeoutMs());
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        fail(QJsonValue(), QLatin1String(err::timeout),
             QStringLiteral("nothing heard for %1 ms").arg(m_hub.idleTimeoutMs()));
    });
    m_idleTimer.start(m_hub.idleTimeoutMs());
}

HubSession::~HubSession() = default;

QString HubSession::peerName() const
{
    return m_device.isEmpty() ? m_connection->peerName()
                              : QStringLiteral("%1 (%2)").arg(m_device, m_connection->peerName());
}

QString HubSession::peerHost() const
{
    return m_connection->peerHost();
}

void HubSession::send(const QByteArray &line)
{
    m_connection->sendLine(line);
}

void HubSession::sendError(const QJsonValue &id, const QString &code, const QString &message, const QJsonObject &extra)
{
    send(protocol::replyError(id, code, message, extra));
}

void HubSession::replyError(qint64 requestId, const Error &error)
{
    send(protocol::replyError(requestId, error));
}

void HubSession::fail(const QJsonValue &id, const QString &code, const QString &message)
{
    if (m_closing)
        return;
    qCWarning(lcSession).noquote() << "closing" << peerName() << "-" << code << message;
    sendError(id, code, message);
    close();
}

void HubSession::close()
{
    m_closing = true;
    m_helloTimer.stop();
    m_idleTimer.stop();
    m_connection->close();
}

void HubSession::flush()
{
    m_connection->flush();
}

void HubSession::onLine(const QByteArray &line)
{
    if (m_closing)
        return;
    m_idleTimer.start(m_hub.idleTimeoutMs());
    auto decoded = decodeRequest(line);
    if (auto *failure = std::get_if<DecodeFailure>(&decoded)) {
        if (failure->close)
            fail(failure->id, failure->code, failure->message);
        else
            sendError(failure->id, failure->code, failure->message);
        return;
    }
    const Request &request = std::get<Request>(decoded);
    if (!m_active) {
        if (request.op != QLatin1String("hello")) {
            fail(request.id, QLatin1String(err::helloRequired), QStringLiteral("the first message must be hello"));
            return;
        }
        handleHello(request);
        return;
    }
    dispatch(request);
}

void HubSession::handleHello(const Request &request)
{
    JsonReader r(request.body);
    const qint64 proto = r.requiredInteger("proto", 0, 1'000'000);
    const QString role = r.requiredString("role");
    const QString device = r.requiredString("device");
    const QString key = r.requiredString("key");
    const std::optional<qint64> lastSeq = r.optionalInteger("last_seq", 0, qint64(1) << 52);
    const QString epoch = r.string("epoch");
    const Timestamp lastAt = r.integer("last_at", 0, 0, qint64(1) << 52);
    if (!r.ok()) {
        fail(request.id, QLatin1String(err::badRequest), r.firstError());
        return;
    }
    if (proto != version) {
        fail(request.id, QLatin1String(err::unsupportedVersion),
             QStringLiteral("this hub speaks protocol %1, not %2").arg(version).arg(proto));
        return;
    }
    const auto deviceRole = deviceRoleFromName(role);
    const DeviceConfig *d = deviceRole ? m_hub.authenticate(device, key, *deviceRole) : nullptr;
    if (!d) {
        fail(request.id, QLatin1String(err::authFailed), QStringLiteral("unknown device, wrong key, or wrong role"));
        return;
    }
    m_helloTimer.stop();
    m_active = true;
    m_role = d->role;
    m_device = d->id;
    m_counter = d->role == DeviceRole::Counter ? d->counter : 0;
    qCInfo(lcSession).noquote() << "hello from" << peerName() << "as" << role;

    QJsonObject fields{
        {QStringLiteral("proto"), version},
        {QStringLiteral("session"), m_session},
        {QStringLiteral("role"), deviceRoleName(m_role)},
        {QStringLiteral("device"), m_device},
    };
    if (m_counter)
        fields.insert(QStringLiteral("counter"), m_counter);
    const EventStore &store = m_hub.store();
    const qint64 seq = store.lastSeq();
    // Replay the gap when the client was following this same log and is not too far behind.
    if (lastSeq && epoch == store.epoch() && *lastSeq <= seq && seq - *lastSeq <= maxReplayEvents
        && m_hub.followsThisLog(*lastSeq, lastAt)) {
        auto events = m_hub.eventsAfter(*lastSeq, maxReplayEvents);
        if (events) {
            fields.insert(QStringLiteral("resync"), QStringLiteral("replay"));
            fields.insert(QStringLiteral("epoch"), store.epoch());
            fields.insert(QStringLiteral("seq"), seq);
            fields.insert(QStringLiteral("last_at"), store.lastAt());
            send(replyOk(request.id, fields));
            m_lastSentSeq = *lastSeq;
            for (const StoredEvent &e : events.value()) {
                const QByteArray line = encode(eventMessage(e.seq, e.event, seesTokens()));
                sendEvent(e.seq, line, line);
            }
            return;
        }
        qCWarning(lcSession).noquote() << "replay failed, sending a snapshot:" << events.error().message;
    }
    const QJsonObject snapshot = m_hub.snapshotFields(seesTokens());
    for (auto it = snapshot.begin(); it != snapshot.end(); ++it)
        fields.insert(it.key(), it.value());
    fields.insert(QStringLiteral("resync"), QStringLiteral("snapshot"));
    send(replyOk(request.id, fields));
    m_lastSentSeq = seq;
}

void HubSession::sendEvent(qint64 seq, const QByteArray &withTokens, const QByteArray &withoutTokens)
{
    if (!m_active || m_closing || seq <= m_lastSentSeq)
        return;
    m_lastSentSeq = seq;
    send(seesTokens() ? withTokens : withoutTokens);
}

QString HubSession::actor() const
{
    return m_clerk ? m_clerk->username : m_device;
}

void HubSession::dispatch(const Request &request)
{
    if (request.op == QLatin1String("hello")) {
        sendError(request.id, QLatin1String(err::badRequest), QStringLiteral("hello was already said"));
        return;
    }
    const OpRule *rule = findRule(request.op);
    if (!rule) {
        sendError(request.id, QLatin1String(err::unknownOp), QStringLiteral("unknown op \"%1\"").arg(request.op));
        return;
    }
    if (!(rule->roles & roleBit(m_role))) {
        sendError(request.id, QLatin1String(err::forbidden),
                  QStringLiteral("a %1 may not %2").arg(deviceRoleName(m_role), request.op));
        return;
    }
    if (rule->changes && m_role == DeviceRole::Counter && !m_clerk) {
        sendError(request.id, QLatin1String(err::notLoggedIn), QStringLiteral("log in at the counter first"));
        return;
    }
    if (rule->changes && m_role == DeviceRole::Supervisor && (!m_clerk || m_clerk->role != ClerkRole::Supervisor)) {
        sendError(request.id, QLatin1String(err::notLoggedIn), QStringLiteral("log in as a supervisor first"));
        return;
    }

    JsonReader r(request.body);
    if (request.op == QLatin1String("ping")) {
        send(replyOk(request.id, {{QStringLiteral("seq"), m_hub.store().lastSeq()}}));
    } else if (request.op == QLatin1String("snapshot")) {
        // A snapshot of a busy day is large: one every few seconds is plenty for anyone.
        static QElapsedTimer clock = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        if (m_lastSnapshotMs >= 0 && clock.elapsed() - m_lastSnapshotMs < snapshotIntervalMs) {
            sendError(request.id, QLatin1String(err::busy),
                      QStringLiteral("a snapshot was sent less than %1 s ago").arg(snapshotIntervalMs / 1000));
            return;
        }
        m_lastSnapshotMs = clock.elapsed();
        send(replyOk(request.id, m_hub.snapshotFields(seesTokens())));
        m_lastSentSeq = m_hub.store().lastSeq();
    } else if (request.op == QLatin1String("clerk.login") || request.op == QLatin1String("clerk.logout")) {
        handleLogin(request, r);
    } else if (request.op.startsWith(QLatin1String("clerk."))) {
        handleClerkAdmin(request, r);
    } else if (request.op == QLatin1String("devices")) {
        handleDevices(request);
    } else if (request.op == QLatin1String("dossier.lookup")) {
        const QString code = r.requiredString("code");
        if (code.size() > 100)
            r.fail(QStringLiteral("code"), QStringLiteral("at most 100 characters"));
        if (!r.ok()) {
            sendError(request.id, QLatin1String(err::badRequest), r.firstError());
            return;
        }
        // Dossiers are not recorded by the hub yet (they come with the counter's dossier
        // registration); until then every lookup honestly finds nothing.
        replyError(request.id, Error{ErrorCode::NotFound, QStringLiteral("no dossier with code \"%1\"").arg(code)});
    } else {
        handleCommandOp(request, r);
    }
}

std::optional<int> HubSession::counterFor(const Request &request, JsonReader &r, bool required)
{
    const std::optional<qint64> given = r.optionalInteger("counter", 1, 9999);
    if (!r.ok()) {
        sendError(request.id, QLatin1String(err::badRequest), r.firstError());
        return std::nullopt;
    }
    if (m_role == DeviceRole::Counter) {
        if (given && *given != m_counter) {
            sendError(request.id, QLatin1String(err::forbidden),
                      QStringLiteral("%1 acts only for counter %2").arg(m_device).arg(m_counter));
            return std::nullopt;
        }
        return m_counter;
    }
    if (!given && required) {
        sendError(request.id, QLatin1String(err::badRequest), QStringLiteral("counter: required"));
        return std::nullopt;
    }
    return int(given.value_or(0));
}

void HubSession::handleCommandOp(const Request &request, JsonReader &r)
{
    const QString &op = request.op;
    const QString who = actor();
    if (op == QLatin1String("ticket.issue")) {
        const QString service = r.requiredString("service");
        const QString priority = r.string("priority");
        if (!r.ok()) {
            sendError(request.id, QLatin1String(err::badRequest), r.firstError());
            return;
        }
        m_hub.submit(this, request.id, cmd::IssueTicket{service, priority, {}, m_device});
        return;
    }
    const auto counter = counterFor(request, r, needsCounter(op));
    if (!counter)
        return;
    const int c = *counter;
    const auto position = [&r](const char *key) -> std::optional<bool> {
        if (!r.has(key))
            return std::nullopt;
        const QString p = r.string(key);
        if (p != QLatin1String("head") && p != QLatin1String("tail")) {
            r.fail(QLatin1String(key), QStringLiteral("must be \"head\" or \"tail\""));
            return std::nullopt;
        }
        return p == QLatin1String("head");
    };

    std::optional<Command> command;
    if (op == QLatin1String("counter.open")) {
        command = cmd::OpenCounter{c, m_clerk ? m_clerk->username : who};
    } else if (op == QLatin1String("counter.pause")) {
        const QString reason = r.string("reason");
        if (reason.size() > 200)
            r.fail(QStringLiteral("reason"), QStringLiteral("at most 200 characters"));
        command = cmd::PauseCounter{c, reason, who};
    } else if (op == QLatin1String("counter.close")) {
        command = cmd::CloseCounter{c, who};
    } else if (op == QLatin1String("ticket.call_next")) {
        command = cmd::CallNext{c, who};
    } else {
        const TicketId ticket = r.requiredInteger("ticket", 1, maxTicketId);
        if (op == QLatin1String("ticket.call"))
            command = cmd::CallTicket{c, ticket, who};
        else if (op == QLatin1String("ticket.recall"))
            command = cmd::Recall{c, ticket, who};
        else if (op == QLatin1String("ticket.start"))
            command = cmd::StartServing{c, ticket, who};
        else if (op == QLatin1String("ticket.finish"))
            command = cmd::Finish{c, ticket, who};
        else if (op == QLatin1String("ticket.no_show"))
            command = cmd::MarkNoShow{c, ticket, who};
        else if (op == QLatin1String("ticket.requeue"))
            command = cmd::Requeue{c, ticket, position("position").value_or(false), who};
        else if (op == QLatin1String("ticket.transfer")) {
            const QString toService = r.string("to_service");
            const int toCounter = int(r.integer("to_counter", 0, 1, 9999));
            command = cmd::Transfer{c, ticket, toService, toCounter, position("position"), who};
        } else if (op == QLatin1String("ticket.cancel")) {
            const QString reason = r.string("reason");
            if (reason.size() > 200)
                r.fail(QStringLiteral("reason"), QStringLiteral("at most 200 characters"));
            command = cmd::Cancel{c, ticket, reason, who};
        }
    }
    if (!r.ok() || !command) {
        sendError(request.id, QLatin1String(err::badRequest), r.ok() ? QStringLiteral("unhandled op") : r.firstError());
        return;
    }
    m_hub.submit(this, request.id, *command);
}

void HubSession::replyCommitted(qint64 requestId, const std::vector<StoredEvent> &events)
{
    QJsonObject fields;
    fields.insert(QStringLiteral("seq"), events.empty() ? m_hub.store().lastSeq() : events.back().seq);
    for (const StoredEvent &s : events) {
        if (s.event.ticket) {
            QJsonObject t = ticketToJson(*s.event.ticket);
            // The kiosk that issued the ticket prints its QR link; nobody else needs the token.
            if (m_role != DeviceRole::Kiosk && !seesTokens())
                t.remove(QLatin1String("token"));
            fields.insert(QStringLiteral("ticket"), t);
        }
        if (s.event.counter)
            fields.insert(QStringLiteral("counter"), counterStateToJson(*s.event.counter));
        if (s.event.estimate)
            fields.insert(QStringLiteral("estimate"), waitEstimateToJson(*s.event.estimate));
    }
    send(replyOk(requestId, fields));
}

void HubSession::handleLogin(const Request &request, JsonReader &r)
{
    if (request.op == QLatin1String("clerk.logout")) {
        if (m_clerk)
            qCInfo(lcSession).noquote() << m_clerk->username << "logged out at" << peerName();
        m_clerk.reset();
        send(replyOk(request.id));
        return;
    }
    const QString user = r.requiredString("user");
    const QString pin = r.requiredString("pin");
    if (!r.ok()) {
        sendError(request.id, QLatin1String(err::badRequest), r.firstError());
        return;
    }
    if (m_loginInFlight) {
        sendError(request.id, QLatin1String(err::busy), QStringLiteral("a login is already being checked"));
        return;
    }
    m_loginInFlight = true;
    const qint64 id = request.id;
    m_hub.clerks().login(user, pin, this, [this, id](const ClerkAuthenticator::LoginResult &result) {
        m_loginInFlight = false;
        if (result.clerk) {
            if (m_role == DeviceRole::Supervisor && result.clerk->role != ClerkRole::Supervisor) {
                sendError(id, QLatin1String(err::forbidden), QStringLiteral("only a supervisor may log in here"));
                return;
            }
            m_clerk = result.clerk;
            m_failedLogins = 0;
            send(replyOk(id,
                         {{QStringLiteral("clerk"),
                           QJsonObject{{QStringLiteral("user"), m_clerk->username},
                                       {QStringLiteral("name"), m_clerk->displayName},
                                       {QStringLiteral("role"), clerkRoleName(m_clerk->role)}}}}));
            return;
        }
        QJsonObject extra;
        if (result.error.code == ErrorCode::LockedOut)
            extra.insert(QStringLiteral("retry_after"), result.retryAfterSeconds);
        sendError(id, errorCodeName(result.error.code), result.error.message, extra);
        if (++m_failedLogins >= maxFailedLoginsPerConnection)
            fail(QJsonValue(), QLatin1String(err::forbidden),
                 QStringLiteral("too many failed logins on this connection"));
    });
}

void HubSession::handleClerkAdmin(const Request &request, JsonReader &r)
{
    const qint64 id = request.id;
    const auto done = [this, id](const Result<Ok> &result) {
        if (result)
            send(replyOk(id));
        else
            replyError(id, result.error());
    };
    if (request.op == QLatin1String("clerk.list")) {
        const auto clerks = m_hub.clerkStore().list();
        if (!clerks) {
            replyError(id, clerks.error());
            return;
        }
        QJsonArray list;
        for (const ClerkRecord &c : clerks.value()) {
            list.append(QJsonObject{{QStringLiteral("user"), c.clerk.username},
                                    {QStringLiteral("name"), c.clerk.displayName},
                                    {QStringLiteral("role"), clerkRoleName(c.clerk.role)},
                                    {QStringLiteral("active"), c.active},
                                    {QStringLiteral("failed_attempts"), c.failedAttempts},
                                    {QStringLiteral("locked_until"), c.lockedUntil}});
        }
        send(replyOk(id, {{QStringLiteral("clerks"), list}}));
        return;
    }
    const QString user = r.requiredString("user");
    const QString pin = r.requiredString("pin");
    if (request.op == QLatin1String("clerk.set_pin")) {
        if (!r.ok()) {
            sendError(id, QLatin1String(err::badRequest), r.firstError());
            return;
        }
        m_hub.clerks().setPin(user, pin, this, done);
        return;
    }
    Clerk clerk;
    clerk.username = user;
    clerk.displayName = r.requiredString("name");
    const QString role = r.string("role", QStringLiteral("clerk"));
    const auto parsed = clerkRoleFromName(role);
    if (!parsed)
        r.fail(QStringLiteral("role"), QStringLiteral("must be \"clerk\" or \"supervisor\""));
    clerk.role = parsed.value_or(ClerkRole::Clerk);
    if (!r.ok()) {
        sendError(id, QLatin1String(err::badRequest), r.firstError());
        return;
    }
    m_hub.clerks().addClerk(clerk, pin, this, done);
}

void HubSession::handleDevices(const Request &request)
{
    QJsonArray list;
    for (const HubSession *s : m_hub.sessions()) {
        if (!s->isActive())
            continue;
        QJsonObject o{{QStringLiteral("device"), s->device()},
                      {QStringLiteral("role"), deviceRoleName(s->role())},
                      {QStringLiteral("peer"), s->m_connection->peerName()}};
        if (s->counter())
            o.insert(QStringLiteral("counter"), s->counter());
        if (s->clerk())
            o.insert(QStringLiteral("clerk"), s->clerk()->username);
        list.append(o);
    }
    send(replyOk(request.id, {{QStringLiteral("devices"), list}}));
}

} // namespace qms
