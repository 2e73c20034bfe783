#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

#include <ctime>

#include "config/centerconfigloader.h"
#include "domain/json.h"
#include "hub/hubhost.h"
#include "hub/hubsession.h"
#include "kioskfixture.h"
#include "speech/pcm.h"

using namespace qms;
using namespace qms::test;

namespace {
const Ticket *hubTicket(KioskFixture &f, const QString &label)
{
    return f.hub.hub->queue().engine().ticketByLabel(label);
}
} // namespace

TEST_CASE("A citizen takes a ticket, it prints with its QR link, and the kiosk returns home", "[kiosk]")
{
    KioskFixture f;
    f.tap(QStringLiteral("service-land"));
    REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
    CHECK(f.textOf(QStringLiteral("ticketLabel")) == "1001");

    const Ticket *t = hubTicket(f, QStringLiteral("1001"));
    REQUIRE(t);
    CHECK(t->service == "land");
    CHECK(t->origin == "kiosk-1");

    // The printer receives a real ESC/POS job whose QR code opens this ticket's page.
    const QByteArray job = f.printer->nextJob();
    REQUIRE_FALSE(job.isEmpty());
    const EscPosDocument doc = decodeEscPos(job);
    REQUIRE(doc.error.isEmpty());
    CHECK(doc.cut);
    CHECK(readQrCodes(doc.raster) == QStringList{QStringLiteral("http://192.168.1.10:7480/t/") + t->token});

    REQUIRE(
        waitFor([&] { return f.textOf(QStringLiteral("printStatusText")) == "Mời Ông/Bà nhận phiếu ở khe bên dưới."; },
                15'000));
    // What to do next, and for how long the number holds, on the screen and the paper.
    CHECK(f.textOf(QStringLiteral("ticketAdvice")).startsWith("Vui lòng chú ý màn hình và loa gọi số."));
    CHECK(f.textOf(QStringLiteral("ticketAdvice")).contains("Phiếu chỉ có giá trị trong ngày"));
    // The ticket page goes away by itself after ticketSeconds.
    CHECK(f.waitForPage(QStringLiteral("homePage"), 5000));
}

TEST_CASE("A priority ticket is confirmed before it is issued", "[kiosk]")
{
    KioskFixture f;
    f.tap(QStringLiteral("priorityButton"));
    REQUIRE(f.waitForPage(QStringLiteral("priorityPage")));
    f.tap(QStringLiteral("group-elderly"));
    REQUIRE(f.waitForPage(QStringLiteral("homePage")));
    CHECK(f.waitForItem(QStringLiteral("priorityBanner"))->isVisible());

    f.tap(QStringLiteral("service-justice"));
    QQuickItem *confirm = f.waitForItem(QStringLiteral("confirmPriority"));
    CHECK(confirm->isVisible());
    // The confirmation names the service as well as the group.
    CHECK(f.textOf(QStringLiteral("priorityConfirmText"))
          == "Lấy số ưu tiên cho lĩnh vực Tư pháp – Hộ tịch, đối tượng: Người cao tuổi.");
    CHECK(f.hub.hub->queue().engine().tickets().empty()); // nothing issued yet
    f.tap(QStringLiteral("priorityConfirm"));
    REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
    const Ticket *t = hubTicket(f, QStringLiteral("2001"));
    REQUIRE(t);
    CHECK(t->priorityGroup == "elderly");
    CHECK(f.kiosk->ticket()->property("priorityText").toString() == "Ưu tiên: Người cao tuổi");

    // Cancelling priority mode leaves no ticket behind.
    REQUIRE(f.waitForPage(QStringLiteral("homePage"), 15'000));
    f.tap(QStringLiteral("priorityButton"));
    f.tap(QStringLiteral("group-elderly"));
    REQUIRE(f.waitForPage(QStringLiteral("homePage")));
    f.tap(QStringLiteral("priorityCancelMode"));
    CHECK_FALSE(f.item(QStringLiteral("priorityBanner"))->isVisible());
    CHECK(f.hub.hub->queue().engine().tickets().size() == 1);
}

TEST_CASE("A dead printer is found out before a ticket is taken, told at once, and reported to the hub", "[kiosk]")
{
    KioskFixture::Options o;
    o.printerListening = false;
    o.ticketSeconds = 1;
    o.ticketFailedSeconds = 4;
    KioskFixture f(o);
    // Known before anybody takes a number: the home screen says so…
    REQUIRE(waitFor([&] { return !f.kiosk->printerReady(); }, 10'000));
    CHECK(f.waitForItem(QStringLiteral("printerNotice"))->isVisible());
    CHECK(f.kiosk->printerNotice().contains("vẫn lấy được số"));
    // …and so does the hub, for the staff.
    const auto reported = [&] {
        for (const HubSession *s : f.hub.hub->sessions())
            if (s->device() == QLatin1String("kiosk-1"))
                return s->reported();
        return protocol::ReportStatus{};
    };
    REQUIRE(waitFor([&] { return reported().printer == "problem"; }));
    CHECK(reported().problem == "printer_unreachable");

    // A ticket is still issued, and the citizen is told at once that it will not print:
    // no job is sent, so none can come out later for somebody else.
    f.tap(QStringLiteral("service-justice"));
    REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
    CHECK(f.textOf(QStringLiteral("ticketLabel")) == "2001");
    CHECK(f.kiosk->ticket()->printState() == IssuedTicket::PrintState::Failed);
    CHECK(
        f.textOf(QStringLiteral("printStatusText")).startsWith("Máy in phiếu đang gặp sự cố nên phiếu chưa được in."));
    CHECK(f.textOf(QStringLiteral("printStatusText")).contains("báo cán bộ"));
    CHECK(hubTicket(f, QStringLiteral("2001")) != nullptr);
    // Longer than a printed ticket stays, but not for ever.
    QElapsedTimer shown;
    shown.start();
    CHECK(f.waitForPage(QStringLiteral("homePage"), 10'000));
    CHECK(shown.elapsed() >= (o.ticketFailedSeconds - 1) * 1000);
    CHECK(o.ticketFailedSeconds > o.ticketSeconds);

    // The technician's check says what is wrong.
    QQuickItem *secret = f.waitForItem(QStringLiteral("secretArea"));
    for (int i = 0; i < 5; ++i)
        f.tap(secret);
    for (const char *k : {"pinKey2", "pinKey4", "pinKey6", "pinKey8", "pinKeyOK"})
        f.tap(QString::fromLatin1(k));
    REQUIRE(f.waitForPage(QStringLiteral("technicianPage")));
    REQUIRE(waitFor(
        [&] { return f.textOf(QStringLiteral("printerStatus")).contains("Máy in đang tắt hoặc mất kết nối."); }));
}

TEST_CASE("A print's outcome lands on its own ticket's screen, never on the next citizen's", "[kiosk]")
{
    KioskFixture::Options o;
    o.printerStallMs = 4000; // takes each job, then reads nothing for 4 s
    o.printTimeoutMs = 1500;
    o.ticketSeconds = 60;
    o.ticketFailedSeconds = 60;
    KioskFixture f(o);
    REQUIRE(waitFor([&] { return f.kiosk->printerReady(); }));
    std::vector<quint64> outcomes;
    QObject::connect(f.cupsPrinter.get(), &CupsPrinter::printed,
                     [&](quint64 key, const PrintOutcome &) { outcomes.push_back(key); });
    // The first citizen takes 2001 and leaves at once; the next takes 2002.
    f.tap(QStringLiteral("service-justice"));
    REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
    f.tap(QStringLiteral("doneButton"));
    REQUIRE(f.waitForPage(QStringLiteral("homePage")));
    f.tap(QStringLiteral("service-justice"));
    REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
    CHECK(f.textOf(QStringLiteral("ticketLabel")) == "2002");
    // 2001's job is not confirmed in time; the answer must not change 2002's screen.
    REQUIRE(waitFor([&] { return !outcomes.empty(); }, 15'000));
    CHECK(f.kiosk->ticket()->label() == "2002");
    CHECK(f.kiosk->ticket()->printState() == IssuedTicket::PrintState::Printing);
    // 2002 gets its own answer: the printer took it but has not confirmed it, so the
    // citizen is not told it failed — it may still come out.
    REQUIRE(waitFor([&] { return f.kiosk->ticket()->printState() != IssuedTicket::PrintState::Printing; }, 20'000));
    CHECK(f.textOf(QStringLiteral("printStatusText")).startsWith("Máy in chưa xác nhận đã in phiếu"));
}

TEST_CASE("Offline the kiosk says so and issues nothing", "[kiosk]")
{
    KioskFixture f;
    CHECK_FALSE(f.item(QStringLiteral("offlineBanner"))->isVisible());
    f.hub.hub->shutdown();
    f.client->stop();
    REQUIRE(waitFor([&] { return !f.kiosk->isOnline(); }));
    CHECK(f.waitForItem(QStringLiteral("offlineBanner"))->isVisible());
    // The card does not take the tap: nothing is even sent.
    f.tap(QStringLiteral("service-land"));
    CHECK_FALSE(f.kiosk->isBusy());
    CHECK(f.currentPage() == "homePage");
    CHECK(f.hub.hub->queue().engine().tickets().empty());
    CHECK_FALSE(f.kiosk->services()->data(f.kiosk->services()->index(0), ServiceListModel::OpenRole).toBool());
}

TEST_CASE("A dossier code that is not one is told apart from a code nobody has", "[kiosk]")
{
    KioskFixture f;
    f.tap(QStringLiteral("dossierButton"));
    REQUIRE(f.waitForPage(QStringLiteral("dossierPage")));
    for (const char *k : {"key-H", "key-1", "key-0", "key-.", "key-2", "key-3", "key-erase", "key-4"})
        f.tap(QString::fromLatin1(k));
    CHECK(f.textOf(QStringLiteral("dossierCode")) == "H10.24");
    f.tap(QStringLiteral("lookupButton"));
    // Not a dossier code: the citizen checks what they typed.
    REQUIRE(waitFor(
        [&] { return f.textOf(QStringLiteral("dossierAnswerText")).startsWith("H10.24 không phải là mã hồ sơ."); }));
    // A keyboard-wedge scanner types the code and Enter into the page as it opened:
    // the field has the focus without anybody touching it.
    f.tap(QStringLiteral("backButton"));
    REQUIRE(f.waitForPage(QStringLiteral("homePage")));
    f.tap(QStringLiteral("dossierButton"));
    REQUIRE(f.waitForPage(QStringLiteral("dossierPage")));
    for (const char c : QByteArrayLiteral("000.00.12.H57-240301-0001"))
        QTest::keyClick(f.window, c);
    QTest::keyClick(f.window, Qt::Key_Return);
    CHECK(f.textOf(QStringLiteral("dossierCode")) == "000.00.12.H57-240301-0001");
    // Well formed but unknown: not found, and where to ask.
    REQUIRE(waitFor([&] {
        return f.textOf(QStringLiteral("dossierAnswerText"))
            .startsWith("Không tìm thấy hồ sơ có mã 000.00.12.H57-240301-0001 tại trung tâm.");
    }));
    // Nobody touches it: back home by itself.
    CHECK(f.waitForPage(QStringLiteral("homePage"), 6000));
}

TEST_CASE("The technician menu is behind five taps and a PIN", "[kiosk]")
{
    KioskFixture f;
    QQuickItem *secret = f.waitForItem(QStringLiteral("secretArea"));
    for (int i = 0; i < 4; ++i)
        f.tap(secret);
    CHECK(f.currentPage() == "homePage"); // four taps do nothing
    f.tap(secret);
    REQUIRE(f.waitForPage(QStringLiteral("technicianPinPage")));
    for (const char *k : {"pinKey1", "pinKey1", "pinKey1", "pinKey1", "pinKeyOK"})
        f.tap(QString::fromLatin1(k));
    CHECK(f.currentPage() == "technicianPinPage");
    for (const char *k : {"pinKey2", "pinKey4", "pinKey6", "pinKey8", "pinKeyOK"})
        f.tap(QString::fromLatin1(k));
    REQUIRE(f.waitForPage(QStringLiteral("technicianPage")));
    REQUIRE(waitFor([&] { return f.textOf(QStringLiteral("printerStatus")) == "Máy in thermal: sẵn sàng"; }));
    CHECK(f.textOf(QStringLiteral("hubStatus")).startsWith("Đã kết nối máy chủ"));

    f.tap(QStringLiteral("testPrint"));
    const EscPosDocument doc = decodeEscPos(f.printer->nextJob());
    CHECK(doc.error.isEmpty());
    CHECK(readQrCodes(doc.raster) == QStringList{"http://192.168.1.10:7480"});
    REQUIRE(waitFor([&] { return f.textOf(QStringLiteral("printerStatus")) == "Đã in phiếu thử."; }));

    bool quitAsked = false;
    QObject::connect(f.kiosk.get(), &KioskController::quitRequested, [&] { quitAsked = true; });
    QCoreApplication *app = QCoreApplication::instance();
    // The window asks the app to quit; keep this test process alive.
    QObject::disconnect(f.kiosk.get(), &KioskController::quitRequested, nullptr, nullptr);
    QObject::connect(f.kiosk.get(), &KioskController::quitRequested, app, [&] { quitAsked = true; });
    f.tap(QStringLiteral("exitApp"));
    CHECK(quitAsked);
}

TEST_CASE("English on one tap, and back", "[kiosk]")
{
    KioskFixture f;
    ServiceListModel *services = f.kiosk->services();
    CHECK(services->data(services->index(0), ServiceListModel::NameRole).toString() == "Đất đai");
    f.tap(QStringLiteral("language-en"));
    CHECK(f.kiosk->language() == "en");
    CHECK(services->data(services->index(0), ServiceListModel::NameRole).toString() == "Land");
    CHECK(f.kiosk->centerName() == "Network test center");
    f.tap(QStringLiteral("service-land"));
    REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
    REQUIRE(waitFor([&] { return f.textOf(QStringLiteral("printStatusText")) == "Please take your ticket below."; },
                    15'000));
    CHECK(f.kiosk->ticket()->property("aheadText").toString() == "Nobody ahead of you");
    f.tap(QStringLiteral("language-vi"));
    CHECK(services->data(services->index(0), ServiceListModel::NameRole).toString() == "Đất đai");
}

TEST_CASE("The next citizen finds the kiosk in Vietnamese, with normal text", "[kiosk]")
{
    KioskFixture::Options o;
    o.idleSeconds = 1;
    KioskFixture f(o);
    // After a ticket…
    f.tap(QStringLiteral("language-en"));
    f.tap(QStringLiteral("easyReading"));
    CHECK(f.kiosk->language() == "en");
    CHECK(f.kiosk->easyReading());
    f.tap(QStringLiteral("service-land"));
    REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
    f.tap(QStringLiteral("doneButton"));
    REQUIRE(f.waitForPage(QStringLiteral("homePage")));
    CHECK(f.kiosk->language() == "vi");
    CHECK_FALSE(f.kiosk->easyReading());
    CHECK(f.kiosk->centerName() == "Trung tâm thử nghiệm mạng");
    // …and after a citizen walks away from any page, the home page included.
    f.tap(QStringLiteral("language-en"));
    f.tap(QStringLiteral("priorityButton"));
    REQUIRE(f.waitForPage(QStringLiteral("priorityPage")));
    REQUIRE(f.waitForPage(QStringLiteral("homePage"), 5000));
    CHECK(f.kiosk->language() == "vi");
    f.tap(QStringLiteral("language-en"));
    REQUIRE(waitFor([&] { return f.kiosk->language() == "vi"; }, 5000));
}

TEST_CASE("The header clock is the center's, whatever the machine's time zone", "[kiosk]")
{
    // The machine thinks it is in UTC; the center is at +07:00.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "UTC");
    tzset();
    KioskFixture::Options o;
    o.clock = at("2026-11-26 09:30");
    KioskFixture f(o);
    CHECK(f.textOf(QStringLiteral("headerClock")) == "09:30");
    zone.isNull() ? qunsetenv("TZ") : qputenv("TZ", zone);
    tzset();
}

TEST_CASE("Training mode opens every hour for the hub and for the clients that mirror it", "[kiosk]")
{
    TempDir dir;
    HubHost::Options o;
    o.centerPath = sourcePath(QStringLiteral("resources/centers/sample-center.json"));
    o.dbPath = dir.file(QStringLiteral("training.db"));
    o.ignoreHours = true;
    auto host = take(HubHost::open(o));
    const Timestamp sundayNight = at("2026-11-29 23:00");
    CHECK(host->hub().queue().engine().canIssue(QStringLiteral("land"), sundayNight).ok());
    // What a client rebuilds from the hub's snapshot agrees.
    auto mirrored = CenterConfigLoader::fromJson(QJsonDocument(host->config().publicJson).toJson());
    REQUIRE(mirrored.ok());
    QueueEngine mirror(mirrored.value());
    mirror.apply(require(mirror.decide(cmd::StartDay{}, sundayNight)));
    CHECK(mirror.canIssue(QStringLiteral("land"), sundayNight).ok());

    o.ignoreHours = false;
    o.dbPath = dir.file(QStringLiteral("normal.db"));
    auto normal = take(HubHost::open(o));
    CHECK(normal->hub().queue().engine().canIssue(QStringLiteral("land"), sundayNight).error().code
          == ErrorCode::ServiceClosed);
}

TEST_CASE("A kiosk without a printer says so and keeps the ticket on screen", "[kiosk]")
{
    KioskFixture::Options o;
    o.ticketFailedSeconds = 60;
    KioskFixture f(o);
    // Take the printer away, as a kiosk set up without one.
    auto withoutPrinter = std::make_unique<KioskController>(*f.client, *f.translations, KioskSettings{}, nullptr,
                                                            [] { return QDateTime::currentMSecsSinceEpoch(); });
    f.window->setProperty("kiosk", QVariant::fromValue(withoutPrinter.get()));
    f.kiosk = std::move(withoutPrinter);
    REQUIRE(f.waitForPage(QStringLiteral("homePage")));
    f.tap(QStringLiteral("service-land"));
    REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
    CHECK(f.textOf(QStringLiteral("printStatusText")).startsWith("Kiosk này không in phiếu."));
    CHECK(f.kiosk->ticket()->printState() == IssuedTicket::PrintState::Failed);
}

TEST_CASE("Listen reads the services aloud and then the citizen's ticket, number and counters as they will be called",
          "[kiosk][speech]")
{
    KioskFixture::Options o;
    o.speech = true;
    KioskFixture f(o);
    REQUIRE(f.waitForItem(QStringLiteral("listen"))->isVisible());

    // The home screen: what to do, and every service in the order of the screen.
    const QStringList home = f.kiosk->readAloudText(QStringLiteral("homePage"));
    REQUIRE(home.size() >= 4);
    CHECK(home[0].startsWith(QStringLiteral("Mời Ông/Bà chọn lĩnh vực")));
    CHECK(home[1].startsWith(QStringLiteral("1: Đất đai.")));
    CHECK(home[2].startsWith(QStringLiteral("2: Tư pháp – Hộ tịch.")));
    CHECK(home.join(QLatin1Char(' ')).contains(QStringLiteral("người cao tuổi")));
    f.tap(QStringLiteral("listen"));
    REQUIRE(waitFor([&] { return f.speaker->plays().size() == 1; }, 15'000));
    CHECK(f.kiosk->isReadingAloud());
    CHECK(f.textOf(QStringLiteral("listenLabel")) == QStringLiteral("Dừng"));
    REQUIRE(waitFor([&] { return !f.kiosk->isReadingAloud(); }, 30'000));
    const auto &homePlay = f.speaker->plays().first();
    // A dozen sentences: well over ten seconds of speech, not a click.
    CHECK(pcmDurationMs(homePlay.pcm, homePlay.sampleRate) > 10'000);

    // The citizen chooses; the ticket is read out without another tap, and the page waits for it.
    f.tap(QStringLiteral("service-land"));
    REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
    const QStringList ticket = f.kiosk->readAloudText(QStringLiteral("ticketPage"));
    CHECK(ticket[0] == QStringLiteral("Số của Ông/Bà là một nghìn không trăm linh một."));
    CHECK(ticket.contains(QStringLiteral("Lĩnh vực: Đất đai.")));
    CHECK(ticket.join(QLatin1Char(' ')).contains(QStringLiteral("Quầy 1, 2, 4")));
    REQUIRE(waitFor([&] { return f.speaker->plays().size() == 2; }, 15'000));
    QTest::qWait(2500); // longer than the ticket page's 2 s, shorter than the reading (~5 s at 5× speed)
    CHECK(f.currentPage() == QStringLiteral("ticketPage"));
    CHECK(f.kiosk->isReadingAloud());
    // A second tap stops it; then the page goes home as usual, and the next citizen starts unheard.
    f.tap(QStringLiteral("listen"));
    CHECK_FALSE(f.kiosk->isReadingAloud());
    REQUIRE(f.waitForPage(QStringLiteral("homePage"), 10'000));
    CHECK(f.speaker->overlaps() == 0);
    f.tap(QStringLiteral("service-land"));
    REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
    QTest::qWait(500);
    CHECK(f.speaker->plays().size() == 2);

    // In English, English sentences with the number as an English speaker says it.
    f.tap(QStringLiteral("doneButton"));
    REQUIRE(f.waitForPage(QStringLiteral("homePage")));
    f.tap(QStringLiteral("language-en"));
    CHECK(f.kiosk->readAloudText(QStringLiteral("homePage"))[0].startsWith(QStringLiteral("Please choose a service")));
    f.tap(QStringLiteral("service-justice"));
    REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
    CHECK(f.kiosk->readAloudText(QStringLiteral("ticketPage"))[0]
          == QStringLiteral("Your number is two thousand and one."));
}

TEST_CASE("A supervisor's reprint comes out of the kiosk's printer with the same QR link, the screen untouched",
          "[kiosk]")
{
    KioskFixture f;
    auto other = f.hub.online(QStringLiteral("kiosk-2"), DeviceRole::Kiosk);
    const HubReply issued = f.hub.call(*other, QStringLiteral("ticket.issue"), {{"service", "land"}});
    REQUIRE(issued.ok);
    const Ticket *t = hubTicket(f, issued.body["ticket"]["label"].toString());
    REQUIRE(t);
    // kiosk-2 has no printer it told the hub about being ready; kiosk-1 (this app) has.
    REQUIRE(waitFor([&] {
        for (const HubSession *s : f.hub.hub->sessions())
            if (s->device() == QStringLiteral("kiosk-1"))
                return s->reported().printer == QStringLiteral("ready");
        return false;
    }));
    auto station = f.hub.online(QStringLiteral("supervisor-1"), DeviceRole::Supervisor);
    REQUIRE(f.hub.call(*station, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
    const HubReply reprinted = f.hub.call(*station, QStringLiteral("ticket.reprint"), {{"ticket", t->id}});
    REQUIRE(reprinted.ok);
    CHECK(reprinted.body["kiosk"].toString() == QStringLiteral("kiosk-1"));

    const QByteArray job = f.printer->nextJob();
    REQUIRE_FALSE(job.isEmpty());
    const EscPosDocument doc = decodeEscPos(job);
    REQUIRE(doc.error.isEmpty());
    CHECK(doc.cut);
    CHECK(readQrCodes(doc.raster) == QStringList{QStringLiteral("http://192.168.1.10:7480/t/") + t->token});
    doc.raster.save(screenshotDir() + QStringLiteral("/printed-ticket-reprint-vi.png"));
    // The citizen at the kiosk meanwhile sees nothing of it.
    CHECK(f.item(QStringLiteral("homePage")) != nullptr);
    CHECK(f.item(QStringLiteral("ticketPage")) == nullptr);

    // Named, and not connected: said, nothing printed.
    const HubReply nowhere = f.hub.call(*station, QStringLiteral("ticket.reprint"), {{"ticket", t->id}, {"kiosk", "kiosk-9"}});
    CHECK(nowhere.error.code == ErrorCode::NotFound);
}
