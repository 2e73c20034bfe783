#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

#include "printing/cupsprinter.h"
#include "printing/escpos.h"
#include "printing/qrcode.h"
#include "printing/slipdocument.h"
#include "printing/ticketrenderer.h"
#include "support/hubfixture.h"
#include "support/privatecupsd.h"

using namespace qms;
using namespace qms::test;

namespace {
TicketPrint sampleTicket()
{
    TicketPrint t;
    t.centerName = QStringLiteral("Trung tâm Phục vụ hành chính công phường An Hòa");
    t.heading = QStringLiteral("SỐ THỨ TỰ");
    t.label = QStringLiteral("1023");
    t.serviceName = QStringLiteral("Tư pháp – Hộ tịch");
    t.priorityLine = QStringLiteral("Ưu tiên: Người cao tuổi");
    t.countersLine = QStringLiteral("Quầy phục vụ: 3, 4, 8");
    t.aheadLine = QStringLiteral("Số người chờ trước bạn: 7");
    t.waitLine = QStringLiteral("Thời gian chờ dự kiến: khoảng 15–20 phút");
    t.qrUrl = QStringLiteral("http://192.168.1.10:7480/t/7QH2M9KX4D1PZ0BW");
    t.qrCaption = QStringLiteral("Quét mã để theo dõi lượt của bạn");
    t.dateLine = QStringLiteral("26/11/2026 09:15");
    t.footer = QStringLiteral("Xin cảm ơn!");
    return t;
}

/** Rows of the image that hold at least one black dot. */
int inkedRows(const QImage &image)
{
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    int rows = 0;
    for (int y = 0; y < g.height(); ++y) {
        const uchar *line = g.constScanLine(y);
        rows += std::any_of(line, line + g.width(), [](uchar v) { return v < 128; });
    }
    return rows;
}
SlipPrint sampleSlip(int papers)
{
    SlipPrint s;
    s.office = QStringLiteral("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG AN HÒA");
    s.reference = QStringLiteral("Mã hồ sơ: 000.00.12.H57-261126-0001");
    s.nation = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    s.motto = QStringLiteral("Độc lập – Tự do – Hạnh phúc");
    s.dateLine = QStringLiteral("Ngày 26 tháng 11 năm 2026");
    s.title = QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN NGÀY TRẢ KẾT QUẢ");
    s.body.push_back({QStringLiteral("Tiếp nhận hồ sơ của: Ông/Bà Nguyễn Thị Lan"), 0, false});
    s.body.push_back({QStringLiteral("1. Thành phần hồ sơ nộp gồm:"), 0, true});
    for (int i = 1; i <= papers; ++i)
        s.body.push_back(
            {QStringLiteral("– Giấy tờ thứ %1 về quyền sử dụng đất, bản chính kèm bản sao").arg(i), 1, false});
    s.body.push_back({QStringLiteral("2. Thời gian trả kết quả: ngày 10/12/2026"), 0, true});
    s.leftSignature = QStringLiteral("NGƯỜI NỘP HỒ SƠ");
    s.rightSignature = QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ");
    s.signatureHint = QStringLiteral("(Ký và ghi rõ họ tên)");
    s.rightSigner = QStringLiteral("Nguyễn Thị Lan");
    s.qrText = QStringLiteral("http://192.168.1.10:7480/d/000.00.12.H57-261126-0001");
    s.qrCaption = QStringLiteral("Quét mã để tra cứu hồ sơ");
    return s;
}
} // namespace

TEST_CASE("A dossier slip is an A5 page with a QR code that scans, and a long one flows onto a second page",
          "[printing]")
{
    const SlipPrint slip = sampleSlip(3);
    const QByteArray pdf = renderSlipPdf(slip);
    REQUIRE(pdf.startsWith("%PDF-"));
    const QList<QImage> pages = rasterizePdf(pdf, 150);
    REQUIRE(pages.size() == 1);
    // 148 × 210 mm at 150 dpi.
    CHECK(std::abs(pages[0].width() - 874) <= 2);
    CHECK(std::abs(pages[0].height() - 1240) <= 2);
    CHECK(readQrCodes(pages[0]) == QStringList{slip.qrText});
    // Some ink in the top and the bottom halves: the heading and the signatures are on the page.
    const QImage top = pages[0].copy(0, 0, pages[0].width(), pages[0].height() / 2);
    const QImage bottom = pages[0].copy(0, pages[0].height() / 2, pages[0].width(), pages[0].height() / 2);
    CHECK(inkedRows(top) > 100);
    CHECK(inkedRows(bottom) > 100);

    // Twelve papers do not fit one A5 page: nothing is cut, the rest flows on, the QR code last.
    const QList<QImage> long_ = rasterizePdf(renderSlipPdf(sampleSlip(12)), 150);
    REQUIRE(long_.size() == 2);
    CHECK(readQrCodes(long_[0]).isEmpty());
    CHECK(readQrCodes(long_[1]) == QStringList{slip.qrText});
}

