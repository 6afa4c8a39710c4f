// SqliteStore::Dyad: clustered events between two actor prefixes, counted per period and direction.
#include <map>

#include "store/period.h"
#include "store/sql_filter.h"
#include "store/sqlite_store.h"

namespace parley::store {

Result<std::vector<DyadRow>> SqliteStore::Dyad(const std::string& a, const std::string& b, Period by) {
  if (a.empty() || b.empty()) return Status::Error("dyad needs two actor codes");
  // Index range scans on events(src_code, tgt_code) for each direction; prefix bounds are parameters.
  auto st = db_.Prepare(
      "SELECT e.src_code >= ?1 AND e.src_code < ?2, e.date, ar.report_date, e.quad_class, e.goldstein"
      " FROM events e JOIN mentions m ON m.id = e.first_mention JOIN articles ar ON ar.id = m.article"
      " WHERE (e.src_code >= ?1 AND e.src_code < ?2 AND e.tgt_code >= ?3 AND e.tgt_code < ?4)"
      " OR (e.src_code >= ?3 AND e.src_code < ?4 AND e.tgt_code >= ?1 AND e.tgt_code < ?2)");
  if (!st.ok()) return st.status();
  st.value().Bind(1, a).Bind(2, PrefixUpperBound(a)).Bind(3, b).Bind(4, PrefixUpperBound(b));
  const std::string forward = a + "->" + b, backward = b + "->" + a;
  // period -> direction index (0 forward, 1 backward, 2 total) -> row
  std::map<std::string, DyadRow[3]> periods;
  while (st.value().Step()) {
    Stmt& s = st.value();
    bool is_forward = s.Int(0) != 0;
    std::string key = EventPeriodKey(s.Text(1), s.Text(2), by);
    int quad = static_cast<int>(s.Int(3));
    double g = s.Double(4);
    auto& rows = periods[key];
    for (int d : {is_forward ? 0 : 1, 2}) {
      DyadRow& r = rows[d];
      ++r.events;
      if (quad >= 1 && quad <= 4) ++r.quad[quad - 1];
      r.goldstein_sum += g;
      r.net_cooperation += (quad == 1 || quad == 2) ? 1 : (quad == 3 || quad == 4) ? -1 : 0;
    }
  }
  if (!st.value().status().ok()) return st.value().status();
  std::vector<DyadRow> out;
  // "unknown" sorts after every real period key because digits sort before letters.
  for (auto& [key, rows] : periods) {
    const std::string names[3] = {forward, backward, "total"};
    for (int d = 0; d < 3; ++d) {
      DyadRow r = rows[d];
      r.period = key;
      r.direction = names[d];
      r.goldstein_mean = r.events ? r.goldstein_sum / static_cast<double>(r.events) : 0;
      out.push_back(r);
    }
  }
  return out;
}

}  // namespace parley::store
