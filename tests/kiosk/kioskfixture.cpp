#include "kioskfixture.h"

#include <QTest>

#include "qrimageprovider.h"

namespace qms::test {

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
    if (options.speech) {
        synthesizer = std::make_unique<SpeechSynthesizer>();
        speaker = std::make_unique<RecordingAudioOutput>(5);
        reader = std::make_unique<ScreenReader>(*synthesizer, *speaker);
        kiosk->setScreenReader(reader.get());
    }
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
    reader.reset();
    client.reset();
}

} // namespace qms::test
