#include <QFile>

#include "hub/queueservice.h"
#include "store/migrations.h"
#include "store/sqliteclerkstore.h"
#include "store/sqliteeventstore.h"
#include "support/testsupport.h"

using namespace qms;
using namespace qms::test;

namespace {
std::unique_ptr<SqliteEventStore> openStore(const QString &path)
{
    auto store = SqliteEventStore::open(path);
    require(store);
    return std::move(store).value();
}

qint64 count(SqliteEventStore &store, const char *sql)
{
    return require(store.db().queryInt(sql));
}

Result<std::vector<StoredEvent>> issue(QueueService &service, const char *svc, Timestamp t,
                                       const QString &priority = {})
{
    return service.execute(cmd::IssueTicket{QString::fromLatin1(svc), priority, {}, QStringLiteral("kiosk-1")}, t);
}

/** seq runs 1..N without a hole. */
void checkGapFree(SqliteEventStore &store)
{
    const qint64 n = count(store, "SELECT COUNT(*) FROM events");
    CHECK(count(store, "SELECT COALESCE(MIN(seq), 1) FROM events") == 1);
    CHECK(count(store, "SELECT COALESCE(MAX(seq), 0) FROM events") == n);
    CHECK(store.lastSeq() == n);
}
} // namespace

TEST_CASE("A new database is WAL, synchronous FULL, at the latest schema", "[store]")
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("qms.db")));
    CHECK(require(store->db().queryText("PRAGMA journal_mode")) == "wal");
    CHECK(count(*store, "PRAGMA synchronous") == 2); // FULL
    CHECK(count(*store, "PRAGMA user_version") == latestSchemaVersion());
    CHECK(count(*store,
                "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('events', 'tickets', 'counters', 'clerks', 'meta')")
          == 5);
    CHECK(store->epoch().size() == 16);
    CHECK(store->lastSeq() == 0);
    CHECK(require(store->integrityCheck()) == "ok");
}

TEST_CASE("Committed events get gap-free seqs and rebuild the queue after a restart", "[store]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("qms.db"));
    const Timestamp morning = at("2026-11-26 08:00");
    std::map<TicketId, Ticket> before;
    std::map<int, CounterState> countersBefore;
    {
        auto store = openStore(path);
        QueueService service(smallCenter(), *store);
        require(service.load());
        std::vector<qint64> seen;
        service.setEventSink([&](const std::vector<StoredEvent> &events) {
            for (const StoredEvent &e : events)
                seen.push_back(e.seq);
        });
        require(service.execute(cmd::OpenCounter{1, QStringLiteral("lan.nguyen")}, morning));
        require(issue(service, "land", plusMinutes(morning, 1)));
        require(issue(service, "land", plusMinutes(morning, 2), QStringLiteral("elderly")));
        require(issue(service, "justice", plusMinutes(morning, 3)));
        const auto called = service.execute(cmd::CallNext{1, QStringLiteral("lan.nguyen")}, plusMinutes(morning, 4));
        require(called);
        CHECK(called->back().event.ticket->label == "1002"); // the elderly citizen first
        // day.started came first, by itself, before the counter opened.
        CHECK(seen == std::vector<qint64>{1, 2, 3, 4, 5, 6});
        checkGapFree(*store);
        before = service.engine().tickets();
        countersBefore = service.engine().counters();
    }
    auto store = openStore(path);
    CHECK(store->lastSeq() == 6);
    QueueService service(smallCenter(), *store);
    require(service.load());
    CHECK(service.engine().businessDay() == "2026-11-26");
    CHECK(service.engine().tickets() == before);
    CHECK(service.engine().counters() == countersBefore);
    const Ticket *elderly = service.engine().ticketByLabel(QStringLiteral("1002"));
    REQUIRE(elderly);
    CHECK(elderly->priorityGroup == "elderly");
    CHECK(elderly->state == TicketState::Called);

    // Numbering continues where it stopped.
    const auto next = issue(service, "land", plusMinutes(morning, 10));
    CHECK(require(next).front().event.ticket->label == "1003");
    CHECK(require(next).front().seq == 7);
}

