// A thin RAII layer over the SQLite C API: a connection, prepared statements with bound parameters, clear errors.
#pragma once
#include <sqlite3.h>

#include <string>
#include <string_view>

#include "core/result.h"

namespace parley::store {

/// A prepared statement; bind with 1-based indexes, step, read columns with 0-based indexes.
class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, sqlite3_stmt* s) : db_(db), s_(s) {}
  Stmt(Stmt&& o) noexcept : db_(o.db_), s_(o.s_) { o.s_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt() { if (s_) sqlite3_finalize(s_); }

  /// Binds text (copied); an empty view binds '' (use BindNull for NULL).
  Stmt& Bind(int i, std::string_view v);
  Stmt& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Stmt& Bind(int i, long long v);
  Stmt& Bind(int i, int v) { return Bind(i, static_cast<long long>(v)); }
  Stmt& Bind(int i, double v);
  Stmt& BindNull(int i);
  /// Binds NULL for an empty string, else the text.
  Stmt& BindOrNull(int i, std::string_view v) { return v.empty() ? BindNull(i) : Bind(i, v); }
  /// Advances: true when a row is ready; false when done (check status()).
  bool Step();
  /// Runs a statement that returns no rows; resets it for reuse.
  Status Run();
  /// Resets for re-execution and clears bindings.
  void Reset();
  /// The error of the last Step (ok when it simply finished).
  const Status& status() const { return status_; }
  /// The SQLite result code of the last failed Step (0 when none).
  int rc() const { return rc_; }

  std::string Text(int col) const;
  long long Int(int col) const { return sqlite3_column_int64(s_, col); }
  double Double(int col) const { return sqlite3_column_double(s_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(s_, col) == SQLITE_NULL; }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* s_ = nullptr;
  Status status_;
  int rc_ = 0;
};

/// One database connection.
class Db {
 public:
  Db() = default;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  ~Db();
  /// Opens `path`; read_only opens without creating; create=false refuses a missing file.
  Status Open(const std::string& path, bool read_only, bool create);
  /// Runs one or more statements without parameters (schema, pragmas, BEGIN/COMMIT).
  Status Exec(const std::string& sql);
  /// Prepares a statement; errors carry the SQLite message.
  Result<Stmt> Prepare(const std::string& sql);
  /// A single integer from a query returning one row (or `fallback` when none).
  Result<long long> QueryInt(const std::string& sql, long long fallback = 0);
  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }
  /// A human message for a SQLite result code, naming the file (disk full, not a database, read-only...).
  std::string Describe(int rc) const;

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace parley::store
