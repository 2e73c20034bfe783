#include "displayfixture.h"

#include <QQuickWindow>

namespace qms::test {

DisplayFixture::DisplayFixture(Options options)
    : now(options.clock)
    , hub(options.center, 0)
{
    const bool fixed = options.clock != 0;
    const auto clock = [this, fixed] { return fixed ? now : QDateTime::currentMSecsSinceEpoch(); };
    if (fixed) {
        hub.clock = clock;
        hub.hub->setClock(clock);
    }
    client = hub.client(options.device, DeviceRole::Display); // connects once the test waits
    translations = std::make_unique<Translations>(QStringLiteral("display"));
    translations->setLanguage(options.language);
    if (options.speech) {
        synthesizer = std::make_unique<SpeechSynthesizer>();
        speaker = std::make_unique<RecordingAudioOutput>(options.speedup);
        announcer = std::make_unique<Announcer>(*synthesizer, *speaker);
    }
    display = std::make_unique<DisplayController>(
        *client, *translations, clock,
        DisplayController::Options{options.zone, options.counter, 120, 6}, announcer.get());
    shell = std::make_unique<QmlShell>(*translations);
    REQUIRE(shell->load(QStringLiteral("Qms/Display"),
                        {{QStringLiteral("display"), QVariant::fromValue(display.get())},
                         {QStringLiteral("fullScreen"), false}},
                        options.counter != 0 ? QStringLiteral("CounterTop.qml") : QStringLiteral("Main.qml")));
    window = shell->window();
    REQUIRE(window);
    resize(options.size);
    REQUIRE(waitFor([&] { return client->isOnline() && display->isReady(); }));
}

DisplayFixture::~DisplayFixture()
{
    shell.reset();
    display.reset();
    announcer.reset();
    client.reset();
}

void DisplayFixture::advance(double minutes)
{
    REQUIRE(now != 0);
    now = plusMinutes(now, minutes);
}

HubClient &DisplayFixture::openCounter(int number)
{
    auto &station = counters[number];
    if (!station)
        station = hub.online(QStringLiteral("counter-%1").arg(number), DeviceRole::Counter);
    REQUIRE(waitFor([&] { return station->isOnline(); }, 10'000));
    const QString user = QStringLiteral("clerk%1").arg(number);
    if (!clerks.contains(user)) {
        REQUIRE(hub.hub->clerks().addClerkNow(Clerk{user, QStringLiteral("Cán bộ %1").arg(number)},
                                              QStringLiteral("1111")));
        clerks.insert(user);
    }
    // Also after a hub restart: a new hub knows no sessions, so the clerk logs in again.
    REQUIRE(hub.call(*station, QStringLiteral("clerk.login"), {{"user", user}, {"pin", "1111"}}).ok);
    // Still open after a restart, as it was left.
    const HubReply opened = hub.call(*station, QStringLiteral("counter.open"));
    REQUIRE((opened.ok || opened.error.code == ErrorCode::WrongState));
    return *station;
}

QString DisplayFixture::issue(const QString &service)
{
    if (!kiosk)
        kiosk = hub.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    const HubReply r = hub.call(*kiosk, QStringLiteral("ticket.issue"), {{"service", service}});
    REQUIRE(r.ok);
    return r.body[QStringLiteral("ticket")].toObject()[QStringLiteral("label")].toString();
}

QJsonObject DisplayFixture::callNext(int number)
{
    const HubReply r = hub.call(*counters.at(number), QStringLiteral("ticket.call_next"));
    REQUIRE(r.ok);
    return r.body[QStringLiteral("ticket")].toObject();
}

void DisplayFixture::act(int number, const QString &op, const QJsonObject &ticket)
{
    const HubReply r = hub.call(*counters.at(number), op, {{"ticket", ticket[QStringLiteral("id")]}});
    INFO(op.toStdString() << ": " << r.error.message.toStdString());
    REQUIRE(r.ok);
}

void DisplayFixture::waitQuiet(int ms)
{
    REQUIRE(waitFor(
        [&] {
            return (!announcer || announcer->isIdle()) && !display->isAnnouncing()
                && (!client->isOnline() || client->mirror().lastSeq() == hub.store->lastSeq()) && settled();
        },
        ms));
}

QStringList DisplayFixture::announcedCalls() const
{
    QStringList out;
    for (const DisplayController::Call &c : display->announced())
        out << QStringLiteral("%1→%2").arg(c.label).arg(c.counter);
    return out;
}

} // namespace qms::test
