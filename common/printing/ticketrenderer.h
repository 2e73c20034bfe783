#pragma once

#include <QImage>
#include <QString>

namespace qms {

/**
 * What goes on a printed ticket, already in the citizen's language. The
 * renderer lays it out; it decides no wording.
 */
struct TicketPrint
{
    QString centerName;
    QString heading; ///< "SỐ THỨ TỰ"
    QString label;   ///< the number, printed very large
    QString serviceName;
    QString priorityLine; ///< empty for an ordinary ticket
    QString countersLine; ///< "Quầy phục vụ: 1, 2"
    QString aheadLine;    ///< "Số người chờ trước bạn: 3"
    QString waitLine;     ///< "Thời gian chờ dự kiến: khoảng 15–20 phút"
    QString qrUrl;        ///< the ticket's phone page
    QString qrCaption;    ///< "Quét mã để theo dõi lượt của bạn"
    QString dateLine;     ///< "26/11/2026 09:15"
    QString footer;
};

/**
 * Draws a ticket with QPainter, black on white, `widthDots` wide (576 for 80 mm
 * paper at 203 dpi, 384 for 58 mm) and as tall as its content. Text is drawn
 * with the bundled Noto Sans, so Vietnamese diacritics print on any printer.
 * The result is 1 bit deep (Format_Mono, thresholded, not dithered: text at
 * 203 dpi stays crisp).
 */
[[nodiscard]] QImage renderTicket(const TicketPrint &ticket, int widthDots = 576);

/** The ticket as a PDF page of its own size (real size), for printers that take PDF. */
[[nodiscard]] QByteArray ticketPdf(const QImage &ticket, int dotsPerInch = 203);

} // namespace qms
