#include "hub/hubsession.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

#include "domain/dossiercode.h"
#include "hub/hub.h"
#include "hub/logging.h"
#include "protocol/codec.h"
#include "protocol/lineconnection.h"
#include "store/clerkstore.h"
#include "store/eventstore.h"

namespace qms {

namespace {
using namespace protocol;

constexpr int maxFailedLoginsPerConnection = 10;
constexpr qint64 snapshotIntervalMs = 2000;

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
    connect(m_connection, &LineConnection::framingError, this,
            [this](const Error &error) { send(encodeError(QJsonValue(), error)); });
    connect(m_connection, &LineConnection::closed, this, [this] {
        qCInfo(lcSession).noquote() << "closed" << peerName();
        Q_EMIT finished(this);
    });
    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        fail(QJsonValue(),
             Error{ErrorCode::Timeout, QStringLiteral("no hello within %1 ms").arg(m_hub.helloTimeoutMs())});
    });
    m_helloTimer.start(m_hub.helloTimeoutMs());
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        fail(QJsonValue(),
             Error{ErrorCode::Timeout, QStringLiteral("nothing heard for %1 ms").arg(m_hub.idleTimeoutMs())});
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

QString HubSession::peerAddress() const
{
    return m_connection->peerName();
}

void HubSession::send(const QByteArray &line)
{
    m_connection->sendLine(line);
}

void HubSession::sendError(const QJsonValue &id, const Error &error)
{
    send(encodeError(id, error));
}

void HubSession::replyError(qint64 requestId, const Error &error)
{
    sendError(requestId, error);
}

void HubSession::fail(const QJsonValue &id, const Error &error)
{
    if (m_closing)
        return;
    qCWarning(lcSession).noquote() << "closing" << peerName() << "-" << errorCodeName(error.code) << error.message;
    sendError(id, error);
    close();
}

void HubSession::close()
{
    m_closing = true;
    m_helloTimer.stop();
    m_idleTimer.stop();
    m_connection->close();
}

void HubSession::pollInput()
{
    if (!m_closing)
        m_connection->poll();
}

void HubSession::evict(const Error &reason)
{
    if (m_closing)
        return;
    // Say why, then let go at once: waiting for a peer that may never read would keep
    // its buffers (a snapshot, say) for seconds, times every peer pushed out.
    sendError(QJsonValue(), reason);
    m_connection->flush();
    m_closing = true;
    m_helloTimer.stop();
    m_idleTimer.stop();
    m_connection->abort();
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
    auto decoded = decodeLine(line);
    if (auto *failure = std::get_if<DecodeFailure>(&decoded)) {
        if (failure->close)
            fail(failure->id, failure->error);
        else
            sendError(failure->id, failure->error);
        return;
    }
    const RequestLine &request = std::get<RequestLine>(decoded);
    if (m_active) {
        dispatch(request);
        return;
    }
    if (request.op != QLatin1String(Message<Hello>::op)) {
        fail(request.id, Error{ErrorCode::HelloRequired, QStringLiteral("the first message must be hello")});
        return;
    }
    auto hello = requestFromJson(request.op, request.body);
    if (!hello) {
        fail(request.id, hello.error());
        return;
    }
    handleHello(request.id, std::get<Hello>(hello.value()));
}

