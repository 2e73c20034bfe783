// The clerk's station driven as a clerk drives it: the keys and buttons on the
// real screens, against a real hub; what the station shows is checked against
// what the hub recorded.
#include <QJsonArray>

#include "counterfixture.h"

using namespace qms;
using namespace qms::test;

namespace {
/** Thursday 26 November 2026, 09:00 at the center. */
CounterFixture::Options thursday()
{
    CounterFixture::Options o;
    o.clock = at("2026-11-26 09:00");
    o.printer = false;
    return o;
}

/** A kiosk of the same hub. */
struct Kiosk
{
    explicit Kiosk(HubFixture &hub)
        : hub(hub)
        , client(hub.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk))
    { }
    QString issue(const char *service, const char *priority = nullptr)
    {
        QJsonObject fields{{"service", service}};
        if (priority)
            fields.insert("priority", priority);
        const HubReply r = hub.call(*client, QStringLiteral("ticket.issue"), fields);
        REQUIRE(r.ok);
        return r.body["ticket"].toObject()["label"].toString();
    }
    HubFixture &hub;
    std::unique_ptr<HubClient> client;
};

const Ticket *hubTicket(CounterFixture &f, const QString &label)
{
    return f.hub.hub->queue().engine().ticketByLabel(label);
}
} // namespace

TEST_CASE("A wrong PIN is said plainly, and the right one opens the station", "[counter]")
{
    CounterFixture f(thursday());
    REQUIRE(f.currentPage().isEmpty()); // the login page is not a navigation stack
    REQUIRE(f.item(QStringLiteral("loginPage")));
    f.logIn(QStringLiteral("lan"), QStringLiteral("9999"));
    CHECK_FALSE(f.counter->isLoggedIn());
    CHECK(f.textOf(QStringLiteral("loginMessage")) == "Sai tên đăng nhập hoặc mã PIN.");
    // The pad is cleared for the next try; typing again works.
    for (const Qt::Key k : {Qt::Key_1, Qt::Key_1, Qt::Key_1, Qt::Key_1})
        f.press(k);
    f.press(Qt::Key_Return);
    REQUIRE(waitFor([&] { return f.counter->isLoggedIn(); }));
    CHECK(f.counter->clerkName() == "Nguyễn Thị Lan");
    REQUIRE(f.waitForItem(QStringLiteral("stationPage")));
    CHECK(f.textOf(QStringLiteral("counterName")) == "Quầy 1");
    CHECK(f.textOf(QStringLiteral("ticketStateText")) == "Quầy đang đóng. Mở quầy để bắt đầu gọi số.");
}

