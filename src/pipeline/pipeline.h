// The whole coding pipeline over one Article: text -> actors -> report-year inference -> events
// -> event dates -> places -> quotes -> issues. Loaded once, then safe to share across threads.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "actors/mentions.h"
#include "core/article.h"
#include "core/result.h"
#include "events/coder.h"
#include "text/analyzer.h"

namespace parley {

class Gazetteer;
class QuoteExtractor;
class IssueTagger;

/// Which optional stages to run; everything by default.
struct ProcessOptions {
  bool quotes = true;  ///< extract quotes (events never depend on them; `parley code` without quotes skips this)
};

/// Every dictionary and stage, loaded and compiled once.
class Pipeline {
 public:
  /// Loads all dictionaries under `data_dir`; the error names the file and line at fault.
  static Result<std::shared_ptr<const Pipeline>> Load(const std::string& data_dir);
  /// Runs every stage on an ingested article; `trace` (optional) receives explain lines.
  void Process(Article& a, std::vector<std::string>* trace = nullptr, const ProcessOptions& options = {}) const;
  /// The dictionary version stamped on every event (data/VERSION).
  const std::string& dict_version() const { return dict_version_; }
  /// The text analyzer (for explain and tests).
  const TextAnalyzer& text() const { return *text_; }
  /// The actor mention finder.
  const MentionFinder& mentions() const { return *mentions_; }
  /// The event coder.
  const EventCoder& coder() const { return *coder_; }
  /// A one-line summary of what was loaded ("4123 actor names, 1500 people, ...").
  std::string Describe() const;

 private:
  std::string dict_version_;
  std::unique_ptr<TextAnalyzer> text_;
  std::unique_ptr<MentionFinder> mentions_;
  std::unique_ptr<EventCoder> coder_;
  std::shared_ptr<const Gazetteer> gazetteer_;
  std::shared_ptr<const QuoteExtractor> quotes_;
  std::shared_ptr<const IssueTagger> issues_;
  size_t pattern_count_ = 0, code_count_ = 0;
};

/// The default data directory: $PARLEY_DATA, else the one compiled in.
std::string DefaultDataDir();

}  // namespace parley