void HubSession::handleHello(qint64 id, const Hello &hello)
{
    if (hello.proto != version) {
        fail(id,
             Error{ErrorCode::UnsupportedVersion,
                   QStringLiteral("this hub speaks protocol %1, not %2").arg(version).arg(hello.proto)});
        return;
    }
    const DeviceConfig *d = m_hub.authenticate(hello.device, hello.key, hello.role);
    if (!d) {
        fail(id, Error{ErrorCode::AuthFailed, QStringLiteral("unknown device, wrong key, or wrong role")});
        return;
    }
    if (auto admitted = m_hub.admit(this, *d); !admitted) {
        fail(id, admitted.error());
        return;
    }
    m_helloTimer.stop();
    m_active = true;
    m_role = d->role;
    m_device = d->id;
    m_counter = d->role == DeviceRole::Counter ? d->counter : 0;
    qCInfo(lcSession).noquote() << "hello from" << peerName() << "as" << deviceRoleName(m_role);

    Welcome welcome;
    welcome.proto = version;
    welcome.session = m_session;
    welcome.role = m_role;
    welcome.device = m_device;
    welcome.counter = m_counter;
    welcome.zone = d->zone;
    const EventStore &store = m_hub.store();
    welcome.epoch = store.epoch();
    welcome.seq = store.lastSeq();
    welcome.lastAt = store.lastAt();
    // Replay the gap when the client was following this same log and is not too far behind.
    const qint64 seq = welcome.seq;
    if (hello.lastSeq && hello.epoch == store.epoch() && *hello.lastSeq <= seq
        && seq - *hello.lastSeq <= maxReplayEvents && m_hub.followsThisLog(*hello.lastSeq, hello.lastAt)) {
        auto events = m_hub.eventsAfter(*hello.lastSeq, maxReplayEvents);
        if (events) {
            welcome.resync = Resync::Replay;
            send(encodeReply(id, welcome));
            m_lastSentSeq = *hello.lastSeq;
            for (const StoredEvent &e : events.value()) {
                const QByteArray line = encode(eventMessage(e.seq, e.event, audience()));
                sendEvent(e.seq, EventLines{line, line, line});
            }
            return;
        }
        qCWarning(lcSession).noquote() << "replay failed, sending a snapshot:" << events.error().message;
    }
    welcome.resync = Resync::Snapshot;
    send(encodeReply(id, toJson(welcome), m_hub.snapshotFragment(seesTokens())));
    m_lastSentSeq = seq;
}

void HubSession::sendEvent(qint64 seq, const EventLines &lines)
{
    if (!m_active || m_closing || seq <= m_lastSentSeq)
        return;
    m_lastSentSeq = seq;
    switch (audience()) {
    case Audience::Supervisor:
        send(lines.supervisor);
        break;
    case Audience::Staff:
        send(lines.staff);
        break;
    case Audience::Public:
        send(lines.everyone);
        break;
    }
}

void HubSession::sendNotice(const QByteArray &line)
{
    if (m_active && !m_closing)
        send(line);
}

bool HubSession::hasSupervisor() const
{
    return m_clerk && m_clerk->role == ClerkRole::Supervisor
        && (m_role == DeviceRole::Supervisor || m_role == DeviceRole::Counter);
}

QString HubSession::actor() const
{
    return m_clerk ? m_clerk->username : m_device;
}

void HubSession::dispatch(const RequestLine &line)
{
    // Who may ask is checked before what they asked: a display probing clerk.add learns
    // only that it may not, not which fields the op takes.
    const std::optional<Access> access = accessOf(line.op);
    if (!access) {
        sendError(line.id, Error{ErrorCode::UnknownOp, QStringLiteral("unknown op \"%1\"").arg(line.op)});
        return;
    }
    if (!(access->roles & roleBit(m_role))) {
        sendError(line.id,
                  Error{ErrorCode::Forbidden, QStringLiteral("a %1 may not %2").arg(deviceRoleName(m_role), line.op)});
        return;
    }
    if (access->needsLogin && m_role == DeviceRole::Counter && !m_clerk) {
        sendError(line.id, Error{ErrorCode::NotLoggedIn, QStringLiteral("log in at the counter first")});
        return;
    }
    if (access->needsLogin && m_role == DeviceRole::Supervisor
        && (!m_clerk || m_clerk->role != ClerkRole::Supervisor)) {
        sendError(line.id, Error{ErrorCode::NotLoggedIn, QStringLiteral("log in as a supervisor first")});
        return;
    }
    const auto request = requestFromJson(line.op, line.body);
    if (!request) {
        sendError(line.id, request.error());
        return;
    }
    std::visit([this, &line](const auto &message) { handle(line.id, message); }, request.value());
}

std::optional<int> HubSession::counterFor(qint64 id, std::optional<int> given, bool required, bool anyForSupervisor)
{
    if (m_role == DeviceRole::Counter && anyForSupervisor && given && m_clerk
        && m_clerk->role == ClerkRole::Supervisor)
        return *given;
    if (m_role == DeviceRole::Counter) {
        if (given && *given != m_counter) {
            sendError(id,
                      Error{ErrorCode::Forbidden,
                            QStringLiteral("%1 acts only for counter %2").arg(m_device).arg(m_counter)});
            return std::nullopt;
        }
        return m_counter;
    }
    if (!given && required) {
        sendError(id, Error{ErrorCode::BadRequest, QStringLiteral("counter: required")});
        return std::nullopt;
    }
    return given.value_or(0);
}

