#include "printing/pdfflow.h"

#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <cmath>

#include "fonts/fonts.h"

namespace qms {

namespace pdf {
int pt(double points)
{
    return int(std::lround(points * dpi / 72.0));
}

int mm(double millimetres)
{
    return int(std::lround(millimetres * dpi / 25.4));
}
} // namespace pdf

namespace {
using pdf::pt;

QFont fontOf(const PdfFlow::Style &style)
{
    QFont f(registerBundledFonts());
    f.setPixelSize(pt(style.points));
    f.setBold(style.bold);
    f.setItalic(style.italic);
    f.setUnderline(style.underline);
    return f;
}

qreal lay(QTextLayout &layout, const PdfFlow::Style &style, int width)
{
    QTextOption option(style.align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}
} // namespace

PdfFlow::PdfFlow(QPdfWriter &writer, QPainter &p)
    : m_writer(writer)
    , m_p(p)
    , m_bottom(writer.height())
{ }

int PdfFlow::measure(const QString &s, const Style &style, int width) const
{
    QTextLayout layout(s, fontOf(style));
    return int(std::ceil(lay(layout, style, width)));
}

int PdfFlow::drawAt(const QString &s, const Style &style, int left, int top, int width)
{
    if (s.isEmpty())
        return 0;
    QTextLayout layout(s, fontOf(style));
    const qreal height = lay(layout, style, width);
    m_p.setPen(Qt::black);
    layout.draw(&m_p, QPointF(left, top));
    return int(std::ceil(height));
}

void PdfFlow::paragraph(const QString &s, const Style &style, int left, int width, int spaceAfter)
{
    if (s.isEmpty())
        return;
    QTextLayout layout(s, fontOf(style));
    lay(layout, style, width);
    m_p.setPen(Qt::black);
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (m_y + line.height() > m_bottom)
            newPage();
        line.draw(&m_p, QPointF(left, m_y - line.y()));
        m_y += int(std::ceil(line.height()));
    }
    m_y += spaceAfter;
}

void PdfFlow::keep(int height)
{
    if (m_y + height > m_bottom)
        newPage();
}

void PdfFlow::newPage()
{
    m_writer.newPage();
    m_y = 0;
}

} // namespace qms