TEST_CASE("Every action of a citizen's visit works by its key, and the screen follows the hub", "[counter]")
{
    CounterFixture f(thursday());
    Kiosk kiosk(f.hub);
    f.logIn(QStringLiteral("lan"), QStringLiteral("1111"));
    REQUIRE(f.counter->isLoggedIn());

    // Nothing can be called before the counter is open.
    CHECK_FALSE(f.counter->canCallNext());
    f.press(Qt::Key_F12);
    f.settle();
    CHECK(f.hub.hub->queue().engine().counter(1)->status == CounterStatus::Open);
    CHECK(f.counter->message() == "Quầy 1 đã mở.");

    const QString first = kiosk.issue("land");
    const QString elderly = kiosk.issue("justice", "elderly");
    REQUIRE(waitFor([&] { return f.counter->waitingCount() == 2; }));
    // The side panel lists both, the priority ticket first and marked.
    REQUIRE(f.counter->waiting()->rows().size() == 2);
    CHECK(f.counter->waiting()->rows()[0].label == elderly);
    CHECK(f.counter->waiting()->rows()[0].priority == "Người cao tuổi");

    f.advance(3);
    f.press(Qt::Key_F1);
    f.settle();
    CHECK(f.textOf(QStringLiteral("ticketLabel")) == elderly);
    CHECK(f.textOf(QStringLiteral("ticketStateText")) == "Đã gọi, đang chờ công dân đến");
    CHECK(f.textOf(QStringLiteral("ticketTimes")).contains("đã chờ 3 phút"));
    CHECK(hubTicket(f, elderly)->state == TicketState::Called);

    f.press(Qt::Key_F2);
    f.settle();
    CHECK(hubTicket(f, elderly)->recallCount == 1);
    CHECK(f.textOf(QStringLiteral("ticketStateText")) == "Đã gọi lại 1 lần");

    f.press(Qt::Key_F3);
    f.settle();
    CHECK(hubTicket(f, elderly)->state == TicketState::Serving);
    f.advance(7);
    f.press(Qt::Key_F4);
    f.settle();
    CHECK(hubTicket(f, elderly)->state == TicketState::Done);
    CHECK(f.counter->message() == QStringLiteral("Số %1 đã xong.").arg(elderly));
    REQUIRE(f.counter->served()->rows().size() == 1);
    CHECK(f.counter->served()->rows()[0].detail == "7 phút");

    // The next citizen does not come.
    f.press(Qt::Key_F1);
    f.settle();
    CHECK(f.counter->ticketLabel() == first);
    f.press(Qt::Key_F5);
    f.settle();
    CHECK(hubTicket(f, first)->state == TicketState::NoShow);
    CHECK_FALSE(f.counter->hasTicket());

    // Nobody else waits: said at once, and nothing changes.
    const qint64 seq = f.hub.store->lastSeq();
    f.press(Qt::Key_F1);
    f.settle();
    CHECK(f.counter->messageIsError());
    CHECK(f.counter->message() == "Không có ai đang chờ các lĩnh vực của quầy này.");
    CHECK(f.hub.store->lastSeq() == seq);

    // The clerk's own day.
    const QVariantList figures = f.counter->figures();
    REQUIRE(figures.size() == 4);
    CHECK(figures[0].toMap()["value"].toInt() == 1);
    CHECK(figures[1].toMap()["value"].toInt() == 1);
    CHECK(figures[2].toMap()["value"].toString() == "7 phút");
    CHECK(figures[3].toMap()["value"].toString() == "09:03");
}

TEST_CASE("Transfer, requeue, call by number and pause go through their dialogs", "[counter]")
{
    CounterFixture f(thursday());
    Kiosk kiosk(f.hub);
    f.logIn(QStringLiteral("lan"), QStringLiteral("1111"));
    f.press(Qt::Key_F12);
    f.settle();
    const QString a = kiosk.issue("land");
    const QString b = kiosk.issue("land");
    const QString c = kiosk.issue("land");
    REQUIRE(waitFor([&] { return f.counter->waitingCount() == 3; }));

    // Called out of turn by its number, typed.
    f.press(Qt::Key_F8);
    REQUIRE(f.waitForItem(QStringLiteral("numberField")));
    f.type(c.toLower());
    f.press(Qt::Key_Return);
    f.settle();
    CHECK(f.counter->ticketLabel() == c);
    CHECK_FALSE(f.item(QStringLiteral("callNumberDialog"))->isVisible());

    // Not ready yet: back in line, first.
    f.press(Qt::Key_F6);
    f.tap(QStringLiteral("requeueHead"));
    f.settle();
    CHECK(hubTicket(f, c)->state == TicketState::Waiting);
    CHECK(hubTicket(f, c)->atHead);
    f.press(Qt::Key_F1);
    f.settle();
    CHECK(f.counter->ticketLabel() == c);

    // Sent to justice, at the end of its line, with a note for the next clerk.
    f.press(Qt::Key_F3);
    f.settle();
    f.press(Qt::Key_F7);
    f.tap(QStringLiteral("transferService-justice"));
    f.tap(QStringLiteral("transferTail"));
    f.tap(QStringLiteral("transferNote"));
    f.type(QStringLiteral("cần ký xác nhận"));
    f.tap(QStringLiteral("transferConfirm"));
    f.settle();
    const Ticket *moved = hubTicket(f, c);
    CHECK(moved->service == "justice");
    CHECK(moved->state == TicketState::Waiting);
    CHECK_FALSE(moved->atHead);
    CHECK(moved->note == "cần ký xác nhận");
    CHECK(f.counter->message() == QStringLiteral("Đã chuyển số %1 sang Tư pháp – Hộ tịch.").arg(c));

    // A break: the reason is a key every screen words in its language.
    f.press(Qt::Key_F9);
    f.tap(QStringLiteral("pause-meeting"));
    f.settle();
    CHECK(f.hub.hub->queue().engine().counter(1)->reason == "meeting");
    CHECK(f.counter->statusText() == "Tạm nghỉ: Đang họp");
    CHECK_FALSE(f.counter->canCallNext());
    f.press(Qt::Key_F9);
    f.settle();
    CHECK(f.hub.hub->queue().engine().counter(1)->status == CounterStatus::Open);

    // While a dialog is open its keys are the dialog's: F1 does not call.
    f.press(Qt::Key_F8);
    REQUIRE(f.item(QStringLiteral("callNumberDialog"))->isVisible());
    f.press(Qt::Key_F1);
    CHECK_FALSE(f.counter->hasTicket());
    f.press(Qt::Key_Escape);
    CHECK_FALSE(f.item(QStringLiteral("callNumberDialog"))->isVisible());
    f.press(Qt::Key_F1);
    f.settle();
    CHECK(f.counter->ticketLabel() == a);
    (void)b;
}

