// ClickHouseStore queries: events and mentions (joined with the newest cluster generation), dyad series, quotes,
// stats and articles. Every read uses FINAL and keeps only rows of each article's current hash.
#include <map>
#include <sstream>

#include "store/serialize.h"
#include "store/clickhouse_schema.h"
#include "store/clickhouse_store.h"
#include "store/period.h"

namespace parley::store {
namespace {

const char* kMentionSelect =
    "mention_id, article_id, source, url, sentence, sentence_text, sentence_begin, src_code, src_country, src_name,"
    " src_b, src_e, tgt_code, tgt_country, tgt_name, tgt_b, tgt_e, code, root, quad_class, goldstein, plover_event,"
    " plover_mode, modality, trig_b, trig_e, report_date, date, date_end, date_precision, date_source, place_name,"
    " place_resolved, place_country, place_lat, place_lon, place_kind, place_how, place_known, issues, pattern,"
    " pattern_entry, dict_version, added_at";

long long I(const std::string& s) { return std::atoll(s.c_str()); }

// Parses a row of kMentionSelect followed by event_id, merge_reason, num_mentions, num_sources, num_articles.
EventRecord ReadEvent(const std::vector<std::string>& c, bool mentions) {
  EventRecord r;
  size_t i = 0;
  r.id = I(c[i++]);
  r.article_id = c[i++];
  r.source_name = c[i++];
  r.url = c[i++];
  r.sentence = static_cast<int>(I(c[i++]));
  r.sentence_text = c[i++];
  r.sentence_begin = I(c[i++]);
  for (ActorRecord* a : {&r.source, &r.target}) {
    a->code = c[i++];
    a->country = c[i++];
    a->name = c[i++];
    a->begin = I(c[i++]);
    a->end = I(c[i++]);
  }
  r.code = c[i++];
  r.root = c[i++];
  r.quad_class = static_cast<int>(I(c[i++]));
  r.goldstein = std::atof(c[i++].c_str());
  r.plover_event = c[i++];
  r.plover_mode = c[i++];
  r.modality = c[i++];
  r.trigger_begin = I(c[i++]);
  r.trigger_end = I(c[i++]);
  r.report_date = c[i++];
  r.date = c[i++];
  r.date_end = c[i++];
  r.date_precision = c[i++];
  r.date_source = c[i++];
  r.place.name = c[i++];
  r.place.resolved = c[i++];
  r.place.country = c[i++];
  r.place.lat = std::atof(c[i++].c_str());
  r.place.lon = std::atof(c[i++].c_str());
  r.place.kind = c[i++];
  r.place.how = c[i++];
  r.place.known = c[i++] == "1";
  r.issues = SplitTags(c[i++]);
  r.pattern = c[i++];
  r.pattern_entry = c[i++];
  r.dict_version = c[i++];
  r.added_at = c[i++];
  r.event_id = I(c[i++]);
  r.merge_reason = c[i++];
  r.num_mentions = std::max(1LL, I(c[i++]));
  r.num_sources = std::max(1LL, I(c[i++]));
  r.num_articles = std::max(1LL, I(c[i++]));
  if (!mentions) r.id = r.event_id;
  return r;
}

// "column starts with prefix" in SQL that ClickHouse 18.16 knows.
std::string Prefix(const std::string& column, const std::string& prefix) {
  return "substring(" + column + ", 1, length(" + SqlQuote(prefix) + ")) = " + SqlQuote(prefix);
}

void And(std::string* where, const std::string& cond) { *where += " AND (" + cond + ")"; }

}  // namespace

Result<unsigned long long> ClickHouseStore::LatestGeneration() {
  auto r = Query("SELECT max(generation) FROM " + uri_.database + ".cluster_runs FORMAT TabSeparated");
  if (!r.ok()) return r.status();
  return static_cast<unsigned long long>(std::strtoull(r.value().c_str(), nullptr, 10));
}

Result<std::vector<EventRecord>> ClickHouseStore::QueryMentionRows(const std::string& where, const std::string& post,
                                                                   bool mentions, long long limit) {
  auto gen = LatestGeneration();
  if (!gen.ok()) return gen.status();
  const std::string& db = uri_.database;
  std::string sql = std::string("SELECT ") + kMentionSelect +
                    ", event_id, merge_reason, num_mentions, num_sources, num_articles FROM (SELECT hash, idx, " +
                    kMentionSelect + " FROM " + db + ".mentions FINAL WHERE " + CurrentRows() + where + ")" +
                    (mentions ? " ANY LEFT JOIN" : " ANY INNER JOIN") +
                    " (SELECT article_id, hash, idx, event_id, is_anchor, merge_reason, num_mentions, num_sources,"
                    " num_articles, sort_date FROM " + db + ".event_members FINAL WHERE generation = " +
                    std::to_string(gen.value()) + (mentions ? "" : " AND is_anchor = 1") +
                    ") USING (article_id, hash, idx)" + (post.empty() ? "" : " WHERE " + post) +
                    (mentions ? " ORDER BY if(date != '', date, report_date), mention_id"
                              : " ORDER BY sort_date, event_id");
  if (limit > 0) sql += " LIMIT " + std::to_string(limit);
  auto body = Query(sql + " FORMAT TabSeparated");
  if (!body.ok()) return body.status();
  std::vector<EventRecord> out;
  for (const auto& row : ParseTsv(body.value())) {
    if (row.size() < 49) return Status::Error("ClickHouse returned a short event row");
    out.push_back(ReadEvent(row, mentions));
  }
  return out;
}

Result<std::vector<EventRecord>> ClickHouseStore::Events(const EventFilter& f) {
  std::string w;
  if (!f.actor.empty()) And(&w, Prefix("src_code", f.actor) + " OR " + Prefix("tgt_code", f.actor));
  if (!f.dyad_a.empty() && !f.dyad_b.empty()) {
    const std::string &a = f.dyad_a, &b = f.dyad_b;
    And(&w, "(" + Prefix("src_code", a) + " AND " + Prefix("tgt_code", b) + ") OR (" + Prefix("src_code", b) +
                " AND " + Prefix("tgt_code", a) + ")");
  }
  if (!f.root.empty()) And(&w, "root = " + SqlQuote(f.root));
  if (!f.code.empty()) And(&w, Prefix("code", f.code));
  if (!f.from.empty()) And(&w, "if(date != '', date, report_date) >= " + SqlQuote(f.from));
  if (!f.to.empty())
    And(&w, "substring(if(date != '', date, report_date), 1, length(" + SqlQuote(f.to) + ")) <= " + SqlQuote(f.to));
  if (!f.issue.empty()) And(&w, "has(splitByChar(',', issues), " + SqlQuote(f.issue) + ")");
  if (!f.place.empty())
    And(&w, "positionCaseInsensitiveUTF8(place_name, " + SqlQuote(f.place) + ") > 0 OR positionCaseInsensitiveUTF8("
            "place_resolved, " + SqlQuote(f.place) + ") > 0");
  return QueryMentionRows(w, "", f.mentions, f.limit);
}

Result<std::vector<EventRecord>> ClickHouseStore::MentionsOfEvent(long long event_id) {
  return QueryMentionRows("", "event_id = " + std::to_string(event_id), true, 0);
}

Result<std::vector<DyadRow>> ClickHouseStore::Dyad(const std::string& a, const std::string& b, Period by) {
  if (a.empty() || b.empty()) return Status::Error("dyad needs two actor codes");
  EventFilter f;
  f.dyad_a = a;
  f.dyad_b = b;
  auto events = Events(f);
  if (!events.ok()) return events.status();
  std::map<std::string, DyadRow[3]> periods;
  for (const EventRecord& e : events.value()) {
    bool forward = e.source.code.compare(0, a.size(), a) == 0 && e.target.code.compare(0, b.size(), b) == 0;
    auto& rows = periods[EventPeriodKey(e.date, e.report_date, by)];
    for (int d : {forward ? 0 : 1, 2}) {
      DyadRow& r = rows[d];
      ++r.events;
      if (e.quad_class >= 1 && e.quad_class <= 4) ++r.quad[e.quad_class - 1];
      r.goldstein_sum += e.goldstein;
      r.net_cooperation += (e.quad_class == 1 || e.quad_class == 2) ? 1 : (e.quad_class >= 3 && e.quad_class <= 4) ? -1 : 0;
    }
  }
  std::vector<DyadRow> out;
  const std::string names[3] = {a + "->" + b, b + "->" + a, "total"};
  for (auto& [key, rows] : periods) {
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

Result<std::vector<QuoteRecord>> ClickHouseStore::Quotes(const QuoteFilter& f) {
  std::string w;
  if (!f.speaker.empty())
    And(&w, "positionCaseInsensitiveUTF8(speaker_name, " + SqlQuote(f.speaker) + ") > 0 OR "
            "positionCaseInsensitiveUTF8(speaker_code, " + SqlQuote(f.speaker) + ") > 0");
  if (!f.issue.empty()) And(&w, "has(splitByChar(',', issues), " + SqlQuote(f.issue) + ")");
  // No FTS5 here: --search is a case-insensitive substring match on the quote text.
  if (!f.search.empty()) And(&w, "positionCaseInsensitiveUTF8(text, " + SqlQuote(f.search) + ") > 0");
  std::string sql = "SELECT quote_id, article_id, report_date, text, speaker_name, speaker_code, speaker_as_written,"
                    " verb, sentence, b, e, direct, issues FROM " + uri_.database + ".quotes FINAL WHERE " +
                    CurrentRows() + w + " ORDER BY report_date, article_id, idx";
  if (f.limit > 0) sql += " LIMIT " + std::to_string(f.limit);
  auto body = Query(sql + " FORMAT TabSeparated");
  if (!body.ok()) return body.status();
  std::vector<QuoteRecord> out;
  for (const auto& c : ParseTsv(body.value())) {
    if (c.size() < 13) return Status::Error("ClickHouse returned a short quote row");
    QuoteRecord q;
    q.id = I(c[0]);
    q.article_id = c[1];
    q.report_date = c[2];
    q.text = c[3];
    q.speaker_name = c[4];
    q.speaker_code = c[5];
    q.speaker_as_written = c[6];
    q.verb = c[7];
    q.sentence = static_cast<int>(I(c[8]));
    q.begin = I(c[9]);
    q.end = I(c[10]);
    q.direct = c[11] == "1";
    q.issues = SplitTags(c[12]);
    out.push_back(std::move(q));
  }
  return out;
}

Result<StoreStats> ClickHouseStore::Stats() {
  StoreStats r;
  const std::string& db = uri_.database;
  std::string cur = " FINAL WHERE " + CurrentRows();
  struct { std::string sql; long long* out; } counts[] = {
      {"SELECT count() FROM " + db + ".articles FINAL", &r.articles},
      {"SELECT count() FROM " + db + ".rejections FINAL", &r.rejected},
      {"SELECT count() FROM " + db + ".sentences" + cur, &r.sentences},
      {"SELECT count() FROM " + db + ".mentions" + cur, &r.mentions},
      {"SELECT count() FROM " + db + ".quotes" + cur, &r.quotes},
      {"SELECT count() FROM " + db + ".actor_mentions" + cur, &r.actor_mentions},
  };
  for (auto& c : counts) {
    auto v = Query(c.sql + " FORMAT TabSeparated");
    if (!v.ok()) return v.status();
    *c.out = I(v.value());
  }
  auto events = Events(EventFilter{});
  if (!events.ok()) return events.status();
  std::map<std::string, long long> roots;
  for (const EventRecord& e : events.value()) {
    ++roots[e.root];
    std::string d = e.date.empty() ? e.report_date : e.date;
    if (d.empty()) continue;
    if (r.first_date.empty() || d < r.first_date) r.first_date = d;
    if (d > r.last_date) r.last_date = d;
  }
  r.events = static_cast<long long>(events.value().size());
  r.by_root.assign(roots.begin(), roots.end());
  auto dv = Query("SELECT dict_version, count() FROM " + db + ".articles FINAL GROUP BY dict_version ORDER BY "
                  "dict_version FORMAT TabSeparated");
  if (!dv.ok()) return dv.status();
  for (const auto& c : ParseTsv(dv.value())) if (c.size() == 2) r.dict_versions.emplace_back(c[0], I(c[1]));
  r.schema_version = kClickHouseSchemaVersion;
  return r;
}

Result<std::vector<ArticleRecord>> ClickHouseStore::Articles() {
  auto body = Query("SELECT article_id, title, url, source, origin, report_date, hash, dict_version, added_at,"
                    " sentence_count, event_count, quote_count FROM " + uri_.database +
                    ".articles FINAL ORDER BY version FORMAT TabSeparated");
  if (!body.ok()) return body.status();
  std::vector<ArticleRecord> out;
  for (const auto& c : ParseTsv(body.value())) {
    if (c.size() < 12) return Status::Error("ClickHouse returned a short article row");
    out.push_back(ArticleRecord{c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], I(c[9]), I(c[10]), I(c[11])});
  }
  return out;
}

Result<std::vector<ActorRow>> ClickHouseStore::Actors(int) {
  return Status::Error("'actors' is not supported on the ClickHouse store yet; use a SQLite store");
}

Result<std::vector<SearchHit>> ClickHouseStore::Search(const std::string&, int) {
  return Status::Error("full-text 'search' is not supported on the ClickHouse store yet; use a SQLite store");
}

}  // namespace parley::store
