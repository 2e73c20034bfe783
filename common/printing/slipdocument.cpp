#include "printing/slipdocument.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

#include "printing/pdfflow.h"
#include "printing/qrcode.h"

namespace qms {

namespace {
using Flow = PdfFlow;
using pdf::mm;
using pdf::pt;
constexpr int dpi = pdf::dpi;
} // namespace

QByteArray renderSlipPdf(const SlipPrint &slip)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setPageOrientation(QPageLayout::Portrait);
    // The margins of administrative papers: wider on the left, where they are filed.
    writer.setPageMargins(QMarginsF(20, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(dpi);
    writer.setTitle(slip.title);
    writer.setCreator(QStringLiteral("qms-counter"));
    QPainter p(&writer);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    Flow flow(writer, p);
    const int width = writer.width();

    // The heading: the office on the left, the nation and the date on the right.
    const int leftWidth = width * 44 / 100;
    const int rightLeft = leftWidth + mm(4);
    const int rightWidth = width - rightLeft;
    const Flow::Style office{10.5, true, false, false, Qt::AlignHCenter};
    const Flow::Style nation{10.5, true, false, false, Qt::AlignHCenter};
    const Flow::Style motto{11, true, false, true, Qt::AlignHCenter};
    int left = flow.drawAt(slip.office, office, 0, 0, leftWidth);
    p.fillRect(leftWidth / 3, left + mm(1), leftWidth / 3, std::max(1, mm(0.25)), Qt::black);
    left += mm(3);
    left += flow.drawAt(slip.reference, Flow::Style{10.5, false, false, false, Qt::AlignHCenter}, 0, left, leftWidth);
    int right = flow.drawAt(slip.nation, nation, rightLeft, 0, rightWidth);
    right += flow.drawAt(slip.motto, motto, rightLeft, right, rightWidth) + mm(3);
    right += flow.drawAt(slip.dateLine, Flow::Style{11, false, true, false, Qt::AlignHCenter}, rightLeft, right,
                         rightWidth);
    flow.setY(std::max(left, right) + mm(6));

    flow.paragraph(slip.title, Flow::Style{12.5, true, false, false, Qt::AlignHCenter}, 0, width, mm(5));
    for (const SlipParagraph &para : slip.body) {
        const int indent = para.indent * mm(6);
        flow.paragraph(para.text, Flow::Style{10.5, para.bold, false, false, Qt::AlignLeft}, indent, width - indent,
                       mm(0.8));
    }
    flow.space(mm(3));

    // The signatures: the citizen's on the left (when asked), the clerk's on the right.
    const Flow::Style signTitle{11, true, false, false, Qt::AlignHCenter};
    const Flow::Style signHint{10, false, true, false, Qt::AlignHCenter};
    const int half = width / 2;
    const int signBlock = flow.measure(slip.rightSignature, signTitle, half)
        + flow.measure(slip.signatureHint, signHint, half) + mm(16) + flow.measure(slip.rightSigner, signTitle, half);
    flow.keep(signBlock);
    const int top = flow.y();
    if (!slip.leftSignature.isEmpty()) {
        int y = top + flow.drawAt(slip.leftSignature, signTitle, 0, top, half);
        flow.drawAt(slip.signatureHint, signHint, 0, y, half);
    }
    int y = top + flow.drawAt(slip.rightSignature, signTitle, half, top, half);
    y += flow.drawAt(slip.signatureHint, signHint, half, y, half) + mm(16);
    y += flow.drawAt(slip.rightSigner, signTitle, half, y, half);
    flow.setY(y + mm(4));

    // The QR code for looking the dossier up, its caption beside it.
    if (!slip.qrText.isEmpty()) {
        const QImage qr = qrCodeImage(slip.qrText.toUtf8(), mm(0.5));
        if (!qr.isNull()) {
            flow.keep(qr.height());
            const int qrTop = flow.y();
            p.drawImage(0, qrTop, qr);
            flow.drawAt(slip.qrCaption, Flow::Style{10, false, false, false, Qt::AlignLeft}, qr.width() + mm(3),
                        qrTop + mm(2), width - qr.width() - mm(3));
            flow.setY(qrTop + qr.height());
        }
    }
    p.end();
    return pdf;
}

} // namespace qms
