#include "store/sqliteeventstore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include "domain/json.h"
#include "store/logging.h"
#include "store/migrations.h"
#include "util/jsonreader.h"

namespace qms {

struct SqliteEventStore::Statements
{
    SqliteStatement insertEvent;
    SqliteStatement insertTicket;
    SqliteStatement updateTicket;
    SqliteStatement upsertCounter;
    SqliteStatement closeAllCounters;
    SqliteStatement upsertDossier;
    SqliteStatement insertRating;
};

namespace {
// Ticket columns in one order for INSERT and UPDATE, bound by bindTicket().
constexpr const char *insertTicketSql
    = "INSERT INTO tickets (id, business_day, service, number, label, priority_group, token, origin, state,"
      " issued_at, queued_at, called_at, started_at, finished_at, counter, clerk, recall_count,"
      " target_counter, at_head, transfer_count)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)";
constexpr const char *updateTicketSql
    = "UPDATE tickets SET business_day = ?2, service = ?3, number = ?4, label = ?5, priority_group = ?6,"
      " token = ?7, origin = ?8, state = ?9, issued_at = ?10, queued_at = ?11, called_at = ?12,"
      " started_at = ?13, finished_at = ?14, counter = ?15, clerk = ?16, recall_count = ?17,"
      " target_counter = ?18, at_head = ?19, transfer_count = ?20 WHERE id = ?1";

void bindTicket(SqliteStatement &s, const Ticket &t)
{
    s.bind(1, t.id)
        .bind(2, t.businessDay)
        .bind(3, t.service)
        .bind(4, qint64(t.number))
        .bind(5, t.label)
        .bind(6, t.priorityGroup)
        .bind(7, t.token)
        .bind(8, t.origin)
        .bind(9, ticketStateName(t.state))
        .bind(10, t.issuedAt)
        .bind(11, t.queuedAt)
        .bind(12, t.calledAt)
        .bind(13, t.startedAt)
        .bind(14, t.finishedAt)
        .bind(15, qint64(t.counter))
        .bind(16, t.clerk)
        .bind(17, qint64(t.recallCount))
        .bind(18, qint64(t.targetCounter))
        .bind(19, qint64(t.atHead))
        .bind(20, qint64(t.transferCount));
}
} // namespace

SqliteEventStore::SqliteEventStore(QString path, std::unique_ptr<QLockFile> lock, std::unique_ptr<SqliteDb> db)
    : m_path(std::move(path))
    , m_lock(std::move(lock))
    , m_db(std::move(db))
{ }

SqliteEventStore::~SqliteEventStore()
{
    m_stmts.reset(); // statements must be finalized before the connection closes
    m_db.reset();
}

Result<std::unique_ptr<SqliteEventStore>> SqliteEventStore::open(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        if (lock->error() == QLockFile::LockFailedError) {
            return Error{ErrorCode::StorageError,
                         QStringLiteral("database %1 is in use by another hub (%2, pid %3 on %4)")
                             .arg(path, app)
                             .arg(pid)
                             .arg(host)};
        }
        return Error{ErrorCode::StorageReadOnly,
                     QStringLiteral("cannot create lock file %1.lock: is the folder writable?").arg(path)};
    }

    auto opened = SqliteDb::open(path);
    if (!opened)
        return opened.error();
    std::unique_ptr<SqliteDb> db = std::move(opened).value();

