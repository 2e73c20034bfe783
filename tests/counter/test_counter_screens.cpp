// Renders every screen of the clerk's station and of the rating pad, in
// Vietnamese and English, saves them (see screenshotDir()) and checks each as a
// person would see it: not blank, every control reachable, every text whole.
#include <QJsonArray>

#include "counterfixture.h"

using namespace qms;
using namespace qms::test;

namespace {
void shoot(const WindowDriver &d, const QString &name, QSize expected)
{
    d.checkScreen(name, expected);
}

/** The sample center on a Thursday morning, some citizens waiting and some dossiers on record. */
struct BusyMorning
{
    explicit BusyMorning(CounterFixture &f)
        : kiosk(f.hub.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk))
        , colleague(f.hub.online(QStringLiteral("counter-2"), DeviceRole::Counter))
        , supervisor(f.hub.online(QStringLiteral("supervisor-1"), DeviceRole::Supervisor))
    {
        HubFixture &hub = f.hub;
        REQUIRE(hub.call(*supervisor, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
        // An old dossier, now late.
        REQUIRE(hub.call(*supervisor, QStringLiteral("dossier.import"),
                         {{"dossier",
                           QJsonObject{{"code", "000.00.12.H57-261105-0012"},
                                       {"service", "land"},
                                       {"procedure", "land-transfer"},
                                       {"applicant", "Phạm Thị Hồng Nhung"},
                                       {"phone", "0987654321"},
                                       {"status", "processing"},
                                       {"received_at", at("2026-11-05 10:15")},
                                       {"due", "2026-11-19"}}}})
                    .ok);
        const char *issued[][2] = {{"land", nullptr},         {"land", "elderly"},  {"construction", nullptr},
                                   {"land", nullptr},         {"land", "disabled"}, {"land", nullptr},
                                   {"construction", nullptr}, {"land", nullptr}};
        for (const auto &[service, priority] : issued) {
            QJsonObject fields{{"service", service}};
            if (priority)
                fields.insert("priority", priority);
            REQUIRE(hub.call(*kiosk, QStringLiteral("ticket.issue"), fields).ok);
            f.advance(2);
        }
        REQUIRE(hub.call(*colleague, QStringLiteral("clerk.login"), {{"user", "hoa"}, {"pin", "1111"}}).ok);
        REQUIRE(hub.call(*colleague, QStringLiteral("counter.open")).ok);
    }
    /** Counter 2 sends the citizen it serves to counter 1, first in line, with a note. */
    void sendOver(CounterFixture &f)
    {
        HubFixture &hub = f.hub;
        const HubReply called = hub.call(*colleague, QStringLiteral("ticket.call_next"));
        REQUIRE(called.ok);
        const qint64 id = called.body["ticket"].toObject()["id"].toInteger();
        REQUIRE(hub.call(*colleague, QStringLiteral("ticket.start"), {{"ticket", id}}).ok);
        f.advance(6);
        REQUIRE(hub.call(*colleague, QStringLiteral("ticket.transfer"),
                         {{"ticket", id},
                          {"to_counter", 1},
                          {"position", "head"},
                          {"note", "Cần đo đạc lại thửa đất, đã có biên bản"}})
                    .ok);
    }
    std::unique_ptr<HubClient> kiosk, colleague, supervisor;
};
} // namespace

TEST_CASE("Screenshots of every station screen, Vietnamese and English, at 1366x768", "[counter][screenshots]")
{
    CounterFixture::Options o;
    o.center = QStringLiteral("resources/centers/sample-center.json");
    o.clock = at("2026-11-26 08:05");
    CounterFixture f(o);
    BusyMorning morning(f);
    const QSize size(1366, 768);

    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        f.counter->setLanguage(lang);
        shoot(f, QStringLiteral("counter-login-") + lang, size);
    }
    f.counter->setLanguage(QStringLiteral("vi"));
    f.logIn(QStringLiteral("lan"), QStringLiteral("1111"));
    REQUIRE(f.counter->isLoggedIn());
    f.press(Qt::Key_F12);
    f.settle();
    // Three citizens served, one not present; then the one sent over by counter 2.
    for (int i = 0; i < 4; ++i) {
        f.press(Qt::Key_F1);
        f.settle();
        f.advance(1);
        if (i == 2) {
            f.press(Qt::Key_F5);
        } else {
            f.press(Qt::Key_F3);
            f.settle();
            f.advance(6 + 3 * i);
            f.press(Qt::Key_F4);
        }
        f.settle();
    }
    morning.sendOver(f);
    f.press(Qt::Key_F1);
    f.settle();
    f.press(Qt::Key_F3);
    f.settle();
    f.advance(4);
    REQUIRE(f.counter->ticketNote().contains("đo đạc"));

    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        f.counter->setLanguage(lang);
        f.tap(QStringLiteral("tab-waiting"));
        shoot(f, QStringLiteral("counter-station-") + lang, size);
        f.tap(QStringLiteral("tab-served"));
        shoot(f, QStringLiteral("counter-served-") + lang, size);
        f.tap(QStringLiteral("tab-figures"));
        shoot(f, QStringLiteral("counter-figures-") + lang, size);
        f.tap(QStringLiteral("tab-waiting"));

