// SqliteStore::Cluster: reads every mention, clusters in memory, rewrites the events table in one transaction.
#include <cctype>

#include "store/cluster.h"
#include "store/sqlite_store.h"

namespace parley::store {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

Status SqliteStore::Cluster(const ClusterOptions& options) {
  if (in_batch_) return Status::Error("Cluster called inside a batch; commit first");
  auto sel = db_.Prepare(
      "SELECT m.id, m.article, COALESCE(NULLIF(a.source,''), a.doc_id), m.src_code, m.tgt_code, m.root, m.date,"
      " a.report_date, m.place_known, COALESCE(NULLIF(m.place_resolved,''), m.place_name), m.code, m.quad_class,"
      " m.goldstein FROM mentions m JOIN articles a ON a.id = m.article");
  if (!sel.ok()) return sel.status();
  std::vector<ClusterInput> in;
  struct Extra { std::string code; int quad; double goldstein; };
  std::vector<Extra> extra;
  while (sel.value().Step()) {
    Stmt& s = sel.value();
    ClusterInput c;
    c.id = s.Int(0);
    c.article = s.Int(1);
    c.publisher = s.Text(2);
    c.src = s.Text(3);
    c.tgt = s.Text(4);
    c.root = s.Text(5);
    c.date = s.Text(6);
    c.report_date = s.Text(7);
    if (s.Int(8)) c.place = Lower(s.Text(9));
    in.push_back(std::move(c));
    extra.push_back(Extra{s.Text(10), static_cast<int>(s.Int(11)), s.Double(12)});
  }
  if (!sel.value().status().ok()) return sel.value().status();
  std::vector<ClusterOutput> clusters = ClusterMentions(in, options);

  Status st = BeginBatch();
  if (!st.ok()) return st;
  auto fail = [&](const Status& e) { RollbackBatch(); return WriteError(e); };
  st = db_.Exec("DELETE FROM events");
  if (!st.ok()) return fail(st);
  auto ins = db_.Prepare(
      "INSERT INTO events (id, first_mention, src_code, tgt_code, code, root, quad_class, goldstein, date, sort_date,"
      " num_mentions, num_sources, num_articles) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)");
  auto upd = db_.Prepare("UPDATE mentions SET event_id = ?1, merge_reason = ?2 WHERE id = ?3");
  if (!ins.ok()) return fail(ins.status());
  if (!upd.ok()) return fail(upd.status());
  for (const ClusterOutput& c : clusters) {
    const ClusterInput& a = in[c.anchor];
    const Extra& x = extra[c.anchor];
    Stmt& s = ins.value();
    s.Bind(1, c.event_id).Bind(2, a.id).Bind(3, a.src).Bind(4, a.tgt).Bind(5, x.code).Bind(6, a.root);
    s.Bind(7, x.quad).Bind(8, x.goldstein).Bind(9, a.date).Bind(10, a.date.empty() ? a.report_date : a.date);
    s.Bind(11, static_cast<long long>(c.members.size())).Bind(12, c.num_sources).Bind(13, c.num_articles);
    st = s.Run();
    if (!st.ok()) return fail(st);
    for (size_t k = 0; k < c.members.size(); ++k) {
      upd.value().Bind(1, c.event_id).Bind(2, c.reasons[k]).Bind(3, in[c.members[k]].id);
      st = upd.value().Run();
      if (!st.ok()) return fail(st);
    }
  }
  return CommitBatch();
}

}  // namespace parley::store