TEST_CASE("The current-state tables follow the events", "[store]")
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("qms.db")));
    QueueService service(smallCenter(), *store);
    require(service.load());
    const Timestamp t = at("2026-11-26 09:00");
    require(service.execute(cmd::OpenCounter{3, QStringLiteral("hoa")}, t));
    const TicketId id = require(issue(service, "justice", t)).front().event.ticket->id;
    require(service.execute(cmd::CallNext{3, QStringLiteral("hoa")}, plusMinutes(t, 1)));
    require(service.execute(cmd::StartServing{3, id, QStringLiteral("hoa")}, plusMinutes(t, 2)));

    auto row = take(store->db().prepare("SELECT state, counter, clerk, started_at, label FROM tickets WHERE id = ?1"));
    row.bind(1, id);
    REQUIRE(require(row.next(QStringLiteral("read"))));
    CHECK(row.textAt(0) == "serving");
    CHECK(row.intAt(1) == 3);
    CHECK(row.textAt(2) == "hoa");
    CHECK(row.intAt(3) == plusMinutes(t, 2));
    CHECK(row.textAt(4) == "2001");
    CHECK(count(*store, "SELECT current_ticket FROM counters WHERE number = 3") == id);
    CHECK(count(*store, "SELECT COUNT(*) FROM events WHERE type = 'ticket.serving' AND actor = 'hoa'") == 1);
}

TEST_CASE("The schema migrates forward from an empty file and from every older version", "[store]")
{
    TempDir dir;
    SECTION("from an empty file")
    {
        const QString path = dir.file(QStringLiteral("empty.db"));
        QFile(path).open(QIODevice::WriteOnly); // zero bytes, as a technician's `touch` leaves it
        auto store = openStore(path);
        CHECK(count(*store, "PRAGMA user_version") == latestSchemaVersion());
    }
    for (const int version : {1, 2, 3}) {
        DYNAMIC_SECTION("from version " << version << ", keeping its data")
        {
            const QString path = dir.file(QStringLiteral("v%1.db").arg(version));
            {
                QFile sql(sourcePath(QStringLiteral("tests/data/store-v%1.sql").arg(version)));
                REQUIRE(sql.open(QIODevice::ReadOnly));
                auto db = SqliteDb::open(path);
                require(require(db)->exec(sql.readAll().constData()));
            }
            auto store = openStore(path);
            CHECK(count(*store, "PRAGMA user_version") == latestSchemaVersion());
            CHECK(count(*store, "SELECT COUNT(*) FROM clerks") == (version >= 2 ? 1 : 0));
            CHECK(store->epoch().size() == 16);
            if (version >= 3) // the identity clients know the hub by survives the migration
                CHECK(store->epoch() == "5ee3c0a1d2b4f607");
            CHECK(count(*store, "SELECT COUNT(*) FROM dossiers") == 0);
            CHECK(store->lastSeq() == 3);
            QueueService service(smallCenter(), *store);
            require(service.load());
            const Ticket *t = service.engine().ticketByLabel(QStringLiteral("1001"));
            REQUIRE(t);
            CHECK(t->id == 42);
            CHECK(t->priorityGroup == "elderly");
            CHECK(service.engine().counter(1)->status == CounterStatus::Open);
            // Ids continue after the old ones; numbering after the old tickets.
            const auto next = issue(service, "land", at("2026-11-26 09:00"));
            CHECK(require(next).front().event.ticket->id == 43);
            CHECK(require(next).front().event.ticket->label == "1002");
            if (version >= 2) {
                SqliteClerkStore clerks(store->db());
                const auto lan = require(clerks.find(QStringLiteral("lan.nguyen")));
                REQUIRE(lan);
                CHECK(lan->clerk.displayName == "Nguyễn Thị Lan");
                CHECK(lan->failedAttempts == 2);
            }
        }
    }
    SECTION("step by step, each version on its own")
    {
        const QString path = dir.file(QStringLiteral("steps.db"));
        auto db = SqliteDb::open(path);
        SqliteDb &conn = *require(db);
        for (const Migration &m : schemaMigrations()) {
            require(migrateSchema(conn, m.version));
            CHECK(require(conn.queryInt("PRAGMA user_version")) == m.version);
        }
    }
}