template <typename Build>
void HubSession::submitAtCounter(qint64 id, std::optional<int> given, bool required, Build build,
                                 bool anyForSupervisor)
{
    if (const auto counter = counterFor(id, given, required, anyForSupervisor))
        m_hub.submit(this, id, build(*counter));
}

void HubSession::handle(qint64 id, const Hello &)
{
    sendError(id, Error{ErrorCode::BadRequest, QStringLiteral("hello was already said")});
}

void HubSession::handle(qint64 id, const Ping &)
{
    send(encodeReply(id, Pong{m_hub.store().lastSeq()}));
}

void HubSession::handle(qint64 id, const GetSnapshot &)
{
    // A snapshot of a busy day is large: one every few seconds is plenty for anyone.
    const qint64 now = m_hub.elapsedMs();
    if (m_lastSnapshotMs >= 0 && now - m_lastSnapshotMs < snapshotIntervalMs) {
        sendError(id,
                  Error{ErrorCode::Busy,
                        QStringLiteral("a snapshot was sent less than %1 s ago").arg(snapshotIntervalMs / 1000)});
        return;
    }
    m_lastSnapshotMs = now;
    const EventStore &store = m_hub.store();
    // A SnapshotReply, with the snapshot's encoding shared with everyone who asks for this state.
    const QJsonObject fields{{QStringLiteral("epoch"), store.epoch()},
                             {QStringLiteral("seq"), store.lastSeq()},
                             {QStringLiteral("last_at"), store.lastAt()}};
    send(encodeReply(id, fields, m_hub.snapshotFragment(seesTokens())));
    m_lastSentSeq = store.lastSeq();
}

void HubSession::handle(qint64 id, const IssueTicket &m)
{
    m_hub.submit(this, id, cmd::IssueTicket{m.service, m.priority, {}, m_device});
}

void HubSession::handle(qint64 id, const CallNext &m)
{
    submitAtCounter(id, m.counter, true, [&](int c) { return cmd::CallNext{c, actor()}; });
}

void HubSession::handle(qint64 id, const CallTicket &m)
{
    submitAtCounter(id, m.counter, true, [&](int c) { return cmd::CallTicket{c, m.ticket, actor()}; });
}

void HubSession::handle(qint64 id, const Recall &m)
{
    submitAtCounter(id, m.counter, false, [&](int c) { return cmd::Recall{c, m.ticket, actor()}; });
}

void HubSession::handle(qint64 id, const StartServing &m)
{
    submitAtCounter(id, m.counter, false, [&](int c) { return cmd::StartServing{c, m.ticket, actor()}; });
}

void HubSession::handle(qint64 id, const Finish &m)
{
    submitAtCounter(id, m.counter, false, [&](int c) { return cmd::Finish{c, m.ticket, actor()}; });
}

void HubSession::handle(qint64 id, const MarkNoShow &m)
{
    submitAtCounter(id, m.counter, false, [&](int c) { return cmd::MarkNoShow{c, m.ticket, actor()}; });
}

void HubSession::handle(qint64 id, const Requeue &m)
{
    submitAtCounter(id, m.counter, false, [&](int c) { return cmd::Requeue{c, m.ticket, m.position, actor()}; });
}

template <typename Build>
void HubSession::submitFromFloor(qint64 id, std::optional<int> given, Build build)
{
    // A supervisor at a counter naming no counter acts from the floor, on any ticket.
    if (m_role == DeviceRole::Counter && hasSupervisor() && !given)
        m_hub.submit(this, id, build(0));
    else
        submitAtCounter(id, given, false, build);
}

void HubSession::handle(qint64 id, const Transfer &m)
{
    submitFromFloor(id, m.counter, [&](int c) {
        return cmd::Transfer{c, m.ticket, m.toService, m.toCounter, m.position, actor(), m.note};
    });
}

void HubSession::handle(qint64 id, const Cancel &m)
{
    submitFromFloor(id, m.counter, [&](int c) { return cmd::Cancel{c, m.ticket, m.reason, actor()}; });
}