TEST_CASE("A request the hub never answered is not shown as done, and the clerk is back without the PIN", "[counter]")
{
    CounterFixture f(thursday());
    Kiosk kiosk(f.hub);
    f.logIn(QStringLiteral("lan"), QStringLiteral("1111"));
    f.press(Qt::Key_F12);
    f.settle();
    const QString label = kiosk.issue("land");
    REQUIRE(waitFor([&] { return f.counter->waitingCount() == 1; }));
    const int reconnects = f.client->reconnectCount();

    // The call leaves, and the line drops before the answer comes back.
    f.counter->callNext();
    f.client->setHub(HostPort{QStringLiteral("127.0.0.1"), f.hub.port});
    REQUIRE(waitFor([&] { return f.counter->pendingAction().isEmpty(); }));
    CHECK(f.counter->messageIsError());
    CHECK(f.counter->message().contains("có thể đã hoặc chưa được thực hiện"));

    // Back online as the same clerk, no PIN typed; the screen shows what the hub did.
    REQUIRE(waitFor([&] { return f.client->reconnectCount() > reconnects && f.client->isOnline(); }));
    REQUIRE(waitFor([&] { return f.counter->isLoggedIn() && !f.counter->isLoggingIn(); }));
    CHECK(f.item(QStringLiteral("stationPage")));
    const Ticket *t = hubTicket(f, label);
    REQUIRE(waitFor([&] { return f.counter->hasTicket() == (t->state == TicketState::Called); }));
    if (f.counter->hasTicket())
        CHECK(f.counter->ticketLabel() == label);
    // And the hub takes this clerk's actions again.
    f.press(Qt::Key_F12 /* close fails while a ticket is held */);
    f.settle();
    if (!f.counter->hasTicket())
        CHECK(f.hub.hub->queue().engine().counter(1)->status == CounterStatus::Closed);
    else
        CHECK(f.hub.hub->queue().engine().counter(1)->clerk == "lan");
}

TEST_CASE("Offline, the station says so and sends nothing", "[counter]")
{
    CounterFixture f(thursday());
    f.logIn(QStringLiteral("lan"), QStringLiteral("1111"));
    REQUIRE(f.counter->canOpen());
    f.hub.hub->shutdown();
    REQUIRE(waitFor([&] { return !f.client->isOnline(); }));
    CHECK(f.waitForItem(QStringLiteral("offlineBanner"))->isVisible());
    CHECK_FALSE(f.counter->canOpen());
    CHECK_FALSE(f.counter->canCallNext());
    // Even a call made from code is refused before it leaves.
    f.counter->open();
    f.settle();
    CHECK(f.counter->messageIsError());
    CHECK(f.counter->message().startsWith("Mất kết nối"));
}

