// Accuracy against gold files: precision, recall and F1 of coded events, overall and per root.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/result.h"
#include "pipeline/pipeline.h"

namespace parley {

/// One gold event: actor codes and CAMEO code (country/root levels are derived).
struct GoldEvent {
  std::string source, target, code;
  std::string date;              ///< optional: the event's date, ISO ("2021-05" for month precision)
  std::string place_country;     ///< optional: ISO3 of the place
  double lat = 0, lon = 0;       ///< optional place coordinates
  bool has_coords = false;
};

/// One gold record: a sentence or short article with its hand-coded events (maybe none).
struct GoldRecord {
  std::string id, text, date;  ///< date: report date, ISO
  std::vector<GoldEvent> events;
  int line = 0;
};

/// Counts at one level of matching.
struct Score {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0; }
  double recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0; }
  double f1() const { double p = precision(), r = recall(); return p + r ? 2 * p * r / (p + r) : 0; }
};

/// The result of an evaluation.
struct EvalReport {
  Score country_root;   ///< (source country, target country, root)
  Score full;           ///< (source code, target code, full CAMEO code)
  std::map<std::string, Score> by_root;  ///< country_root level, by gold/system root
  std::vector<std::string> misses, false_alarms;  ///< "id: SRC TGT CODE | text"
  int dates_gold = 0, dates_exact = 0, dates_within = 0;     ///< over matched events whose gold gives a date
  int places_gold = 0, places_country = 0, places_50km = 0;  ///< over matched events whose gold gives a place
  int records = 0;
};

/// Reads a gold JSONL file ({"id","text","date","events":[{"source","target","code"}]} per line).
Result<std::vector<GoldRecord>> ReadGold(const std::string& path);

/// Codes every gold record with the pipeline and scores the events (default-visible ones only).
EvalReport Evaluate(const std::vector<GoldRecord>& gold, const Pipeline& pipeline);

/// The report as readable text.
std::string FormatReport(const EvalReport& r, int max_examples);

}  // namespace parley
