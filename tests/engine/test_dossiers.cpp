// Dossiers received at a counter and citizens' ratings, decided by the engine:
// codes in the national format that never repeat, due dates in working days,
// the status flow, and one rating per served ticket.
#include "domain/dossiercode.h"
#include "domain/dossiercsv.h"
#include "support/enginefixture.h"

using namespace qms;
using namespace qms::test;

namespace {
const QString lan = QStringLiteral("lan");

/** A land ticket called to counter 1 and being served there; returns its id. */
TicketId serveAtCounter1(EngineFixture &f, Timestamp now)
{
    if (f.engine.counter(1)->status != CounterStatus::Open)
        f.open(1, now, lan);
    const TicketId id = f.issue(QStringLiteral("land"), now);
    f.run(cmd::CallTicket{1, id, lan}, plusMinutes(now, 1));
    f.run(cmd::StartServing{1, id, lan}, plusMinutes(now, 2));
    return id;
}

cmd::ReceiveDossier receive(TicketId ticket, const QString &procedure = QStringLiteral("land-first"))
{
    cmd::ReceiveDossier c;
    c.counter = 1;
    c.ticket = ticket;
    c.procedure = procedure;
    c.applicantName = QStringLiteral("  Nguyễn   Thị Lan ");
    c.applicantPhone = QStringLiteral("0912 345 678");
    c.papersReceived = {QStringLiteral("Đơn đăng ký")};
    c.actor = lan;
    return c;
}

const Dossier &received(const Events &events)
{
    REQUIRE(events.size() == 1);
    REQUIRE(events.front().type == EventType::DossierReceived);
    REQUIRE(events.front().dossier);
    return *events.front().dossier;
}

cmd::UpdateDossier update(const QString &code, std::optional<DossierStatus> status)
{
    cmd::UpdateDossier c;
    c.code = code;
    c.status = status;
    c.actor = QStringLiteral("hoa");
    return c;
}
} // namespace

TEST_CASE("A dossier received while serving gets the next code and a due date in working days", "[engine][dossier]")
{
    EngineFixture f;
    const TicketId ticket = serveAtCounter1(f, f.morning);
    const Timestamp now = plusMinutes(f.morning, 5);
    const Dossier d = received(f.run(receive(ticket), now));

    CHECK(d.code == "000.00.12.H57-261126-0001");
    CHECK(d.service == "land");
    CHECK(d.applicantName == "Nguyễn Thị Lan");
    CHECK(d.status == DossierStatus::Received);
    CHECK(d.receivedAt == now);
    // Thursday 26 November + 10 working days, the weekends skipped.
    CHECK(d.dueDate == QDate(2026, 12, 10));
    CHECK(d.promisedDate == d.dueDate);
    CHECK(d.ticket == ticket);
    CHECK(d.counter == 1);
    CHECK(d.receivedBy == lan);
    CHECK(f.engine.dossiers().find(d.code) != nullptr);
    REQUIRE(f.engine.dossiers().ofTicket(ticket).size() == 1);

    // A second dossier on the same ticket, the same day: the next sequence.
    const Dossier same = received(f.run(receive(ticket, QStringLiteral("land-copy")), plusMinutes(now, 1)));
    CHECK(same.code == "000.00.12.H57-261126-0002");
    CHECK(same.dueDate == QDate(2026, 11, 26)); // a same-day procedure
    CHECK(f.engine.dossiers().ofTicket(ticket).size() == 2);
}

TEST_CASE("Closed dates are not working days", "[engine][dossier]")
{
    CenterConfig config = smallCenter();
    config.closedDates = {QDate(2026, 12, 2), QDate(2026, 12, 10)};
    CHECK(config.addWorkingDays(QDate(2026, 11, 26), 10) == QDate(2026, 12, 14));
    CHECK(config.addWorkingDays(QDate(2026, 11, 27), 1) == QDate(2026, 11, 30)); // Friday → Monday
    CHECK(config.addWorkingDays(QDate(2026, 11, 28), 0) == QDate(2026, 11, 28));
    CHECK_FALSE(config.isWorkingDay(QDate(2026, 11, 29)));
}

