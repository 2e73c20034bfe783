#include "support/layoutaudit.h"

#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>
#include <vector>

namespace qms::test {

namespace {
constexpr qreal slack = 1.0; // sub-pixel rounding

struct Visible
{
    QQuickItem *item;
    QRectF scene; ///< where it is drawn
    QRectF clip;  ///< what its clipping ancestors leave of the window (or of a scrolled page)
    QRectF reach; ///< where it may be: the window, or the whole content of the page it scrolls in
    int paintOrder;
};

QString describe(const QQuickItem *item)
{
    QString name = item->objectName();
    if (name.isEmpty()) {
        const QString text = item->property("text").toString();
        name = text.isEmpty()
            ? QString()
            : QStringLiteral("\"%1\"").arg(text.left(40).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
    return QStringLiteral("%1 %2").arg(
        QString::fromLatin1(item->metaObject()->className()).section(QLatin1Char('_'), 0, 0), name);
}

QString rectText(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3×%4)")
        .arg(r.x(), 0, 'f', 0)
        .arg(r.y(), 0, 'f', 0)
        .arg(r.width(), 0, 'f', 0)
        .arg(r.height(), 0, 'f', 0);
}

bool inside(const QRectF &inner, const QRectF &outer)
{
    return inner.left() >= outer.left() - slack && inner.top() >= outer.top() - slack
        && inner.right() <= outer.right() + slack && inner.bottom() <= outer.bottom() + slack;
}

bool isAncestor(const QQuickItem *a, const QQuickItem *b)
{
    for (const QQuickItem *p = b->parentItem(); p; p = p->parentItem())
        if (p == a)
            return true;
    return false;
}

/**
 * Visible items in the order they are painted (children by z, then as declared).
 * What a scrolling page (a Flickable with more content than it shows) holds is
 * judged against the page's whole content, the part a person scrolls to included.
 */
void collect(QQuickItem *item, const QRectF &clip, const QRectF &reach, std::vector<Visible> &out)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    out.push_back(Visible{item, scene, clip, reach, int(out.size())});
    QRectF childClip = item->clip() ? clip.intersected(scene) : clip;
    QRectF childReach = reach;
    if (item->inherits("QQuickFlickable")) {
        const qreal contentWidth = item->property("contentWidth").toReal();
        const qreal contentHeight = item->property("contentHeight").toReal();
        if (contentWidth > item->width() + slack || contentHeight > item->height() + slack) {
            const auto *content = item->property("contentItem").value<QQuickItem *>();
            const QPointF origin = content ? content->mapToScene(QPointF(0, 0)) : scene.topLeft();
            childReach = QRectF(origin, QSizeF(std::max(contentWidth, item->width()),
                                               std::max(contentHeight, item->height())));
            childClip = childReach;
        }
    }
    QList<QQuickItem *> children = item->childItems();
    std::stable_sort(children.begin(), children.end(), [](QQuickItem *a, QQuickItem *b) { return a->z() < b->z(); });
    for (QQuickItem *child : children)
        collect(child, childClip, childReach, out);
}

bool isControl(const QQuickItem *item)
{
    return (item->inherits("QQuickMouseArea") && item->isEnabled()) || item->inherits("QQuickTextInput");
}

/** The nearest ancestor that a person sees as a box: a Rectangle with a fill or a border. */
const Visible *boxOf(const QQuickItem *item, const std::vector<Visible> &all)
{
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickRectangle"))
            continue;
        const QColor fill = p->property("color").value<QColor>();
        const QObject *border = p->property("border").value<QObject *>();
        const bool bordered = border && border->property("width").toReal() > 0;
        if (fill.alpha() == 0 && !bordered)
            continue;
        for (const Visible &v : all)
            if (v.item == p)
                return &v;
        return nullptr;
    }
    return nullptr;
}
} // namespace