TEST_CASE("A supervisor at a counter changes what it serves; a clerk does not see how", "[counter]")
{
    CounterFixture f(thursday());
    f.logIn(QStringLiteral("lan"), QStringLiteral("1111"));
    REQUIRE(f.waitForItem(QStringLiteral("stationPage")));
    CHECK_FALSE(f.item(QStringLiteral("action-services"))->isVisible());
    f.tap(QStringLiteral("header-logout"));
    REQUIRE(waitFor([&] { return !f.counter->isLoggedIn(); }));
    f.logIn(QStringLiteral("sup"), QStringLiteral("4321"));
    REQUIRE(f.counter->isSupervisor());
    f.tap(QStringLiteral("action-services"));
    f.tap(QStringLiteral("serviceChoice-land")); // counter 1 serves land and justice: leave justice only
    f.tap(QStringLiteral("servicesConfirm"));
    f.settle();
    CHECK(f.hub.hub->queue().engine().servicesOf(1) == QStringList{"justice"});
    CHECK(f.textOf(QStringLiteral("counterName")) == "Quầy 1");
    CHECK(f.counter->servicesText() == "Tư pháp – Hộ tịch");
}

TEST_CASE("The small window stays on top with the four actions of every citizen", "[counter]")
{
    CounterFixture f(thursday());
    Kiosk kiosk(f.hub);
    f.logIn(QStringLiteral("lan"), QStringLiteral("1111"));
    f.press(Qt::Key_F12);
    f.settle();
    const QString label = kiosk.issue("land");
    f.tap(QStringLiteral("header-compact"));
    WindowDriver small = f.compactWindow();
    REQUIRE(waitFor([&] { return small.window->isVisible() && !f.window->isVisible(); }));
    CHECK(small.window->flags().testFlag(Qt::WindowStaysOnTopHint));
    REQUIRE(waitFor([&] { return small.window->isExposed() && small.settled(); }));
    REQUIRE(waitFor([&] { return f.counter->waitingCount() == 1; }));
    small.tap(QStringLiteral("compact-callNext"));
    f.settle();
    CHECK(small.textOf(QStringLiteral("compactLabel")) == label);
    small.press(Qt::Key_F3);
    f.settle();
    CHECK(hubTicket(f, label)->state == TicketState::Serving);
    small.tap(QStringLiteral("compactExpand"));
    REQUIRE(waitFor([&] { return f.window->isVisible() && !small.window->isVisible(); }));
}