TEST_CASE("Dossiers and ratings are on disk when the command returns, and outlive the business day", "[store]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("hub.db"));
    const Timestamp t = at("2026-11-26 09:00");
    const QString lan = QStringLiteral("lan");
    QString code;
    {
        auto store = openStore(path);
        QueueService service(smallCenter(), *store);
        require(service.load());
        require(service.execute(cmd::OpenCounter{1, lan}, t));
        const TicketId id = require(issue(service, "land", t)).front().event.ticket->id;
        require(service.execute(cmd::CallTicket{1, id, lan}, plusMinutes(t, 1)));
        require(service.execute(cmd::StartServing{1, id, lan}, plusMinutes(t, 2)));
        cmd::ReceiveDossier receive{1,  id, QStringLiteral("land-first"), QStringLiteral("Nguyễn Thị Lan"), {}, {}, {},
                                    {}, lan};
        const auto stored = require(service.execute(receive, plusMinutes(t, 3)));
        code = stored.front().event.dossier->code;
        require(service.execute(cmd::Finish{1, id, lan}, plusMinutes(t, 4)));
        require(service.execute(
            cmd::RecordRating{1, id, RatingValue::Unsatisfied, QStringLiteral("lâu"), QStringLiteral("pad"), {}},
            plusMinutes(t, 5)));
        CHECK(count(*store, "SELECT COUNT(*) FROM dossiers WHERE status = 'received' AND due_date = '2026-12-10'")
              == 1);
        CHECK(count(*store, "SELECT COUNT(*) FROM ratings WHERE value = 'unsatisfied' AND counter = 1") == 1);
    }
    // The next morning, after a restart: the dossier is there, the sequence goes on, ratings are per day.
    auto store = openStore(path);
    QueueService service(smallCenter(), *store);
    require(service.load());
    require(service.startDayIfDue(at("2026-11-27 07:00")));
    const Dossier *d = service.engine().dossiers().find(code);
    REQUIRE(d);
    CHECK(d->applicantName == "Nguyễn Thị Lan");
    CHECK(d->dueDate == QDate(2026, 12, 10));
    CHECK(service.engine().dossiers().nextCode(QDate(2026, 11, 26)) == "000.00.12.H57-261126-0002");
    require(
        service.execute(cmd::UpdateDossier{code, DossierStatus::Processing, {}, {}, {}, lan}, at("2026-11-27 08:00")));
    CHECK(count(*store,
                "SELECT COUNT(*) FROM dossiers WHERE status = 'processing' AND json_extract(payload, '$.updated_by') = "
                "'lan'")
          == 1);
}

TEST_CASE("A database from a newer program is refused with a clear message", "[store]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("future.db"));
    {
        auto db = SqliteDb::open(path);
        require(require(db)->exec("PRAGMA user_version = 99"));
    }
    auto store = SqliteEventStore::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().message.contains(QStringLiteral("newer than this program")));
}

TEST_CASE("A second hub cannot open a database that is in use", "[store]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("qms.db"));
    auto first = openStore(path);
    auto second = SqliteEventStore::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(QStringLiteral("in use by another hub")));
    first.reset();
    CHECK(SqliteEventStore::open(path).ok());
}

TEST_CASE("A full disk fails the command cleanly, nothing is half-written, and work resumes", "[store]")
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("qms.db")));
    QueueService service(smallCenter(), *store);
    require(service.load());
    const Timestamp t = at("2026-11-26 09:00");
    require(issue(service, "land", t));

    // Cap the file at its current size: the next page it needs is "disk full".
    const qint64 pages = count(*store, "PRAGMA page_count");
    require(store->db().exec(QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages)).constData()));
    int acknowledged = 1;
    std::optional<Error> failure;
    for (int i = 0; i < 100000 && !failure; ++i) {
        auto r = issue(service, "land", plusMinutes(t, 0.01 * i));
        if (r)
            ++acknowledged;
        else
            failure = r.error();
    }
    REQUIRE(failure);
    CHECK(failure->code == ErrorCode::StorageFull);
    CHECK(errorCodeName(failure->code) == "storage_full");

    // The engine, the log and the tickets table agree on exactly the acknowledged tickets.
    CHECK(int(service.engine().tickets().size()) == acknowledged);
    CHECK(count(*store, "SELECT COUNT(*) FROM tickets") == acknowledged);
    CHECK(count(*store, "SELECT COUNT(*) FROM events WHERE type = 'ticket.issued'") == acknowledged);
    checkGapFree(*store);
    CHECK(require(store->integrityCheck()) == "ok");

    // Space comes back: the next ticket takes the number the failed one did not get.
    require(store->db().exec("PRAGMA max_page_count = 1073741823"));
    const auto next = issue(service, "land", plusMinutes(t, 30));
    CHECK(require(next).front().event.ticket->label == QString::number(1001 + acknowledged));
}

