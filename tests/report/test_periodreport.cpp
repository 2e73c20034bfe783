// The director's figures against a day worked out by hand: every expected
// number below is computed in this file from the times the day was built with,
// not read back from the program.
#include "report/periodreport.h"
#include "report/reportcsv.h"
#include "support/enginefixture.h"

using namespace qms;
using namespace qms::test;

namespace {
/** The fixture day, every event kept in log order. */
struct Day
{
    EngineFixture f;
    Events log;
    Timestamp at(double minutes) const { return plusMinutes(f.morning, minutes); }
    void run(const Command &c, double minutes)
    {
        for (Event &e : f.run(c, at(minutes)))
            log.push_back(e);
    }
    void runAt(const Command &c, Timestamp when)
    {
        for (Event &e : f.run(c, when))
            log.push_back(e);
    }
    TicketId issue(const char *service, double minutes)
    {
        const auto before = log.size();
        run(cmd::IssueTicket{QString::fromLatin1(service), {}, QStringLiteral("TOK%1").arg(minutes), QStringLiteral("kiosk")},
            minutes);
        return log[before].ticket->id;
    }
    void serve(int counter, const char *clerk, TicketId t, double called, double started, double finished)
    {
        const QString c = QString::fromLatin1(clerk);
        run(cmd::CallTicket{counter, t, c}, called);
        run(cmd::StartServing{counter, t, c}, started);
        run(cmd::Finish{counter, t, c}, finished);
    }
};

double mean(std::initializer_list<double> v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return sum / double(v.size());
}
} // namespace

