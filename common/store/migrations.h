#pragma once

#include <span>

#include "util/result.h"

namespace qms {

class SqliteDb;

/**
 * One forward step of the schema. A migration that has shipped is never edited:
 * a change is a new migration. PRAGMA user_version holds the version reached.
 */
struct Migration
{
    int version;
    const char *description;
    const char *sql;
};

[[nodiscard]] std::span<const Migration> schemaMigrations();
[[nodiscard]] int latestSchemaVersion();

/**
 * Brings the database to `target` (the latest by default), each step in its own
 * transaction. Refuses a database newer than this program knows.
 */
Result<Ok> migrateSchema(SqliteDb &db, int target = -1);

} // namespace qms
