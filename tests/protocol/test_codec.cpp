// Every request and reply of protocol v1 goes to its JSON line and back
// unchanged, and so does every error code: the hub, the client library and the
// tools share this one codec, so a field renamed on one side cannot go unnoticed.
#include <QJsonDocument>

#include <set>

#include "protocol/codec.h"
#include "protocol/protocol.h"
#include "support/testsupport.h"

using namespace qms;
using namespace qms::protocol;
using namespace qms::test;

namespace {
Ticket sampleTicket()
{
    Ticket t;
    t.id = 42;
    t.businessDay = QStringLiteral("2026-11-26");
    t.service = QStringLiteral("land");
    t.number = 1023;
    t.label = QStringLiteral("1023");
    t.priorityGroup = QStringLiteral("elderly");
    t.token = QStringLiteral("7QH2M9KX4D1PZ0BW");
    t.origin = QStringLiteral("kiosk-1");
    t.state = TicketState::Called;
    t.issuedAt = at("2026-11-26 09:00");
    t.queuedAt = t.issuedAt;
    t.calledAt = at("2026-11-26 09:12");
    t.counter = 3;
    t.clerk = QStringLiteral("lan");
    t.recallCount = 1;
    t.note = QStringLiteral("cần ký xác nhận");
    return t;
}

CounterState sampleCounter()
{
    CounterState c;
    c.number = 3;
    c.status = CounterStatus::Open;
    c.clerk = QStringLiteral("lan");
    c.current = 42;
    c.priorityRun = 1;
    c.since = at("2026-11-26 08:00");
    c.services = {QStringLiteral("justice"), QStringLiteral("result")};
    return c;
}

Dossier sampleDossier()
{
    Dossier d;
    d.code = QStringLiteral("000.00.12.H57-261126-0001");
    d.service = QStringLiteral("land");
    d.procedure = QStringLiteral("land-first");
    d.applicantName = QStringLiteral("Nguyễn Thị Lan");
    d.applicantPhone = QStringLiteral("0912345678");
    d.papersReceived = {QStringLiteral("Đơn đăng ký"), QStringLiteral("CCCD")};
    d.papersMissing = {QStringLiteral("Bản vẽ")};
    d.note = QStringLiteral("hẹn gọi lại");
    d.status = DossierStatus::SupplementRequested;
    d.receivedAt = at("2026-11-26 09:20");
    d.dueDate = QDate(2026, 12, 10);
    d.promisedDate = QDate(2026, 12, 14);
    d.closedAt = at("2026-12-14 10:00");
    d.ticket = 42;
    d.counter = 3;
    d.receivedBy = QStringLiteral("lan");
    d.updatedAt = at("2026-11-27 08:00");
    d.updatedBy = QStringLiteral("hoa");
    return d;
}

template <typename M>
M withCounterAndTicket()
{
    M m;
    m.counter = 3;
    m.ticket = 42;
    return m;
}

/** One request of every kind, with every field set to something other than its default. */
std::vector<Request> sampleRequests()
{
    Requeue requeue = withCounterAndTicket<Requeue>();
    requeue.position = Position::Head;
    Transfer transfer = withCounterAndTicket<Transfer>();
    transfer.toService = QStringLiteral("justice");
    transfer.toCounter = 5;
    transfer.position = Position::Tail;
    transfer.note = QStringLiteral("cần ký xác nhận");
    Cancel cancel = withCounterAndTicket<Cancel>();
    cancel.reason = QStringLiteral("công dân về trước");
    return {
        Hello{1, DeviceRole::Counter, QStringLiteral("counter-3"), QStringLiteral("k3y"), 1234, 1795655100000,
              QStringLiteral("a1b2c3d4e5f60718")},
        Ping{},
        GetSnapshot{},
        IssueTicket{QStringLiteral("land"), QStringLiteral("elderly")},
        CallNext{3},
        withCounterAndTicket<CallTicket>(),
        withCounterAndTicket<Recall>(),
        withCounterAndTicket<StartServing>(),
        withCounterAndTicket<Finish>(),
        withCounterAndTicket<MarkNoShow>(),
        requeue,
        transfer,
        cancel,
        OpenCounter{3},
        PauseCounter{3, QStringLiteral("nghỉ trưa")},
        CloseCounter{3},
        SetCounterServices{3, {QStringLiteral("result"), QStringLiteral("justice")}},
        Login{QStringLiteral("lan"), QStringLiteral("1111"), QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0")},
        Logout{},
        AddClerk{QStringLiteral("hoa"), QStringLiteral("Trần Văn Hòa"), ClerkRole::Supervisor, QStringLiteral("2468")},
        SetPin{QStringLiteral("hoa"), QStringLiteral("8642")},
        SetClerkActive{QStringLiteral("hoa"), false},
        SetTicker{QStringLiteral("Nghỉ lễ 02/9"), QStringLiteral("Closed on 2 September")},
        ListClerks{},
        ListDevices{},
        ListAlarms{},
        ReportStatus{QStringLiteral("problem"), QStringLiteral("media_empty"), QStringLiteral("media-empty-error")},
        ReceiveDossier{3,
                       42,
                       QStringLiteral("land-first"),
                       QStringLiteral("Nguyễn Thị Lan"),
                       QStringLiteral("0912345678"),
                       {QStringLiteral("Đơn đăng ký")},
                       {QStringLiteral("Bản vẽ")},
                       QStringLiteral("ghi chú")},
        UpdateDossier{QStringLiteral("000.00.12.H57-261126-0001"), DossierStatus::Ready, QDate(2026, 12, 14),
                      QStringList{QStringLiteral("Bản vẽ")}, QStringLiteral("xin lỗi")},
        ImportDossier{sampleDossier()},
        ListDossiers{QStringLiteral("overdue"), QStringLiteral("land"), 50},
        SubmitRating{3, 42, RatingValue::Unsatisfied, QStringLiteral("chờ lâu")},
        LookupDossier{QStringLiteral("000.00.12.H57-240301-0001")},
        ReprintTicket{42, QStringLiteral("kiosk-2")},
    };
}

/** The reply object as it travels: encoded to a line, parsed back. */
template <typename R>
Result<R> overTheWire(const R &reply)
{
    const QByteArray line = encodeReply(QJsonValue(7), reply);
    return decodeReply<R>(QJsonDocument::fromJson(line).object());
}
} // namespace

TEST_CASE("Every request survives the codec unchanged", "[protocol]")
{
    const std::vector<Request> samples = sampleRequests();
    std::set<size_t> kinds;
    for (const Request &sent : samples) {
        kinds.insert(sent.index());
        INFO(opName(sent).toStdString());
        const QByteArray line = encode(requestToJson(9, sent));
        const auto decodedLine = decodeLine(line);
        REQUIRE(std::holds_alternative<RequestLine>(decodedLine));
        const RequestLine &l = std::get<RequestLine>(decodedLine);
        CHECK(l.id == 9);
        CHECK(l.op == opName(sent));
        const auto received = requestFromJson(l.op, l.body);
        REQUIRE(received.ok());
        CHECK(received.value() == sent);
        CHECK(accessOf(l.op).has_value());
    }
    // A new kind of request without a sample here fails this test.
    CHECK(kinds.size() == std::variant_size_v<Request>);
}

TEST_CASE("Requests with wrong fields are refused with the field's name", "[protocol]")
{
    const auto refused = [](const char *op, const char *json) {
        const auto r = requestFromJson(QString::fromLatin1(op), QJsonDocument::fromJson(json).object());
        REQUIRE_FALSE(r.ok());
        return r.error();
    };
    CHECK(refused("ticket.issue", "{}").message == "service: is required");
    CHECK(refused("ticket.issue", R"({"service": 42})").message == "service: must be a string, not a number");
    CHECK(refused("ticket.finish", R"({"counter": 0, "ticket": 4})").message.startsWith("counter:"));
    CHECK(refused("ticket.requeue", R"({"ticket": 4, "position": "middle"})").message
          == R"(position: must be "head" or "tail")");
    CHECK(refused("counter.pause", QByteArray(R"({"reason": ")") + QByteArray(201, 'x') + R"("})").message
          == "reason: at most 200 characters");
    CHECK(refused("hello", R"({"proto": 1, "role": "janitor", "device": "d", "key": "k"})").message
          == "role: must be kiosk, counter, display or supervisor");
    const Error unknown = refused("ticket.teleport", "{}");
    CHECK(unknown.code == ErrorCode::UnknownOp);
    CHECK(refused("clerk.add", R"({"user": "x"})").code == ErrorCode::BadRequest);
    CHECK_FALSE(accessOf(QStringLiteral("ticket.teleport")).has_value());
}

TEST_CASE("Every reply survives the codec unchanged", "[protocol]")
{
    EngineSnapshot state;
    state.businessDay = QStringLiteral("2026-11-26");
    state.lastTicketId = 42;
    state.tickets = {sampleTicket()};
    state.counters = {sampleCounter()};
    state.issued.insert(QStringLiteral("land"), 23);
    state.stats.services.insert(QStringLiteral("land"), QueueStats::Service{12, 9840.0});
    state.stats.noShows = 2;
    state.stats.called = 14;
    const Snapshot snapshot{QJsonObject{{QStringLiteral("id"), QStringLiteral("an-hoa")}}, state};

    Welcome welcome{1,
                    QStringLiteral("00ab"),
                    DeviceRole::Counter,
                    QStringLiteral("counter-3"),
                    3,
                    QStringLiteral("B"),
                    QStringLiteral("a1b2c3d4e5f60718"),
                    120,
                    1795655100000,
                    Resync::Snapshot,
                    snapshot};
    CHECK(require(overTheWire(welcome)) == welcome);
    welcome.resync = Resync::Replay;
    welcome.snapshot.reset();
    CHECK(require(overTheWire(welcome)) == welcome);

    CHECK(require(overTheWire(Pong{120})) == Pong{120});
    const SnapshotReply snapshotReply{snapshot, QStringLiteral("a1b2c3d4e5f60718"), 120, 1795655100000};
    CHECK(require(overTheWire(snapshotReply)) == snapshotReply);
    const Rating rating{42,
                        QStringLiteral("2026-11-26"),
                        QStringLiteral("land"),
                        3,
                        QStringLiteral("lan"),
                        sampleDossier().code,
                        RatingValue::VerySatisfied,
                        QStringLiteral("cảm ơn"),
                        QStringLiteral("pad"),
                        at("2026-11-26 09:40")};
    const Committed committed{
        121, sampleTicket(), sampleCounter(), WaitEstimate{4, 2, 1200, true, false}, sampleDossier(), rating};
    CHECK(require(overTheWire(committed)) == committed);
    CHECK(require(overTheWire(Committed{122, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt})).seq
          == 122);
    const LoggedIn loggedIn{Clerk{QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"), ClerkRole::Clerk},
                            QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0")};
    CHECK(require(overTheWire(loggedIn)) == loggedIn);
    CHECK(overTheWire(Done{}).ok());
    const ClerkList clerks{{ClerkInfo{loggedIn.clerk, false, 3, 1795655100000}}};
    CHECK(require(overTheWire(clerks)) == clerks);
    const DeviceList devices{
        {DeviceInfo{QStringLiteral("counter-3"), DeviceRole::Counter, QStringLiteral("10.0.0.3:51000"), 3,
                    QStringLiteral("lan"), QStringLiteral("problem"), QStringLiteral("media_empty")},
         DeviceInfo{QStringLiteral("kiosk-2"), DeviceRole::Kiosk, {}, 0, {}, {}, {}, false}}};
    CHECK(require(overTheWire(devices)) == devices);
    const AlarmList alarms{{Alarm{Alarm::Kind::LongWait, QStringLiteral("land"), 0, {}, {}, 42, 30, 1795655100000},
                            Alarm{Alarm::Kind::IdleCounter, {}, 3, {}, {}, 7, 5, 1795655200000},
                            Alarm{Alarm::Kind::PrinterDown, {}, 0, QStringLiteral("kiosk-1"),
                                  QStringLiteral("media_empty"), 0, 0, 1795655300000}}};
    CHECK(require(overTheWire(alarms)) == alarms);
    const DossierList dossiers{{sampleDossier()}};
    CHECK(require(overTheWire(dossiers)) == dossiers);
    const DossierView view{sampleDossier().code,
                           QStringLiteral("land"),
                           QStringLiteral("land-first"),
                           DossierStatus::Ready,
                           at("2026-11-26 09:20"),
                           QDate(2026, 12, 10),
                           QDate(2026, 12, 14),
                           0,
                           QStringLiteral("Nguyễn T. L."),
                           LocalizedText{QStringLiteral("Quầy trả kết quả số 1"), QStringLiteral("Results desk 1")},
                           {QStringLiteral("Bản vẽ")}};
    CHECK(require(overTheWire(view)) == view);
    CHECK(require(overTheWire(Reprinted{QStringLiteral("kiosk-2")})) == Reprinted{QStringLiteral("kiosk-2")});

    // Notices, each kind there and back; a kind this client does not know is told apart.
    const auto noticeOverTheWire = [](const Notice &n) {
        return decodeNotice(QJsonDocument::fromJson(encodeNotice(n)).object());
    };
    const Notice alarmsNotice = AlarmsNotice{alarms.alarms};
    CHECK(require(noticeOverTheWire(alarmsNotice)) == alarmsNotice);
    Ticket lost;
    lost.id = 42;
    lost.businessDay = QStringLiteral("2026-11-26");
    lost.label = QStringLiteral("1042");
    lost.service = QStringLiteral("land");
    lost.token = QStringLiteral("k3Jq9xZ2");
    lost.issuedAt = at("2026-11-26 09:20");
    lost.queuedAt = lost.issuedAt;
    const Notice print = PrintNotice{lost, WaitEstimate{}, QStringLiteral("sup")};
    const auto printBack = noticeOverTheWire(print);
    REQUIRE(printBack.ok());
    CHECK(printBack.value() == print);
    CHECK(decodeNotice(QJsonObject{{QStringLiteral("notice"), QStringLiteral("fireworks")}}).error().code
          == ErrorCode::UnknownOp);
    CHECK(decodeNotice(QJsonObject{{QStringLiteral("notice"), QStringLiteral("print")}}).error().code
          == ErrorCode::BadRequest);
}

TEST_CASE("Every error code goes to its wire name and back", "[protocol]")
{
    for (int i = 0; i <= int(ErrorCode::NoReply); ++i) {
        const auto code = ErrorCode(i);
        INFO("error code #" << i);
        const QString name = errorCodeName(code);
        REQUIRE_FALSE(name.isEmpty());
        CHECK(errorCodeFromName(name) == code);
        const Error sent{code, QStringLiteral("what happened"), code == ErrorCode::LockedOut ? 60 : 0};
        const Error received = errorFromReply(QJsonDocument::fromJson(encodeError(7, sent)).object());
        CHECK(received.code == sent.code);
        CHECK(received.message == sent.message);
        CHECK(received.retryAfterSeconds == sent.retryAfterSeconds);
    }
    // A code from a newer hub is kept readable rather than lost.
    const Error future = errorFromReply(
        QJsonDocument::fromJson(R"({"id":1,"ok":false,"error":{"code":"moon_phase","message":"wait"}})").object());
    CHECK(future.code == ErrorCode::Internal);
    CHECK(future.message == "moon_phase: wait");
}

TEST_CASE("A reply that cannot be read is an error, not a default value", "[protocol]")
{
    const auto broken = decodeReply<Committed>(QJsonDocument::fromJson(R"({"id":1,"ok":true})").object());
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == ErrorCode::Internal);
    CHECK(broken.error().message.contains("seq"));
}
