// Internal: the speech-verb lexicon (data/quotes/speech_verbs.txt) matched on token sequences.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/article.h"
#include "core/result.h"

namespace parley::quotes {

/// One surface form of a speech verb ("pointed out"), with its lemma and flags.
struct SpeechVerb {
  std::vector<std::string> words;  ///< lower-cased tokens of the form
  std::string lemma;               ///< "point out", "according to"
  bool takes_object = false;       ///< the listener follows: "told TASS"
  bool bare_content = false;       ///< content may follow without "that": "said Russia would"
};

/// All speech-verb forms, indexed by their first word.
class SpeechVerbs {
 public:
  /// Parses the lexicon text; errors name `file`:line.
  static Result<SpeechVerbs> Parse(const std::string& text, const std::string& file);
  /// Reads and parses a lexicon file.
  static Result<SpeechVerbs> Load(const std::string& path);
  /// The longest form starting at token `i` and ending before token `limit`; nullptr when none.
  const SpeechVerb* Match(const Article& a, uint32_t i, uint32_t limit) const;
  /// Number of distinct forms.
  size_t size() const { return count_; }

 private:
  std::unordered_map<std::string, std::vector<SpeechVerb>> by_first_;
  size_t count_ = 0;
};

}  // namespace parley::quotes