void HubSession::handle(qint64 id, const OpenCounter &m)
{
    submitAtCounter(id, m.counter, true, [&](int c) { return cmd::OpenCounter{c, actor()}; }, true);
}

void HubSession::handle(qint64 id, const PauseCounter &m)
{
    submitAtCounter(id, m.counter, true, [&](int c) { return cmd::PauseCounter{c, m.reason, actor()}; }, true);
}

void HubSession::handle(qint64 id, const CloseCounter &m)
{
    submitAtCounter(id, m.counter, true, [&](int c) { return cmd::CloseCounter{c, actor()}; }, true);
}

bool HubSession::supervisorAtCounter(qint64 id, const char *what)
{
    if (m_role != DeviceRole::Counter || (m_clerk && m_clerk->role == ClerkRole::Supervisor))
        return true;
    sendError(id, Error{ErrorCode::Forbidden, QStringLiteral("only a supervisor may %1").arg(QLatin1String(what))});
    return false;
}

void HubSession::handle(qint64 id, const SetCounterServices &m)
{
    if (!supervisorAtCounter(id, "change what a counter serves"))
        return;
    submitAtCounter(
        id, m.counter, true, [&](int c) { return cmd::SetCounterServices{c, m.services, actor()}; }, true);
}

void HubSession::replyCommitted(qint64 requestId, const std::vector<StoredEvent> &events)
{
    Committed reply;
    reply.seq = events.empty() ? m_hub.store().lastSeq() : events.back().seq;
    for (const StoredEvent &s : events) {
        if (s.event.ticket) {
            reply.ticket = *s.event.ticket;
            // The kiosk that issued the ticket prints its QR link; nobody else needs the token.
            if (m_role != DeviceRole::Kiosk && !seesTokens())
                reply.ticket->token.clear();
        }
        if (s.event.counter)
            reply.counter = *s.event.counter;
        if (s.event.estimate)
            reply.estimate = *s.event.estimate;
        if (s.event.dossier)
            reply.dossier = *s.event.dossier;
        if (s.event.rating)
            reply.rating = *s.event.rating;
    }
    send(encodeReply(requestId, reply));
}

void HubSession::handle(qint64 id, const Login &m)
{
    if (m_loginInFlight) {
        sendError(id, Error{ErrorCode::Busy, QStringLiteral("a login is already being checked")});
        return;
    }
    const auto finish = [this, id](const ClerkAuthenticator::LoginResult &result) {
        m_loginInFlight = false;
        if (result.clerk) {
            if (m_role == DeviceRole::Supervisor && result.clerk->role != ClerkRole::Supervisor) {
                sendError(id, Error{ErrorCode::Forbidden, QStringLiteral("only a supervisor may log in here")});
                return;
            }
            if (!m_resume.isEmpty())
                m_hub.resumes().revoke(m_resume);
            m_clerk = result.clerk;
            m_failedLogins = 0;
            m_resume = m_hub.resumes().issue(m_clerk->username, m_device, m_hub.now());
            send(encodeReply(id, LoggedIn{*m_clerk, m_resume}));
            return;
        }
        sendError(id, result.error);
        if (++m_failedLogins >= maxFailedLoginsPerConnection)
            fail(QJsonValue(),
                 Error{ErrorCode::Forbidden, QStringLiteral("too many failed logins on this connection")});
    };
    m_loginInFlight = true;
    if (m.pin.isEmpty()) {
        // Back after a reconnection: the token stands for the PIN typed this morning.
        if (m_hub.resumes().isValid(m.resume, m.user, m_device, m_hub.now())) {
            m_hub.resumes().revoke(m.resume);
            finish(m_hub.clerks().resume(m.user));
        } else {
            finish(ClerkAuthenticator::LoginResult{
                std::nullopt, Error{ErrorCode::LoginFailed, QStringLiteral("the login has ended: enter the PIN")}});
        }
        return;
    }
    m_hub.clerks().login(m.user, m.pin, this, finish);
}

void HubSession::handle(qint64 id, const Logout &)
{
    if (m_clerk)
        qCInfo(lcSession).noquote() << m_clerk->username << "logged out at" << peerName();
    m_clerk.reset();
    m_hub.resumes().revoke(m_resume);
    m_resume.clear();
    send(encodeReply(id, Done{}));
}

