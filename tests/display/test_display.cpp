// The lobby display against a real hub: calls from several counters shown and
// said one after another, a recall said again, a gap (the display offline, the
// hub killed and restarted) closed with nothing missed and nothing said twice,
// a zone's screen, and the small screen above one counter.
#include "displayfixture.h"
#include "speech/pcm.h"

using namespace qms;
using namespace qms::test;

namespace {
/** The center's Thursday morning, on a clock the test moves. */
DisplayFixture::Options thursdayMorning()
{
    DisplayFixture::Options o;
    o.clock = at("2026-11-26 09:00");
    return o;
}

QString labelOf(const QJsonObject &ticket)
{
    return ticket[QStringLiteral("label")].toString();
}

QStringList recentLabels(const DisplayController &display)
{
    QStringList out;
    for (const QVariant &call : display.recentCalls())
        out << call.toMap()[QStringLiteral("label")].toString();
    return out;
}

/** What the big call on the screen said each time the loudspeaker began: "label→counter". */
struct BannerAtEachPlay
{
    explicit BannerAtEachPlay(DisplayFixture &f)
    {
        QObject::connect(f.speaker.get(), &RecordingAudioOutput::playStarted, f.speaker.get(), [this, &f] {
            seen << QStringLiteral("%1→%2").arg(f.display->latestLabel()).arg(f.display->latestCounter());
        });
    }
    QStringList seen;
};
} // namespace

TEST_CASE("Calls from several counters at once are shown and said one after another, none cut, none lost",
          "[display]")
{
    DisplayFixture f;
    BannerAtEachPlay banner(f);
    for (int n = 1; n <= 3; ++n)
        f.openCounter(n);
    for (int i = 0; i < 3; ++i)
        f.issue(QStringLiteral("justice"));

    // Three clerks press "next" within a few milliseconds of each other.
    const QString first = labelOf(f.callNext(1));
    const QString second = labelOf(f.callNext(2));
    const QString third = labelOf(f.callNext(3));
    f.waitQuiet();

    const QStringList expected{first + "→1", second + "→2", third + "→3"};
    CHECK(f.announcedCalls() == expected);
    // One buffer per call, each played to its end before the next began.
    const auto &plays = f.speaker->plays();
    REQUIRE(plays.size() == 3);
    CHECK(f.speaker->overlaps() == 0);
    for (int i = 0; i + 1 < plays.size(); ++i)
        CHECK(plays[i].endedMs <= plays[i + 1].startedMs);
    // Each holds a chime and the sentence said twice: seconds of sound, not a click.
    for (const auto &play : plays)
        CHECK(pcmDurationMs(play.pcm, play.sampleRate) > 6000);
    // While a call was said, the big call on the screen was that one, not the newest.
    CHECK(banner.seen == expected);
    // Afterwards the last one said stays up, and every tile shows its own citizen.
    CHECK(f.display->latestLabel() == third);
    CHECK(f.textOf(QStringLiteral("bannerLabel")) == third);
    CHECK(f.textOf(QStringLiteral("bannerCounter")).contains(QStringLiteral("3")));
    CHECK(f.textOf(QStringLiteral("tileLabel-1")) == first);
    CHECK(f.textOf(QStringLiteral("tileLabel-2")) == second);
    CHECK(f.textOf(QStringLiteral("tileLabel-3")) == third);
    CHECK(recentLabels(*f.display) == QStringList{third, second, first});
}