TEST_CASE("A supervisor at a counter sees the live floor: counters, services, kiosks and the alarms as they come",
          "[counter][floor]")
{
    CounterFixture f(thursday());
    auto kiosk = f.hub.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    auto colleague = f.hub.online(QStringLiteral("counter-2"), DeviceRole::Counter);
    REQUIRE(f.hub.call(*colleague, QStringLiteral("clerk.login"), {{"user", "hoa"}, {"pin", "1111"}}).ok);
    REQUIRE(f.hub.call(*colleague, QStringLiteral("counter.open")).ok);
    for (int i = 0; i < 3; ++i)
        REQUIRE(f.hub.call(*kiosk, QStringLiteral("ticket.issue"), {{"service", "land"}}).ok);
    const HubReply called = f.hub.call(*colleague, QStringLiteral("ticket.call_next"));
    REQUIRE(called.ok);
    REQUIRE(f.hub.call(*colleague, QStringLiteral("ticket.start"), {{"ticket", called.body["ticket"]["id"]}}).ok);
    REQUIRE(f.hub.call(*kiosk, QStringLiteral("device.status"), {{"printer", "problem"}, {"problem", "media_empty"}}).ok);

    // A clerk has no floor.
    f.logIn(QStringLiteral("lan"), QStringLiteral("1111"));
    REQUIRE(f.waitForItem(QStringLiteral("stationPage")));
    CHECK(f.item(QStringLiteral("header-floor")) == nullptr);
    f.tap(QStringLiteral("header-logout"));
    REQUIRE(waitFor([&] { return !f.counter->isLoggedIn(); }));

    f.logIn(QStringLiteral("sup"), QStringLiteral("4321"));
    f.tap(QStringLiteral("action-open"));
    f.settle();
    f.advance(6); // counter 1 open and free while two wait for land: an alarm after 5 minutes
    f.tap(QStringLiteral("header-floor"));
    REQUIRE(f.waitForItem(QStringLiteral("floorPage")));
    REQUIRE(waitFor([&] { return f.floor->alarms().size() == 2; }));
    f.settle();
    QStringList alarms;
    for (const QVariant &a : f.floor->alarms())
        alarms << a.toMap()[QStringLiteral("text")].toString();
    CHECK(alarms.contains(QStringLiteral("Quầy 1 để trống 6 phút trong khi có người chờ")));
    CHECK(alarms.contains(QStringLiteral("kiosk-1: Máy in hết giấy.")));
    const QVariantList counters = f.floor->counters();
    REQUIRE(counters.size() == 4);
    CHECK(counters[0].toMap()[QStringLiteral("stateText")].toString() == QStringLiteral("Đang trống"));
    CHECK(counters[0].toMap()[QStringLiteral("clerk")].toString() == QStringLiteral("sup"));
    CHECK(counters[1].toMap()[QStringLiteral("stateText")].toString()
          == QStringLiteral("Đang phục vụ số ") + called.body["ticket"]["label"].toString());
    CHECK(counters[1].toMap()[QStringLiteral("forText")].toString() == QStringLiteral("6 phút"));
    CHECK(counters[2].toMap()[QStringLiteral("stateText")].toString() == QStringLiteral("Đóng"));
    const QVariantMap land = f.floor->services()[0].toMap();
    CHECK(land[QStringLiteral("waiting")].toInt() == 2);
    CHECK(land[QStringLiteral("openCounters")].toInt() == 2);
    CHECK(land[QStringLiteral("longestText")].toString() == QStringLiteral("6 phút"));
    bool kioskShown = false;
    for (const QVariant &k : f.floor->kiosks())
        if (k.toMap()[QStringLiteral("device")] == QStringLiteral("kiosk-1"))
            kioskShown = k.toMap()[QStringLiteral("printerText")].toString() == QStringLiteral("Máy in hết giấy.");
    CHECK(kioskShown);
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        f.counter->setLanguage(lang);
        f.settle();
        f.checkScreen(QStringLiteral("counter-floor-") + lang, QSize(1366, 768));
    }

    // From the floor: close counter 2? It is busy, so no button; open counter 3, then close it again.
    f.counter->setLanguage(QStringLiteral("vi"));
    f.settle();
    CHECK_FALSE(f.item(QStringLiteral("counterAction-2"))->isVisible());
    f.tap(QStringLiteral("counterAction-3"));
    REQUIRE(waitFor([&] { return f.hub.hub->queue().engine().counter(3)->status == CounterStatus::Open; }));
    REQUIRE(waitFor([&] { return f.floor->message() == QStringLiteral("Đã mở Quầy 3."); }));
    f.settle();
    f.tap(QStringLiteral("counterAction-3"));
    REQUIRE(waitFor([&] { return f.hub.hub->queue().engine().counter(3)->status == CounterStatus::Closed; }));

    // Counter 3 serves justice; from the floor, land too for the rest of the day.
    REQUIRE(f.hub.hub->queue().engine().servicesOf(3) == QStringList{QStringLiteral("justice")});
    f.tap(QStringLiteral("counterServices-3"));
    REQUIRE(f.waitForItem(QStringLiteral("servicesChooser-3"))->isVisible());
    f.tap(QStringLiteral("serviceChoice-3-land")); // on
    f.settle();
    f.tap(QStringLiteral("saveServices-3"));
    REQUIRE(waitFor([&] {
        return f.hub.hub->queue().engine().servicesOf(3) == QStringList{QStringLiteral("justice"), QStringLiteral("land")};
    }));
    REQUIRE(waitFor([&] { return f.floor->message() == QStringLiteral("Quầy 3 giờ phục vụ: Tư pháp – Hộ tịch, Đất đai."); }));
    CHECK_FALSE(f.item(QStringLiteral("servicesChooser-3"))->isVisible());
    // None at all is said, not sent.
    f.floor->setCounterServices(3, {});
    CHECK(f.floor->message() == QStringLiteral("Hãy chọn ít nhất một lĩnh vực cho Quầy 3."));

    // Put right: counter 1 calls, the paper is in. The hub tells the supervisor without being asked,
    // while the supervisor works at the counter.
    f.counter->setLanguage(QStringLiteral("vi"));
    f.tap(QStringLiteral("header-floor")); // back to the counter
    REQUIRE(f.waitForItem(QStringLiteral("stationPage")));
    REQUIRE(f.hub.call(*kiosk, QStringLiteral("device.status"), {{"printer", "ready"}}).ok);
    REQUIRE(waitFor([&] { return f.floor->alarms().size() == 1; }));
    f.press(Qt::Key_F1);
    REQUIRE(waitFor([&] { return f.floor->alarms().isEmpty(); }));
    CHECK(f.hub.hub->alarms().empty());
}

