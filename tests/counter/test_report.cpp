// qms-counter --report as a supervisor or cron runs it on the hub's machine:
// against a database of generated working days (qms-monthgen), the CSV a
// spreadsheet opens with its Vietnamese whole and the PDF a director signs.
#include <QFile>
#include <QProcess>

#include "store/sqliteeventstore.h"
#include "support/testsupport.h"

using namespace qms;
using namespace qms::test;

namespace {
struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(120'000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("A month's report from the hub's database: the CSV opens with its Vietnamese, the PDF reads back",
          "[report][counter]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("hub.db"));
    const QString center = sourcePath(QStringLiteral("resources/centers/sample-center.json"));
    const Run made = run(QStringLiteral(QMS_MONTHGEN_BINARY),
                         {sourcePath(QStringLiteral("tests/data/traces/town-weekday.json")), QStringLiteral("--center"),
                          center, QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2026-05-04"),
                          QStringLiteral("--days"), QStringLiteral("7")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.startsWith(QStringLiteral("5 working days")));

    // The hub keeps running on that database (it holds the lock): the report only reads beside it.
    auto hub = SqliteEventStore::open(db);
    REQUIRE(hub);
    const QString csv = dir.file(QStringLiteral("week.csv"));
    const QString pdf = dir.file(QStringLiteral("week.pdf"));
    const Run report = run(QStringLiteral(QMS_COUNTER_BINARY),
                           {QStringLiteral("--report"), QStringLiteral("2026-05-04..2026-05-08"), QStringLiteral("--db"),
                            db, QStringLiteral("--center"), center, QStringLiteral("--csv"), csv, QStringLiteral("--pdf"),
                            pdf});
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    CHECK(report.err.contains(QStringLiteral("5 day(s)")));

    // The tickets of those days, counted in the database itself.
    const qint64 tickets = require(hub.value()->db().queryInt(
        "SELECT COUNT(*) FROM tickets WHERE business_day BETWEEN '2026-05-04' AND '2026-05-08'"));
    REQUIRE(tickets > 500);

    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // so a spreadsheet reads it as UTF-8
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(QStringLiteral("Trung tâm Phục vụ hành chính công phường An Hòa,Từ ngày 04/05/2026 đến ngày "
                                         "08/05/2026")));
    CHECK(text.contains(QStringLiteral("Lĩnh vực,Số phiếu cấp,Đã phục vụ,Vắng mặt")));
    CHECK(text.contains(QStringLiteral("Tất cả lĩnh vực,%1,").arg(tickets)));
    CHECK(text.contains(QStringLiteral("Lao động – Thương binh và Xã hội,")));

    // The PDF, read back as text (poppler's pdftotext): Vietnamese whole, the figures in it.
    const Run back = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(back.exitCode == 0);
    CHECK(back.out.contains(QStringLiteral("BÁO CÁO KẾT QUẢ PHỤC VỤ TỔ CHỨC, CÔNG DÂN")));
    CHECK(back.out.contains(QStringLiteral("Từ ngày 04/05/2026 đến ngày 08/05/2026 (5 ngày làm việc)")));
    CHECK(back.out.contains(QString::number(tickets)));
    CHECK(back.out.contains(QStringLiteral("GIÁM ĐỐC")));

    // A wrong period, or nowhere to write: told, nothing written.
    const Run wrong = run(QStringLiteral(QMS_COUNTER_BINARY),
                          {QStringLiteral("--report"), QStringLiteral("2026-05-08..2026-05-04"), QStringLiteral("--db"),
                           db, QStringLiteral("--center"), center, QStringLiteral("--csv"), csv});
    CHECK(wrong.exitCode == 64);
    CHECK(wrong.err.contains(QStringLiteral("FROM..TO")));
    const Run noDb = run(QStringLiteral(QMS_COUNTER_BINARY),
                         {QStringLiteral("--report"), QStringLiteral("2026-05"), QStringLiteral("--db"),
                          dir.file(QStringLiteral("missing.db")), QStringLiteral("--center"), center,
                          QStringLiteral("--csv"), csv});
    CHECK(noDb.exitCode == 66);
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("missing.db"))));
}
