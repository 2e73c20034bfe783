#include "kioskfixture.h"

#include <QDir>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include "qrimageprovider.h"

namespace qms::test {

QString screenshotDir()
{
    const QString dir = qEnvironmentVariableIsSet("QMS_SCREENSHOT_DIR") ? qEnvironmentVariable("QMS_SCREENSHOT_DIR")
                                                                        : QStringLiteral(QMS_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir;
}

KioskFixture::KioskFixture(Options options)
    : hub(options.center, options.clock)
{
    cups = std::make_unique<PrivateCupsd>();
    REQUIRE(cups->isRunning());
    printer = std::make_unique<FakeNetworkPrinter>(options.printerStallMs);
    quint16 port = printer->port();
    if (!options.printerListening) {
        QTcpServer gone; // a port nobody listens on once this closes
        REQUIRE(gone.listen(QHostAddress::LocalHost, 0));
        port = gone.serverPort();
    }
    cups->addRawQueue(QStringLiteral("thermal"), port);

    const QString ini = settingsDir.file(QStringLiteral("kiosk.conf"));
    REQUIRE(KioskSettings::storeTechnicianPin(ini, QStringLiteral("2468")));
    KioskSettings settings = KioskSettings::load(ini);
    settings.station.device = QStringLiteral("kiosk-1");
    settings.station.key = hub.deviceKey(settings.station.device);
    settings.station.hub.port = hub.port;
    settings.printer.queue = QStringLiteral("thermal");
    settings.printer.server = cups->server();
    settings.printer.timeoutMs = options.printTimeoutMs;
    settings.ticketSeconds = options.ticketSeconds;
    settings.ticketFailedSeconds = options.ticketFailedSeconds;
    settings.idleSeconds = options.idleSeconds;
    settings.publicUrl = QStringLiteral("http://192.168.1.10:7480");

    client = hub.client(settings.station.device, DeviceRole::Kiosk);
    cupsPrinter = std::make_unique<CupsPrinter>(settings.printer);
    translations = std::make_unique<Translations>(QStringLiteral("kiosk"));
    translations->setLanguage(settings.station.language);
    shell = std::make_unique<QmlShell>(*translations);
    const Timestamp fixed = options.clock;
    kiosk = std::make_unique<KioskController>(*client, *translations, settings, cupsPrinter.get(), [fixed] {
        return fixed != 0 ? fixed : QDateTime::currentMSecsSinceEpoch();
    });
    shell->engine().addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    REQUIRE(shell->load(
        QStringLiteral("Qms/Kiosk"),
        {{QStringLiteral("kiosk"), QVariant::fromValue(kiosk.get())}, {QStringLiteral("fullScreen"), false}}));
    window = shell->window();
    REQUIRE(window);
    resize(options.size);
    REQUIRE(waitFor([&] { return client->isOnline() && kiosk->services()->rowCount() > 0; }));
    REQUIRE(waitForPage(QStringLiteral("homePage")));
}

KioskFixture::~KioskFixture()
{
    shell.reset();
    kiosk.reset();
    client.reset();
}

void KioskFixture::resize(QSize size)
{
    window->resize(size);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    REQUIRE(waitFor([&] { return window->contentItem()->size() == QSizeF(size) && settled(); }));
}

namespace {
/** Items by objectName in the visual tree (delegates are not QObject children of the window). */
void collect(QQuickItem *item, const QString &name, QList<QQuickItem *> *out)
{
    if (item->objectName() == name)
        out->append(item);
    for (QQuickItem *child : item->childItems())
        collect(child, name, out);
}
} // namespace

QQuickItem *KioskFixture::item(const QString &objectName) const
{
    QList<QQuickItem *> all;
    collect(window->contentItem(), objectName, &all);
    // The stack keeps pages below the top one: prefer the visible match.
    for (QQuickItem *i : all)
        if (i->isVisible())
            return i;
    return all.isEmpty() ? nullptr : all.first();
}

QQuickItem *KioskFixture::waitForItem(const QString &objectName, int ms) const
{
    QQuickItem *found = nullptr;
    waitFor(
        [&] {
            found = item(objectName);
            return found && found->isVisible() && found->width() > 0;
        },
        ms);
    INFO("item " << objectName.toStdString());
    REQUIRE(found);
    return found;
}

bool KioskFixture::settled() const
{
    // No layout waiting to be done, no page sliding in, no image still loading.
    if (QQuickTest::qIsPolishScheduled(window))
        return false;
    const QObject *stack = item(QStringLiteral("stack"));
    if (stack && stack->property("busy").toBool())
        return false;
    QList<QQuickItem *> pending;
    const std::function<void(QQuickItem *)> visit = [&](QQuickItem *i) {
        if (i->isVisible() && i->inherits("QQuickImageBase") && i->property("status").toInt() == 2 /* Loading */)
            pending.append(i);
        for (QQuickItem *child : i->childItems())
            visit(child);
    };
    visit(window->contentItem());
    return pending.isEmpty();
}

QString KioskFixture::currentPage() const
{
    const QObject *stack = item(QStringLiteral("stack"));
    const auto *top = stack ? stack->property("currentItem").value<QQuickItem *>() : nullptr;
    return top ? top->objectName() : QString();
}

bool KioskFixture::waitForPage(const QString &objectName, int ms) const
{
    // StackView ignores touches while a page slides in: wait for the transition too.
    const QObject *stack = item(QStringLiteral("stack"));
    return waitFor([&] { return currentPage() == objectName && !stack->property("busy").toBool(); }, ms);
}

void KioskFixture::tap(QQuickItem *target) const
{
    REQUIRE(target);
    // Where it is once the layouts are done: a new model row moves its neighbours.
    REQUIRE(waitFor([&] { return settled(); }));
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QCoreApplication::processEvents();
}

QString KioskFixture::textOf(const QString &objectName) const
{
    return waitForItem(objectName)->property("text").toString();
}

QImage KioskFixture::screenshot(const QString &name) const
{
    REQUIRE(waitFor([&] { return settled(); }));
    const QImage image = window->grabWindow();
    image.save(screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png"));
    return image;
}

} // namespace qms::test