TEST_CASE("A recall is said again, and a citizen being served keeps the number on the counter's tile", "[display]")
{
    DisplayFixture f;
    f.openCounter(1);
    f.issue(QStringLiteral("land"));
    const QJsonObject ticket = f.callNext(1);
    f.waitQuiet();
    f.act(1, QStringLiteral("ticket.recall"), ticket);
    f.waitQuiet();

    const QString label = labelOf(ticket);
    CHECK(f.announcedCalls() == QStringList{label + "→1", label + "→1"});
    REQUIRE(f.display->announced().size() == 2);
    CHECK_FALSE(f.display->announced()[0].recall);
    CHECK(f.display->announced()[1].recall);
    CHECK(f.display->latestRecall());
    CHECK(f.speaker->plays().size() == 2);
    CHECK(recentLabels(*f.display) == QStringList{label});

    f.act(1, QStringLiteral("ticket.start"), ticket);
    f.waitQuiet();
    CHECK(f.textOf(QStringLiteral("tileLabel-1")) == label);
    CHECK(f.display->announced().size() == 2);
}

TEST_CASE("Offline, the display says so and greys the last state. Back by itself it says the recent calls it "
          "missed and only lists the old ones",
          "[display]")
{
    DisplayFixture f(thursdayMorning());
    f.openCounter(1);
    f.openCounter(2);
    f.issue(QStringLiteral("land"));
    f.issue(QStringLiteral("land"));

    // The network cable is pulled.
    f.client->stop();
    REQUIRE(waitFor([&] { return !f.display->isOnline(); }));
    f.waitQuiet();
    CHECK(f.waitForItem(QStringLiteral("offlineBanner"))->isVisible());
    CHECK(f.item(QStringLiteral("body"))->opacity() < 1.0);
    f.screenshot(QStringLiteral("display-offline-vi"));

    const QString old = labelOf(f.callNext(1));
    f.advance(5);
    const QString recent = labelOf(f.callNext(2));
    f.advance(0.5);

    f.client->start();
    REQUIRE(waitFor([&] { return f.display->isOnline(); }));
    f.waitQuiet();
    CHECK_FALSE(f.item(QStringLiteral("offlineBanner"))->isVisible());
    CHECK(f.item(QStringLiteral("body"))->opacity() == 1.0);
    // The citizen called six minutes ago has had their turn; the one called half a minute ago is told.
    CHECK(f.announcedCalls() == QStringList{recent + "→2"});
    CHECK(recentLabels(*f.display) == QStringList{recent, old});
    CHECK(f.textOf(QStringLiteral("tileLabel-1")) == old);
    CHECK(f.textOf(QStringLiteral("tileLabel-2")) == recent);
}