TEST_CASE("A QR code from libqrencode reads back with zbar", "[printing]")
{
    const QString url = QStringLiteral("http://192.168.1.10:7480/t/7QH2M9KX4D1PZ0BW");
    const QImage qr = qrCodeImage(url.toUtf8(), 5);
    REQUIRE_FALSE(qr.isNull());
    CHECK(qr.width() == qr.height());
    CHECK(qr.width() % 5 == 0);
    CHECK(readQrCodes(qr) == QStringList{url});
}

TEST_CASE("A ticket renders 1-bit, 576 or 384 dots wide, with a readable QR code", "[printing]")
{
    const TicketPrint t = sampleTicket();
    for (const int width : {576, 384}) {
        const QImage img = renderTicket(t, width);
        CHECK(img.format() == QImage::Format_Mono);
        CHECK(img.width() == width);
        CHECK(img.height() > width); // a receipt is taller than wide
        CHECK(img.height() < 4 * width);
        CHECK(inkedRows(img) > img.height() / 3);
        CHECK(readQrCodes(img) == QStringList{t.qrUrl});
    }
    // Without a QR link the ticket is shorter and has no code.
    TicketPrint noQr = t;
    noQr.qrUrl.clear();
    const QImage plain = renderTicket(noQr);
    CHECK(plain.height() < renderTicket(t).height());
    CHECK(readQrCodes(plain).isEmpty());
}

TEST_CASE("ESC/POS raster decodes back to the very same image", "[printing]")
{
    const QImage ticket = renderTicket(sampleTicket());
    const QByteArray bytes = escPosRaster(ticket);
    CHECK(bytes.startsWith("\x1b\x40"));
    CHECK(bytes.endsWith(QByteArray("\x1d\x56\x42\x00", 4)));
    const EscPosDocument doc = decodeEscPos(bytes);
    REQUIRE(doc.error.isEmpty());
    CHECK(doc.initialized);
    CHECK(doc.cut);
    CHECK(doc.feedLines == 4);
    REQUIRE(doc.raster.size() == ticket.size());
    const QImage expected = ticket.convertToFormat(QImage::Format_Grayscale8);
    int different = 0;
    for (int y = 0; y < expected.height(); ++y)
        for (int x = 0; x < expected.width(); ++x)
            different += (expected.pixelColor(x, y).value() < 128) != (doc.raster.pixelColor(x, y).value() < 128);
    CHECK(different == 0);
    // Taller than one band: several GS v 0 commands, none over 256 rows.
    CHECK(bytes.count(QByteArray("\x1d\x76\x30\x00", 4)) == (ticket.height() + 255) / 256);

    // A width that is not a multiple of 8 is padded, not cut.
    const QImage odd = ticket.copy(0, 0, 570, 100);
    CHECK(decodeEscPos(escPosRaster(odd, false, 0)).raster.width() == 576);
}