TEST_CASE("A read-only database fails the command with storage_read_only", "[store]")
{
    TempDir dir;
    auto store = openStore(dir.file(QStringLiteral("qms.db")));
    QueueService service(smallCenter(), *store);
    require(service.load());
    require(issue(service, "land", at("2026-11-26 09:00")));
    require(store->db().exec("PRAGMA query_only = 1"));
    const auto r = issue(service, "land", at("2026-11-26 09:01"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::StorageReadOnly);
    CHECK(service.engine().tickets().size() == 1);
    CHECK(store->lastSeq() == 2);
}

TEST_CASE("An unreadable event in the log stops loading with the event's seq", "[store]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("qms.db"));
    {
        auto store = openStore(path);
        QueueService service(smallCenter(), *store);
        require(service.load());
        require(issue(service, "land", at("2026-11-26 09:00")));
        require(store->db().exec(
            "UPDATE events SET payload = '{\"event\":\"ticket.issued\",\"at\":\"soon\"}' WHERE seq = 2"));
    }
    auto store = openStore(path);
    QueueService service(smallCenter(), *store);
    const auto loaded = service.load();
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().message.contains(QStringLiteral("event 2")));
    CHECK(loaded.error().message.contains(QStringLiteral("at")));
}

namespace {
/** A store whose disk goes bad on demand: writes fail, and then reads too. */
class FailingStore : public EventStore
{
public:
    bool failWrites = false;
    bool failReads = false;
    Result<std::vector<StoredEvent>> append(const Events &events) override
    {
        if (failWrites)
            return Error{ErrorCode::StorageError, QStringLiteral("disk I/O error")};
        std::vector<StoredEvent> out;
        for (const Event &e : events) {
            m_log.push_back({qint64(m_log.size()) + 1, e});
            out.push_back(m_log.back());
        }
        return out;
    }
    Result<Events> currentDayEvents() override
    {
        if (failReads)
            return Error{ErrorCode::StorageError, QStringLiteral("disk I/O error")};
        Events events;
        for (const StoredEvent &s : m_log)
            events.push_back(s.event);
        return events;
    }
    Result<std::vector<StoredEvent>> eventsAfter(qint64, int) override { return m_log; }
    Result<Ok> refresh() override { return Ok{}; }
    [[nodiscard]] qint64 lastSeq() const override { return qint64(m_log.size()); }
    [[nodiscard]] Timestamp lastAt() const override { return m_log.empty() ? 0 : m_log.back().event.at; }
    Result<std::optional<Timestamp>> atOf(qint64) override { return std::optional<Timestamp>(); }
    [[nodiscard]] QString epoch() const override { return QStringLiteral("test"); }
    Result<std::vector<Dossier>> dossiers() override { return std::vector<Dossier>(); }

private:
    std::vector<StoredEvent> m_log;
};
} // namespace

TEST_CASE("When the queue cannot be rebuilt after a failed write, every command is refused until it can", "[store]")
{
    FailingStore store;
    QueueService service(smallCenter(), store);
    require(service.load());
    const Timestamp t = at("2026-11-26 09:00");
    require(issue(service, "land", t));

    // The write fails, and so does reading back what the disk holds.
    store.failWrites = true;
    store.failReads = true;
    const auto failed = issue(service, "land", plusMinutes(t, 1));
    REQUIRE_FALSE(failed.ok());
    CHECK(service.isBroken());
    // The disk comes back for writes, but nothing is decided on a state it may not hold.
    store.failWrites = false;
    const auto refused = issue(service, "land", plusMinutes(t, 2));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("restart the hub")));
    // Once the queue is rebuilt from the disk, work resumes where the disk says.
    store.failReads = false;
    require(service.load());
    CHECK_FALSE(service.isBroken());
    CHECK(require(issue(service, "land", plusMinutes(t, 3))).front().event.ticket->label == "1002");
}
