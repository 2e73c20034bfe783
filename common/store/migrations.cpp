#include "store/migrations.h"

#include <array>

#include "store/logging.h"
#include "store/sqlitedb.h"

namespace qms {

namespace {
const std::array<Migration, 6> migrations{{
    {1, "event log, tickets and counters", R"sql(
CREATE TABLE events (
    seq          INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    business_day TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    ticket_id    INTEGER,
    counter      INTEGER,
    actor        TEXT    NOT NULL DEFAULT '',
    payload      TEXT    NOT NULL
);
CREATE INDEX events_by_type ON events (type, seq);
CREATE INDEX events_by_ticket ON events (ticket_id);

CREATE TABLE tickets (
    id             INTEGER PRIMARY KEY,
    business_day   TEXT    NOT NULL,
    service        TEXT    NOT NULL,
    number         INTEGER NOT NULL,
    label          TEXT    NOT NULL,
    priority_group TEXT    NOT NULL DEFAULT '',
    token          TEXT    NOT NULL,
    origin         TEXT    NOT NULL DEFAULT '',
    state          TEXT    NOT NULL,
    issued_at      INTEGER NOT NULL,
    queued_at      INTEGER NOT NULL,
    called_at      INTEGER NOT NULL DEFAULT 0,
    started_at     INTEGER NOT NULL DEFAULT 0,
    finished_at    INTEGER NOT NULL DEFAULT 0,
    counter        INTEGER NOT NULL DEFAULT 0,
    clerk          TEXT    NOT NULL DEFAULT '',
    recall_count   INTEGER NOT NULL DEFAULT 0,
    target_counter INTEGER NOT NULL DEFAULT 0,
    at_head        INTEGER NOT NULL DEFAULT 0,
    transfer_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (business_day, label)
);
CREATE UNIQUE INDEX tickets_by_token ON tickets (token);

CREATE TABLE counters (
    number         INTEGER PRIMARY KEY,
    status         TEXT    NOT NULL,
    reason         TEXT    NOT NULL DEFAULT '',
    clerk          TEXT    NOT NULL DEFAULT '',
    current_ticket INTEGER NOT NULL DEFAULT 0,
    priority_run   INTEGER NOT NULL DEFAULT 0,
    since          INTEGER NOT NULL DEFAULT 0
);
)sql"},
    {2, "clerks with salted PIN hashes", R"sql(
CREATE TABLE clerks (
    username        TEXT    PRIMARY KEY,
    display_name    TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('clerk', 'supervisor')),
    pin_hash        BLOB    NOT NULL,
    pin_salt        BLOB    NOT NULL,
    pin_iterations  INTEGER NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    INTEGER NOT NULL DEFAULT 0,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      INTEGER NOT NULL
);
)sql"},
    {3, "database identity (epoch) for client resync", R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('epoch', lower(hex(randomblob(8))));
)sql"},
    {4, "dossiers and ratings", R"sql(
CREATE TABLE dossiers (
    code            TEXT    PRIMARY KEY,
    service         TEXT    NOT NULL,
    procedure       TEXT    NOT NULL DEFAULT '',
    applicant_name  TEXT    NOT NULL,
    applicant_phone TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL,
    received_at     INTEGER NOT NULL,
    due_date        TEXT    NOT NULL,
    promised_date   TEXT    NOT NULL,
    closed_at       INTEGER NOT NULL DEFAULT 0,
    ticket_id       INTEGER NOT NULL DEFAULT 0,
    counter         INTEGER NOT NULL DEFAULT 0,
    received_by     TEXT    NOT NULL DEFAULT '',
    updated_at      INTEGER NOT NULL DEFAULT 0,
    payload         TEXT    NOT NULL
);
CREATE INDEX dossiers_by_status ON dossiers (status, due_date);
CREATE INDEX dossiers_by_ticket ON dossiers (ticket_id);

CREATE TABLE ratings (
    ticket_id    INTEGER PRIMARY KEY,
    business_day TEXT    NOT NULL,
    service      TEXT    NOT NULL,
    counter      INTEGER NOT NULL,
    clerk        TEXT    NOT NULL DEFAULT '',
    dossier      TEXT    NOT NULL DEFAULT '',
    value        TEXT    NOT NULL CHECK (value IN ('very_satisfied', 'satisfied', 'unsatisfied')),
    comment      TEXT    NOT NULL DEFAULT '',
    channel      TEXT    NOT NULL DEFAULT '',
    at           INTEGER NOT NULL
);
CREATE INDEX ratings_by_day ON ratings (business_day);
)sql"},
    {5, "events by business day, for reports over a period", R"sql(
CREATE INDEX events_by_day ON events (business_day, seq);
)sql"},
    {6, "a summary of each finished business day, for the next days' wait estimates", R"sql(
CREATE TABLE day_summaries (
    business_day TEXT PRIMARY KEY,
    summary      TEXT NOT NULL
);
)sql"},
}};
} // namespace

std::span<const Migration> schemaMigrations()
{
    return migrations;
}

int latestSchemaVersion()
{
    return migrations.back().version;
}

Result<Ok> migrateSchema(SqliteDb &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    const auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return current.error();
    if (current.value() > latestSchemaVersion()) {
        return Error{ErrorCode::StorageError,
                     QStringLiteral("the database has schema version %1, newer than this program's %2; "
                                    "install the newer program or restore a backup")
                         .arg(current.value())
                         .arg(latestSchemaVersion())};
    }
    for (const Migration &m : migrations) {
        if (m.version <= current.value() || m.version > target)
            continue;
        qCInfo(lcStore) << "migrating database schema to version" << m.version << "-" << m.description;
        if (auto r = db.exec("BEGIN IMMEDIATE"); !r)
            return r.error();
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(m.version);
        for (const auto &step : {QByteArray(m.sql), setVersion}) {
            if (auto r = db.exec(step.constData()); !r) {
                Error e = r.error();
                (void)db.exec("ROLLBACK");
                return e;
            }
        }
        if (auto r = db.exec("COMMIT"); !r) {
            Error e = r.error();
            if (db.inTransaction())
                (void)db.exec("ROLLBACK");
            return e;
        }
    }
    return Ok{};
}

} // namespace qms