TEST_CASE("A dossier is received only from the citizen in front of the clerk", "[engine][dossier]")
{
    EngineFixture f;
    f.open(1, f.morning, lan);
    const TicketId waiting = f.issue(QStringLiteral("land"), f.morning);
    const Timestamp t = plusMinutes(f.morning, 3);
    CHECK(f.refuse(receive(waiting), t) == ErrorCode::WrongState);
    CHECK(f.refuse(receive(9999), t) == ErrorCode::UnknownTicket);

    const TicketId serving = serveAtCounter1(f, f.morning);
    cmd::ReceiveDossier atAnother = receive(serving);
    atAnother.counter = 2;
    CHECK(f.refuse(atAnother, t) == ErrorCode::WrongState);
    CHECK(f.refuse(receive(serving, QStringLiteral("birth")), t) == ErrorCode::InvalidArgument);
    cmd::ReceiveDossier nameless = receive(serving);
    nameless.applicantName = QStringLiteral("   ");
    CHECK(f.refuse(nameless, t) == ErrorCode::InvalidArgument);
    // Nothing was numbered by the refusals.
    CHECK(f.engine.dossiers().nextCode(QDate(2026, 11, 26)) == "000.00.12.H57-261126-0001");

    // A center file without an agency code cannot number dossiers, and says why.
    CenterConfig noAgency = smallCenter();
    noAgency.agencyCode.clear();
    QueueEngine engine(noAgency);
    engine.apply(require(engine.decide(cmd::StartDay{}, at("2026-11-26 07:00"))));
    engine.apply(require(engine.decide(cmd::OpenCounter{1, lan}, f.morning)));
    const Events issued = require(
        engine.decide(cmd::IssueTicket{QStringLiteral("land"), {}, QStringLiteral("t"), {}}, f.morning));
    engine.apply(issued);
    const TicketId id = issued.front().ticket->id;
    engine.apply(require(engine.decide(cmd::CallTicket{1, id, lan}, f.morning)));
    engine.apply(require(engine.decide(cmd::StartServing{1, id, lan}, f.morning)));
    const auto refused = engine.decide(receive(id), f.morning);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidConfig);
    CHECK(refused.error().message.contains("agency_code"));
}

TEST_CASE("Papers missing at intake make it a supplement request", "[engine][dossier]")
{
    EngineFixture f;
    const TicketId ticket = serveAtCounter1(f, f.morning);
    cmd::ReceiveDossier c = receive(ticket);
    c.papersMissing = {QStringLiteral("Bản vẽ thửa đất")};
    const Dossier d = received(f.run(c, plusMinutes(f.morning, 5)));
    CHECK(d.status == DossierStatus::SupplementRequested);
    CHECK(d.papersMissing == QStringList{QStringLiteral("Bản vẽ thửa đất")});
}