void HubSession::handle(qint64 id, const AddClerk &m)
{
    if (!supervisorAtCounter(id, "add clerks"))
        return;
    m_hub.clerks().addClerk(Clerk{m.user, m.name, m.role}, m.pin, this, [this, id](const Result<Ok> &result) {
        result ? send(encodeReply(id, Done{})) : replyError(id, result.error());
    });
}

void HubSession::handle(qint64 id, const SetPin &m)
{
    if (!supervisorAtCounter(id, "set a clerk's PIN"))
        return;
    m_hub.clerks().setPin(m.user, m.pin, this, [this, id, user = m.user](const Result<Ok> &result) {
        if (!result)
            return replyError(id, result.error());
        m_hub.resumes().revokeUser(user); // a new PIN ends every login made with the old one
        send(encodeReply(id, Done{}));
    });
}

void HubSession::handle(qint64 id, const SetTicker &m)
{
    if (!supervisorAtCounter(id, "change the news line"))
        return;
    m_hub.submit(this, id, cmd::SetTicker{LocalizedText{m.vi, m.en}, actor()});
}

void HubSession::handle(qint64 id, const SetClerkActive &m)
{
    if (!supervisorAtCounter(id, "disable or enable clerks"))
        return;
    if (!m.active && m_clerk && m_clerk->username == m.user) {
        replyError(id, Error{ErrorCode::InvalidArgument, QStringLiteral("a supervisor does not disable themself")});
        return;
    }
    if (const auto done = m_hub.clerkStore().setActive(m.user, m.active); !done) {
        replyError(id, done.error());
        return;
    }
    if (!m.active)
        m_hub.resumes().revokeUser(m.user); // no coming back without a login, and none is possible now
    qCInfo(lcAuth).noquote() << actor() << (m.active ? "enabled" : "disabled") << "clerk" << m.user;
    send(encodeReply(id, Done{}));
}

void HubSession::handle(qint64 id, const ListClerks &)
{
    if (!supervisorAtCounter(id, "list the clerks"))
        return;
    const auto clerks = m_hub.clerkStore().list();
    if (!clerks) {
        replyError(id, clerks.error());
        return;
    }
    ClerkList reply;
    for (const ClerkRecord &c : clerks.value())
        reply.clerks.push_back(ClerkInfo{c.clerk, c.active, c.failedAttempts, c.lockedUntil});
    send(encodeReply(id, reply));
}

void HubSession::handle(qint64 id, const ListDevices &)
{
    if (!supervisorAtCounter(id, "see the devices"))
        return;
    DeviceList reply;
    QSet<QString> connected;
    for (const HubSession *s : m_hub.sessions()) {
        if (!s->isActive())
            continue;
        connected.insert(s->device());
        reply.devices.push_back(DeviceInfo{s->device(), s->role(), s->peerAddress(), s->counter(),
                                           s->clerk() ? s->clerk()->username : QString(), s->reported().printer,
                                           s->reported().problem, true});
    }
    // And the center's devices that are not here: a kiosk that went dark is news for a supervisor.
    for (const DeviceConfig &d : m_hub.config().devices)
        if (!connected.contains(d.id))
            reply.devices.push_back(DeviceInfo{d.id, d.role, {}, d.counter, {}, {}, {}, false});
    send(encodeReply(id, reply));
}

void HubSession::handle(qint64 id, const ListAlarms &)
{
    if (!supervisorAtCounter(id, "see the alarms"))
        return;
    m_hub.reviewAlarms(); // as of now, not of the last review
    send(encodeReply(id, AlarmList{m_hub.alarms()}));
}

void HubSession::handle(qint64 id, const ReportStatus &m)
{
    // Logged when it changes, so the hub's log says when a kiosk stopped printing.
    if (m.printer != m_reported.printer || m.problem != m_reported.problem) {
        if (m.printer == QLatin1String("problem"))
            qCWarning(lcSession).noquote() << m_device << "cannot print:" << m.problem << m.detail;
        else
            qCInfo(lcSession).noquote() << m_device << "printer:" << m.printer;
    }
    const bool changed = m.printer != m_reported.printer;
    m_reported = m;
    send(encodeReply(id, Done{}));
    if (changed)
        m_hub.reviewAlarms(); // a printer down is an alarm at once

}

