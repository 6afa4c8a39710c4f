#include "store/clickhouse_store.h"

#include <algorithm>
#include <chrono>
#include <ctime>

#include "store/clickhouse_schema.h"

namespace parley::store {
namespace {

// The bytes of a span, clamped to the text.
std::string_view SafeSlice(const Article& a, Span s) {
  size_t n = a.text.size();
  size_t b = std::min<size_t>(s.begin, n), e = std::min<size_t>(std::max(s.begin, s.end), n);
  return std::string_view(a.text).substr(b, e - b);
}

std::string JoinTags(const std::vector<std::string>& tags) {
  std::string out;
  for (const auto& t : tags) out += (out.empty() ? "" : ",") + t;
  return out;
}

std::string UtcNow() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  return buf;
}

// ClickHouse error codes that mean "try again later" (overload, timeouts, too many parts, network).
bool TransientClickHouseError(const HttpResponse& r) {
  size_t p = r.body.find("Code: ");
  if (p == std::string::npos) return true;  // not a ClickHouse exception: a proxy or a dying server
  int code = std::atoi(r.body.c_str() + p + 6);
  for (int c : {159, 160, 202, 209, 210, 241, 252, 425}) if (code == c) return true;
  return false;
}

long long Ll(size_t v) { return static_cast<long long>(v); }

}  // namespace

long long ChRowId(const std::string& article_id, char kind, size_t idx) {
  // High bits from the article, low 16 bits the row index: within an article ids follow row order, as SQLite's do,
  // so clustering breaks ties between an article's mentions the same way.
  uint64_t h = Fnv1a64(std::string(1, kind), Fnv1a64(article_id));
  uint64_t id = ((h >> 2) & ~0xFFFFull) | std::min<uint64_t>(idx, 0xFFFF) | (1ull << 62);
  return static_cast<long long>(id);
}

Result<std::unique_ptr<ClickHouseStore>> ClickHouseStore::OpenUri(const std::string& uri, const StoreOptions& options,
                                                                  const HttpOptions& http) {
  auto parsed = ParseClickHouseUri(uri);
  if (!parsed.ok()) return parsed.status();
  HttpOptions h = http;
  h.service = "ClickHouse";
  std::unique_ptr<ClickHouseStore> s(new ClickHouseStore(parsed.value(), h));
  const std::string& db = s->uri_.database;
  if (options.read_only || !options.create_if_missing) {
    auto have = s->Query("SELECT name FROM system.tables WHERE database = " + SqlQuote(db) + " FORMAT TabSeparated");
    if (!have.ok()) return have.status();
    for (const std::string& t : ClickHouseTableNames())
      if (("\n" + have.value()).find("\n" + t + "\n") == std::string::npos)
        return Status::Error("ClickHouse database '" + db + "' has no Parley table " + t +
                             "; write to it first with parley code FILE --store " + uri);
    return s;
  }
  auto created = s->Query("CREATE DATABASE IF NOT EXISTS " + db);
  if (!created.ok()) return created.status();
  for (const std::string& ddl : ClickHouseTableDdl(db)) {
    auto r = s->Query(ddl);
    if (!r.ok()) return r.status();
  }
  return s;
}

Result<std::string> ClickHouseStore::Query(const std::string& sql) {
  HttpEndpoint ep{uri_.host, uri_.port};
  // Every statement names its tables as DB.table, so no default database is needed (it may not exist yet).
  auto r = HttpPost(ep, "/", sql, http_, TransientClickHouseError);
  if (!r.ok()) return r.status();
  if (r.value().status != 200) {
    std::string msg = r.value().body.substr(0, 600);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    return Status::Error("ClickHouse at " + uri_.host + ":" + std::to_string(uri_.port) + " refused a query (HTTP " +
                         std::to_string(r.value().status) + "): " + msg);
  }
  return std::move(r.value().body);
}

Status ClickHouseStore::Insert(const std::string& table, const char* columns, const std::string& rows) {
  if (rows.empty()) return Status();
  HttpEndpoint ep{uri_.host, uri_.port};
  std::string sql = "INSERT INTO " + uri_.database + "." + table + " (" + columns + ") FORMAT TabSeparated";
  // A retried INSERT may land twice: identical keys collapse in ReplacingMergeTree and every read uses FINAL.
  auto r = HttpPost(ep, "/?query=" + UrlEncode(sql), rows, http_,
                    TransientClickHouseError);
  if (!r.ok()) return r.status();
  if (r.value().status != 200)
    return Status::Error("ClickHouse refused the INSERT into " + table + " (HTTP " + std::to_string(r.value().status) +
                         "): " + r.value().body.substr(0, 600));
  return Status();
}

