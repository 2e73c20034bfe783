#pragma once

#include <QString>

class QPainter;
class QPdfWriter;

namespace qms {

/** The resolution our PDF documents are drawn at, and conversions to its device pixels. */
namespace pdf {
constexpr int dpi = 300;
/** Points (1/72 inch) to device pixels. */
[[nodiscard]] int pt(double points);
[[nodiscard]] int mm(double millimetres);
} // namespace pdf

/**
 * Writes text down the pages of a PDF (the bundled Noto Sans, so Vietnamese is
 * whole), onto the next page when one is full. Positions are the writer's
 * device pixels at pdf::dpi. Used by the dossier slips and the reports.
 */
class PdfFlow
{
public:
    PdfFlow(QPdfWriter &writer, QPainter &p);

    struct Style
    {
        double points = 11;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        Qt::Alignment align = Qt::AlignLeft;
    };

    /** The height `s` takes in a band `width` wide. */
    [[nodiscard]] int measure(const QString &s, const Style &style, int width) const;
    /** Draws `s` in a band at `top` without moving the flow; returns its height. */
    int drawAt(const QString &s, const Style &style, int left, int top, int width);
    /** Draws `s` at the flow's position, line by line, breaking the page where it must. */
    void paragraph(const QString &s, const Style &style, int left, int width, int spaceAfter);
    /** Makes sure `height` fits below; a new page otherwise. */
    void keep(int height);
    void space(int pixels) { m_y += pixels; }
    [[nodiscard]] int y() const { return m_y; }
    void setY(int y) { m_y = y; }
    [[nodiscard]] int bottom() const { return m_bottom; }
    void newPage();

private:
    QPdfWriter &m_writer;
    QPainter &m_p;
    int m_bottom;
    int m_y = 0;
};

} // namespace qms
