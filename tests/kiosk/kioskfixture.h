#pragma once

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <memory>

#include "app/qmlshell.h"
#include "kioskcontroller.h"
#include "support/hubfixture.h"
#include "support/privatecupsd.h"
#include "ui/translations.h"

namespace qms::test {

/**
 * The kiosk as a citizen meets it: the real screens (offscreen), the real
 * view-model, a real hub over TCP and a real cupsd printing to a listening
 * "network printer". Technician PIN 2468; timeouts short so tests run fast.
 */
struct KioskFixture
{
    struct Options
    {
        bool printerListening = true;
        int printerStallMs = 0; ///< the printer takes a job, then reads nothing for this long
        QSize size{1080, 1920};
        int ticketSeconds = 2;
        int ticketFailedSeconds = 5;
        int idleSeconds = 3;
        int printTimeoutMs = 10'000;
        QString center = QStringLiteral("tests/data/hub-center.json");
        Timestamp clock = 0; ///< fixed time for hub and kiosk (0: the real clock)
    };
    explicit KioskFixture(Options options);
    KioskFixture()
        : KioskFixture(Options{})
    { }
    ~KioskFixture();

    QQuickItem *item(const QString &objectName) const;
    /** Waits for an item to exist and be visible. */
    QQuickItem *waitForItem(const QString &objectName, int ms = 5000) const;
    /** Nothing moving: no page transition running, no image still loading. */
    [[nodiscard]] bool settled() const;
    /** The page on top of the navigation stack. */
    [[nodiscard]] QString currentPage() const;
    bool waitForPage(const QString &objectName, int ms = 5000) const;
    /** A tap in the middle of the item, as a finger would do it. */
    void tap(QQuickItem *item) const;
    void tap(const QString &objectName) const { tap(waitForItem(objectName)); }
    QString textOf(const QString &objectName) const;
    /** Renders the window and saves it to the screenshot folder; returns the image. */
    QImage screenshot(const QString &name) const;
    void resize(QSize size);

    HubFixture hub;
    std::unique_ptr<PrivateCupsd> cups;
    std::unique_ptr<FakeNetworkPrinter> printer;
    std::unique_ptr<HubClient> client;
    std::unique_ptr<CupsPrinter> cupsPrinter;
    std::unique_ptr<Translations> translations;
    std::unique_ptr<QmlShell> shell;
    std::unique_ptr<KioskController> kiosk;
    QQuickWindow *window = nullptr;
    TempDir settingsDir;
};

/** Where screenshots go: $QMS_SCREENSHOT_DIR, else screenshots/ in the build folder. */
QString screenshotDir();

} // namespace qms::test
