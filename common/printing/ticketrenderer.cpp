#include "printing/ticketrenderer.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <cmath>

#include "fonts/fonts.h"
#include "printing/qrcode.h"

namespace qms {

namespace {
/** Lays text out line by line, centered, and moves down the page. */
class Column
{
public:
    Column(QPainter &p, int width, int margin)
        : m_p(p)
        , m_width(width)
        , m_margin(margin)
    { }

    void text(const QString &s, int pixelSize, bool bold, int spaceAfter = 8)
    {
        if (s.isEmpty())
            return;
        QFont font(registerBundledFonts());
        font.setPixelSize(pixelSize);
        font.setBold(bold);
        font.setHintingPreference(QFont::PreferFullHinting);
        QTextLayout layout(s, font);
        QTextOption option(Qt::AlignHCenter);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        qreal height = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(m_width - 2 * m_margin);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
        m_p.setPen(Qt::black);
        layout.draw(&m_p, QPointF(m_margin, m_y));
        m_y += int(std::ceil(height)) + spaceAfter;
    }

    void rule(int spaceAfter = 12)
    {
        m_p.fillRect(m_margin, m_y, m_width - 2 * m_margin, 3, Qt::black);
        m_y += 3 + spaceAfter;
    }

    void image(const QImage &img, int spaceAfter = 8)
    {
        if (img.isNull())
            return;
        m_p.drawImage((m_width - img.width()) / 2, m_y, img);
        m_y += img.height() + spaceAfter;
    }

    void space(int dots) { m_y += dots; }
    [[nodiscard]] int y() const { return m_y; }

private:
    QPainter &m_p;
    int m_width;
    int m_margin;
    int m_y = 0;
};

/** Draws the ticket on `p`; returns the height used. */
int layOut(QPainter &p, const TicketPrint &t, int width)
{
    const double s = width / 576.0; // everything scales with the paper width
    const auto px = [s](int v) { return std::max(1, int(v * s)); };
    Column c(p, width, px(16));
    c.space(px(8));
    c.text(t.centerName, px(26), true, px(10));
    c.rule(px(14));
    c.text(t.heading, px(28), false, 0);
    c.text(t.label, px(t.label.size() <= 4 ? 190 : 150), true, px(4));
    c.text(t.serviceName, px(34), true, px(10));
    c.text(t.priorityLine, px(28), true, px(10));
    c.rule(px(12));
    c.text(t.countersLine, px(26), false, px(6));
    c.text(t.aheadLine, px(26), false, px(6));
    c.text(t.waitLine, px(26), false, px(14));
    if (!t.qrUrl.isEmpty()) {
        // Modules of at least 5 dots (0.6 mm) scan reliably from thermal paper.
        c.image(qrCodeImage(t.qrUrl.toUtf8(), std::max(4, px(6))), px(4));
        c.text(t.qrCaption, px(22), false, px(12));
    }
    c.text(t.dateLine, px(24), false, px(6));
    c.text(t.footer, px(22), false, px(8));
    c.space(px(16));
    return c.y();
}
} // namespace

QImage renderTicket(const TicketPrint &ticket, int widthDots)
{
    // Measure on a tall scratch image, then copy exactly the used height.
    QImage scratch(widthDots, 4000, QImage::Format_Grayscale8);
    scratch.fill(Qt::white);
    int height = 0;
    {
        QPainter p(&scratch);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        height = std::min(scratch.height(), layOut(p, ticket, widthDots));
    }
    return scratch.copy(0, 0, widthDots, height)
        .convertToFormat(QImage::Format_Mono, Qt::ThresholdDither | Qt::MonoOnly);
}

QByteArray ticketPdf(const QImage &ticket, int dotsPerInch)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // A page the size of the ticket itself (the roll's width, as tall as its
        // content): a roll printer cuts it as it is, an office printer asked to fit
        // it to the page (CUPS fit-to-page) centres it instead of leaving an A4 blank.
        const double mmPerDot = 25.4 / dotsPerInch;
        writer.setPageSize(QPageSize(QSizeF(ticket.width() * mmPerDot, ticket.height() * mmPerDot),
                                     QPageSize::Millimeter, QStringLiteral("Ticket"), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(dotsPerInch);
        writer.setTitle(QStringLiteral("Ticket"));
        QPainter p(&writer);
        // At the writer's resolution one ticket dot is one device pixel: real size.
        p.drawImage(QPoint(0, 0), ticket);
    }
    return pdf;
}

} // namespace qms