TEST_CASE("A ticket goes through a real cupsd to a networked receipt printer", "[printing][cups]")
{
    PrivateCupsd cups;
    REQUIRE(cups.isRunning());
    FakeNetworkPrinter printer;
    cups.addRawQueue(QStringLiteral("thermal"), printer.port());

    const TicketPrint t = sampleTicket();
    CupsPrinter::Options options;
    options.queue = QStringLiteral("thermal");
    options.server = cups.server();
    options.timeoutMs = 15'000;
    CupsPrinter cupsPrinter(options);

    const PrinterStatus status = CupsPrinter::queryStatus(QStringLiteral("thermal"));
    CHECK(status.found);
    CHECK_FALSE(status.blocked());

    std::optional<PrintOutcome> outcome;
    std::optional<quint64> printedKey;
    QObject::connect(&cupsPrinter, &CupsPrinter::printed, [&](quint64 key, const PrintOutcome &o) {
        printedKey = key;
        outcome = o;
    });
    const quint64 key = cupsPrinter.print(renderTicket(t), QStringLiteral("ticket 1023"));
    const QByteArray job = printer.nextJob();
    REQUIRE(waitFor([&] { return outcome.has_value(); }, 20'000));
    INFO(outcome->code.toStdString() << " " << outcome->detail.toStdString() << "\n" << cups.log().toStdString());
    CHECK(outcome->ok);
    CHECK(outcome->jobId > 0);
    CHECK(printedKey == key); // the outcome names the print it belongs to

    REQUIRE_FALSE(job.isEmpty());
    const EscPosDocument doc = decodeEscPos(job);
    INFO(doc.error.toStdString());
    REQUIRE(doc.error.isEmpty());
    CHECK(doc.cut);
    CHECK(doc.raster.width() == 576);
    CHECK(readQrCodes(doc.raster) == QStringList{t.qrUrl});
}

TEST_CASE("A ticket as PDF for an ordinary printer rasterizes with its QR code", "[printing][cups]")
{
    PrivateCupsd cups;
    REQUIRE(cups.isRunning());
    FakeNetworkPrinter printer;
    cups.addRawQueue(QStringLiteral("office"), printer.port());
    const TicketPrint t = sampleTicket();
    CupsPrinter::Options options;
    options.queue = QStringLiteral("office");
    options.server = cups.server();
    options.format = CupsPrinter::Format::Pdf;
    // Off this thread, as the app does: this thread runs the printer's socket.
    QFuture<PrintOutcome> printing = QtConcurrent::run([options, pdf = CupsPrinter(options).encode(renderTicket(t))] {
        return CupsPrinter::printNow(options, pdf, QStringLiteral("ticket"));
    });
    const QByteArray pdf = printer.nextJob();
    REQUIRE(waitFor([&] { return printing.isFinished(); }, 20'000));
    const PrintOutcome outcome = printing.result();
    INFO(outcome.code.toStdString() << ": " << outcome.detail.toStdString() << "\n" << cups.log().toStdString());
    CHECK(outcome.ok);
    REQUIRE(pdf.startsWith("%PDF-"));

    const QList<QImage> pages = rasterizePdf(pdf, 203);
    REQUIRE(pages.size() == 1);
    const QImage &page = pages.front();
    REQUIRE_FALSE(page.isNull());
    // The page is the ticket's own size (not an A4 sheet three quarters blank).
    const QImage ticket = renderTicket(t);
    CHECK(std::abs(page.width() - ticket.width()) <= 2);
    CHECK(std::abs(page.height() - ticket.height()) <= 2);
    CHECK(readQrCodes(page) == QStringList{t.qrUrl});
}

TEST_CASE("A printer that does not answer is reported, and the job does not linger", "[printing][cups]")
{
    PrivateCupsd cups;
    REQUIRE(cups.isRunning());
    quint16 deadPort = 0;
    {
        QTcpServer s; // a port nobody listens on once this closes
        REQUIRE(s.listen(QHostAddress::LocalHost, 0));
        deadPort = s.serverPort();
    }
    cups.addRawQueue(QStringLiteral("unplugged"), deadPort);
    CupsPrinter::Options options;
    options.queue = QStringLiteral("unplugged");
    options.server = cups.server();
    options.timeoutMs = 4000;
    // The printer is asked before a job is made: refused at once, nothing queued.
    const PrinterStatus status = CupsPrinter::queryStatus(QStringLiteral("unplugged"), cups.server());
    CHECK(status.reachable == false);
    CHECK(status.problem() == "printer_unreachable");
    const PrintOutcome outcome = CupsPrinter::printNow(options, escPosRaster(renderTicket(sampleTicket())),
                                                       QStringLiteral("t"));
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.code == "printer_unreachable");
    CHECK(outcome.jobId == 0);
    CHECK_FALSE(outcome.maybePrinted);
    CHECK_FALSE(
        cups.run(QStringLiteral("lpstat"), {QStringLiteral("-o"), QStringLiteral("unplugged")}).contains("unplugged-"));

    SECTION("a stopped queue is refused at once")
    {
        cups.run(QStringLiteral("cupsdisable"), {QStringLiteral("unplugged")});
        const PrinterStatus status = CupsPrinter::queryStatus(QStringLiteral("unplugged"));
        CHECK(status.state == 5);
        CHECK(status.problem() == "printer_stopped");
        const PrintOutcome refused = CupsPrinter::printNow(options, QByteArray("x"), QStringLiteral("t"));
        CHECK(refused.code == "printer_stopped");
        CHECK(refused.jobId == 0);
    }
    SECTION("an unknown queue")
    {
        CHECK(CupsPrinter::queryStatus(QStringLiteral("nope")).problem() == "printer_not_found");
    }
    SECTION("a CUPS server given as host:port")
    {
        REQUIRE(waitFor([&] { return CupsPrinter::queryStatus(QStringLiteral("unplugged"), cups.tcpServer()).found; },
                        5000));
        CHECK_FALSE(CupsPrinter::queryStatus(QStringLiteral("unplugged"), QStringLiteral("127.0.0.1:1")).found);
    }
}

TEST_CASE("A printer that takes the job and stalls is never reported as 'not printed'", "[printing][cups]")
{
    PrivateCupsd cups;
    REQUIRE(cups.isRunning());
    // Takes the connection, then reads nothing for 5 s (a jam cleared, a cover closed).
    FakeNetworkPrinter printer(5000);
    cups.addRawQueue(QStringLiteral("jammed"), printer.port());
    CupsPrinter::Options options;
    options.queue = QStringLiteral("jammed");
    options.server = cups.server();
    options.timeoutMs = 2000;
    QFuture<PrintOutcome> printing = QtConcurrent::run([options] {
        return CupsPrinter::printNow(options, escPosRaster(renderTicket(sampleTicket())), QStringLiteral("t"));
    });
    REQUIRE(waitFor([&] { return printing.isFinished(); }, 20'000));
    const PrintOutcome outcome = printing.result();
    INFO(outcome.code.toStdString() << ": " << outcome.detail.toStdString());
    CHECK_FALSE(outcome.ok);
    // The bytes may be on their way, so nobody may be told that it did not print…
    CHECK(outcome.maybePrinted);
    CHECK(outcome.code == "unconfirmed");
    // …because they do arrive once the printer reads again.
    CHECK(waitFor([&] { return printer.bytesReceived() > 0; }, 10'000));
}
