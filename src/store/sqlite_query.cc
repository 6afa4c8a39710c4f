// SqliteStore queries: events and mentions, the mentions of one event, actors, quotes, search, stats, articles.
#include <sstream>

#include "store/serialize.h"
#include "store/sql_filter.h"
#include "store/sqlite_store.h"

namespace parley::store {
namespace {

const char* kEventColumns =
    "SELECT m.id, COALESCE(m.event_id,0), a.doc_id, a.source, a.url, m.sentence, COALESCE(s.text,''), COALESCE(s.b,0),"
    " m.src_code, m.src_country, m.src_name, m.src_b, m.src_e, m.tgt_code, m.tgt_country, m.tgt_name, m.tgt_b, m.tgt_e,"
    " m.code, m.root, m.quad_class, m.goldstein, m.plover_event, m.plover_mode, m.modality, m.trig_b, m.trig_e,"
    " a.report_date, m.date, m.date_end, m.date_precision, m.date_source, m.place_name, m.place_resolved,"
    " m.place_country, m.place_lat, m.place_lon, m.place_kind, m.place_how, m.place_known, m.issues, m.pattern,"
    " m.pattern_entry, m.dict_version, a.added_at, COALESCE(e.num_mentions,1), COALESCE(e.num_sources,1),"
    " COALESCE(e.num_articles,1), COALESCE(m.merge_reason,''), COALESCE(e.id,0)";

EventRecord ReadEvent(const Stmt& s, bool mentions) {
  EventRecord r;
  int i = 0;
  r.id = s.Int(i++);
  r.event_id = s.Int(i++);
  r.article_id = s.Text(i++);
  r.source_name = s.Text(i++);
  r.url = s.Text(i++);
  r.sentence = static_cast<int>(s.Int(i++));
  r.sentence_text = s.Text(i++);
  r.sentence_begin = s.Int(i++);
  for (ActorRecord* a : {&r.source, &r.target}) {
    a->code = s.Text(i++);
    a->country = s.Text(i++);
    a->name = s.Text(i++);
    a->begin = s.Int(i++);
    a->end = s.Int(i++);
  }
  r.code = s.Text(i++);
  r.root = s.Text(i++);
  r.quad_class = static_cast<int>(s.Int(i++));
  r.goldstein = s.Double(i++);
  r.plover_event = s.Text(i++);
  r.plover_mode = s.Text(i++);
  r.modality = s.Text(i++);
  r.trigger_begin = s.Int(i++);
  r.trigger_end = s.Int(i++);
  r.report_date = s.Text(i++);
  r.date = s.Text(i++);
  r.date_end = s.Text(i++);
  r.date_precision = s.Text(i++);
  r.date_source = s.Text(i++);
  r.place.name = s.Text(i++);
  r.place.resolved = s.Text(i++);
  r.place.country = s.Text(i++);
  r.place.lat = s.Double(i++);
  r.place.lon = s.Double(i++);
  r.place.kind = s.Text(i++);
  r.place.how = s.Text(i++);
  r.place.known = s.Int(i++) != 0;
  r.issues = SplitTags(s.Text(i++));
  r.pattern = s.Text(i++);
  r.pattern_entry = s.Text(i++);
  r.dict_version = s.Text(i++);
  r.added_at = s.Text(i++);
  r.num_mentions = s.Int(i++);
  r.num_sources = s.Int(i++);
  r.num_articles = s.Int(i++);
  r.merge_reason = s.Text(i++);
  long long eid = s.Int(i++);
  if (!mentions) r.id = r.event_id = eid;
  return r;
}

void Bind(Stmt& s, const std::vector<std::string>& params) {
  for (size_t i = 0; i < params.size(); ++i) s.Bind(static_cast<int>(i + 1), params[i]);
}

}  // namespace

Result<std::vector<EventRecord>> SqliteStore::QueryEventRows(const std::string& where,
                                                             const std::vector<std::string>& params, bool mentions,
                                                             long long limit) {
  std::string sql = kEventColumns;
  if (mentions)
    sql += " FROM mentions m LEFT JOIN events e ON e.id = m.event_id";
  else
    sql += " FROM events e JOIN mentions m ON m.id = e.first_mention";
  sql += " JOIN articles a ON a.id = m.article LEFT JOIN sentences s ON s.article = m.article AND s.idx = m.sentence";
  sql += where;
  sql += mentions ? " ORDER BY COALESCE(NULLIF(m.date,''), a.report_date), m.id" : " ORDER BY e.sort_date, e.id";
  if (limit > 0) sql += " LIMIT " + std::to_string(limit);  // a number we formatted, not user text
  auto st = db_.Prepare(sql);
  if (!st.ok()) return st.status();
  Bind(st.value(), params);
  std::vector<EventRecord> rows;
  while (st.value().Step()) rows.push_back(ReadEvent(st.value(), mentions));
  if (!st.value().status().ok()) return st.value().status();
  return rows;
}

Result<std::vector<EventRecord>> SqliteStore::Events(const EventFilter& f) {
  SqlFilter w;
  if (!f.actor.empty())
    w.Add("(m.src_code >= ? AND m.src_code < ?) OR (m.tgt_code >= ? AND m.tgt_code < ?)",
          {f.actor, PrefixUpperBound(f.actor), f.actor, PrefixUpperBound(f.actor)});
  if (!f.dyad_a.empty() && !f.dyad_b.empty()) {
    std::string a = f.dyad_a, au = PrefixUpperBound(a), b = f.dyad_b, bu = PrefixUpperBound(b);
    w.Add("(m.src_code >= ? AND m.src_code < ? AND m.tgt_code >= ? AND m.tgt_code < ?) OR"
          " (m.src_code >= ? AND m.src_code < ? AND m.tgt_code >= ? AND m.tgt_code < ?)",
          {a, au, b, bu, b, bu, a, au});
  }
  if (!f.root.empty()) w.Add("m.root = ?", {f.root});
  if (!f.code.empty()) w.Add("m.code >= ? AND m.code < ?", {f.code, PrefixUpperBound(f.code)});
  if (!f.from.empty()) w.Add("COALESCE(NULLIF(m.date,''), a.report_date) >= ?", {f.from});
  if (!f.to.empty()) w.Add("substr(COALESCE(NULLIF(m.date,''), a.report_date), 1, length(?)) <= ?", {f.to, f.to});
  if (!f.issue.empty()) w.Add("instr(',' || m.issues || ',', ',' || ? || ',') > 0", {f.issue});
  if (!f.place.empty())
    w.Add("m.place_name LIKE ? ESCAPE '\\' OR m.place_resolved LIKE ? ESCAPE '\\'",
          {LikeContains(f.place), LikeContains(f.place)});
  return QueryEventRows(w.where, w.params, f.mentions, f.limit);
}

Result<std::vector<EventRecord>> SqliteStore::MentionsOfEvent(long long event_id) {
  SqlFilter w;
  w.Add("m.event_id = ?", {std::to_string(event_id)});
  return QueryEventRows(w.where, w.params, true, 0);
}

Result<std::vector<ActorRow>> SqliteStore::Actors(int top) {
  std::string sql =
      "WITH c AS (SELECT src_code AS code, 1 AS src, 0 AS tgt FROM mentions UNION ALL"
      " SELECT tgt_code, 0, 1 FROM mentions),"
      " n AS (SELECT code, count(*) AS k, max(name) AS name, max(country) AS country FROM actor_mentions GROUP BY code)"
      " SELECT c.code, COALESCE(n.name,''), COALESCE(n.country,''), sum(c.src), sum(c.tgt), COALESCE(n.k,0)"
      " FROM c LEFT JOIN n ON n.code = c.code GROUP BY c.code ORDER BY count(*) DESC, c.code LIMIT ?1";
  auto st = db_.Prepare(sql);
  if (!st.ok()) return st.status();
  st.value().Bind(1, static_cast<long long>(top > 0 ? top : -1));
  std::vector<ActorRow> rows;
  while (st.value().Step()) {
    Stmt& s = st.value();
    rows.push_back(ActorRow{s.Text(0), s.Text(1), s.Text(2), s.Int(3), s.Int(4), s.Int(5)});
  }
  if (!st.value().status().ok()) return st.value().status();
  return rows;
}

Result<std::vector<QuoteRecord>> SqliteStore::Quotes(const QuoteFilter& f) {
  SqlFilter w;
  if (!f.speaker.empty())
    w.Add("q.speaker_name LIKE ? ESCAPE '\\' OR q.speaker_code LIKE ? ESCAPE '\\'",
          {LikeContains(f.speaker), LikeContains(f.speaker)});
  if (!f.issue.empty()) w.Add("instr(',' || q.issues || ',', ',' || ? || ',') > 0", {f.issue});
  if (!f.search.empty()) w.Add("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", {f.search});
  std::string sql =
      "SELECT q.id, a.doc_id, a.report_date, q.text, q.speaker_name, q.speaker_code, q.speaker_as_written, q.verb,"
      " q.sentence, q.b, q.e, q.direct, q.issues FROM quotes q JOIN articles a ON a.id = q.article" +
      w.where + " ORDER BY a.report_date, q.id";
  if (f.limit > 0) sql += " LIMIT " + std::to_string(f.limit);
  auto st = db_.Prepare(sql);
  if (!st.ok()) return st.status();
  Bind(st.value(), w.params);
  std::vector<QuoteRecord> rows;
  while (st.value().Step()) {
    Stmt& s = st.value();
    QuoteRecord q;
    q.id = s.Int(0);
    q.article_id = s.Text(1);
    q.report_date = s.Text(2);
    q.text = s.Text(3);
    q.speaker_name = s.Text(4);
    q.speaker_code = s.Text(5);
    q.speaker_as_written = s.Text(6);
    q.verb = s.Text(7);
    q.sentence = static_cast<int>(s.Int(8));
    q.begin = s.Int(9);
    q.end = s.Int(10);
    q.direct = s.Int(11) != 0;
    q.issues = SplitTags(s.Text(12));
    rows.push_back(std::move(q));
  }
  if (!st.value().status().ok()) return Status::Error("quote search: " + st.value().status().message());
  return rows;
}

Result<std::vector<SearchHit>> SqliteStore::Search(const std::string& query, int limit) {
  std::string sql =
      "SELECT 'sentence', a.doc_id, s.idx, snippet(sentences_fts, 0, '[', ']', '...', 16), bm25(sentences_fts)"
      " FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid JOIN articles a ON a.id = s.article"
      " WHERE sentences_fts MATCH ?1"
      " UNION ALL SELECT 'quote', a.doc_id, q.sentence, snippet(quotes_fts, 0, '[', ']', '...', 16), bm25(quotes_fts)"
      " FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article"
      " WHERE quotes_fts MATCH ?1 ORDER BY 5 LIMIT ?2";
  auto st = db_.Prepare(sql);
  if (!st.ok()) return st.status();
  st.value().Bind(1, query).Bind(2, static_cast<long long>(limit > 0 ? limit : -1));
  std::vector<SearchHit> rows;
  while (st.value().Step()) {
    Stmt& s = st.value();
    rows.push_back(SearchHit{s.Text(0), s.Text(1), static_cast<int>(s.Int(2)), s.Text(3), s.Double(4)});
  }
  if (!st.value().status().ok())
    return Status::Error("bad search query '" + query + "': " + st.value().status().message());
  return rows;
}

Result<StoreStats> SqliteStore::Stats() {
  StoreStats r;
  struct { const char* sql; long long* out; } counts[] = {
      {"SELECT count(*) FROM articles", &r.articles},     {"SELECT count(*) FROM rejections", &r.rejected},
      {"SELECT count(*) FROM sentences", &r.sentences},   {"SELECT count(*) FROM mentions", &r.mentions},
      {"SELECT count(*) FROM events", &r.events},         {"SELECT count(*) FROM quotes", &r.quotes},
      {"SELECT count(*) FROM actor_mentions", &r.actor_mentions},
  };
  for (auto& c : counts) {
    auto v = db_.QueryInt(c.sql);
    if (!v.ok()) return v.status();
    *c.out = v.value();
  }
  auto range = db_.Prepare("SELECT min(sort_date), max(sort_date) FROM events WHERE sort_date <> ''");
  if (!range.ok()) return range.status();
  if (range.value().Step()) { r.first_date = range.value().Text(0); r.last_date = range.value().Text(1); }
  auto pairs = [&](const char* sql, std::vector<std::pair<std::string, long long>>& out) -> Status {
    auto st = db_.Prepare(sql);
    if (!st.ok()) return st.status();
    while (st.value().Step()) out.emplace_back(st.value().Text(0), st.value().Int(1));
    return st.value().status();
  };
  Status st = pairs("SELECT root, count(*) FROM events GROUP BY root ORDER BY root", r.by_root);
  if (!st.ok()) return st;
  st = pairs("SELECT dict_version, count(*) FROM articles GROUP BY dict_version ORDER BY dict_version", r.dict_versions);
  if (!st.ok()) return st;
  auto v = db_.QueryInt("PRAGMA user_version");
  if (v.ok()) r.schema_version = static_cast<int>(v.value());
  return r;
}

Result<std::vector<ArticleRecord>> SqliteStore::Articles() {
  auto st = db_.Prepare(
      "SELECT doc_id, title, url, source, origin, report_date, hash, dict_version, added_at, sentence_count,"
      " event_count, quote_count FROM articles ORDER BY id");
  if (!st.ok()) return st.status();
  std::vector<ArticleRecord> rows;
  while (st.value().Step()) {
    Stmt& s = st.value();
    rows.push_back(ArticleRecord{s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5), s.Text(6), s.Text(7),
                                 s.Text(8), s.Int(9), s.Int(10), s.Int(11)});
  }
  if (!st.value().status().ok()) return st.value().status();
  return rows;
}

}  // namespace parley::store