void HubSession::handle(qint64 id, const ReceiveDossier &m)
{
    submitAtCounter(id, m.counter, false, [&](int c) {
        return cmd::ReceiveDossier{c, m.ticket, m.procedure, m.applicant, m.phone, m.papersReceived, m.papersMissing,
                                   m.note, actor()};
    });
}

void HubSession::handle(qint64 id, const UpdateDossier &m)
{
    m_hub.submit(this, id, cmd::UpdateDossier{m.code, m.status, m.promised, m.papersMissing, m.note, actor()});
}

void HubSession::handle(qint64 id, const ImportDossier &m)
{
    if (!supervisorAtCounter(id, "import dossiers"))
        return;
    m_hub.submit(this, id, cmd::ImportDossier{m.dossier, actor()});
}

void HubSession::handle(qint64 id, const ListDossiers &m)
{
    const QueueEngine &engine = m_hub.queue().engine();
    const QDate today = LocalTime::at(m_hub.now(), engine.config().utcOffsetMinutes).date;
    DossierList reply;
    for (const auto &[code, d] : engine.dossiers().all()) {
        if (!m.service.isEmpty() && d.service != m.service)
            continue;
        const bool wanted = m.filter == QLatin1String("all")
            || (m.filter == QLatin1String("open") && !isFinal(d.status))
            || (m.filter == QLatin1String("overdue") && d.isOverdue(today))
            || (m.filter == QLatin1String("today")
                && LocalTime::at(d.receivedAt, engine.config().utcOffsetMinutes).date == today);
        if (wanted)
            reply.dossiers.push_back(d);
    }
    // The newest first, as far as asked.
    std::reverse(reply.dossiers.begin(), reply.dossiers.end());
    if (int(reply.dossiers.size()) > m.limit)
        reply.dossiers.resize(size_t(m.limit));
    send(encodeReply(id, reply));
}

void HubSession::handle(qint64 id, const SubmitRating &m)
{
    submitAtCounter(id, m.counter, false, [&](int c) {
        return cmd::RecordRating{c, m.ticket, m.value, m.comment, QStringLiteral("pad"), actor()};
    });
}

void HubSession::handle(qint64 id, const LookupDossier &m)
{
    const QueueEngine &engine = m_hub.queue().engine();
    const auto code = DossierCode::parse(m.code);
    const Dossier *d = code ? engine.dossiers().find(code->toString()) : nullptr;
    if (!d) {
        replyError(id, Error{ErrorCode::NotFound, QStringLiteral("no dossier with code \"%1\"").arg(m.code)});
        return;
    }
    const DossierView view = publicDossierView(engine, *d);
    send(encodeReply(id, view));
}

void HubSession::handle(qint64 id, const ReprintTicket &m)
{
    if (!supervisorAtCounter(id, "reprint tickets"))
        return;
    const QueueEngine &engine = m_hub.queue().engine();
    const Ticket *ticket = engine.ticket(m.ticket);
    if (!ticket) {
        replyError(id, Error{ErrorCode::UnknownTicket, QStringLiteral("no ticket %1 today").arg(m.ticket)});
        return;
    }
    // A finished ticket is no use to anyone; reprinting it would only hand out a second copy.
    if (ticket->state != TicketState::Waiting && ticket->state != TicketState::Called) {
        replyError(id, Error{ErrorCode::WrongState,
                             QStringLiteral("ticket %1 is %2, not waiting or called")
                                 .arg(ticket->label, ticketStateName(ticket->state))});
        return;
    }
    HubSession *kiosk = m_hub.kioskToPrint(m.kiosk, ticket->origin);
    if (!kiosk) {
        replyError(id, Error{ErrorCode::NotFound,
                             m.kiosk.isEmpty()
                                 ? QStringLiteral("no kiosk with a working printer is connected")
                                 : QStringLiteral("kiosk %1 is not connected or cannot print").arg(m.kiosk)});
        return;
    }
    kiosk->sendNotice(encodeNotice(PrintNotice{*ticket, engine.estimateFor(*ticket, m_hub.now()), actor()}));
    qCInfo(lcSession).noquote() << actor() << "reprinted ticket" << ticket->label << "at" << kiosk->device();
    send(encodeReply(id, Reprinted{kiosk->device()}));
}

} // namespace qms