unsigned long long ClickHouseStore::NextVersion() {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  auto us = static_cast<unsigned long long>(std::chrono::duration_cast<std::chrono::microseconds>(now).count());
  last_version_ = std::max(us, last_version_ + 1);
  return last_version_;
}

std::string ClickHouseStore::CurrentRows() const {
  return "(article_id, hash) IN (SELECT article_id, hash FROM " + uri_.database + ".articles FINAL)";
}

Result<std::string> ClickHouseStore::CurrentHash(const std::string& article_id) {
  auto r = Query("SELECT hash FROM " + uri_.database + ".articles FINAL WHERE article_id = " + SqlQuote(article_id) +
                 " FORMAT TabSeparated");
  if (!r.ok()) return r.status();
  auto rows = ParseTsv(r.value());
  return rows.empty() ? std::string() : rows[0][0];
}

Status ClickHouseStore::BeginBatch() {
  if (in_batch_) return Status::Error("BeginBatch called inside a batch");
  in_batch_ = true;
  pending_.clear();
  batch_hashes_.clear();
  rejection_keys_.clear();
  batch_counts_ = WriteCounts{};
  return Status();
}

Status ClickHouseStore::RollbackBatch() {
  in_batch_ = false;
  pending_.clear();
  batch_hashes_.clear();
  rejection_keys_.clear();
  batch_counts_ = WriteCounts{};
  return Status();
}

Status ClickHouseStore::CommitBatch() {
  if (!in_batch_) return Status::Error("CommitBatch called outside a batch");
  // Child rows first, the articles rows last: until its articles row lands, an article's new rows are invisible
  // to every reader, so a failure part-way never shows a partial article.
  struct { const char* table; const char* columns; } order[] = {
      {"sentences", kChSentenceColumns}, {"actor_mentions", kChActorMentionColumns}, {"mentions", kChMentionColumns},
      {"quotes", kChQuoteColumns},       {"rejections", kChRejectionColumns},       {"articles", kChArticleColumns}};
  for (const auto& t : order) {
    Status st = Insert(t.table, t.columns, pending_[t.table]);
    if (!st.ok()) {
      RollbackBatch();
      return Status::Error("batch not stored (" + st.message() + "); re-run the same input to finish it");
    }
  }
  counts_.inserted += batch_counts_.inserted;
  counts_.unchanged += batch_counts_.unchanged;
  counts_.replaced += batch_counts_.replaced;
  counts_.rejected += batch_counts_.rejected;
  return RollbackBatch();  // clears the batch state
}

