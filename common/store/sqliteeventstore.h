#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

#include "store/eventstore.h"
#include "store/sqlitedb.h"

namespace qms {

/**
 * The event log in a SQLite file: WAL mode, synchronous=FULL, so an appended
 * event survives kill -9 and power loss. A lock file beside the database keeps
 * a second hub from writing to the same file.
 */
class SqliteEventStore : public EventStore
{
public:
    ~SqliteEventStore() override;

    /** Opens (creating and migrating as needed) the database at `path`. */
    static Result<std::unique_ptr<SqliteEventStore>> open(const QString &path);

    Result<std::vector<StoredEvent>> append(const Events &events) override;
    Result<Events> currentDayEvents() override;
    Result<std::vector<Dossier>> dossiers() override;
    Result<std::vector<StoredEvent>> eventsAfter(qint64 afterSeq, int limit) override;

    Result<Ok> refresh() override;
    Result<Ok> saveDaySummary(const QDate &day, const QByteArray &json) override;
    Result<std::vector<QByteArray>> daySummaries(int limit) override;
    Result<std::vector<QDate>> daysWithoutSummary(const QDate &before, int limit) override;
    [[nodiscard]] std::function<Result<Events>(const QDate &)> pastDayReader() const override;
    [[nodiscard]] qint64 lastSeq() const override { return m_lastSeq; }
    [[nodiscard]] Timestamp lastAt() const override { return m_lastAt; }
    Result<std::optional<Timestamp>> atOf(qint64 seq) override;
    [[nodiscard]] QString epoch() const override { return m_epoch; }

    /** "ok", or what SQLite found wrong. */
    Result<QString> integrityCheck();
    [[nodiscard]] SqliteDb &db() { return *m_db; }
    [[nodiscard]] const QString &path() const { return m_path; }

private:
    SqliteEventStore(QString path, std::unique_ptr<QLockFile> lock, std::unique_ptr<SqliteDb> db);
    Result<Ok> prepareStatements();
    Result<Ok> writeEvent(const StoredEvent &stored);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<SqliteDb> m_db;
    qint64 m_lastSeq = 0;
    Timestamp m_lastAt = 0;
    QString m_epoch;
    struct Statements;
    std::unique_ptr<Statements> m_stmts;
};

/**
 * For reports, beside a hub that keeps running: the events of the business days
 * from `from` to `to`, and every dossier event before them (each dossier's state
 * when the period began), in log order. Opens the database read-only, without
 * the hub's lock and without migrating it.
 */
[[nodiscard]] Result<std::vector<StoredEvent>> readEventsForReport(const QString &path, const QDate &from,
                                                                   const QDate &to);

/** The hub's database when none is given: $QMS_DB, else qms.db in qms-kiosk's data folder. */
[[nodiscard]] QString defaultDatabasePath();

} // namespace qms
