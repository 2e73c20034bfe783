#include <QElapsedTimer>
#include <QJsonDocument>

#include "config/centerconfigloader.h"
#include "domain/json.h"
#include "hub/hubhost.h"
#include "kioskfixture.h"

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

    REQUIRE(waitFor(
        [&] { return f.textOf(QStringLiteral("printStatusText")) == "Vui lòng nhận phiếu ở khe bên dưới."; }, 15'000));
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

TEST_CASE("When the printer does not answer the kiosk says so and keeps the ticket on screen longer", "[kiosk]")
{
    KioskFixture::Options o;
    o.printerListening = false;
    o.printTimeoutMs = 2500;
    o.ticketSeconds = 1;
    o.ticketFailedSeconds = 4;
    KioskFixture f(o);
    f.tap(QStringLiteral("service-justice"));
    REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
    CHECK(f.textOf(QStringLiteral("ticketLabel")) == "2001");
    REQUIRE(waitFor([&] { return f.kiosk->ticket()->printState() == IssuedTicket::PrintState::Failed; }, 15'000));
    CHECK(f.textOf(QStringLiteral("printStatusText")).startsWith("Không in được phiếu."));
    CHECK(f.textOf(QStringLiteral("printStatusText")).contains("chụp ảnh màn hình"));
    // The ticket exists all the same: it is in the queue.
    CHECK(hubTicket(f, QStringLiteral("2001")) != nullptr);
    // Longer than a printed ticket stays, but not for ever: the screen counts from the failure.
    QElapsedTimer shown;
    shown.start();
    CHECK(f.waitForPage(QStringLiteral("homePage"), 10'000));
    CHECK(shown.elapsed() >= (o.ticketFailedSeconds - 1) * 1000);
    CHECK(o.ticketFailedSeconds > o.ticketSeconds);
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

TEST_CASE("Looking up a dossier answers honestly that nothing is found", "[kiosk]")
{
    KioskFixture f;
    f.tap(QStringLiteral("dossierButton"));
    REQUIRE(f.waitForPage(QStringLiteral("dossierPage")));
    for (const char *k : {"key-H", "key-1", "key-0", "key-.", "key-2", "key-3", "key-erase", "key-4"})
        f.tap(QString::fromLatin1(k));
    CHECK(f.textOf(QStringLiteral("dossierCode")) == "H10.24");
    f.tap(QStringLiteral("lookupButton"));
    REQUIRE(waitFor(
        [&] { return f.textOf(QStringLiteral("dossierAnswerText")).startsWith("Không tìm thấy hồ sơ có mã H10.24"); }));
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