QStringList auditLayout(QQuickWindow *window)
{
    QStringList problems;
    const QRectF screen(0, 0, window->width(), window->height());
    std::vector<Visible> all;
    collect(window->contentItem(), screen, screen, all);

    // Modal overlays: a control painted below one of these cannot be reached.
    std::vector<const Visible *> blockers;
    for (const Visible &v : all)
        if (v.item->inherits("QQuickMouseArea") && v.item->isEnabled() && inside(screen, v.scene))
            blockers.push_back(&v);
    const auto covered = [&](const Visible &v) {
        return std::any_of(blockers.begin(), blockers.end(), [&](const Visible *b) {
            return b->item != v.item && b->paintOrder > v.paintOrder && !isAncestor(b->item, v.item)
                && !isAncestor(v.item, b->item);
        });
    };
    std::vector<const Visible *> controls;
    for (const Visible &v : all) {
        if (!isControl(v.item) || covered(v))
            continue;
        if (std::find(blockers.begin(), blockers.end(), &v) != blockers.end())
            continue;
        controls.push_back(&v);
        if (!inside(v.scene, v.reach))
            problems << QStringLiteral("%1 %2 is outside the window %3")
                            .arg(describe(v.item), rectText(v.scene), rectText(v.reach));
        else if (!inside(v.scene, v.clip))
            problems << QStringLiteral("%1 %2 is clipped away").arg(describe(v.item), rectText(v.scene));
    }
    for (size_t i = 0; i < controls.size(); ++i) {
        for (size_t j = i + 1; j < controls.size(); ++j) {
            const Visible &a = *controls[i];
            const Visible &b = *controls[j];
            if (isAncestor(a.item, b.item) || isAncestor(b.item, a.item))
                continue;
            const QRectF overlap = a.scene.intersected(b.scene);
            if (overlap.width() > slack && overlap.height() > slack)
                problems << QStringLiteral("%1 %2 overlaps %3 %4")
                                .arg(describe(a.item), rectText(a.scene), describe(b.item), rectText(b.scene));
        }
    }

    for (const Visible &v : all) {
        if (!v.item->inherits("QQuickText") || v.item->property("text").toString().isEmpty() || covered(v))
            continue;
        const qreal contentWidth = v.item->property("contentWidth").toReal();
        const qreal contentHeight = v.item->property("contentHeight").toReal();
        // Where the glyphs are: the box, grown by whatever does not fit in it.
        const QRectF painted(
            v.scene.topLeft(),
            QSizeF(std::max(v.scene.width(), contentWidth), std::max(v.scene.height(), contentHeight)));
        const QString what = describe(v.item);
        if (v.item->property("truncated").toBool())
            problems << QStringLiteral("%1 is cut short (elided or past its line limit)").arg(what);
        else if (contentWidth > v.scene.width() + slack)
            problems << QStringLiteral("%1 is %2 px wide in a %3 px box")
                            .arg(what)
                            .arg(contentWidth, 0, 'f', 0)
                            .arg(v.scene.width(), 0, 'f', 0);
        else if (contentHeight > v.scene.height() + slack)
            // Cut where it clips, drawn over whatever lies below where it does not.
            problems << QStringLiteral("%1 is %2 px tall in a %3 px box")
                            .arg(what)
                            .arg(contentHeight, 0, 'f', 0)
                            .arg(v.scene.height(), 0, 'f', 0);
        else if (!inside(painted, v.reach))
            problems << QStringLiteral("%1 %2 is outside the window").arg(what, rectText(painted));
        else if (!inside(painted, v.clip))
            problems << QStringLiteral("%1 %2 is clipped by %3").arg(what, rectText(painted), rectText(v.clip));
        else if (const Visible *box = boxOf(v.item, all); box && !inside(painted, box->scene))
            problems
                << QStringLiteral("%1 %2 spills out of its box %3").arg(what, rectText(painted), rectText(box->scene));
    }
    return problems;
}

} // namespace qms::test