TEST_CASE("A dossier moves through its statuses with who and when until it ends", "[engine][dossier]")
{
    EngineFixture f;
    const TicketId ticket = serveAtCounter1(f, f.morning);
    const QString code = received(f.run(receive(ticket), plusMinutes(f.morning, 5))).code;
    const Timestamp later = plusMinutes(f.morning, 60);

    const Events processing = f.run(update(code, DossierStatus::Processing), later);
    REQUIRE(processing.size() == 1);
    CHECK(processing.front().type == EventType::DossierUpdated);
    CHECK(processing.front().actor == "hoa");
    const Dossier *d = f.engine.dossiers().find(code);
    CHECK(d->status == DossierStatus::Processing);
    CHECK(d->updatedAt == later);
    CHECK(d->updatedBy == "hoa");
    CHECK(d->receivedBy == lan);

    // Nothing to change, a second reception, an earlier promise: refused.
    CHECK(f.refuse(update(code, DossierStatus::Processing), later) == ErrorCode::InvalidArgument);
    CHECK(f.refuse(update(code, DossierStatus::Received), later) == ErrorCode::InvalidArgument);
    cmd::UpdateDossier earlier = update(code, std::nullopt);
    earlier.promisedDate = QDate(2026, 12, 9);
    CHECK(f.refuse(earlier, later) == ErrorCode::InvalidArgument);
    CHECK(f.refuse(update(QStringLiteral("000.00.12.H57-261126-0099"), DossierStatus::Ready), later)
          == ErrorCode::NotFound);

    // An apology: a later date, the legal due date unchanged.
    cmd::UpdateDossier apology = update(code, std::nullopt);
    apology.promisedDate = QDate(2026, 12, 15);
    apology.note = QStringLiteral("chờ ý kiến của Sở");
    f.run(apology, later);
    d = f.engine.dossiers().find(code);
    CHECK(d->promisedDate == QDate(2026, 12, 15));
    CHECK(d->dueDate == QDate(2026, 12, 10));
    CHECK(d->note == "chờ ý kiến của Sở");
    CHECK(d->isOverdue(QDate(2026, 12, 11)));
    CHECK_FALSE(d->isOverdue(QDate(2026, 12, 10)));

    f.run(update(code, DossierStatus::Ready), later);
    const Timestamp returnedAt = at("2026-12-14 09:00");
    f.run(cmd::StartDay{}, at("2026-12-14 07:00")); // dossiers outlive the business day
    f.run(update(code, DossierStatus::Returned), returnedAt);
    d = f.engine.dossiers().find(code);
    CHECK(d->status == DossierStatus::Returned);
    CHECK(d->closedAt == returnedAt);
    CHECK_FALSE(d->isOverdue(QDate(2026, 12, 20)));
    CHECK_FALSE(d->returnedOnTime(7 * 60)); // after the legal date, even with an apology
    CHECK(f.refuse(update(code, DossierStatus::Processing), returnedAt) == ErrorCode::WrongState);
}

TEST_CASE("Returned on the due date is on time and the day after is not", "[engine][dossier]")
{
    Dossier d;
    d.status = DossierStatus::Returned;
    d.dueDate = QDate(2026, 12, 10);
    d.closedAt = at("2026-12-10 16:59");
    CHECK(d.returnedOnTime(7 * 60));
    d.closedAt = at("2026-12-11 07:31");
    CHECK_FALSE(d.returnedOnTime(7 * 60));
    d.status = DossierStatus::Refused;
    d.closedAt = at("2026-12-01 08:00");
    CHECK_FALSE(d.returnedOnTime(7 * 60));
}

TEST_CASE("Codes keep counting after a restart and start again the next day", "[engine][dossier]")
{
    EngineFixture f;
    const TicketId ticket = serveAtCounter1(f, f.morning);
    f.run(receive(ticket), plusMinutes(f.morning, 5));
    f.run(receive(ticket), plusMinutes(f.morning, 6));

    // A hub restarted: the book is restored from what the store keeps.
    std::vector<Dossier> kept;
    for (const auto &[code, d] : f.engine.dossiers().all())
        kept.push_back(d);
    DossierBook book(QStringLiteral("000.00.12.H57"));
    book.restore(kept);
    CHECK(book.nextCode(QDate(2026, 11, 26)) == "000.00.12.H57-261126-0003");
    CHECK(book.nextCode(QDate(2026, 11, 27)) == "000.00.12.H57-261127-0001");
    // Another agency's imported dossiers do not move this agency's sequence.
    Dossier other = kept.front();
    other.code = QStringLiteral("000.00.13.H57-261126-0050");
    kept.push_back(other);
    book.restore(kept);
    CHECK(book.nextCode(QDate(2026, 11, 26)) == "000.00.12.H57-261126-0003");
}

