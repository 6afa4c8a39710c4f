#include "store/sqlite_store.h"

#include <cstdio>
#include <string_view>

#include "store/schema.h"

namespace parley::store {
namespace {

// The bytes of a span, clamped to the text (a bad span never reads out of bounds).
std::string_view SafeSlice(const Article& a, Span s) {
  size_t n = a.text.size();
  size_t b = std::min<size_t>(s.begin, n), e = std::min<size_t>(std::max(s.begin, s.end), n);
  return std::string_view(a.text).substr(b, e - b);
}

std::string JoinTags(const std::vector<std::string>& tags) {
  std::string out;
  for (const auto& t : tags) {
    if (!out.empty()) out += ',';
    out += t;
  }
  return out;
}

}  // namespace

uint64_t Fnv1a64(std::string_view bytes, uint64_t seed) {
  uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string ArticleContentHash(const Article& a, const std::string& dict_version) {
  // Separators keep ("ab","c") and ("a","bc") apart; the text length is folded in too.
  uint64_t h = Fnv1a64(a.id);
  h = Fnv1a64(std::string_view("\x1f", 1), h);
  h = Fnv1a64(a.text, h);
  h = Fnv1a64(std::string_view("\x1f", 1), h);
  h = Fnv1a64(dict_version, h);
  h ^= static_cast<uint64_t>(a.text.size()) * 0x9E3779B97F4A7C15ull;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::OpenFile(const std::string& path, const StoreOptions& options) {
  auto s = std::unique_ptr<SqliteStore>(new SqliteStore());
  Status st = s->db_.Open(path, options.read_only, options.create_if_missing);
  if (!st.ok()) return st;
  sqlite3_busy_timeout(s->db_.handle(), options.busy_timeout_ms);
  // The first read tells a non-database file apart before anything is written.
  st = Migrate(s->db_, options.read_only);
  if (!st.ok()) return st;
  if (!options.read_only) {
    st = s->db_.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    if (!st.ok()) return st;
    if (options.max_pages > 0) {
      st = s->db_.Exec("PRAGMA max_page_count=" + std::to_string(options.max_pages));
      if (!st.ok()) return st;
    }
  }
  return s;
}

Status SqliteStore::WriteError(const Status& st) {
  // SQLite rolls a transaction back by itself on some errors (disk full): the batch is then over.
  if (in_batch_ && sqlite3_get_autocommit(db_.handle())) in_batch_ = false;
  const std::string& m = st.message();
  if (m.find("SQLITE_FULL") != std::string::npos || m.find("database or disk is full") != std::string::npos)
    return Status::Error(db_.Describe(SQLITE_FULL));
  if (m.find("readonly") != std::string::npos || m.find("read-only") != std::string::npos)
    return Status::Error(db_.Describe(SQLITE_READONLY));
  return Status::Error("writing " + db_.path() + ": " + m);
}

Status SqliteStore::BeginBatch() {
  if (in_batch_) return Status::Error("BeginBatch called inside a batch");
  Status st = db_.Exec("BEGIN IMMEDIATE");
  if (!st.ok()) return WriteError(st);
  in_batch_ = true;
  return Status();
}

Status SqliteStore::CommitBatch() {
  if (!in_batch_) return Status::Error("CommitBatch called outside a batch");
  Status st = db_.Exec("COMMIT");
  if (!st.ok()) {
    db_.Exec("ROLLBACK");
    in_batch_ = false;
    return WriteError(st);
  }
  in_batch_ = false;
  return Status();
}

Status SqliteStore::RollbackBatch() {
  if (!in_batch_) return Status();
  in_batch_ = false;
  if (sqlite3_get_autocommit(db_.handle())) return Status();  // already rolled back by SQLite
  return db_.Exec("ROLLBACK");
}

Result<WriteOutcome> SqliteStore::WriteArticle(const Article& a, const std::string& dict_version) {
  bool own = !in_batch_;
  if (own) {
    Status st = BeginBatch();
    if (!st.ok()) return st;
  }
  auto fail = [&](const Status& st) -> Result<WriteOutcome> {
    // Outside an explicit batch the article's own transaction is undone; inside, the caller rolls back.
    if (own) RollbackBatch();
    return WriteError(st);
  };
  std::string hash = ArticleContentHash(a, dict_version);
  auto find = db_.Prepare("SELECT id, hash FROM articles WHERE doc_id = ?1");
  if (!find.ok()) return fail(find.status());
  find.value().Bind(1, a.id);
  long long old_rowid = 0;
  if (find.value().Step()) {
    if (find.value().Text(1) == hash) {
      if (own) { Status st = CommitBatch(); if (!st.ok()) return st; }
      ++counts_.unchanged;
      return WriteOutcome::kUnchanged;
    }
    old_rowid = find.value().Int(0);
  } else if (!find.value().status().ok()) {
    return fail(find.value().status());
  }
  if (old_rowid) {
    Status st = DeleteArticleRows(old_rowid);
    if (!st.ok()) return fail(st);
  }
  auto ins = db_.Prepare(
      "INSERT INTO articles (doc_id, hash, dict_version, title, url, source, origin, format, report_date, sentence_count,"
      " event_count, quote_count, text_bytes, added_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,"
      " strftime('%Y-%m-%d %H:%M:%S','now'))");
  if (!ins.ok()) return fail(ins.status());
  Stmt& s = ins.value();
  s.Bind(1, a.id).Bind(2, hash).Bind(3, dict_version).Bind(4, a.title).Bind(5, a.url).Bind(6, a.source);
  s.Bind(7, a.origin).Bind(8, a.format).Bind(9, a.report_date.iso());
  s.Bind(10, static_cast<long long>(a.sentences.size())).Bind(11, static_cast<long long>(a.events.size()));
  s.Bind(12, static_cast<long long>(a.quotes.size())).Bind(13, static_cast<long long>(a.text.size()));
  Status st = s.Run();
  if (!st.ok()) return fail(st);
  long long rowid = sqlite3_last_insert_rowid(db_.handle());
  st = InsertArticleRows(rowid, a, dict_version);
  if (!st.ok()) return fail(st);
  if (own) {
    st = CommitBatch();
    if (!st.ok()) return st;
  }
  if (old_rowid) { ++counts_.replaced; return WriteOutcome::kReplaced; }
  ++counts_.inserted;
  return WriteOutcome::kInserted;
}

Status SqliteStore::DeleteArticleRows(long long id) {
  const char* sqls[] = {
      "DELETE FROM sentences_fts WHERE rowid IN (SELECT id FROM sentences WHERE article = ?1)",
      "DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE article = ?1)",
      "DELETE FROM sentences WHERE article = ?1",
      "DELETE FROM quotes WHERE article = ?1",
      "DELETE FROM mentions WHERE article = ?1",
      "DELETE FROM actor_mentions WHERE article = ?1",
      "DELETE FROM articles WHERE id = ?1",
  };
  for (const char* sql : sqls) {
    auto s = db_.Prepare(sql);
    if (!s.ok()) return s.status();
    s.value().Bind(1, id);
    Status st = s.value().Run();
    if (!st.ok()) return st;
  }
  return Status();
}

Status SqliteStore::InsertArticleRows(long long art, const Article& a, const std::string& dict_version) {
  auto sent = db_.Prepare("INSERT INTO sentences (article, idx, b, e, paragraph, text) VALUES (?1,?2,?3,?4,?5,?6)");
  auto sfts = db_.Prepare("INSERT INTO sentences_fts (rowid, text) VALUES (?1, ?2)");
  if (!sent.ok()) return sent.status();
  if (!sfts.ok()) return sfts.status();
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence& s = a.sentences[i];
    std::string_view text = SafeSlice(a, s.span);
    sent.value().Bind(1, art).Bind(2, static_cast<long long>(i)).Bind(3, static_cast<long long>(s.span.begin));
    sent.value().Bind(4, static_cast<long long>(s.span.end)).Bind(5, static_cast<long long>(s.paragraph)).Bind(6, text);
    Status st = sent.value().Run();
    if (!st.ok()) return st;
    sfts.value().Bind(1, static_cast<long long>(sqlite3_last_insert_rowid(db_.handle()))).Bind(2, text);
    st = sfts.value().Run();
    if (!st.ok()) return st;
  }
  auto am = db_.Prepare(
      "INSERT INTO actor_mentions (article, sentence, b, e, code, country, name, entity, kind, entry)"
      " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
  if (!am.ok()) return am.status();
  for (const Mention& m : a.mentions) {
    if (m.code.empty()) continue;
    Stmt& s = am.value();
    s.Bind(1, art).Bind(2, static_cast<long long>(m.sentence)).Bind(3, static_cast<long long>(m.span.begin));
    s.Bind(4, static_cast<long long>(m.span.end)).Bind(5, m.code).Bind(6, m.country).Bind(7, m.name);
    s.Bind(8, m.entity).Bind(9, m.kind).Bind(10, m.entry);
    Status st = s.Run();
    if (!st.ok()) return st;
  }
  auto ev = db_.Prepare(
      "INSERT INTO mentions (article, sentence, src_code, src_country, src_name, src_b, src_e, tgt_code, tgt_country,"
      " tgt_name, tgt_b, tgt_e, code, root, quad_class, goldstein, plover_event, plover_mode, modality, trig_b, trig_e,"
      " pattern, pattern_entry, date, date_end, date_precision, date_source, place_name, place_resolved, place_country,"
      " place_lat, place_lon, place_kind, place_how, place_known, issues, dict_version) VALUES (?1,?2,?3,?4,?5,?6,?7,"
      "?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,?30,?31,?32,?33,?34,?35,"
      "?36,?37)");
  if (!ev.ok()) return ev.status();
  for (const Event& e : a.events) {
    Stmt& s = ev.value();
    s.Bind(1, art).Bind(2, static_cast<long long>(e.sentence));
    s.Bind(3, e.source.code).Bind(4, e.source.country).Bind(5, e.source.name);
    s.Bind(6, static_cast<long long>(e.source.span.begin)).Bind(7, static_cast<long long>(e.source.span.end));
    s.Bind(8, e.target.code).Bind(9, e.target.country).Bind(10, e.target.name);
    s.Bind(11, static_cast<long long>(e.target.span.begin)).Bind(12, static_cast<long long>(e.target.span.end));
    s.Bind(13, e.code).Bind(14, e.root.empty() ? e.code.substr(0, 2) : e.root).Bind(15, e.quad_class);
    s.Bind(16, e.goldstein).Bind(17, e.plover_event).Bind(18, e.plover_mode).Bind(19, e.modality);
    s.Bind(20, static_cast<long long>(e.trigger.begin)).Bind(21, static_cast<long long>(e.trigger.end));
    s.Bind(22, e.pattern).Bind(23, e.pattern_entry).Bind(24, e.date.iso()).Bind(25, e.date_end.iso());
    s.Bind(26, e.date_precision.empty() ? PrecisionName(e.date.precision()) : e.date_precision);
    s.Bind(27, e.date_source).Bind(28, e.place.name).Bind(29, e.place.resolved).Bind(30, e.place.country);
    s.Bind(31, e.place.lat).Bind(32, e.place.lon).Bind(33, e.place.kind).Bind(34, e.place.how);
    s.Bind(35, e.place.known ? 1 : 0).Bind(36, JoinTags(e.issues)).Bind(37, dict_version);
    Status st = s.Run();
    if (!st.ok()) return st;
  }
  auto q = db_.Prepare(
      "INSERT INTO quotes (article, sentence, b, e, text, speaker_name, speaker_code, speaker_as_written, verb, direct,"
      " issues) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)");
  auto qfts = db_.Prepare("INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?1, ?2, ?3)");
  if (!q.ok()) return q.status();
  if (!qfts.ok()) return qfts.status();
  for (const Quote& x : a.quotes) {
    Stmt& s = q.value();
    s.Bind(1, art).Bind(2, static_cast<long long>(x.sentence)).Bind(3, static_cast<long long>(x.span.begin));
    s.Bind(4, static_cast<long long>(x.span.end)).Bind(5, x.text).Bind(6, x.speaker_name).Bind(7, x.speaker_code);
    s.Bind(8, x.speaker_as_written).Bind(9, x.verb).Bind(10, x.direct ? 1 : 0).Bind(11, JoinTags(x.issues));
    Status st = s.Run();
    if (!st.ok()) return st;
    qfts.value().Bind(1, static_cast<long long>(sqlite3_last_insert_rowid(db_.handle()))).Bind(2, x.text);
    qfts.value().Bind(3, x.speaker_name + " " + x.speaker_code);
    st = qfts.value().Run();
    if (!st.ok()) return st;
  }
  return Status();
}

Status SqliteStore::WriteRejection(const std::string& origin, const std::string& reason) {
  auto s = db_.Prepare("INSERT OR IGNORE INTO rejections (origin, reason, added_at) VALUES (?1, ?2, strftime('%Y-%m-%d %H:%M:%S','now'))");
  if (!s.ok()) return WriteError(s.status());
  s.value().Bind(1, origin).Bind(2, reason);
  Status st = s.value().Run();
  if (!st.ok()) return WriteError(st);
  counts_.rejected += sqlite3_changes(db_.handle());
  return Status();
}

}  // namespace parley::store
