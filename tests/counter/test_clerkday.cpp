// A clerk's day end to end, on the real screens, a real hub, a real cupsd and
// the citizen's rating pad: calls, a transfer, a no-show, a dossier received
// with its receipt printed (read back from the "printer": the QR code scanned,
// the text extracted), the dossier taken to returned, the citizen's rating, and
// the kiosk finding the dossier by its code.
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "counterfixture.h"
#include "domain/dossiercode.h"
#include "kioskcontroller.h"

using namespace qms;
using namespace qms::test;

namespace {
/** The text of a PDF as pdftotext reads it (its layout kept loosely). */
QString pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("slip.pdf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {file.fileName(), QStringLiteral("-")});
    REQUIRE(p.waitForFinished(20'000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString issue(HubFixture &hub, HubClient &kiosk, const char *service)
{
    const HubReply r = hub.call(kiosk, QStringLiteral("ticket.issue"), {{"service", service}});
    REQUIRE(r.ok);
    return r.body["ticket"].toObject()["label"].toString();
}
} // namespace

TEST_CASE("A clerk's day: call, transfer, no-show, a dossier with its printed receipt, returned, rated, found",
          "[counter][e2e]")
{
    CounterFixture::Options o;
    o.clock = at("2026-11-26 08:00");
    CounterFixture f(o);
    RatingPadFixture pad(f.hub, QStringLiteral("counter-1"), {600, 600}, [&] { return f.now; });
    auto kiosk = f.hub.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    const QString a = issue(f.hub, *kiosk, "land");
    const QString b = issue(f.hub, *kiosk, "land");
    const QString c = issue(f.hub, *kiosk, "land");

    f.logIn(QStringLiteral("lan"), QStringLiteral("1111"));
    REQUIRE(f.counter->isLoggedIn());
    f.press(Qt::Key_F12);
    f.settle();

    // The first citizen needs justice at counter 3, not land: sent on, keeping their number.
    f.advance(2);
    f.press(Qt::Key_F1);
    f.settle();
    REQUIRE(f.counter->ticketLabel() == a);
    f.press(Qt::Key_F3);
    f.settle();
    f.press(Qt::Key_F7);
    f.tap(QStringLiteral("transferService-justice"));
    f.tap(QStringLiteral("transferCounter-3"));
    f.tap(QStringLiteral("transferConfirm"));
    f.settle();
    CHECK(f.hub.hub->queue().engine().ticketByLabel(a)->service == "justice");
    CHECK(f.hub.hub->queue().engine().ticketByLabel(a)->targetCounter == 3);

    // The second does not come.
    f.press(Qt::Key_F1);
    f.settle();
    REQUIRE(f.counter->ticketLabel() == b);
    f.advance(2);
    f.press(Qt::Key_F5);
    f.settle();
    CHECK(f.hub.hub->queue().engine().ticketByLabel(b)->state == TicketState::NoShow);

    // The third hands in a dossier, one paper short.
    f.press(Qt::Key_F1);
    f.settle();
    REQUIRE(f.counter->ticketLabel() == c);
    f.press(Qt::Key_F3);
    f.settle();
    f.advance(5);
    f.press(Qt::Key_F10);
    f.tap(QStringLiteral("procedure-land-first"));
    f.tap(QStringLiteral("applicantField"));
    f.type(QStringLiteral("Nguyễn Thị Mai"));
    f.tap(QStringLiteral("phoneField"));
    f.type(QStringLiteral("0912 345 678"));
    f.tap(QStringLiteral("paper-1")); // "Bản vẽ thửa đất" was not brought
    f.tap(QStringLiteral("intakeConfirm"));
    f.settle();
    REQUIRE(f.desk->lastReceived().contains(QStringLiteral("code")));
    const QString code = f.desk->lastReceived().value(QStringLiteral("code")).toString();
    REQUIRE(DossierCode::parse(code));
    CHECK(code == "000.00.12.H57-261126-0001");
    const Dossier *stored = f.hub.hub->queue().engine().dossiers().find(code);
    REQUIRE(stored);
    CHECK(stored->applicantName == "Nguyễn Thị Mai");
    CHECK(stored->papersReceived == QStringList{"Đơn đăng ký"});
    CHECK(stored->papersMissing == QStringList{"Bản vẽ thửa đất"});
    CHECK(stored->status == DossierStatus::SupplementRequested);
    CHECK(stored->dueDate == QDate(2026, 12, 10));
    CHECK(stored->receivedBy == "lan");
    CHECK(stored->ticket == f.hub.hub->queue().engine().ticketByLabel(c)->id);

    // The receipt and the papers request come out of the office printer, in that order.
    const QByteArray receipt = f.office->nextJob();
    const QByteArray request = f.office->nextJob();
    REQUIRE(receipt.startsWith("%PDF-"));
    REQUIRE(request.startsWith("%PDF-"));
    const QList<QImage> pages = rasterizePdf(receipt, 150);
    pages.value(0).save(screenshotDir() + QStringLiteral("/printed-receipt-vi.png"));
    rasterizePdf(request, 150).value(0).save(screenshotDir() + QStringLiteral("/printed-papers-request-vi.png"));
    REQUIRE(pages.size() == 1);                   // a receipt is one sheet
    CHECK(std::abs(pages[0].width() - 874) <= 2); // A5
    CHECK(readQrCodes(pages[0]) == QStringList{code});
    const QString receiptText = pdfText(receipt);
    CHECK(receiptText.contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN NGÀY TRẢ KẾT QUẢ"));
    CHECK(receiptText.contains(code));
    CHECK(receiptText.contains("Nguyễn Thị Mai"));
    CHECK(receiptText.contains("10/12/2026"));
    CHECK(receiptText.contains("Quầy trả kết quả"));
    const QString requestText = pdfText(request);
    CHECK(requestText.contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"));
    CHECK(requestText.contains("Bản vẽ thửa đất"));
    REQUIRE(waitFor([&] { return f.desk->message().startsWith("Đã in"); }));

    // Finished: the pad facing the citizen asks, and the answer is recorded against all of it.
    f.advance(3);
    f.press(Qt::Key_F4);
    f.settle();
    REQUIRE(waitFor([&] { return pad.pad->phase() == "asking"; }));
    CHECK(pad.pad->ticketLabel() == c);
    pad.tap(QStringLiteral("rate-very_satisfied"));
    REQUIRE(waitFor([&] { return pad.pad->phase() == "thanks"; }));
    CHECK(pad.pad->problem().isEmpty());
    SqliteDb &db = f.hub.store->db();
    CHECK(require(db.queryInt("SELECT COUNT(*) FROM ratings WHERE value = 'very_satisfied' AND clerk = 'lan' "
                              "AND counter = 1 AND channel = 'pad' AND dossier = '000.00.12.H57-261126-0001'"))
          == 1);

    // The papers come in; the result is ready, then returned, all on the dossier list.
    f.tap(QStringLiteral("header-dossiers"));
    REQUIRE(f.waitForItem(QStringLiteral("dossiersPage")));
    f.tap(QStringLiteral("filter-all")); // a returned dossier leaves the open ones
    f.tap(QStringLiteral("dossier-") + code);
    for (const char *status : {"processing", "ready", "returned"}) {
        INFO(status);
        f.advance(60);
        f.tap(QStringLiteral("status-%1").arg(QLatin1String(status)));
        f.settle();
        REQUIRE(waitFor([&] { return f.desk->selectedDossier().value("status") == QLatin1String(status); }));
    }
    const Dossier *returned = f.hub.hub->queue().engine().dossiers().find(code);
    CHECK(returned->status == DossierStatus::Returned);
    CHECK(returned->closedAt == f.now);
    CHECK(returned->returnedOnTime(7 * 60));
    CHECK(require(db.queryInt("SELECT COUNT(*) FROM dossiers WHERE status = 'returned' AND closed_at > 0")) == 1);

    // A citizen with the receipt asks the kiosk.
    Translations kioskWords(QStringLiteral("kiosk"));
    kioskWords.setLanguage(QStringLiteral("vi"));
    KioskController kioskScreen(*kiosk, kioskWords, KioskSettings{}, nullptr, [&] { return f.now; });
    QSignalSpy answered(&kioskScreen, &KioskController::dossierAnswered);
    kioskScreen.lookupDossier(code.toLower());
    REQUIRE(waitFor([&] { return answered.size() == 1; }));
    CHECK(answered[0][0].toBool());
    const QString answer = answered[0][1].toString();
    CHECK(answer.contains(code));
    CHECK(answer.contains("Nguyễn T. M."));
    CHECK_FALSE(answer.contains("Nguyễn Thị Mai"));
    CHECK(answer.contains("Đã trả kết quả"));
}

TEST_CASE("A late dossier gets a new date and an apology; the list says what is overdue", "[counter][dossier]")
{
    CounterFixture::Options o;
    o.clock = at("2026-12-14 08:00");
    CounterFixture f(o);
    auto supervisor = f.hub.online(QStringLiteral("supervisor-1"), DeviceRole::Supervisor);
    REQUIRE(f.hub.call(*supervisor, QStringLiteral("clerk.login"), {{"user", "sup"}, {"pin", "4321"}}).ok);
    REQUIRE(f.hub
                .call(*supervisor, QStringLiteral("dossier.import"),
                      {{"dossier",
                        QJsonObject{{"code", "000.00.12.H57-261120-0004"},
                                    {"service", "land"},
                                    {"procedure", "land-first"},
                                    {"applicant", "Lê Văn Tám"},
                                    {"status", "processing"},
                                    {"received_at", at("2026-11-20 09:00")},
                                    {"due", "2026-12-04"}}}})
                .ok);
    f.logIn(QStringLiteral("lan"), QStringLiteral("1111"));
    f.tap(QStringLiteral("header-dossiers"));
    f.tap(QStringLiteral("filter-overdue"));
    REQUIRE(waitFor([&] { return f.desk->dossiers()->rowCount() == 1; }));
    f.tap(QStringLiteral("dossier-000.00.12.H57-261120-0004"));
    CHECK(f.desk->selectedDossier().value("overdue").toBool());
    f.tap(QStringLiteral("newDate"));
    REQUIRE(f.waitForItem(QStringLiteral("apologyReason")));
    // Five working days on from today, suggested; the clerk writes why.
    CHECK(f.textOf(QStringLiteral("apologyDate")) == "21/12/2026");
    f.tap(QStringLiteral("apologyReason"));
    f.type(QStringLiteral("Chờ ý kiến của Sở Tài nguyên và Môi trường"));
    f.tap(QStringLiteral("apologyConfirm"));
    f.settle();
    const Dossier *d = f.hub.hub->queue().engine().dossiers().find(QStringLiteral("000.00.12.H57-261120-0004"));
    CHECK(d->promisedDate == QDate(2026, 12, 21));
    CHECK(d->dueDate == QDate(2026, 12, 4)); // late is still late
    const QString apology = pdfText(f.office->nextJob());
    CHECK(apology.contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"));
    CHECK(apology.contains("Chờ ý kiến của Sở Tài nguyên và Môi trường"));
    CHECK(apology.contains("21/12/2026"));
    CHECK(apology.contains("04/12/2026"));
}

TEST_CASE("Dossiers go out as CSV for any clerk and come in from CSV for a supervisor", "[counter][dossier]")
{
    CounterFixture::Options o;
    o.clock = at("2026-11-26 08:00");
    o.printer = false;
    CounterFixture f(o);
    TempDir dir;
    const QString in = dir.file(QStringLiteral("in.csv"));
    {
        QFile file(in);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF"
                   "code,service,procedure,applicant,status,due\r\n"
                   "000.00.12.H57-261101-0001,land,land-first,Đỗ Thị Hạnh,processing,2026-11-15\r\n"
                   "000.00.12.H57-261101-0002,land,land-first,Vũ Văn Long,ready,2026-11-15\r\n"
                   "000.00.12.H57-261101-0003,land,land-first,,ready,2026-11-15\r\n");
    }
    // A clerk cannot import (the button is not even there); a supervisor can.
    f.logIn(QStringLiteral("lan"), QStringLiteral("1111"));
    f.tap(QStringLiteral("header-dossiers"));
    CHECK(f.waitForItem(QStringLiteral("exportCsv"))->isVisible());
    CHECK_FALSE(f.item(QStringLiteral("importCsv"))->isVisible());
    f.desk->importCsv(in);
    f.settle();
    CHECK(f.desk->messageIsError());
    CHECK(f.hub.hub->queue().engine().dossiers().all().empty());

    f.tap(QStringLiteral("header-logout"));
    f.logIn(QStringLiteral("sup"), QStringLiteral("4321"));
    f.desk->importCsv(in);
    f.settle();
    CHECK(f.hub.hub->queue().engine().dossiers().all().size() == 2);
    CHECK(f.desk->message().startsWith("Đã nhập 2 hồ sơ."));
    CHECK(f.desk->message().contains("line 4: applicant: is required"));
    // The same file again: both are known already, nothing is doubled.
    f.desk->importCsv(in);
    f.settle();
    CHECK(f.hub.hub->queue().engine().dossiers().all().size() == 2);
    CHECK(f.desk->message().startsWith("Đã nhập 0 hồ sơ."));

    const QString out = dir.file(QStringLiteral("out.csv"));
    f.desk->exportCsv(out);
    f.settle();
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    CHECK(csv.startsWith("\xEF\xBB\xBF"
                         "code,"));
    CHECK(csv.contains("000.00.12.H57-261101-0001,land,land-first,Đỗ Thị Hạnh,,processing,"));
    CHECK(f.desk->message() == QStringLiteral("Đã lưu 2 hồ sơ vào %1.").arg(out));
    // A folder that cannot be written is said plainly.
    f.desk->exportCsv(dir.file(QStringLiteral("missing/out.csv")));
    f.settle();
    CHECK(f.desk->messageIsError());
}

TEST_CASE("A slip that cannot print says why, and the dossier is kept all the same", "[counter][dossier]")
{
    CounterFixture::Options o;
    o.clock = at("2026-11-26 08:00");
    CounterFixture f(o);
    // The office printer is switched off.
    f.office.reset();
    auto kiosk = f.hub.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    issue(f.hub, *kiosk, "land");
    f.logIn(QStringLiteral("lan"), QStringLiteral("1111"));
    for (const Qt::Key k : {Qt::Key_F12, Qt::Key_F1, Qt::Key_F3}) {
        f.press(k);
        f.settle();
    }
    f.counter->setLanguage(QStringLiteral("vi"));
    f.desk->receive(QStringLiteral("land-first"), QStringLiteral("Hồ Văn Minh"), {}, {}, {}, {});
    f.settle();
    REQUIRE(f.hub.hub->queue().engine().dossiers().all().size() == 1);
    REQUIRE(waitFor([&] { return f.desk->messageIsError(); }, 30'000));
    CHECK(f.desk->message().startsWith("Không in được giấy tiếp nhận của hồ sơ 000.00.12.H57-261126-0001"));
    CHECK(f.desk->message().contains("máy in đang tắt hoặc chưa kết nối"));
}

TEST_CASE("The rating pad goes back to rest when nobody answers, in its own language", "[counter][rating]")
{
    CounterFixture::Options o;
    o.clock = at("2026-11-26 08:00");
    o.printer = false;
    CounterFixture f(o);
    RatingPadFixture pad(f.hub, QStringLiteral("counter-1"), {1, 1}, [&] { return f.now; });
    auto kiosk = f.hub.online(QStringLiteral("kiosk-1"), DeviceRole::Kiosk);
    issue(f.hub, *kiosk, "land");
    f.logIn(QStringLiteral("lan"), QStringLiteral("1111"));
    pad.tap(QStringLiteral("language-en"));
    for (const Qt::Key k : {Qt::Key_F12, Qt::Key_F1, Qt::Key_F3, Qt::Key_F4}) {
        f.press(k);
        f.settle();
    }
    REQUIRE(waitFor([&] { return pad.pad->phase() == "asking"; }));
    REQUIRE(waitFor([&] { return pad.pad->phase() == "idle"; }, 5000));
    CHECK(pad.pad->language() == "vi");
    CHECK(require(f.hub.store->db().queryInt("SELECT COUNT(*) FROM ratings")) == 0);
    // Another counter's citizens are not this pad's.
    auto other = f.hub.online(QStringLiteral("counter-2"), DeviceRole::Counter);
    REQUIRE(f.hub.call(*other, QStringLiteral("clerk.login"), {{"user", "hoa"}, {"pin", "1111"}}).ok);
    REQUIRE(f.hub.call(*other, QStringLiteral("counter.open")).ok);
    issue(f.hub, *kiosk, "land");
    const HubReply called = f.hub.call(*other, QStringLiteral("ticket.call_next"));
    REQUIRE(called.ok);
    const qint64 id = called.body["ticket"].toObject()["id"].toInteger();
    REQUIRE(f.hub.call(*other, QStringLiteral("ticket.start"), {{"ticket", id}}).ok);
    REQUIRE(f.hub.call(*other, QStringLiteral("ticket.finish"), {{"ticket", id}}).ok);
    QCoreApplication::processEvents();
    CHECK(pad.pad->phase() == "idle");
}
