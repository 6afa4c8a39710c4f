#include "store/clickhouse_schema.h"

namespace parley::store {
namespace {

// Table name, columns with types, ORDER BY key and optional version column of each table.
struct TableDef {
  const char* name;
  const char* columns;
  const char* order_by;
  const char* version;
};

// Rows of one article share (article_id, hash); `version` (microseconds since the epoch at write time) lets
// ReplacingMergeTree keep the newest copy, and readers keep only rows whose hash is the article's current one.
const TableDef kTables[] = {
    {"articles",
     "article_id String, hash String, version UInt64, dict_version String, title String, url String, source String,"
     " origin String, format String, report_date String, sentence_count UInt32, event_count UInt32,"
     " quote_count UInt32, text_bytes UInt64, added_at String",
     "article_id", "version"},
    {"sentences",
     "article_id String, hash String, idx UInt32, version UInt64, b Int64, e Int64, paragraph UInt32, text String",
     "(article_id, hash, idx)", "version"},
    {"actor_mentions",
     "article_id String, hash String, idx UInt32, version UInt64, sentence UInt32, b Int64, e Int64, code String,"
     " country String, name String, entity String, kind String, entry String",
     "(article_id, hash, idx)", "version"},
    {"mentions",
     "article_id String, hash String, idx UInt32, version UInt64, mention_id Int64, source String, url String,"
     " report_date String, added_at String, sentence UInt32, sentence_text String, sentence_begin Int64,"
     " src_code String, src_country String, src_name String, src_b Int64, src_e Int64,"
     " tgt_code String, tgt_country String, tgt_name String, tgt_b Int64, tgt_e Int64,"
     " code String, root String, quad_class Int32, goldstein Float64, plover_event String, plover_mode String,"
     " modality String, trig_b Int64, trig_e Int64, pattern String, pattern_entry String, date String,"
     " date_end String, date_precision String, date_source String, place_name String, place_resolved String,"
     " place_country String, place_lat Float64, place_lon Float64, place_kind String, place_how String,"
     " place_known UInt8, issues String, dict_version String",
     "(article_id, hash, idx)", "version"},
    {"quotes",
     "article_id String, hash String, idx UInt32, version UInt64, quote_id Int64, report_date String,"
     " sentence UInt32, b Int64, e Int64, text String, speaker_name String, speaker_code String,"
     " speaker_as_written String, verb String, direct UInt8, issues String",
     "(article_id, hash, idx)", "version"},
    {"rejections", "origin String, reason String, version UInt64, added_at String", "(origin, reason)", "version"},
    // One row per clustered mention per Cluster run (generation); readers use the newest finished generation.
    {"event_members",
     "generation UInt64, article_id String, hash String, idx UInt32, event_id Int64, is_anchor UInt8,"
     " merge_reason String, num_mentions Int64, num_sources Int64, num_articles Int64, sort_date String",
     "(generation, article_id, hash, idx)", nullptr},
    // Written after a generation's members: a generation is visible only once complete.
    {"cluster_runs", "generation UInt64, mentions UInt64, events UInt64", "generation", nullptr},
};

}  // namespace

const char* const kChArticleColumns =
    "article_id, hash, version, dict_version, title, url, source, origin, format, report_date, sentence_count,"
    " event_count, quote_count, text_bytes, added_at";
const char* const kChSentenceColumns = "article_id, hash, idx, version, b, e, paragraph, text";
const char* const kChActorMentionColumns =
    "article_id, hash, idx, version, sentence, b, e, code, country, name, entity, kind, entry";
const char* const kChMentionColumns =
    "article_id, hash, idx, version, mention_id, source, url, report_date, added_at, sentence, sentence_text,"
    " sentence_begin, src_code, src_country, src_name, src_b, src_e, tgt_code, tgt_country, tgt_name, tgt_b, tgt_e,"
    " code, root, quad_class, goldstein, plover_event, plover_mode, modality, trig_b, trig_e, pattern, pattern_entry,"
    " date, date_end, date_precision, date_source, place_name, place_resolved, place_country, place_lat, place_lon,"
    " place_kind, place_how, place_known, issues, dict_version";
const char* const kChQuoteColumns =
    "article_id, hash, idx, version, quote_id, report_date, sentence, b, e, text, speaker_name, speaker_code,"
    " speaker_as_written, verb, direct, issues";
const char* const kChRejectionColumns = "origin, reason, version, added_at";
const char* const kChMemberColumns =
    "generation, article_id, hash, idx, event_id, is_anchor, merge_reason, num_mentions, num_sources, num_articles,"
    " sort_date";
const char* const kChClusterRunColumns = "generation, mentions, events";

std::vector<std::string> ClickHouseTableDdl(const std::string& db) {
  std::vector<std::string> out;
  for (const TableDef& t : kTables) {
    std::string engine = t.version ? std::string("ReplacingMergeTree(") + t.version + ")" : "ReplacingMergeTree";
    out.push_back("CREATE TABLE IF NOT EXISTS " + db + "." + t.name + " (" + t.columns + ") ENGINE = " + engine +
                  " ORDER BY " + t.order_by);
  }
  return out;
}

std::vector<std::string> ClickHouseTableNames() {
  std::vector<std::string> out;
  for (const TableDef& t : kTables) out.push_back(t.name);
  return out;
}

}  // namespace parley::store
