#include "counterfixture.h"

#include <QQuickWindow>
#include <QTest>

namespace qms::test {

CounterFixture::CounterFixture(Options options)
    : now(options.clock)
    , hub(options.center, 0)
{
    const bool fixed = options.clock != 0;
    const auto clock = [this, fixed] { return fixed ? now : QDateTime::currentMSecsSinceEpoch(); };
    if (fixed) {
        hub.clock = clock;
        hub.hub->setClock(clock);
    }
    if (options.printer) {
        cups = std::make_unique<PrivateCupsd>();
        REQUIRE(cups->isRunning());
        office = std::make_unique<FakeNetworkPrinter>();
        cups->addRawQueue(QStringLiteral("office"), office->port());
        CupsPrinter::Options p;
        p.queue = QStringLiteral("office");
        p.server = cups->server();
        p.format = CupsPrinter::Format::Pdf;
        p.media = QStringLiteral("A5");
        printer = std::make_unique<CupsPrinter>(p);
    }
    client = hub.client(options.device, DeviceRole::Counter);
    translations = std::make_unique<Translations>(QStringLiteral("counter"));
    translations->setLanguage(QStringLiteral("vi"));
    counter = std::make_unique<CounterController>(*client, *translations, clock);
    desk = std::make_unique<DossierDesk>(*client, *counter, printer.get());
    floor = std::make_unique<FloorView>(*client, *translations, clock);
    floor->follow(*counter);
    shell = std::make_unique<QmlShell>(*translations);
    REQUIRE(shell->load(QStringLiteral("Qms/Counter"),
                        {{QStringLiteral("counter"), QVariant::fromValue(counter.get())},
                         {QStringLiteral("desk"), QVariant::fromValue(desk.get())},
                         {QStringLiteral("floor"), QVariant::fromValue(floor.get())},
                         {QStringLiteral("compact"), options.compact},
                         {QStringLiteral("maximized"), false}}));
    window = shell->window();
    REQUIRE(window);
    if (!options.compact)
        resize(options.size);
    REQUIRE(waitFor([&] { return client->isOnline() && counter->isReady() && counter->counterNumber() != 0; }));
}

CounterFixture::~CounterFixture()
{
    shell.reset();
    floor.reset();
    desk.reset();
    counter.reset();
    client.reset();
}

void CounterFixture::advance(double minutes)
{
    REQUIRE(now != 0);
    now = plusMinutes(now, minutes);
}

void CounterFixture::logIn(const QString &user, const QString &pin)
{
    tap(QStringLiteral("userField"));
    type(user);
    press(Qt::Key_Tab);
    for (const QChar digit : pin)
        press(Qt::Key(Qt::Key_0 + digit.digitValue()));
    press(Qt::Key_Return);
    REQUIRE(waitFor([&] { return counter->isLoggedIn() || !counter->loginMessage().isEmpty(); }));
}

void CounterFixture::settle()
{
    // The main window is hidden while the small one is up: nothing of it is laid out then.
    REQUIRE(waitFor(
        [&] { return counter->pendingAction().isEmpty() && !desk->isBusy() && (!window->isVisible() || settled()); }));
}

WindowDriver CounterFixture::compactWindow() const
{
    WindowDriver d;
    for (QObject *o : shell->engine().rootObjects().first()->findChildren<QQuickWindow *>())
        if (o->objectName() == QLatin1String("compactWindow"))
            d.window = qobject_cast<QQuickWindow *>(o);
    REQUIRE(d.window);
    return d;
}

RatingPadFixture::RatingPadFixture(HubFixture &hub, const QString &device, RatingPadController::Timing timing,
                                   std::function<Timestamp()> clock)
{
    client = hub.client(device, DeviceRole::Counter);
    translations = std::make_unique<Translations>(QStringLiteral("counter"));
    translations->setLanguage(QStringLiteral("vi"));
    pad = std::make_unique<RatingPadController>(*client, *translations, std::move(clock), timing);
    shell = std::make_unique<QmlShell>(*translations);
    REQUIRE(shell->load(QStringLiteral("Qms/Counter"),
                        {{QStringLiteral("pad"), QVariant::fromValue(pad.get())},
                         {QStringLiteral("fullScreen"), false},
                         {QStringLiteral("screenIndex"), -1}},
                        QStringLiteral("RatingPad.qml")));
    window = shell->window();
    REQUIRE(window);
    resize(QSize(1024, 600));
    REQUIRE(waitFor([&] { return client->isOnline() && pad->isReady(); }));
}

RatingPadFixture::~RatingPadFixture()
{
    shell.reset();
    pad.reset();
    client.reset();
}

} // namespace qms::test
