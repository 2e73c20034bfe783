// Renders every kiosk screen in both languages and both orientations, and saves
// them (see screenshotDir()); checks each is the window's size and not blank.
#include "kioskfixture.h"

using namespace qms;
using namespace qms::test;

namespace {
void shoot(KioskFixture &f, const QString &name, QSize expected = {1080, 1920})
{
    f.checkScreen(name, expected); // the kiosk keeps the screen's shape, portrait or landscape
}
} // namespace

TEST_CASE("Screenshots of every kiosk screen, Vietnamese and English, portrait and landscape", "[kiosk][screenshots]")
{
    for (const QSize size : {QSize(1080, 1920), QSize(1920, 1080)}) {
        // The sample center on a Thursday morning: six services, most counters open.
        KioskFixture::Options o;
        o.size = size;
        o.ticketSeconds = 60;
        o.idleSeconds = 60;
        o.center = QStringLiteral("resources/centers/sample-center.json");
        o.clock = at("2026-11-26 09:30");
        o.speech = true; // the header as installed, with its "Listen" button
        KioskFixture f(o);
        const QString orientation = size.width() < size.height() ? QStringLiteral("portrait")
                                                                 : QStringLiteral("landscape");
        // Some history, so the home screen shows people waiting and estimates.
        std::vector<std::unique_ptr<HubClient>> counters;
        for (int c : {1, 2, 3, 5, 7, 8}) {
            counters.push_back(f.hub.online(QStringLiteral("counter-%1").arg(c), DeviceRole::Counter));
            REQUIRE(f.hub
                        .call(*counters.back(), QStringLiteral("clerk.login"),
                              {{"user", c % 2 ? "lan" : "hoa"}, {"pin", "1111"}})
                        .ok);
            REQUIRE(f.hub.call(*counters.back(), QStringLiteral("counter.open")).ok);
        }
        auto other = f.hub.online(QStringLiteral("supervisor-1"), DeviceRole::Supervisor);
        REQUIRE(f.hub.call(*other, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
        const char *services[] = {"land",    "land",    "justice", "business",     "land",   "labour",
                                  "results", "justice", "land",    "construction", "results"};
        for (const char *svc : services)
            REQUIRE(f.hub.call(*other, QStringLiteral("ticket.issue"), {{"service", svc}}).ok);

        for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
            const QString suffix = QStringLiteral("%1-%2").arg(lang, orientation);
            // Every visit starts at home in the kiosk's language: a citizen picks theirs.
            const auto fromHome = [&] {
                REQUIRE(f.waitForPage(QStringLiteral("homePage")));
                if (f.kiosk->language() != lang)
                    f.tap(QStringLiteral("language-") + lang);
                REQUIRE(f.kiosk->language() == lang);
            };
            fromHome();
            shoot(f, QStringLiteral("home-") + suffix, size);

            f.tap(QStringLiteral("priorityButton"));
            REQUIRE(f.waitForPage(QStringLiteral("priorityPage")));
            shoot(f, QStringLiteral("priority-") + suffix, size);
            f.tap(QStringLiteral("group-elderly"));
            REQUIRE(f.waitForPage(QStringLiteral("homePage")));
            f.tap(QStringLiteral("service-land"));
            f.waitForItem(QStringLiteral("priorityConfirm"));
            shoot(f, QStringLiteral("priority-confirm-") + suffix, size);
            f.tap(QStringLiteral("priorityConfirm"));
            REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
            REQUIRE(
                waitFor([&] { return f.kiosk->ticket()->printState() != IssuedTicket::PrintState::Printing; }, 15'000));
            // What the receipt printer got, decoded back to an image.
            const EscPosDocument printed = decodeEscPos(f.printer->nextJob());
            REQUIRE(printed.error.isEmpty());
            CHECK(readQrCodes(printed.raster).size() == 1);
            printed.raster.save(screenshotDir() + QStringLiteral("/printed-ticket-%1.png").arg(lang));
            shoot(f, QStringLiteral("ticket-") + suffix, size);
            f.tap(QStringLiteral("doneButton"));
            fromHome();

            f.tap(QStringLiteral("dossierButton"));
            REQUIRE(f.waitForPage(QStringLiteral("dossierPage")));
            for (const char *k : {"key-H", "key-1", "key-0", "key-.", "key-2", "key-4"})
                f.tap(QString::fromLatin1(k));
            f.tap(QStringLiteral("lookupButton"));
            REQUIRE(waitFor([&] { return !f.textOf(QStringLiteral("dossierAnswerText")).isEmpty(); }));
            shoot(f, QStringLiteral("dossier-") + suffix, size);
            f.tap(QStringLiteral("backButton"));
            fromHome();

            QQuickItem *secret = f.waitForItem(QStringLiteral("secretArea"));
            for (int i = 0; i < 5; ++i)
                f.tap(secret);
            REQUIRE(f.waitForPage(QStringLiteral("technicianPinPage")));
            shoot(f, QStringLiteral("technician-pin-") + suffix, size);
            for (const char *k : {"pinKey2", "pinKey4", "pinKey6", "pinKey8", "pinKeyOK"})
                f.tap(QString::fromLatin1(k));
            REQUIRE(f.waitForPage(QStringLiteral("technicianPage")));
            waitFor([&] { return !f.kiosk->printerStatusText().isEmpty(); });
            shoot(f, QStringLiteral("technician-") + suffix, size);
            f.tap(QStringLiteral("backButton"));
            fromHome();

            // Large text and high contrast, for a citizen with poor eyesight.
            f.tap(QStringLiteral("easyReading"));
            REQUIRE(f.kiosk->easyReading());
            shoot(f, QStringLiteral("home-easy-") + suffix, size);
            f.tap(QStringLiteral("service-justice"));
            REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
            REQUIRE(
                waitFor([&] { return f.kiosk->ticket()->printState() != IssuedTicket::PrintState::Printing; }, 15'000));
            f.printer->nextJob();
            shoot(f, QStringLiteral("ticket-easy-") + suffix, size);
            f.tap(QStringLiteral("doneButton"));
            REQUIRE(f.waitForPage(QStringLiteral("homePage")));
            CHECK_FALSE(f.kiosk->easyReading()); // the next citizen starts with normal text
        }
        // Offline, in Vietnamese.
        f.tap(QStringLiteral("language-vi"));
        f.hub.hub->shutdown();
        f.client->stop();
        REQUIRE(waitFor([&] { return !f.kiosk->isOnline(); }));
        shoot(f, QStringLiteral("offline-vi-") + orientation, size);
    }
}

TEST_CASE("Screenshot of a ticket whose printing failed", "[kiosk][screenshots]")
{
    KioskFixture::Options o;
    o.printerListening = false;
    o.printTimeoutMs = 2000;
    o.ticketFailedSeconds = 60;
    o.center = QStringLiteral("resources/centers/sample-center.json");
    o.clock = at("2026-11-26 09:30");
    KioskFixture f(o);
    f.tap(QStringLiteral("service-justice"));
    REQUIRE(f.waitForPage(QStringLiteral("ticketPage")));
    REQUIRE(waitFor([&] { return f.kiosk->ticket()->printState() == IssuedTicket::PrintState::Failed; }, 15'000));
    shoot(f, QStringLiteral("ticket-print-failed-vi-portrait"));
}
