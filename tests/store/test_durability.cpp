#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <iostream>

#include "store/sqliteeventstore.h"
#include "support/testsupport.h"

using namespace qms;
using namespace qms::test;

namespace {
struct Reported
{
    TicketId id;
    QString label;
    QString token;
};
} // namespace

TEST_CASE("Every acknowledged ticket survives SIGKILL at a random moment", "[store][durability]")
{
    const int runs = qEnvironmentVariableIntValue("QMS_DURABILITY_RUNS") > 0
        ? qEnvironmentVariableIntValue("QMS_DURABILITY_RUNS")
        : 20;
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    INFO("seed " << seed);

    TempDir dir;
    const QString db = dir.file(QStringLiteral("durability.db"));
    const QString config = sourcePath(QStringLiteral("tests/data/always-open-center.json"));
    std::vector<Reported> reported;
    int killedMidWrite = 0;

    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProgram(QStringLiteral(QMS_DURABILITY_CHILD));
        child.setArguments({config, db});
        child.start();
        REQUIRE(child.waitForStarted(10'000));
        // Kill somewhere between "still opening the database" and "well into issuing".
        QThread::msleep(20 + rng.bounded(300));
        child.kill(); // SIGKILL
        REQUIRE(child.waitForFinished(10'000));
        CHECK(child.exitStatus() == QProcess::CrashExit);
        const QByteArray err = child.readAllStandardError();
        INFO("child stderr: " << err.toStdString());
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            REQUIRE_FALSE(line.startsWith("ERROR"));
            const QList<QByteArray> f = line.split(' ');
            if (f.size() == 4 && f[0] == "ISSUED")
                reported.push_back({f[1].toLongLong(), QString::fromUtf8(f[2]), QString::fromUtf8(f[3])});
        }
        killedMidWrite += !lines.isEmpty() && !lines.last().isEmpty();
    }
    REQUIRE(reported.size() > size_t(runs)); // the children did get to issue

    auto opened = SqliteEventStore::open(db);
    SqliteEventStore &store = *require(opened);
    CHECK(require(store.integrityCheck()) == "ok");

    auto lookup = take(store.db().prepare("SELECT label, token FROM tickets WHERE id = ?1"));
    int lost = 0;
    for (const Reported &r : reported) {
        lookup.bind(1, r.id);
        const bool found = require(lookup.next(QStringLiteral("lookup")));
        if (!found || lookup.textAt(0) != r.label || lookup.textAt(1) != r.token)
            ++lost;
        lookup.reset();
    }
    CHECK(lost == 0);

    QSet<QString> labels;
    for (const Reported &r : reported)
        labels.insert(r.label);
    CHECK(size_t(labels.size()) == reported.size()); // no number was handed out twice
    CHECK(require(store.db().queryInt(
              "SELECT COUNT(*) FROM (SELECT 1 FROM tickets GROUP BY business_day, label HAVING COUNT(*) > 1)"))
          == 0);

    // At most one ticket per run can be committed but not yet reported when the kill lands.
    const qint64 stored = require(store.db().queryInt("SELECT COUNT(*) FROM tickets"));
    CHECK(stored >= qint64(reported.size()));
    CHECK(stored <= qint64(reported.size()) + runs);
    const qint64 events = require(store.db().queryInt("SELECT COUNT(*) FROM events"));
    CHECK(require(store.db().queryInt("SELECT MAX(seq) FROM events")) == events);

    std::cout << "durability: " << runs << " runs, " << reported.size() << " tickets acknowledged, " << stored
              << " stored, " << lost << " lost, " << killedMidWrite << " kills mid-line, seed " << seed << std::endl;
}
