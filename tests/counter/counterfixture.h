#pragma once

#include <memory>

#include "app/qmlshell.h"
#include "countercontroller.h"
#include "dossierdesk.h"
#include "floorview.h"
#include "ratingpad.h"
#include "support/hubfixture.h"
#include "support/privatecupsd.h"
#include "support/windowdriver.h"
#include "ui/translations.h"

namespace qms::test {

/**
 * A clerk's station as a clerk meets it: the real screens (offscreen), the real
 * view-models, a real hub over TCP, and a real cupsd whose office printer is a
 * listening socket that receives the slips' PDF. The hub and the station share
 * a clock the test moves (`advance`), so waits and service times are real
 * durations.
 */
struct CounterFixture : WindowDriver
{
    struct Options
    {
        QString center = QStringLiteral("tests/data/hub-center.json");
        QString device = QStringLiteral("counter-1");
        Timestamp clock = 0; ///< start of the shared clock (0: the real clock, not movable)
        QSize size{1366, 768};
        bool printer = true;
        bool compact = false;
    };
    explicit CounterFixture(Options options);
    CounterFixture()
        : CounterFixture(Options{})
    { }
    ~CounterFixture();

    /** Moves the shared clock on (only with a fixed clock). */
    void advance(double minutes);
    /** Logs the clerk in through the login page, as typed. */
    void logIn(const QString &user, const QString &pin);
    /** Waits until no request of the station is on its way. */
    void settle();
    /** The compact window, driven like the main one. */
    [[nodiscard]] WindowDriver compactWindow() const;

    Timestamp now = 0;
    HubFixture hub;
    std::unique_ptr<PrivateCupsd> cups;
    std::unique_ptr<FakeNetworkPrinter> office;
    std::unique_ptr<HubClient> client;
    std::unique_ptr<CupsPrinter> printer;
    std::unique_ptr<Translations> translations;
    std::unique_ptr<CounterController> counter;
    std::unique_ptr<DossierDesk> desk;
    std::unique_ptr<FloorView> floor;
    std::unique_ptr<QmlShell> shell;
};

/**
 * The rating pad of a counter on its own connection (as `qms-counter
 * --rating-pad` runs it beside the station), sharing a hub with a test.
 */
struct RatingPadFixture : WindowDriver
{
    RatingPadFixture(HubFixture &hub, const QString &device, RatingPadController::Timing timing,
                     std::function<Timestamp()> clock);
    ~RatingPadFixture();

    std::unique_ptr<HubClient> client;
    std::unique_ptr<Translations> translations;
    std::unique_ptr<RatingPadController> pad;
    std::unique_ptr<QmlShell> shell;
};

} // namespace qms::test
