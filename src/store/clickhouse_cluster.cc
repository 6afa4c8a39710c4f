// ClickHouseStore::Cluster: reads the current mentions, clusters them in memory with the same rules as SQLite, and
// writes a new generation of event_members; the generation becomes visible when its cluster_runs row lands.
#include <cctype>

#include "store/clickhouse_schema.h"
#include "store/clickhouse_store.h"
#include "store/cluster.h"

namespace parley::store {

Status ClickHouseStore::Cluster(const ClusterOptions& options) {
  if (in_batch_) return Status::Error("Cluster called inside a batch; commit first");
  const std::string& db = uri_.database;
  auto body = Query(
      "SELECT article_id, hash, idx, mention_id, if(source != '', source, article_id), src_code, tgt_code, root, date,"
      " report_date, place_known, lower(if(place_resolved != '', place_resolved, place_name)) FROM " + db +
      ".mentions FINAL WHERE " + CurrentRows() + " FORMAT TabSeparated");
  if (!body.ok()) return body.status();
  auto rows = ParseTsv(body.value());
  std::vector<ClusterInput> in;
  in.reserve(rows.size());
  for (const auto& r : rows) {
    if (r.size() < 12) return Status::Error("ClickHouse returned a short mention row");
    ClusterInput c;
    c.id = std::atoll(r[3].c_str());
    c.article = static_cast<long long>(Fnv1a64(r[0]) >> 1);
    c.publisher = r[4];
    c.src = r[5];
    c.tgt = r[6];
    c.root = r[7];
    c.date = r[8];
    c.report_date = r[9];
    if (r[10] == "1") c.place = r[11];
    in.push_back(std::move(c));
  }
  std::vector<ClusterOutput> clusters = ClusterMentions(in, options);
  unsigned long long generation = NextVersion();
  std::string members;
  for (const ClusterOutput& c : clusters) {
    const ClusterInput& anchor = in[c.anchor];
    std::string sort_date = anchor.date.empty() ? anchor.report_date : anchor.date;
    for (size_t k = 0; k < c.members.size(); ++k) {
      const auto& r = rows[c.members[k]];
      members += TsvRow().Add(static_cast<long long>(generation)).Add(r[0]).Add(r[1]).Add(std::atoll(r[2].c_str()))
                     .Add(c.event_id).Add(static_cast<long long>(c.members[k] == c.anchor ? 1 : 0)).Add(c.reasons[k])
                     .Add(static_cast<long long>(c.members.size())).Add(c.num_sources).Add(c.num_articles)
                     .Add(sort_date).Line();
    }
  }
  Status st = Insert("event_members", kChMemberColumns, members);
  if (!st.ok()) return Status::Error("clustering not stored: " + st.message());
  std::string run = TsvRow().Add(static_cast<long long>(generation)).Add(static_cast<long long>(in.size()))
                        .Add(static_cast<long long>(clusters.size())).Line();
  st = Insert("cluster_runs", kChClusterRunColumns, run);
  if (!st.ok()) return Status::Error("clustering not stored: " + st.message());
  // Older generations are no longer read; dropping them is a background mutation, so a failure here is harmless.
  Query("ALTER TABLE " + db + ".event_members DELETE WHERE generation < " + std::to_string(generation));
  return Status();
}

}  // namespace parley::store