    // journal_mode answers with the mode it ended up in; anything but WAL means
    // the durability promise does not hold, so refuse to run on it.
    const auto mode = db->queryText("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    if (mode.value() != QLatin1String("wal"))
        return Error{ErrorCode::StorageError,
                     QStringLiteral("database %1 cannot use WAL mode (got %2)").arg(path, mode.value())};
    for (const char *pragma : {"PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON"}) {
        if (auto r = db->exec(pragma); !r)
            return r.error();
    }
    if (auto r = migrateSchema(*db); !r)
        return r.error();

    std::unique_ptr<SqliteEventStore> store(new SqliteEventStore(path, std::move(lock), std::move(db)));
    if (auto r = store->prepareStatements(); !r)
        return r.error();
    if (auto r = store->refresh(); !r)
        return r.error();
    const auto epoch = store->m_db->queryText("SELECT value FROM meta WHERE key = 'epoch'");
    if (!epoch)
        return epoch.error();
    store->m_epoch = epoch.value();
    qCInfo(lcStore) << "opened" << QFileInfo(path).absoluteFilePath() << "at seq" << store->m_lastSeq;
    return store;
}

Result<Ok> SqliteEventStore::prepareStatements()
{
    auto insertEvent = m_db->prepare(
        "INSERT INTO events (seq, at, business_day, type, ticket_id, counter, actor, payload)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    auto insertTicket = m_db->prepare(insertTicketSql);
    auto updateTicket = m_db->prepare(updateTicketSql);
    auto upsertCounter = m_db->prepare(
        "INSERT OR REPLACE INTO counters (number, status, reason, clerk, current_ticket, priority_run, since)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto closeAll = m_db->prepare("UPDATE counters SET status = 'closed', reason = '', clerk = '', current_ticket = 0,"
                                  " priority_run = 0, since = ?1");
    auto upsertDossier = m_db->prepare(
        "INSERT OR REPLACE INTO dossiers (code, service, procedure, applicant_name, applicant_phone, status,"
        " received_at, due_date, promised_date, closed_at, ticket_id, counter, received_by, updated_at, payload)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    // A second rating of one ticket breaks the primary key: the engine refuses it first, the table makes sure.
    auto insertRating = m_db->prepare(
        "INSERT INTO ratings (ticket_id, business_day, service, counter, clerk, dossier, value, comment, channel, at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    for (const auto *r : {&insertEvent, &insertTicket, &updateTicket, &upsertCounter, &closeAll, &upsertDossier,
                          &insertRating}) {
        if (!*r)
            return r->error();
    }
    m_stmts.reset(new Statements{std::move(insertEvent).value(), std::move(insertTicket).value(),
                                 std::move(updateTicket).value(), std::move(upsertCounter).value(),
                                 std::move(closeAll).value(), std::move(upsertDossier).value(),
                                 std::move(insertRating).value()});
    return Ok{};
}

Result<Ok> SqliteEventStore::writeEvent(const StoredEvent &stored)
{
    const Event &e = stored.event;
    SqliteStatement &ins = m_stmts->insertEvent;
    ins.bind(1, stored.seq).bind(2, e.at).bind(3, e.businessDay).bind(4, eventTypeName(e.type));
    if (e.ticket)
        ins.bind(5, e.ticket->id);
    else
        ins.bindNull(5);
    if (e.counter)
        ins.bind(6, qint64(e.counter->number));
    else
        ins.bindNull(6);
    ins.bind(7, e.actor).bind(8, QJsonDocument(eventToJson(e)).toJson(QJsonDocument::Compact));
    if (auto r = ins.run(QStringLiteral("append event %1").arg(stored.seq)); !r)
        return r;

    if (e.type == EventType::DayStarted) {
        if (auto r = m_stmts->closeAllCounters.bind(1, e.at).run(QStringLiteral("reset counters")); !r)
            return r;
    }
    if (e.ticket) {
        const bool isNew = e.type == EventType::TicketIssued;
        SqliteStatement &s = isNew ? m_stmts->insertTicket : m_stmts->updateTicket;
        bindTicket(s, *e.ticket);
        if (auto r = s.run(QStringLiteral("write ticket %1").arg(e.ticket->label)); !r)
            return r;
        if (!isNew && s.changes() != 1)
            return Error{ErrorCode::StorageError,
                         QStringLiteral("ticket id %1 is not in the database").arg(e.ticket->id)};
    }
    if (e.dossier) {
        const Dossier &d = *e.dossier;
        SqliteStatement &s = m_stmts->upsertDossier;
        s.bind(1, d.code).bind(2, d.service).bind(3, d.procedure).bind(4, d.applicantName).bind(5, d.applicantPhone)
            .bind(6, dossierStatusName(d.status)).bind(7, d.receivedAt).bind(8, d.dueDate.toString(Qt::ISODate))
            .bind(9, d.promisedDate.toString(Qt::ISODate)).bind(10, d.closedAt).bind(11, d.ticket)
            .bind(12, qint64(d.counter)).bind(13, d.receivedBy).bind(14, d.updatedAt)
            .bind(15, QJsonDocument(dossierToJson(d)).toJson(QJsonDocument::Compact));
        if (auto r = s.run(QStringLiteral("write dossier %1").arg(d.code)); !r)
            return r;
    }
    if (e.rating) {
        const Rating &rating = *e.rating;
        SqliteStatement &s = m_stmts->insertRating;
        s.bind(1, rating.ticket).bind(2, rating.businessDay).bind(3, rating.service).bind(4, qint64(rating.counter))
            .bind(5, rating.clerk).bind(6, rating.dossier).bind(7, ratingValueName(rating.value)).bind(8, rating.comment)
            .bind(9, rating.channel).bind(10, rating.at);
        if (auto r = s.run(QStringLiteral("write rating of ticket id %1").arg(rating.ticket)); !r)
            return r;
    }
    if (e.counter) {
        const CounterState &c = *e.counter;
        SqliteStatement &s = m_stmts->upsertCounter;
        s.bind(1, qint64(c.number))
            .bind(2, counterStatusName(c.status))
            .bind(3, c.reason)
            .bind(4, c.clerk)
            .bind(5, c.current)
            .bind(6, qint64(c.priorityRun))
            .bind(7, c.since);
        if (auto r = s.run(QStringLiteral("write counter %1").arg(c.number)); !r)
            return r;
    }
    return Ok{};
}

Result<std::vector<StoredEvent>> SqliteEventStore::append(const Events &events)
{
    if (events.empty())
        return std::vector<StoredEvent>{};
    if (auto r = m_db->exec("BEGIN IMMEDIATE"); !r)
        return r.error();
    std::vector<StoredEvent> stored;
    stored.reserve(events.size());
    qint64 seq = m_lastSeq;
    for (const Event &e : events) {
        stored.push_back(StoredEvent{++seq, e});
        if (auto r = writeEvent(stored.back()); !r) {
            // Some errors (SQLITE_FULL, IOERR) roll the transaction back by themselves.
            if (m_db->inTransaction())
                (void)m_db->exec("ROLLBACK");
            qCWarning(lcStore) << "append failed, nothing written:" << r.error().message;
            return r.error();
        }
    }
    if (auto r = m_db->exec("COMMIT"); !r) {
        if (m_db->inTransaction())
            (void)m_db->exec("ROLLBACK");
        qCWarning(lcStore) << "commit failed, nothing written:" << r.error().message;
        return r.error();
    }
    m_lastSeq = seq;
    m_lastAt = events.back().at;
    return stored;
}

Result<Events> SqliteEventStore::currentDayEvents()
{
    const auto start = m_db->queryInt("SELECT COALESCE(MAX(seq), 0) FROM events WHERE type = 'day.started'");
    if (!start)
        return start.error();
    auto all = eventsAfter(start.value() - 1, -1);
    if (!all)
        return all.error();
    Events events;
    events.reserve(all->size());
    for (StoredEvent &s : all.value())
        events.push_back(std::move(s.event));
    return events;
}

Result<std::vector<Dossier>> SqliteEventStore::dossiers()
{
    auto stmt = m_db->prepare("SELECT code, payload FROM dossiers ORDER BY code");
    if (!stmt)
        return stmt.error();
    std::vector<Dossier> out;
    for (;;) {
        const auto row = stmt->next(QStringLiteral("read dossiers"));
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        JsonReader r(QJsonDocument::fromJson(stmt->textAt(1).toUtf8()).object());
        Dossier d = dossierFromJson(r);
        if (!r.ok())
            return Error{ErrorCode::StorageError,
                         QStringLiteral("dossier %1 is unreadable: %2").arg(stmt->textAt(0), r.firstError())};
        out.push_back(std::move(d));
    }
}

namespace {
/** The rows of a `SELECT seq, payload FROM events …`, read as events. */
Result<std::vector<StoredEvent>> readEvents(SqliteStatement &stmt)
{
    std::vector<StoredEvent> out;
    for (;;) {
        const auto row = stmt.next(QStringLiteral("read events"));
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const qint64 seq = stmt.intAt(0);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(stmt.textAt(1).toUtf8(), &parseError);
        if (!doc.isObject())
            return Error{ErrorCode::StorageError,
                         QStringLiteral("event %1 is not valid JSON: %2").arg(seq).arg(parseError.errorString())};
        auto event = eventFromJson(doc.object());
        if (!event)
            return Error{ErrorCode::StorageError,
                         QStringLiteral("event %1 is unreadable: %2").arg(seq).arg(event.error().message)};
        out.push_back(StoredEvent{seq, std::move(event).value()});
    }
    return out;
}
} // namespace

Result<std::vector<StoredEvent>> SqliteEventStore::eventsAfter(qint64 afterSeq, int limit)
{
    auto stmt = m_db->prepare("SELECT seq, payload FROM events WHERE seq > ?1 ORDER BY seq LIMIT ?2");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, afterSeq).bind(2, qint64(limit));
    return readEvents(stmt.value());
}

Result<Ok> SqliteEventStore::refresh()
{
    const auto last = m_db->queryInt("SELECT COALESCE(MAX(seq), 0) FROM events");
    if (!last)
        return last.error();
    const auto at = m_db->queryInt("SELECT COALESCE((SELECT at FROM events ORDER BY seq DESC LIMIT 1), 0)");
    if (!at)
        return at.error();
    m_lastSeq = last.value();
    m_lastAt = at.value();
    return Ok{};
}

Result<Ok> SqliteEventStore::saveDaySummary(const QDate &day, const QByteArray &json)
{
    auto stmt = m_db->prepare("INSERT OR REPLACE INTO day_summaries (business_day, summary) VALUES (?1, ?2)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, day.toString(Qt::ISODate)).bind(2, QString::fromUtf8(json));
    return stmt->run(QStringLiteral("keep the day's summary"));
}

Result<std::vector<QByteArray>> SqliteEventStore::daySummaries(int limit)
{
    auto stmt = m_db->prepare("SELECT summary FROM (SELECT business_day, summary FROM day_summaries "
                              "ORDER BY business_day DESC LIMIT ?1) ORDER BY business_day");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, qint64(limit));
    std::vector<QByteArray> out;
    for (;;) {
        const auto row = stmt->next(QStringLiteral("read the days' summaries"));
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.push_back(stmt->textAt(0).toUtf8());
    }
    return out;
}

Result<std::vector<QDate>> SqliteEventStore::daysWithoutSummary(const QDate &before, int limit)
{
    // Day by day back from `before`, one index lookup each: at start-up, on the hub's
    // thread, so never a pass over a log that may hold years.
    auto previous = m_db->prepare("SELECT MAX(business_day) FROM events WHERE business_day < ?1");
    auto summarized = m_db->prepare("SELECT COUNT(*) FROM day_summaries WHERE business_day = ?1");
    if (!previous)
        return previous.error();
    if (!summarized)
        return summarized.error();
    std::vector<QDate> out;
    QString cursor = before.toString(Qt::ISODate);
    for (int seen = 0; seen < limit; ++seen) {
        previous->reset();
        previous->bind(1, cursor);
        const auto row = previous->next(QStringLiteral("find the day before"));
        if (!row)
            return row.error();
        if (!row.value() || previous->isNull(0))
            break;
        cursor = previous->textAt(0);
        summarized->reset();
        summarized->bind(1, cursor);
        const auto kept = summarized->next(QStringLiteral("find a day's summary"));
        if (!kept)
            return kept.error();
        if (summarized->intAt(0) == 0)
            if (const QDate d = QDate::fromString(cursor, Qt::ISODate); d.isValid())
                out.push_back(d);
    }
    return out;
}

std::function<Result<Events>(const QDate &)> SqliteEventStore::pastDayReader() const
{
    return [path = m_path](const QDate &day) -> Result<Events> {
        auto stored = readEventsForReport(path, day, day);
        if (!stored)
            return stored.error();
        Events events;
        events.reserve(stored->size());
        for (StoredEvent &s : stored.value())
            if (s.event.businessDay == day.toString(Qt::ISODate))
                events.push_back(std::move(s.event));
        return events;
    };
}

Result<std::optional<Timestamp>> SqliteEventStore::atOf(qint64 seq)
{
    auto stmt = m_db->prepare("SELECT at FROM events WHERE seq = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, seq);
    const auto row = stmt->next(QStringLiteral("read event time"));
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Timestamp>();
    return std::optional<Timestamp>(stmt->intAt(0));
}

Result<QString> SqliteEventStore::integrityCheck()
{
    return m_db->queryText("PRAGMA integrity_check");
}

Result<std::vector<StoredEvent>> readEventsForReport(const QString &path, const QDate &from, const QDate &to)
{
    auto opened = SqliteDb::openReadOnly(path);
    if (!opened)
        return opened.error();
    SqliteDb &db = *opened.value();
    if (auto r = db.exec("PRAGMA busy_timeout = 5000"); !r)
        return r.error(); // the hub may be checkpointing
    auto stmt = db.prepare("SELECT seq, payload FROM events WHERE business_day BETWEEN ?1 AND ?2 "
                           "UNION ALL SELECT seq, payload FROM events WHERE business_day < ?1 AND type LIKE 'dossier.%' "
                           "ORDER BY seq");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    return readEvents(stmt.value());
}

QString defaultDatabasePath()
{
    return qEnvironmentVariable("QMS_DB", QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                              + QStringLiteral("/qms/qms-kiosk/qms.db"));
}

} // namespace qms