Result<WriteOutcome> ClickHouseStore::WriteArticle(const Article& a, const std::string& dict_version) {
  bool own = !in_batch_;
  if (own) BeginBatch();
  std::string hash = ArticleContentHash(a, dict_version);
  std::string old;
  if (auto it = batch_hashes_.find(a.id); it != batch_hashes_.end()) {
    old = it->second;
  } else {
    auto h = CurrentHash(a.id);
    if (!h.ok()) { if (own) RollbackBatch(); return h.status(); }
    old = h.value();
  }
  if (old == hash) {
    ++batch_counts_.unchanged;
    if (own) { Status st = CommitBatch(); if (!st.ok()) return st; }
    return WriteOutcome::kUnchanged;
  }
  batch_hashes_[a.id] = hash;
  long long version = static_cast<long long>(NextVersion());
  std::string added = UtcNow(), report = a.report_date.iso();
  std::string& art = pending_["articles"];
  art += TsvRow().Add(a.id).Add(hash).Add(version).Add(dict_version).Add(a.title).Add(a.url).Add(a.source)
             .Add(a.origin).Add(a.format).Add(report).Add(Ll(a.sentences.size())).Add(Ll(a.events.size()))
             .Add(Ll(a.quotes.size())).Add(Ll(a.text.size())).Add(added).Line();
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence& s = a.sentences[i];
    pending_["sentences"] += TsvRow().Add(a.id).Add(hash).Add(Ll(i)).Add(version).Add(Ll(s.span.begin))
                                 .Add(Ll(s.span.end)).Add(Ll(s.paragraph)).Add(SafeSlice(a, s.span)).Line();
  }
  size_t k = 0;
  for (const Mention& m : a.mentions) {
    if (m.code.empty()) continue;
    pending_["actor_mentions"] += TsvRow().Add(a.id).Add(hash).Add(Ll(k++)).Add(version).Add(Ll(m.sentence))
                                      .Add(Ll(m.span.begin)).Add(Ll(m.span.end)).Add(m.code).Add(m.country)
                                      .Add(m.name).Add(m.entity).Add(m.kind).Add(m.entry).Line();
  }
  for (size_t i = 0; i < a.events.size(); ++i) {
    const Event& e = a.events[i];
    std::string_view stext;
    long long sbegin = 0;
    if (e.sentence < a.sentences.size()) {
      stext = SafeSlice(a, a.sentences[e.sentence].span);
      sbegin = a.sentences[e.sentence].span.begin;
    }
    TsvRow r;
    r.Add(a.id).Add(hash).Add(Ll(i)).Add(version).Add(ChRowId(a.id, 'm', i)).Add(a.source).Add(a.url).Add(report)
        .Add(added).Add(Ll(e.sentence)).Add(stext).Add(sbegin);
    for (const auto* act : {&e.source, &e.target})
      r.Add(act->code).Add(act->country).Add(act->name).Add(Ll(act->span.begin)).Add(Ll(act->span.end));
    r.Add(e.code).Add(e.root.empty() ? e.code.substr(0, 2) : e.root).Add(static_cast<long long>(e.quad_class))
        .Add(e.goldstein).Add(e.plover_event).Add(e.plover_mode).Add(e.modality).Add(Ll(e.trigger.begin))
        .Add(Ll(e.trigger.end)).Add(e.pattern).Add(e.pattern_entry).Add(e.date.iso()).Add(e.date_end.iso())
        .Add(e.date_precision.empty() ? PrecisionName(e.date.precision()) : e.date_precision).Add(e.date_source)
        .Add(e.place.name).Add(e.place.resolved).Add(e.place.country).Add(e.place.lat).Add(e.place.lon)
        .Add(e.place.kind).Add(e.place.how).Add(static_cast<long long>(e.place.known ? 1 : 0)).Add(JoinTags(e.issues))
        .Add(dict_version);
    pending_["mentions"] += r.Line();
  }
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    pending_["quotes"] += TsvRow().Add(a.id).Add(hash).Add(Ll(i)).Add(version).Add(ChRowId(a.id, 'q', i)).Add(report)
                              .Add(Ll(q.sentence)).Add(Ll(q.span.begin)).Add(Ll(q.span.end)).Add(q.text)
                              .Add(q.speaker_name).Add(q.speaker_code).Add(q.speaker_as_written).Add(q.verb)
                              .Add(static_cast<long long>(q.direct ? 1 : 0)).Add(JoinTags(q.issues)).Line();
  }
  WriteOutcome outcome = old.empty() ? WriteOutcome::kInserted : WriteOutcome::kReplaced;
  ++(old.empty() ? batch_counts_.inserted : batch_counts_.replaced);
  if (own) { Status st = CommitBatch(); if (!st.ok()) return st; }
  return outcome;
}

Status ClickHouseStore::WriteRejection(const std::string& origin, const std::string& reason) {
  bool own = !in_batch_;
  if (own) BeginBatch();
  std::string key = origin + "\t" + reason;
  if (std::find(rejection_keys_.begin(), rejection_keys_.end(), key) == rejection_keys_.end()) {
    auto seen = Query("SELECT count() FROM " + uri_.database + ".rejections FINAL WHERE origin = " + SqlQuote(origin) +
                      " AND reason = " + SqlQuote(reason) + " FORMAT TabSeparated");
    if (!seen.ok()) { if (own) RollbackBatch(); return seen.status(); }
    rejection_keys_.push_back(key);
    if (std::atoll(seen.value().c_str()) == 0) {
      ++batch_counts_.rejected;
      pending_["rejections"] +=
          TsvRow().Add(origin).Add(reason).Add(static_cast<long long>(NextVersion())).Add(UtcNow()).Line();
    }
  }
  return own ? CommitBatch() : Status();
}

}  // namespace parley::store