TEST_CASE("A dossier from the province system is imported once and whole", "[engine][dossier]")
{
    EngineFixture f;
    Dossier d;
    d.code = QStringLiteral("000.00.12.H57-261120-0007");
    d.service = QStringLiteral("land");
    d.procedure = QStringLiteral("land-first");
    d.applicantName = QStringLiteral("Trần Văn Hòa");
    d.status = DossierStatus::Processing;
    d.receivedAt = at("2026-11-20 09:00");
    d.dueDate = QDate(2026, 12, 4);
    const Events events = f.run(cmd::ImportDossier{d, QStringLiteral("admin")}, f.morning);
    REQUIRE(events.front().dossier);
    CHECK(events.front().dossier->promisedDate == d.dueDate);
    CHECK(f.engine.dossiers().find(d.code)->status == DossierStatus::Processing);
    CHECK(f.refuse(cmd::ImportDossier{d, QStringLiteral("admin")}, f.morning) == ErrorCode::InvalidArgument);

    Dossier bad = d;
    bad.code = QStringLiteral("HS-7");
    CHECK(f.refuse(cmd::ImportDossier{bad, {}}, f.morning) == ErrorCode::InvalidArgument);
    bad = d;
    bad.code = QStringLiteral("000.00.12.H57-261120-0008");
    bad.service = QStringLiteral("fishing");
    CHECK(f.refuse(cmd::ImportDossier{bad, {}}, f.morning) == ErrorCode::UnknownService);
    bad.service = QStringLiteral("land");
    bad.dueDate = QDate();
    CHECK(f.refuse(cmd::ImportDossier{bad, {}}, f.morning) == ErrorCode::InvalidArgument);
}

TEST_CASE("A served ticket is rated once with its counter and clerk and dossier", "[engine][rating]")
{
    EngineFixture f;
    const TicketId ticket = serveAtCounter1(f, f.morning);
    const QString code = received(f.run(receive(ticket), plusMinutes(f.morning, 5))).code;
    const cmd::RecordRating rate{1,
                                 ticket,
                                 RatingValue::VerySatisfied,
                                 QStringLiteral(" nhanh "),
                                 QStringLiteral("pad"),
                                 QStringLiteral("counter-1")};
    // Not yet served to the end.
    CHECK(f.refuse(rate, plusMinutes(f.morning, 6)) == ErrorCode::WrongState);

    f.run(cmd::Finish{1, ticket, lan}, plusMinutes(f.morning, 10));
    cmd::RecordRating elsewhere = rate;
    elsewhere.counter = 2;
    CHECK(f.refuse(elsewhere, plusMinutes(f.morning, 11)) == ErrorCode::NotYourTicket);

    const Events events = f.run(rate, plusMinutes(f.morning, 11));
    REQUIRE(events.size() == 1);
    CHECK(events.front().type == EventType::RatingRecorded);
    const Rating &r = *events.front().rating;
    CHECK(r.ticket == ticket);
    CHECK(r.counter == 1);
    CHECK(r.clerk == lan);
    CHECK(r.service == "land");
    CHECK(r.dossier == code);
    CHECK(r.value == RatingValue::VerySatisfied);
    CHECK(r.comment == "nhanh");
    CHECK(r.channel == "pad");
    CHECK(f.engine.dossiers().isRated(ticket));
    CHECK(f.refuse(rate, plusMinutes(f.morning, 12)) == ErrorCode::WrongState);

    cmd::RecordRating longComment = rate;
    longComment.ticket = serveAtCounter1(f, plusMinutes(f.morning, 20));
    f.run(cmd::Finish{1, longComment.ticket, lan}, plusMinutes(f.morning, 30));
    longComment.comment = QString(501, QLatin1Char('x'));
    CHECK(f.refuse(longComment, plusMinutes(f.morning, 31)) == ErrorCode::InvalidArgument);
}

TEST_CASE("Dossier codes are read as typed and printed in one form", "[dossier]")
{
    const auto code = DossierCode::parse(QStringLiteral(" 000.00.12.h57-261126-0042 "));
    REQUIRE(code);
    CHECK(code->agency == "000.00.12.H57");
    CHECK(code->received == QDate(2026, 11, 26));
    CHECK(code->sequence == 42);
    CHECK(code->toString() == "000.00.12.H57-261126-0042");
    CHECK_FALSE(DossierCode::parse(QStringLiteral("000.00.12.H57-261332-0001")));
    CHECK_FALSE(DossierCode::parse(QStringLiteral("000.00.12.H57-261126-0000")));
    CHECK_FALSE(DossierCode::parse(QStringLiteral("12.H57-261126-0001")));
    CHECK(maskedName(QStringLiteral("Nguyễn Thị Lan")) == "Nguyễn T. L.");
    CHECK(maskedName(QStringLiteral("Lan")) == "Lan");
}

