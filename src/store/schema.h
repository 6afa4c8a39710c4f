// The versioned SQLite schema: migrations applied in order, tracked with PRAGMA user_version.
#pragma once
#include "core/result.h"
#include "store/sqlite_db.h"

namespace parley::store {

/// The schema version this build writes and reads.
constexpr int kSchemaVersion = 1;

/// Brings a database up to kSchemaVersion; refuses (leaving it untouched) one written by a newer Parley.
/// With read_only, an old schema is an error instead of being migrated.
Status Migrate(Db& db, bool read_only);

}  // namespace parley::store