TEST_CASE("From the floor a supervisor moves, reprints and cancels a citizen's ticket, and manages the clerks",
          "[counter][floor]")
{
    CounterFixture f(thursday());
    auto kiosk1 = f.hub.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    auto kiosk2 = f.hub.online(QStringLiteral("kiosk-2"), DeviceRole::Kiosk);
    REQUIRE(f.hub.call(*kiosk1, QStringLiteral("device.status"), {{"printer", "ready"}}).ok);
    REQUIRE(f.hub.call(*kiosk2, QStringLiteral("device.status"), {{"printer", "ready"}}).ok);
    std::vector<protocol::PrintNotice> printedAt1, printedAt2;
    QObject::connect(kiosk1.get(), &HubClient::noticeReceived, [&](const protocol::Notice &n) {
        if (const auto *p = std::get_if<protocol::PrintNotice>(&n))
            printedAt1.push_back(*p);
    });
    QObject::connect(kiosk2.get(), &HubClient::noticeReceived, [&](const protocol::Notice &n) {
        if (const auto *p = std::get_if<protocol::PrintNotice>(&n))
            printedAt2.push_back(*p);
    });
    QStringList labels;
    for (int i = 0; i < 3; ++i) {
        const HubReply r = f.hub.call(*kiosk1, QStringLiteral("ticket.issue"), {{"service", "land"}});
        REQUIRE(r.ok);
        labels << r.body["ticket"]["label"].toString();
    }
    const QString lost = labels[1];

    // A clerk may do none of it, whatever the app shows.
    auto colleague = f.hub.online(QStringLiteral("counter-2"), DeviceRole::Counter);
    REQUIRE(f.hub.call(*colleague, QStringLiteral("clerk.login"), {{"user", "hoa"}, {"pin", "1111"}}).ok);
    const qint64 lostId = hubTicket(f, lost)->id;
    for (const auto &[op, fields] : std::vector<std::pair<QString, QJsonObject>>{
             {QStringLiteral("ticket.reprint"), {{"ticket", lostId}}},
             {QStringLiteral("clerk.list"), {}},
             {QStringLiteral("clerk.add"), {{"user", "x1"}, {"name", "X"}, {"role", "clerk"}, {"pin", "1234"}}},
             {QStringLiteral("clerk.set_pin"), {{"user", "lan"}, {"pin", "1234"}}},
             {QStringLiteral("clerk.set_active"), {{"user", "lan"}, {"active", false}}}}) {
        const HubReply r = f.hub.call(*colleague, op, fields);
        CHECK_FALSE(r.ok);
        CHECK(r.error.code == ErrorCode::Forbidden);
    }
    CHECK(printedAt1.empty());

    f.logIn(QStringLiteral("sup"), QStringLiteral("4321"));
    f.tap(QStringLiteral("header-floor"));
    REQUIRE(f.waitForItem(QStringLiteral("floorPage")));

    // A citizen lost ticket `lost` and is in the wrong queue: find it by its number.
    f.tap(QStringLiteral("ticketQuery"));
    f.type(lost);
    REQUIRE(f.waitForItem(QStringLiteral("found-") + lost));
    REQUIRE(f.floor->foundTickets().size() == 1);
    CHECK(f.floor->foundTickets()[0].toMap()[QStringLiteral("stateText")].toString() == QStringLiteral("Đang chờ"));

    // Printed again at the kiosk that issued it, with its own QR link...
    f.tap(QStringLiteral("reprint-") + lost);
    REQUIRE(waitFor([&] { return printedAt1.size() == 1; }));
    CHECK(printedAt1[0].ticket.label == lost);
    CHECK_FALSE(printedAt1[0].ticket.token.isEmpty());
    CHECK(printedAt1[0].ticket.token == f.hub.hub->queue().engine().ticket(lostId)->token);
    CHECK(printedAt1[0].estimate.peopleAhead == 1);
    CHECK(printedAt1[0].by == QStringLiteral("sup"));
    REQUIRE(waitFor([&] { return f.floor->message() == QStringLiteral("Đang in lại số %1 tại kiosk-1.").arg(lost); }));
    // ...or, when that one's printer is out of paper, at another that works.
    REQUIRE(f.hub.call(*kiosk1, QStringLiteral("device.status"), {{"printer", "problem"}, {"problem", "media_empty"}}).ok);
    f.tap(QStringLiteral("reprint-") + lost);
    REQUIRE(waitFor([&] { return printedAt2.size() == 1; }));
    CHECK(printedAt1.size() == 1);
    REQUIRE(f.hub.call(*kiosk2, QStringLiteral("device.status"), {{"printer", "problem"}, {"problem", "offline"}}).ok);
    f.tap(QStringLiteral("reprint-") + lost);
    REQUIRE(waitFor([&] {
        return f.floor->message()
            == QStringLiteral("Không có ki-ốt nào có máy in hoạt động: số %1 chưa được in lại.").arg(lost);
    }));
    CHECK(printedAt1.size() == 1);
    CHECK(printedAt2.size() == 1);

    // Moved to the service the citizen came for, at the end of that queue, keeping its number.
    REQUIRE(f.hub.call(*kiosk1, QStringLiteral("ticket.issue"), {{"service", "justice"}}).ok);
    f.tap(QStringLiteral("move-") + lost);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("vi")}) {
        f.counter->setLanguage(lang);
        f.settle();
        f.checkScreen(QStringLiteral("counter-floor-ticket-") + lang, QSize(1366, 768));
    }
    f.tap(QStringLiteral("moveTo-justice"));
    REQUIRE(waitFor([&] { return hubTicket(f, lost)->service == QStringLiteral("justice"); }));
    CHECK(hubTicket(f, lost)->state == TicketState::Waiting);
    CHECK_FALSE(hubTicket(f, lost)->atHead);
    CHECK(hubTicket(f, lost)->transferCount == 1);
    CHECK(f.hub.hub->queue().engine().waitingCount(QStringLiteral("land")) == 2);

    // Cancelled: the first tap only asks to be sure.
    f.settle();
    f.tap(QStringLiteral("cancel-") + lost);
    f.settle();
    CHECK(hubTicket(f, lost)->state == TicketState::Waiting);
    f.tap(QStringLiteral("cancel-") + lost);
    REQUIRE(waitFor([&] { return hubTicket(f, lost)->state == TicketState::Cancelled; }));
    REQUIRE(waitFor([&] { return f.floor->foundTickets().isEmpty(); }));
    // A cancelled ticket is not printed again (a supervisor's station asking straight).
    auto station = f.hub.online(QStringLiteral("supervisor-1"), DeviceRole::Supervisor);
    REQUIRE(f.hub.call(*station, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
    REQUIRE(f.hub.call(*kiosk2, QStringLiteral("device.status"), {{"printer", "ready"}}).ok);
    const HubReply cancelledReprint = f.hub.call(*station, QStringLiteral("ticket.reprint"), {{"ticket", lostId}});
    CHECK(cancelledReprint.error.code == ErrorCode::WrongState);
    CHECK(printedAt2.size() == 1);
    REQUIRE(f.hub.call(*colleague, QStringLiteral("clerk.logout")).ok);

    // The clerks: the supervisor sees everyone, and cannot disable themself.
    REQUIRE(waitFor([&] { return f.floor->clerks()->clerks().size() == 3; }));
    f.settle();
    CHECK(f.item(QStringLiteral("active-sup")) != nullptr);
    CHECK_FALSE(f.item(QStringLiteral("active-sup"))->isVisible());

    // A new clerk: a wrong PIN is said before anything is sent, then the clerk is added and can log in.
    f.tap(QStringLiteral("newUser"));
    f.type(QStringLiteral("minh.tran"));
    f.tap(QStringLiteral("newName"));
    f.type(QStringLiteral("Trần Văn Minh"));
    f.tap(QStringLiteral("newPin"));
    f.type(QStringLiteral("12"));
    f.tap(QStringLiteral("addClerk"));
    REQUIRE(waitFor([&] { return f.floor->clerks()->message() == QStringLiteral("Mã PIN gồm 4 đến 8 chữ số."); }));
    f.tap(QStringLiteral("newPin"));
    f.press(Qt::Key_A, Qt::ControlModifier); // typed over
    f.type(QStringLiteral("3456"));
    f.tap(QStringLiteral("addClerk"));
    REQUIRE(waitFor([&] { return f.floor->clerks()->clerks().size() == 4; }));
    CHECK(f.floor->clerks()->message() == QStringLiteral("Trần Văn Minh đã có thể đăng nhập với tên minh.tran."));
    auto counter3 = f.hub.online(QStringLiteral("counter-3"), DeviceRole::Counter);
    CHECK(f.hub.call(*counter3, QStringLiteral("clerk.login"), {{"user", "minh.tran"}, {"pin", "3456"}}).ok);
    // The same login name again is refused with its reason.
    f.tap(QStringLiteral("newUser"));
    f.type(QStringLiteral("minh.tran"));
    f.tap(QStringLiteral("newName"));
    f.type(QStringLiteral("Another"));
    f.tap(QStringLiteral("newPin"));
    f.type(QStringLiteral("4567"));
    f.tap(QStringLiteral("addClerk"));
    REQUIRE(waitFor([&] { return f.floor->clerks()->message() == QStringLiteral("Tên đăng nhập minh.tran đã có người dùng."); }));

    // Lan forgot her PIN: a new one works, the old one no longer does.
    f.settle();
    f.tap(QStringLiteral("newPin-lan"));
    f.tap(QStringLiteral("pinField-lan"));
    f.type(QStringLiteral("9876"));
    f.tap(QStringLiteral("savePin-lan"));
    REQUIRE(waitFor([&] { return f.floor->clerks()->message().startsWith(QStringLiteral("Đã đặt PIN mới cho")); }));
    CHECK_FALSE(f.hub.call(*colleague, QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", "1111"}}).ok);
    CHECK(f.hub.call(*colleague, QStringLiteral("clerk.login"), {{"user", "lan"}, {"pin", "9876"}}).ok);
    REQUIRE(f.hub.call(*colleague, QStringLiteral("clerk.logout")).ok);

    // Hòa left: disabled, no login; back, and the login works again.
    f.settle();
    f.tap(QStringLiteral("active-hoa"));
    REQUIRE(waitFor([&] {
        for (const QVariant &c : f.floor->clerks()->clerks())
            if (c.toMap()[QStringLiteral("user")] == QStringLiteral("hoa"))
                return c.toMap()[QStringLiteral("stateText")].toString() == QStringLiteral("Đã khoá");
        return false;
    }));
    CHECK_FALSE(f.hub.call(*colleague, QStringLiteral("clerk.login"), {{"user", "hoa"}, {"pin", "1111"}}).ok);
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        f.counter->setLanguage(lang);
        f.settle();
        f.checkScreen(QStringLiteral("counter-floor-clerks-") + lang, QSize(1366, 768));
    }
    f.counter->setLanguage(QStringLiteral("vi"));
    f.settle();
    f.tap(QStringLiteral("active-hoa"));
    REQUIRE(waitFor([&] { return f.floor->clerks()->message() == QStringLiteral("Trần Văn Hòa đã được đăng nhập trở lại."); }));
    CHECK(f.hub.call(*colleague, QStringLiteral("clerk.login"), {{"user", "hoa"}, {"pin", "1111"}}).ok);
}
