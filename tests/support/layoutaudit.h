#pragma once

#include <QStringList>

class QQuickWindow;

namespace qms::test {

/**
 * What a person would see wrong on a rendered screen, checked on the real item
 * tree (not the pixels):
 *  - a control (a MouseArea that takes taps, a text field) that lies outside the
 *    window, or under another control it is not part of;
 *  - a text that is cut or overlaps: elided or past its line limit, wider or
 *    taller than its own box (clipped, a wrapped text's last line loses its
 *    diacritics; unclipped, it is drawn over what lies below), clipped by an
 *    ancestor, outside the window, or spilling out of the box (a Rectangle with a
 *    fill or a border) it is drawn on.
 * A control under a modal overlay (a MouseArea filling the window, painted above
 * it) is out of reach and not checked. Returns one line per problem.
 */
[[nodiscard]] QStringList auditLayout(QQuickWindow *window);

} // namespace qms::test
