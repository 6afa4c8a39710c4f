#include "store/sqlite_db.h"

#include <sys/stat.h>

namespace parley::store {

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    if (s_) sqlite3_finalize(s_);
    db_ = o.db_;
    s_ = o.s_;
    o.s_ = nullptr;
  }
  return *this;
}

Stmt& Stmt::Bind(int i, std::string_view v) {
  sqlite3_bind_text(s_, i, v.data() ? v.data() : "", static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::Bind(int i, long long v) { sqlite3_bind_int64(s_, i, v); return *this; }
Stmt& Stmt::Bind(int i, double v) { sqlite3_bind_double(s_, i, v); return *this; }
Stmt& Stmt::BindNull(int i) { sqlite3_bind_null(s_, i); return *this; }

bool Stmt::Step() {
  int rc = sqlite3_step(s_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) { status_ = Status(); return false; }
  rc_ = sqlite3_extended_errcode(db_);
  status_ = Status::Error(std::string(sqlite3_errmsg(db_)) + " (" + sqlite3_errstr(rc) + ")");
  return false;
}

Status Stmt::Run() {
  int rc = sqlite3_step(s_);
  Status st;
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
    int ext = sqlite3_extended_errcode(db_);
    if ((ext & 0xff) == SQLITE_FULL) st = Status::Error("disk full (SQLITE_FULL): " + std::string(sqlite3_errmsg(db_)));
    else st = Status::Error(std::string(sqlite3_errmsg(db_)));
  }
  sqlite3_reset(s_);
  sqlite3_clear_bindings(s_);
  return st;
}

void Stmt::Reset() {
  sqlite3_reset(s_);
  sqlite3_clear_bindings(s_);
}

std::string Stmt::Text(int col) const {
  const unsigned char* t = sqlite3_column_text(s_, col);
  if (!t) return "";
  return std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(s_, col)));
}

Db::~Db() {
  if (db_) sqlite3_close_v2(db_);
}

Status Db::Open(const std::string& path, bool read_only, bool create) {
  path_ = path;
  struct stat st;
  bool exists = ::stat(path.c_str(), &st) == 0;
  if (!exists && (read_only || !create))
    return Status::Error("no database at " + path + " (run 'parley code FILE --db " + path + "' first)");
  if (exists && S_ISDIR(st.st_mode)) return Status::Error(path + " is a directory, not a database file");
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = Describe(rc);
    sqlite3_close_v2(db_);
    db_ = nullptr;
    return Status::Error(msg);
  }
  sqlite3_extended_result_codes(db_, 1);
  return Status();
}

std::string Db::Describe(int rc) const {
  switch (rc & 0xff) {
    case SQLITE_FULL: return "disk full while writing " + path_ + "; the current batch was rolled back and earlier data is intact";
    case SQLITE_NOTADB: return path_ + " is not a Parley database (SQLite says: file is not a database); refusing to touch it";
    case SQLITE_CANTOPEN: return "cannot open database " + path_ + " (missing directory or no permission)";
    case SQLITE_READONLY: return "database " + path_ + " is read-only (no write permission)";
    case SQLITE_CORRUPT: return "database " + path_ + " is corrupt";
    case SQLITE_BUSY: return "database " + path_ + " is locked by another process";
    case SQLITE_IOERR: return "I/O error on " + path_ + " (" + std::string(db_ ? sqlite3_errmsg(db_) : "") + ")";
    default: return std::string(db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc)) + " (" + path_ + ")";
  }
}

Status Db::Exec(const std::string& sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
  if (err) sqlite3_free(err);
  if (rc != SQLITE_OK) return Status::Error(Describe(sqlite3_extended_errcode(db_)));
  return Status();
}

Result<Stmt> Db::Prepare(const std::string& sql) {
  sqlite3_stmt* s = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &s, nullptr);
  if (rc != SQLITE_OK) {
    if ((rc & 0xff) == SQLITE_ERROR) return Status::Error(std::string(sqlite3_errmsg(db_)));
    return Status::Error(Describe(rc));
  }
  return Stmt(db_, s);
}

Result<long long> Db::QueryInt(const std::string& sql, long long fallback) {
  auto st = Prepare(sql);
  if (!st.ok()) return st.status();
  if (st.value().Step()) return st.value().Int(0);
  if (!st.value().status().ok()) {
    int rc = st.value().rc() & 0xff;
    if (rc == SQLITE_ERROR) return st.value().status();
    return Status::Error(Describe(rc));
  }
  return fallback;
}

}  // namespace parley::store
