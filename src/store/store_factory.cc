// Store::Open: picks the implementation from the URI scheme ("sqlite:PATH" or a plain path; "clickhouse://HOST:PORT/DB").
#include "store/clickhouse_store.h"
#include "store/sqlite_store.h"
#include "store/store.h"

namespace parley::store {

Result<std::unique_ptr<Store>> Store::Open(const std::string& path_or_uri, const StoreOptions& options) {
  std::string path = path_or_uri;
  if (path.rfind("sqlite://", 0) == 0) path = path.substr(9);
  else if (path.rfind("sqlite:", 0) == 0) path = path.substr(7);
  else if (path.rfind("clickhouse://", 0) == 0) {
    auto c = ClickHouseStore::OpenUri(path, options);
    if (!c.ok()) return c.status();
    return std::unique_ptr<Store>(std::move(c.value()));
  }
  if (path.empty()) return Status::Error("empty database path");
  auto s = SqliteStore::OpenFile(path, options);
  if (!s.ok()) return s.status();
  return std::unique_ptr<Store>(std::move(s.value()));
}

}  // namespace parley::store