TEST_CASE("A hand-worked day: counts, waits, walks, service times, the service level, hours, satisfaction and "
          "dossiers",
          "[report]")
{
    Day d;
    d.run(cmd::OpenCounter{1, QStringLiteral("lan")}, 0);
    d.run(cmd::OpenCounter{3, QStringLiteral("hoa")}, 0);
    // Minutes after 08:00.      issued  called  started  finished
    const TicketId t1 = d.issue("land", 0);     //   5      6        16
    const TicketId t2 = d.issue("land", 2);     //  16     18        38
    const TicketId t3 = d.issue("land", 3);     //  38     (not present at 41)
    const TicketId t4 = d.issue("justice", 10); //  12     13        20
    const TicketId t5 = d.issue("justice", 11); //  (cancelled at 15, waiting)
    const TicketId t6 = d.issue("land", 20);    //  40     41, sent to justice at 45; called 46, 47, 57 at counter 3
    d.run(cmd::CallTicket{1, t1, QStringLiteral("lan")}, 5);
    d.run(cmd::StartServing{1, t1, QStringLiteral("lan")}, 6);
    d.run(cmd::ReceiveDossier{1, t1, QStringLiteral("land-first"), QStringLiteral("Nguyễn Văn An"), {}, {}, {}, {},
                              QStringLiteral("lan")},
          10.5);
    d.run(cmd::Finish{1, t1, QStringLiteral("lan")}, 16);
    d.serve(3, "hoa", t4, 12, 13, 20);
    d.run(cmd::Cancel{3, t5, QStringLiteral("left"), QStringLiteral("hoa")}, 15);
    d.run(cmd::CallTicket{1, t2, QStringLiteral("lan")}, 16);
    d.run(cmd::StartServing{1, t2, QStringLiteral("lan")}, 18);
    d.run(cmd::ReceiveDossier{1, t2, QStringLiteral("land-first"), QStringLiteral("Trần Thị Bình"), {}, {}, {}, {},
                              QStringLiteral("lan")},
          30);
    d.run(cmd::Finish{1, t2, QStringLiteral("lan")}, 38);
    d.run(cmd::CallTicket{1, t3, QStringLiteral("lan")}, 38);
    d.run(cmd::MarkNoShow{1, t3, QStringLiteral("lan")}, 41);
    d.run(cmd::CallTicket{1, t6, QStringLiteral("lan")}, 40);
    d.run(cmd::StartServing{1, t6, QStringLiteral("lan")}, 41);
    d.run(cmd::Transfer{1, t6, QStringLiteral("justice"), 0, QueuePosition::Head, QStringLiteral("lan"), {}}, 45);
    d.serve(3, "hoa", t6, 46, 47, 57);
    d.run(cmd::RecordRating{1, t1, RatingValue::VerySatisfied, {}, QStringLiteral("pad"), QStringLiteral("pad")}, 17);
    d.run(cmd::RecordRating{1, t2, RatingValue::Satisfied, {}, QStringLiteral("pad"), QStringLiteral("pad")}, 39);
    d.run(cmd::RecordRating{3, t4, RatingValue::Unsatisfied, {}, QStringLiteral("phone"), QStringLiteral("phone")}, 21);
    // The dossiers' fate: the first back on time, the second late, an old one still open past its date.
    QStringList codes;
    for (const Event &e : d.log)
        if (e.type == EventType::DossierReceived)
            codes << e.dossier->code;
    REQUIRE(codes.size() == 2);
    const QDate due1 = d.f.engine.dossiers().find(codes[0])->dueDate;
    const QDate due2 = d.f.engine.dossiers().find(codes[1])->dueDate;
    Dossier old;
    old.code = QStringLiteral("000.00.12.H57-261101-0007");
    old.service = QStringLiteral("land");
    old.applicantName = QStringLiteral("Lê Văn Cường");
    old.status = DossierStatus::Processing;
    old.receivedAt = at("2026-11-01 09:00");
    old.dueDate = QDate(2026, 11, 20);
    old.promisedDate = old.dueDate;
    d.run(cmd::ImportDossier{old, QStringLiteral("sup")}, 58);
    auto onDay = [&](const QDate &day, const char *time, const Command &c) {
        d.runAt(cmd::StartDay{}, at(qPrintable(day.toString(QStringLiteral("yyyy-MM-dd 07:00")))));
        d.runAt(c, at(qPrintable(day.toString(QStringLiteral("yyyy-MM-dd ")) + QLatin1String(time))));
    };
    onDay(QDate(2026, 12, 1), "09:00", cmd::UpdateDossier{codes[0], DossierStatus::Ready, {}, {}, {}, QStringLiteral("lan")});
    d.runAt(cmd::UpdateDossier{codes[1], DossierStatus::Ready, {}, {}, {}, QStringLiteral("lan")}, at("2026-12-01 09:05"));
    onDay(due1, "10:00", cmd::UpdateDossier{codes[0], DossierStatus::Returned, {}, {}, {}, QStringLiteral("lan")});
    onDay(due2.addDays(3), "10:00", cmd::UpdateDossier{codes[1], DossierStatus::Returned, {}, {}, {}, QStringLiteral("lan")});

    PeriodReport report(d.f.engine.config(), QDate(2026, 11, 26), QDate(2026, 12, 31));
    for (const Event &e : d.log)
        report.add(e);
    report.finish(QDate(2026, 12, 31));

    const TicketFigures &all = report.all();
    CHECK(all.issued == 6);
    CHECK(all.served == 4); // 1, 2, 4 and 6 (at justice)
    CHECK(all.noShow == 1);
    CHECK(all.cancelled == 1);
    CHECK(all.transferred == 1);
    // Waits (first call − issue), over the five tickets called: 5, 14, 35, 2, 20 minutes.
    CHECK(all.wait.count == 5);
    CHECK(all.wait.mean == Approx(mean({5, 14, 35, 2, 20}) * 60));
    CHECK(all.wait.median == Approx(14 * 60));
    CHECK(all.wait.p90 == Approx(35 * 60)); // nearest rank: the 5th of 5
    // Walks (last call → start) of the served: 1, 2, 1, 1 (ticket 6 after its second call).
    CHECK(all.walk.mean == Approx(mean({1, 2, 1, 1}) * 60));
    CHECK(all.walk.median == Approx(1 * 60));
    CHECK(all.walk.p90 == Approx(2 * 60));
    // Service (start → finish): 10, 20, 7, and 10 for ticket 6's last service.
    CHECK(all.service.mean == Approx(mean({10, 20, 7, 10}) * 60));
    CHECK(all.service.median == Approx(10 * 60));
    CHECK(all.service.p90 == Approx(20 * 60));
    // Total (issue → finish): 16, 36, 10, 37.
    CHECK(all.total.mean == Approx(mean({16, 36, 10, 37}) * 60));
    CHECK(all.total.median == Approx((16 + 36) / 2.0 * 60));
    CHECK(all.total.p90 == Approx(37 * 60));
    // Called within the 15-minute target: 1 (5), 2 (14) and 4 (2); not 6 (20).
    CHECK(all.servedWithinTarget == 3);
    CHECK(all.withinTargetShare() == Approx(0.75));

    const TicketFigures &land = report.byService().at(QStringLiteral("land"));
    CHECK(land.issued == 4);
    CHECK(land.served == 2); // ticket 6 ended at justice
    CHECK(land.noShow == 1);
    CHECK(land.transferred == 1);
    const TicketFigures &justice = report.byService().at(QStringLiteral("justice"));
    CHECK(justice.issued == 2);
    CHECK(justice.served == 2);
    CHECK(justice.cancelled == 1);
    CHECK(justice.wait.mean == Approx(mean({2, 20}) * 60)); // 4, and 6 from its issue
    CHECK(report.byCounter().at(1).served == 2);
    CHECK(report.byCounter().at(1).noShow == 1);
    CHECK(report.byCounter().at(1).transferred == 1);
    CHECK(report.byCounter().at(3).served == 2);
    CHECK(report.byClerk().at(QStringLiteral("lan")).served == 2);
    CHECK(report.byClerk().at(QStringLiteral("lan")).transferred == 1);
    CHECK(report.byClerk().at(QStringLiteral("hoa")).served == 2);
    CHECK(report.byClerk().at(QStringLiteral("hoa")).service.mean == Approx(mean({7, 10}) * 60));
    // All six issued between 08:00 and 08:20.
    CHECK(report.issuedByHour()[8] == 6);
    CHECK(report.issuedByHour()[9] == 0);
    // One of each answer: two of three satisfied.
    CHECK(report.satisfaction().verySatisfied == 1);
    CHECK(report.satisfaction().satisfied == 1);
    CHECK(report.satisfaction().unsatisfied == 1);
    CHECK(report.satisfaction().satisfiedShare() == Approx(2.0 / 3.0));
    CHECK(report.satisfactionByService().at(QStringLiteral("justice")).unsatisfied == 1);
    // Dossiers: two received in the period (the old one before it), one back on time, one late, the old one overdue.
    const DossierFigures &dossiers = report.dossiers();
    CHECK(dossiers.received == 2);
    CHECK(dossiers.returnedOnTime == 1);
    CHECK(dossiers.returnedLate == 1);
    CHECK(dossiers.overdueNow == 1);
    CHECK(dossiers.onTimeRate() == Approx(0.5));

    // The same figures in the CSV, for a spreadsheet: a byte-order mark, then the rows.
    const QByteArray csv = reportCsv(report);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    CHECK(text.contains(QStringLiteral("Đất đai,4,2,1,1,0,100.0,")));  // land: both served within target
    CHECK(text.contains(QStringLiteral("All services,6,4,1,1,1,75.0,15.2,14.0,35.0,")));
    CHECK(text.contains(QStringLiteral("08:00,6")));
}

TEST_CASE("Only the period's days count, and a day's report of an empty day is zeros, not a failure", "[report]")
{
    Day d;
    d.run(cmd::OpenCounter{1, QStringLiteral("lan")}, 0);
    const TicketId t = d.issue("land", 0);
    d.serve(1, "lan", t, 1, 2, 3);
    PeriodReport before(d.f.engine.config(), QDate(2026, 11, 1), QDate(2026, 11, 25));
    PeriodReport after(d.f.engine.config(), QDate(2026, 11, 27), QDate(2026, 11, 30));
    for (const Event &e : d.log) {
        before.add(e);
        after.add(e);
    }
    before.finish(QDate(2026, 11, 25));
    after.finish(QDate(2026, 11, 30));
    CHECK(before.all().issued == 0);
    CHECK(after.all().served == 0);
    CHECK(after.all().wait.count == 0);
    CHECK(after.satisfaction().satisfiedShare() == 0);
    CHECK(after.dossiers().onTimeRate() == 0);
    CHECK(reportCsv(after).contains("All services,0,0,0,0,0,,"));
}
