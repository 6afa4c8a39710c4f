#include "store/schema.h"

#include <string>

namespace parley::store {
namespace {

// Migration 1: the first schema. Each later migration is appended, never edited.
const char* kMigration1 = R"SQL(
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  dict_version TEXT NOT NULL,
  title TEXT, url TEXT, source TEXT, origin TEXT, format TEXT,
  report_date TEXT,
  sentence_count INTEGER NOT NULL,
  event_count INTEGER NOT NULL,
  quote_count INTEGER NOT NULL,
  text_bytes INTEGER NOT NULL,
  added_at TEXT NOT NULL
);
CREATE TABLE sentences (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  b INTEGER NOT NULL, e INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE UNIQUE INDEX sentences_by_article ON sentences(article, idx);
CREATE VIRTUAL TABLE sentences_fts USING fts5(text);
CREATE TABLE actor_mentions (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id),
  sentence INTEGER NOT NULL,
  b INTEGER NOT NULL, e INTEGER NOT NULL,
  code TEXT NOT NULL, country TEXT, name TEXT, entity TEXT, kind TEXT, entry TEXT
);
CREATE INDEX actor_mentions_by_article ON actor_mentions(article);
CREATE INDEX actor_mentions_by_code ON actor_mentions(code);
CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id),
  sentence INTEGER NOT NULL,
  src_code TEXT NOT NULL, src_country TEXT, src_name TEXT, src_b INTEGER, src_e INTEGER,
  tgt_code TEXT NOT NULL, tgt_country TEXT, tgt_name TEXT, tgt_b INTEGER, tgt_e INTEGER,
  code TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
  plover_event TEXT, plover_mode TEXT, modality TEXT,
  trig_b INTEGER, trig_e INTEGER,
  pattern TEXT, pattern_entry TEXT,
  date TEXT, date_end TEXT, date_precision TEXT, date_source TEXT,
  place_name TEXT, place_resolved TEXT, place_country TEXT, place_lat REAL, place_lon REAL,
  place_kind TEXT, place_how TEXT, place_known INTEGER NOT NULL DEFAULT 0,
  issues TEXT NOT NULL DEFAULT '',
  dict_version TEXT NOT NULL,
  event_id INTEGER,
  merge_reason TEXT
);
CREATE INDEX mentions_by_article ON mentions(article);
CREATE INDEX mentions_by_event ON mentions(event_id);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  first_mention INTEGER NOT NULL,
  src_code TEXT NOT NULL, tgt_code TEXT NOT NULL,
  code TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
  date TEXT, sort_date TEXT,
  num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL
);
CREATE INDEX events_by_dyad ON events(src_code, tgt_code);
CREATE INDEX events_by_date ON events(sort_date);
CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id),
  sentence INTEGER NOT NULL,
  b INTEGER NOT NULL, e INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker_name TEXT, speaker_code TEXT, speaker_as_written TEXT, verb TEXT,
  direct INTEGER NOT NULL,
  issues TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quotes_by_article ON quotes(article);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker);
CREATE TABLE rejections (
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  reason TEXT NOT NULL,
  added_at TEXT NOT NULL
);
CREATE UNIQUE INDEX rejections_once ON rejections(origin, reason);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)SQL";

const char* const kMigrations[] = {kMigration1};

}  // namespace

Status Migrate(Db& db, bool read_only) {
  auto version = db.QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  long long v = version.value();
  if (v > kSchemaVersion)
    return Status::Error(db.path() + " has schema version " + std::to_string(v) + ", newer than this Parley understands (" +
                         std::to_string(kSchemaVersion) + "); upgrade Parley to read it. The database was not changed.");
  if (v == kSchemaVersion) return Status();
  if (v == 0) {
    // A version-0 file must be empty: refuse some other application's SQLite database.
    auto tables = db.QueryInt("SELECT count(*) FROM sqlite_master");
    if (!tables.ok()) return tables.status();
    if (tables.value() > 0)
      return Status::Error(db.path() + " is a SQLite database of another application (no Parley schema); refusing to touch it");
  }
  if (read_only) return Status::Error(db.path() + " has schema version " + std::to_string(v) + "; open it for writing once to migrate");
  for (long long next = v + 1; next <= kSchemaVersion; ++next) {
    std::string sql = std::string("BEGIN IMMEDIATE;") + kMigrations[next - 1] + "PRAGMA user_version=" +
                      std::to_string(next) + ";COMMIT;";
    Status st = db.Exec(sql);
    if (!st.ok()) {
      db.Exec("ROLLBACK");
      return Status::Error("schema migration to version " + std::to_string(next) + " failed: " + st.message());
    }
  }
  return Status();
}

}  // namespace parley::store
