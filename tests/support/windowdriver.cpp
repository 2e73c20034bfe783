#include "support/windowdriver.h"

#include <QDir>
#include <QKeyEvent>
#include <QPointer>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <algorithm>
#include <functional>

#include "support/hubfixture.h"
#include "support/layoutaudit.h"

namespace qms::test {

double inkShare(const QImage &image)
{
    const QImage small = image.scaled(108, 192);
    const QRgb base = small.pixel(small.width() - 1, small.height() - 1);
    int different = 0;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            different += small.pixel(x, y) != base;
    return double(different) / (small.width() * small.height());
}

QString screenshotDir()
{
    const QString dir = qEnvironmentVariableIsSet("QMS_SCREENSHOT_DIR") ? qEnvironmentVariable("QMS_SCREENSHOT_DIR")
                                                                        : QStringLiteral(QMS_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir;
}

void WindowDriver::resize(QSize size)
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

QQuickItem *WindowDriver::item(const QString &objectName) const
{
    QList<QQuickItem *> all;
    collect(window->contentItem(), objectName, &all);
    // The stack keeps pages below the top one: prefer the visible match.
    for (QQuickItem *i : all)
        if (i->isVisible())
            return i;
    return all.isEmpty() ? nullptr : all.first();
}

QQuickItem *WindowDriver::waitForItem(const QString &objectName, int ms) const
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

bool WindowDriver::settled() const
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

QString WindowDriver::currentPage() const
{
    const QObject *stack = item(QStringLiteral("stack"));
    const auto *top = stack ? stack->property("currentItem").value<QQuickItem *>() : nullptr;
    return top ? top->objectName() : QString();
}

bool WindowDriver::waitForPage(const QString &objectName, int ms) const
{
    // StackView ignores touches while a page slides in: wait for the transition too.
    const QObject *stack = item(QStringLiteral("stack"));
    return waitFor([&] { return currentPage() == objectName && !stack->property("busy").toBool(); }, ms);
}

void WindowDriver::tap(QQuickItem *item) const
{
    const QPointer<QQuickItem> target(item);
    REQUIRE(target);
    // Where it is once the layouts are done: a new model row moves its neighbours.
    REQUIRE(waitFor([&] { return settled(); }));
    REQUIRE(target); // a list refreshed meanwhile makes its rows anew
    scrollIntoView(target);
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QCoreApplication::processEvents();
}

void WindowDriver::scrollIntoView(QQuickItem *item) const
{
    // As a person would: the page it is on scrolled until the whole of it shows.
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        const auto *content = p->property("contentItem").value<QQuickItem *>();
        if (!content)
            continue;
        const QRectF r = item->mapRectToItem(content, QRectF(0, 0, item->width(), item->height()));
        const qreal y = p->property("contentY").toReal();
        const qreal maxY = std::max(0.0, p->property("contentHeight").toReal() - p->height());
        qreal to = y;
        if (r.bottom() > y + p->height())
            to = r.bottom() - p->height();
        if (r.top() < to)
            to = r.top();
        to = std::clamp(to, 0.0, maxY);
        if (!qFuzzyCompare(to + 1, y + 1)) {
            p->setProperty("contentY", to);
            REQUIRE(waitFor([&] { return settled(); }));
        }
    }
}

QString WindowDriver::textOf(const QString &objectName) const
{
    return waitForItem(objectName)->property("text").toString();
}

QImage WindowDriver::screenshot(const QString &name) const
{
    REQUIRE(waitFor([&] { return settled(); }));
    const QImage image = window->grabWindow();
    image.save(screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png"));
    return image;
}

void WindowDriver::activate() const
{
    // Keys go to the active window's focused item, as on a desk with several windows open.
    if (window->isActive())
        return;
    window->requestActivate();
    REQUIRE(QTest::qWaitForWindowActive(window));
}

void WindowDriver::press(Qt::Key key, Qt::KeyboardModifiers modifiers) const
{
    REQUIRE(waitFor([&] { return settled(); }));
    activate();
    QTest::keyClick(window, key, modifiers);
    QCoreApplication::processEvents();
}

void WindowDriver::type(const QString &text) const
{
    activate();
    // Key events carrying the text, as an input method delivers Vietnamese letters.
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(window, &press);
        QCoreApplication::sendEvent(window, &release);
    }
    QCoreApplication::processEvents();
}

void WindowDriver::checkScreen(const QString &name, QSize expected) const
{
    const QImage image = screenshot(name);
    INFO(name.toStdString());
    CHECK(image.size() == expected);
    CHECK(inkShare(image) > 0.05);
    const QStringList problems = auditLayout(window);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

} // namespace qms::test
