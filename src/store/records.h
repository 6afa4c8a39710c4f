// Rows the store returns from its queries: events, mentions, dyad periods, actors, quotes, search hits, stats.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace parley::store {

/// One actor of an event record.
struct ActorRecord {
  std::string code, country, name;
  long long begin = -1, end = -1;  ///< byte span in the article text, -1 when unknown
};

/// Where an event happened, as stored.
struct PlaceRecord {
  std::string name, resolved, country, kind, how;
  double lat = 0, lon = 0;
  bool known = false;
};

/// A stored event: a clustered event (id = event id) or one mention (id = mention id, event_id = its event).
struct EventRecord {
  long long id = 0;
  long long event_id = 0;
  std::string article_id;        ///< the article's own id (first mention's article for a clustered event)
  std::string source_name;       ///< publisher of that article
  std::string url;
  int sentence = 0;
  std::string sentence_text;
  long long sentence_begin = 0;  ///< byte offset of the sentence in its article
  ActorRecord source, target;
  std::string code, root;
  int quad_class = 0;
  double goldstein = 0;
  std::string plover_event, plover_mode, modality;
  long long trigger_begin = -1, trigger_end = -1;
  std::string report_date, date, date_end, date_precision, date_source;
  PlaceRecord place;
  std::vector<std::string> issues;
  std::string pattern, pattern_entry, dict_version;
  std::string added_at;          ///< UTC time the article was stored, "YYYY-MM-DD HH:MM:SS"
  long long num_mentions = 1, num_sources = 1, num_articles = 1;
  std::string merge_reason;      ///< why this mention joined its event (mention rows only)
};

/// Filters of `parley events`; empty strings match everything. Codes match by prefix.
struct EventFilter {
  std::string actor;             ///< source or target code starts with this
  std::string dyad_a, dyad_b;    ///< source starts with a and target with b (either direction when both set)
  std::string root, code;        ///< root equals; code starts with
  std::string from, to;          ///< ISO dates, inclusive, compared with the event date (else report date)
  std::string issue;             ///< an issue tag
  std::string place;             ///< place name or resolved name contains this (case-insensitive)
  bool mentions = false;         ///< one row per mention instead of per event
  long long limit = 0;           ///< 0 = no limit
};

/// Period granularity of a dyad series.
enum class Period { kWeek, kMonth, kYear };

/// One row of a dyad series: a period and a direction ("RUS->USA", "USA->RUS" or "total").
struct DyadRow {
  std::string period;     ///< "2021-11", "2021-W44", "2021" or "unknown"
  std::string direction;
  long long events = 0;
  long long quad[4] = {0, 0, 0, 0};  ///< counts of QuadClass 1..4
  double goldstein_mean = 0;
  double goldstein_sum = 0;
  long long net_cooperation = 0;     ///< (quad 1 + quad 2) - (quad 3 + quad 4)
};

/// One actor code with its counts.
struct ActorRow {
  std::string code, name, country;
  long long as_source = 0, as_target = 0, mentions = 0;
};

/// A stored quote.
struct QuoteRecord {
  long long id = 0;
  std::string article_id, report_date, text, speaker_name, speaker_code, speaker_as_written, verb;
  int sentence = 0;
  long long begin = 0, end = 0;
  bool direct = true;
  std::vector<std::string> issues;
};

/// Filters of `parley quotes --db`.
struct QuoteFilter {
  std::string speaker;  ///< speaker name or code contains this (case-insensitive)
  std::string issue;
  std::string search;   ///< FTS5 query over quote text
  long long limit = 0;
};

/// A full-text search hit.
struct SearchHit {
  std::string kind;  ///< "sentence" or "quote"
  std::string article_id;
  int sentence = 0;
  std::string snippet;  ///< matching text with [brackets] around the hits
  double rank = 0;
};

/// Summary counts of a store.
struct StoreStats {
  long long articles = 0, rejected = 0, sentences = 0, mentions = 0, events = 0, quotes = 0, actor_mentions = 0;
  std::string first_date, last_date;
  std::vector<std::pair<std::string, long long>> by_root;
  std::vector<std::pair<std::string, long long>> dict_versions;
  int schema_version = 0;
};

/// A stored article (without its text).
struct ArticleRecord {
  std::string id, title, url, source, origin, report_date, hash, dict_version, added_at;
  long long sentence_count = 0, event_count = 0, quote_count = 0;
};

}  // namespace parley::store