        f.press(Qt::Key_F7);
        f.tap(QStringLiteral("transferService-construction"));
        shoot(f, QStringLiteral("counter-transfer-") + lang, size);
        f.press(Qt::Key_Escape);
        f.press(Qt::Key_F8);
        f.type(QStringLiteral("1007"));
        shoot(f, QStringLiteral("counter-callnumber-") + lang, size);
        f.press(Qt::Key_Escape);
        f.press(Qt::Key_F10);
        f.tap(QStringLiteral("procedure-") + f.desk->procedures().first().toMap().value("id").toString());
        f.tap(QStringLiteral("applicantField"));
        f.type(QStringLiteral("Nguyễn Văn Bình"));
        f.tap(QStringLiteral("paper-1"));
        shoot(f, QStringLiteral("counter-intake-") + lang, size);
        f.press(Qt::Key_Escape);
    }
    f.counter->setLanguage(QStringLiteral("vi"));
    // The dossier received for real, then the list.
    f.press(Qt::Key_F10);
    f.tap(QStringLiteral("procedure-") + f.desk->procedures().first().toMap().value("id").toString());
    f.tap(QStringLiteral("applicantField"));
    f.type(QStringLiteral("Nguyễn Văn Bình"));
    f.tap(QStringLiteral("paper-1"));
    f.tap(QStringLiteral("intakeConfirm"));
    f.settle();
    REQUIRE(waitFor([&] { return f.desk->lastReceived().contains(QStringLiteral("code")); }));
    f.press(Qt::Key_F4);
    f.settle();
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        f.counter->setLanguage(lang);
        f.press(Qt::Key_F9);
        shoot(f, QStringLiteral("counter-pause-") + lang, size);
        f.press(Qt::Key_Escape);
        f.press(Qt::Key_F1);
        f.settle();
        f.press(Qt::Key_F6);
        shoot(f, QStringLiteral("counter-requeue-") + lang, size);
        f.tap(QStringLiteral("requeueTail"));
        f.settle();
    }
    f.counter->setLanguage(QStringLiteral("vi"));

    f.tap(QStringLiteral("header-dossiers"));
    REQUIRE(f.waitForItem(QStringLiteral("dossiersPage")));
    f.tap(QStringLiteral("filter-all"));
    REQUIRE(waitFor([&] { return f.desk->dossiers()->rowCount() == 2; }));
    f.tap(QStringLiteral("dossier-000.00.12.H57-261105-0012"));
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        f.counter->setLanguage(lang);
        f.desk->refresh();
        REQUIRE(waitFor([&] { return f.desk->selectedDossier().value("overdue").toBool(); }));
        shoot(f, QStringLiteral("counter-dossiers-") + lang, size);
    }
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        f.counter->setLanguage(lang);
        f.tap(QStringLiteral("newDate"));
        shoot(f, QStringLiteral("counter-apology-") + lang, size);
        f.press(Qt::Key_Escape);
        f.tap(QStringLiteral("askPapers"));
        shoot(f, QStringLiteral("counter-papers-") + lang, size);
        f.press(Qt::Key_Escape);
    }

    // The small window, over other work.
    f.tap(QStringLiteral("header-compact"));
    const WindowDriver small = f.compactWindow();
    REQUIRE(waitFor([&] { return small.window->isExposed() && small.settled(); }));
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        f.counter->setLanguage(lang);
        shoot(small, QStringLiteral("counter-compact-") + lang, QSize(560, 190));
    }
    small.tap(QStringLiteral("compactExpand"));
    REQUIRE(waitFor([&] { return f.window->isVisible(); }));

    // A supervisor at the counter: what it serves today.
    f.tap(QStringLiteral("header-logout"));
    f.logIn(QStringLiteral("sup"), QStringLiteral("4321"));
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        f.counter->setLanguage(lang);
        f.tap(QStringLiteral("action-services"));
        shoot(f, QStringLiteral("counter-services-") + lang, size);
        f.press(Qt::Key_Escape);
    }
}

TEST_CASE("Screenshots of the rating pad, Vietnamese and English", "[counter][screenshots]")
{
    CounterFixture::Options o;
    o.center = QStringLiteral("resources/centers/sample-center.json");
    o.clock = at("2026-11-26 09:30");
    o.printer = false;
    CounterFixture f(o);
    RatingPadFixture pad(f.hub, QStringLiteral("counter-1"), {600, 600}, [&] { return f.now; });
    auto kiosk = f.hub.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    const QSize size(1024, 600);
    f.logIn(QStringLiteral("lan"), QStringLiteral("1111"));
    f.press(Qt::Key_F12);
    f.settle();
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        REQUIRE(f.hub.call(*kiosk, QStringLiteral("ticket.issue"), {{"service", "land"}}).ok);
        // One process here for what are two on a counter: both speak the language shot.
        f.counter->setLanguage(lang);
        pad.pad->setLanguage(lang);
        shoot(pad, QStringLiteral("rating-idle-") + lang, size);
        for (const Qt::Key k : {Qt::Key_F1, Qt::Key_F3, Qt::Key_F4}) {
            f.press(k);
            f.settle();
        }
        REQUIRE(waitFor([&] { return pad.pad->phase() == "asking"; }));
        shoot(pad, QStringLiteral("rating-asking-") + lang, size);
        pad.tap(QStringLiteral("rate-satisfied"));
        REQUIRE(waitFor([&] { return pad.pad->phase() == "thanks"; }));
        shoot(pad, QStringLiteral("rating-thanks-") + lang, size);
        pad.pad->dismiss();
        f.counter->setLanguage(QStringLiteral("vi"));
    }
}
