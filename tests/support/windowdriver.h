#pragma once

#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>

#include "support/hubfixture.h"

namespace qms::test {

/**
 * Drives a real Qt Quick window as a person would: finds items by objectName,
 * waits for pages and for the screen to stop moving, taps, types keys, and takes
 * screenshots. Shared by the kiosk's, the counter's and the display's screen tests.
 */
struct WindowDriver
{
    QQuickItem *item(const QString &objectName) const;
    /** Waits for an item to exist and be visible. */
    QQuickItem *waitForItem(const QString &objectName, int ms = 5000) const;
    /** Nothing moving: no layout pending, no page transition running, no image still loading. */
    [[nodiscard]] bool settled() const;
    /** The page on top of the navigation stack (the StackView named "stack"). */
    [[nodiscard]] QString currentPage() const;
    bool waitForPage(const QString &objectName, int ms = 5000) const;
    /** A tap in the middle of the item, as a finger would do it. */
    void tap(QQuickItem *item) const;
    void tap(const QString &objectName) const
    {
        REQUIRE(waitFor([&] { return settled(); }));
        tap(waitForItem(objectName));
    }
    /** A key pressed and released on the window (a shortcut). */
    /** Scrolls the pages the item is on until it shows whole. */
    void scrollIntoView(QQuickItem *item) const;
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const;
    /** Makes the window the one the keyboard types into. */
    void activate() const;
    /** Types text into whatever has the focus. */
    void type(const QString &text) const;
    QString textOf(const QString &objectName) const;
    /** Renders the window and saves it to the screenshot folder; returns the image. */
    QImage screenshot(const QString &name) const;
    /**
     * screenshot(), then checks it as a person would see it: the size expected,
     * not blank, every control reachable and inside the window, every text whole
     * (auditLayout).
     */
    void checkScreen(const QString &name, QSize expected) const;
    /** Shows the window at this size and waits until it is laid out. */
    void resize(QSize size);

    QQuickWindow *window = nullptr;
};

/** Share of pixels that differ from the bottom-right pixel's colour: a blank screen is ~0. */
double inkShare(const QImage &image);

/** Where screenshots go: $QMS_SCREENSHOT_DIR, else screenshots/ in the build folder. */
QString screenshotDir();

} // namespace qms::test