TEST_CASE("Dossiers go to CSV with a BOM and come back the same", "[dossier][csv]")
{
    Dossier d;
    d.code = QStringLiteral("000.00.12.H57-261126-0001");
    d.service = QStringLiteral("land");
    d.procedure = QStringLiteral("land-first");
    d.applicantName = QStringLiteral("Nguyễn Thị Lan");
    d.applicantPhone = QStringLiteral("+84912345678");
    d.status = DossierStatus::SupplementRequested;
    d.receivedAt = at("2026-11-26 09:20");
    d.dueDate = QDate(2026, 12, 10);
    d.promisedDate = QDate(2026, 12, 14);
    d.papersReceived = {QStringLiteral("Đơn đăng ký, bản chính"), QStringLiteral("CCCD")};
    d.papersMissing = {QStringLiteral("Bản vẽ \"thửa đất\"")};
    d.note = QStringLiteral("=HYPERLINK(\"x\")\nsecond line");
    d.receivedBy = QStringLiteral("lan");
    Dossier e = d;
    e.code = QStringLiteral("000.00.12.H57-261126-0002");
    e.status = DossierStatus::Returned;
    e.closedAt = at("2026-12-09 15:00");
    e.papersMissing.clear();
    e.note.clear();

    const QByteArray csv = DossierCsv::write({d, e}, 7 * 60);
    CHECK(csv.startsWith("\xEF\xBB\xBF"
                         "code,service,procedure,applicant,"));
    CHECK(csv.contains("\r\n000.00.12.H57-261126-0001,land,land-first,Nguyễn Thị Lan,'+84912345678,"));
    CHECK(csv.contains(",2026-11-26 09:20,2026-12-10,2026-12-14,,"));
    // A note a spreadsheet would run as a formula stays text.
    CHECK(csv.contains("\"'=HYPERLINK(\"\"x\"\")\nsecond line\""));

    const DossierCsv::ReadResult back = DossierCsv::read(csv, 7 * 60);
    CHECK(back.errors.isEmpty());
    REQUIRE(back.dossiers.size() == 2);
    Dossier expected = d;
    expected.note = QStringLiteral("=HYPERLINK(\"x\")\nsecond line");
    CHECK(back.dossiers[0] == expected);
    CHECK(back.dossiers[1] == e);
}

TEST_CASE("A CSV from elsewhere is read by its header, and each bad row is named by its line", "[dossier][csv]")
{
    const QByteArray csv = "Applicant,Code,Status,Due,Service,Extra\n"
                           "Trần Văn Hòa,000.00.12.h57-261120-0007,processing,2026-12-04,land,x\n"
                           "Lê Văn Tám,HS-7,done,04/12/2026,land,x\n"
                           "\n"
                           ",000.00.12.H57-261120-0008,ready,2026-12-04,land,x\n";
    const DossierCsv::ReadResult r = DossierCsv::read(csv, 7 * 60);
    REQUIRE(r.dossiers.size() == 1);
    CHECK(r.dossiers[0].code == "000.00.12.H57-261120-0007");
    CHECK(r.dossiers[0].applicantName == "Trần Văn Hòa");
    CHECK(r.dossiers[0].status == DossierStatus::Processing);
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].startsWith("line 3: code: \"HS-7\" is not a dossier code; status: \"done\""));
    CHECK(r.errors[0].contains("due: \"04/12/2026\" is not a date"));
    CHECK(r.errors[1] == "line 5: applicant: is required");

    CHECK(DossierCsv::read("code,service\nx,y\n", 420).errors
          == QStringList{"line 1: the column \"applicant\" is missing"});
    CHECK(DossierCsv::read(QByteArray("code\n\xff\xfe", 6), 420).errors.first().contains("not UTF-8"));
}