TEST_CASE("The hub killed and restarted: the display comes back by itself, nothing missed, nothing said twice",
          "[display]")
{
    DisplayFixture f(thursdayMorning());
    int drops = 0;
    QObject::connect(f.display.get(), &ClientViewModel::onlineChanged, f.display.get(), [&] {
        drops += f.display->isOnline() ? 0 : 1;
    });
    f.openCounter(1);
    f.openCounter(2);
    for (int i = 0; i < 4; ++i)
        f.issue(QStringLiteral("land"));
    const QString before = labelOf(f.callNext(1));
    f.waitQuiet();

    f.hub.restart();
    REQUIRE(waitFor([&] { return drops >= 1 && f.display->isOnline(); }, 15'000));
    // The clerks log in again (a new hub knows no sessions) and go on calling.
    f.openCounter(1);
    f.openCounter(2);
    f.advance(1);
    const QString after1 = labelOf(f.callNext(2));
    const QString after2 = labelOf(f.callNext(1));
    f.waitQuiet();

    CHECK(f.announcedCalls() == QStringList{before + "→1", after1 + "→2", after2 + "→1"});
    CHECK(f.speaker->overlaps() == 0);
    // The same queue as a display that has just arrived.
    auto witness = f.hub.online(QStringLiteral("display-2"), DeviceRole::Display);
    REQUIRE(waitFor([&] { return witness->mirror().lastSeq() == f.client->mirror().lastSeq(); }));
    CHECK(f.client->mirror().engine().tickets() == witness->mirror().engine().tickets());
    CHECK(f.client->mirror().engine().counters() == witness->mirror().engine().counters());
    CHECK(f.textOf(QStringLiteral("tileLabel-1")) == after2);
    CHECK(f.textOf(QStringLiteral("tileLabel-2")) == after1);
    CHECK(recentLabels(*f.display) == QStringList{after2, after1, before});
}

TEST_CASE("A zone's display shows and says only its own counters and services", "[display]")
{
    DisplayFixture::Options o = thursdayMorning();
    o.center = QStringLiteral("resources/centers/sample-center.json");
    o.device = QStringLiteral("display-lobby");
    o.zone = QStringLiteral("B");
    DisplayFixture f(o);
    QList<int> numbers;
    for (int i = 0; i < f.display->counters()->rowCount(); ++i)
        numbers << f.display->counters()->data(f.display->counters()->index(i), CounterTileModel::NumberRole).toInt();
    CHECK(numbers == QList<int>{5, 6, 7, 8});
    QStringList services;
    for (const QVariant &s : f.display->services())
        services << s.toMap()[QStringLiteral("name")].toString();
    CHECK_FALSE(services.contains(QStringLiteral("Đất đai")));
    CHECK(services.contains(QStringLiteral("Đăng ký kinh doanh")));

    f.openCounter(1);
    f.openCounter(5);
    f.issue(QStringLiteral("land"));
    f.issue(QStringLiteral("business"));
    f.callNext(1);
    const QString ours = labelOf(f.callNext(5));
    f.waitQuiet();
    CHECK(f.announcedCalls() == QStringList{ours + "→5"});
    CHECK(recentLabels(*f.display) == QStringList{ours});
    CHECK(f.item(QStringLiteral("tileLabel-1")) == nullptr);
}

TEST_CASE("A display given a zone in the center file shows that zone without being told", "[display]")
{
    DisplayFixture::Options o;
    o.device = QStringLiteral("display-3"); // zone B: counters 3 and 4
    o.speech = false;
    DisplayFixture f(o);
    CHECK(f.client->welcome().zone == QStringLiteral("B"));
    CHECK(f.display->zoneName() == QStringLiteral("B"));
    CHECK(f.display->counters()->rowCount() == 2);
    CHECK(f.item(QStringLiteral("tileLabel-3")) != nullptr);
    CHECK(f.item(QStringLiteral("tileLabel-1")) == nullptr);
    // Offline it keeps its part of the floor.
    f.client->stop();
    REQUIRE(waitFor([&] { return !f.display->isOnline(); }));
    f.waitQuiet();
    CHECK(f.display->counters()->rowCount() == 2);
}

TEST_CASE("The screen above a counter shows that counter's number alone, and says nothing", "[display]")
{
    DisplayFixture::Options o;
    o.counter = 2;
    o.size = QSize(1280, 720);
    o.speech = false;
    DisplayFixture f(o);
    CHECK(f.textOf(QStringLiteral("topText")) == QStringLiteral("Quầy đang đóng"));
    f.openCounter(1);
    f.openCounter(2);
    f.issue(QStringLiteral("land"));
    f.issue(QStringLiteral("land"));
    f.callNext(1);
    f.waitQuiet();
    CHECK(f.display->counterTopLabel().isEmpty());
    CHECK(f.textOf(QStringLiteral("topLabel")) == QStringLiteral("–"));
    CHECK(f.textOf(QStringLiteral("topText")) == QStringLiteral("Vui lòng chờ gọi số"));

    const QJsonObject ticket = f.callNext(2);
    f.waitQuiet();
    CHECK(f.textOf(QStringLiteral("topLabel")) == labelOf(ticket));
    CHECK(f.textOf(QStringLiteral("topText")) == QStringLiteral("Xin mời đến quầy"));
    f.act(2, QStringLiteral("ticket.start"), ticket);
    f.waitQuiet();
    CHECK(f.textOf(QStringLiteral("topLabel")) == labelOf(ticket));
    CHECK(f.textOf(QStringLiteral("topText")) == QStringLiteral("Đang phục vụ"));
    CHECK(f.display->announced().empty());
}
