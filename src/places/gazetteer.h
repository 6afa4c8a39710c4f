// The gazetteer: countries, regions, cities and named places from data/places/*.tsv, looked up by
// normalised name (multi-word names matched on token sequences).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/article.h"
#include "core/result.h"

namespace parley {

/// One gazetteer row.
struct GazetteerEntry {
  std::string name;       ///< primary name, "Sochi"
  std::string country;    ///< ISO 3166-1 alpha-3
  double lat = 0, lon = 0;
  std::string kind;       ///< "city", "region", "country", "place"
  long population = 0;    ///< 0 when unknown
  std::string origin;     ///< "data/places/cities.tsv:12"
};

/// Read-only, shareable name index over the gazetteer rows.
class Gazetteer {
 public:
  /// Loads every `data_dir`/places/*.tsv (`name<TAB>alt|alt<TAB>ISO3<TAB>lat<TAB>lon<TAB>kind<TAB>population`);
  /// errors name file:line. Identical duplicate rows are allowed, conflicting ones are errors.
  static Result<std::shared_ptr<const Gazetteer>> Load(const std::string& data_dir);
  /// Builds a gazetteer from TSV text (for tests); `origin` prefixes error locations.
  static Result<std::shared_ptr<const Gazetteer>> FromTsv(std::string_view tsv, const std::string& origin);

  /// Lower-cases, folds common accents, drops dots, turns hyphens into spaces, collapses spaces.
  static std::string Normalize(std::string_view name);
  /// Entries whose name or alternative name normalises to Normalize(name); empty when none.
  std::vector<uint32_t> Find(std::string_view name) const;
  /// Longest name starting at absolute token `token` of `a` (first token capitalised, within one
  /// sentence ending at `end_token`). Returns the number of tokens used (0 if none) and the candidates.
  uint32_t MatchTokens(const Article& a, uint32_t token, uint32_t end_token, std::vector<uint32_t>* out) const;
  /// The country row for an ISO alpha-3 code, or nullptr.
  const GazetteerEntry* Country(const std::string& iso3) const;
  /// Row `i`.
  const GazetteerEntry& entry(uint32_t i) const { return entries_[i]; }
  /// Number of rows.
  size_t size() const { return entries_.size(); }

 private:
  Status AddTsv(std::string_view tsv, const std::string& origin);
  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_name_;
  std::unordered_map<std::string, uint32_t> countries_;
  uint32_t max_words_ = 1;
};

/// Fills Event::place for every event in `a`: a place after in/at/near (or to after a movement word)
/// in the event's sentence nearest the trigger (how "clause"), else the dateline place ("dateline"),
/// else the target's or source's country ("actor"). Ambiguous names prefer an explicit qualifier
/// ("Paris, Texas"), then countries among the article's actor mentions, then population.
void AssignPlaces(Article& a, const Gazetteer& g);

}  // namespace parley
