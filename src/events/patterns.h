// Verb and noun patterns (data/events/verbs.txt) compiled into an index by head word.
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/fast_hash.h"
#include "core/result.h"
#include "events/codebook.h"

namespace parley {

/// One element of a pattern.
struct PatternElem {
  enum Kind { kWord, kTarget, kSource, kGap } kind = kWord;
  std::string word;  ///< for kWord: lemma or lower form
  uint32_t id = 0;   ///< for kWord: the word's id in the pattern vocabulary
};

/// One compiled pattern: `head` is its first word (verb lemma or event noun).
struct Pattern {
  std::string code;
  bool noun = false;            ///< `~` pattern: a nominal event
  std::string head;
  std::vector<PatternElem> rest;  ///< elements after the head
  int words = 0;                ///< literal words, for ranking
  std::string text;             ///< the pattern as written
  std::string entry;            ///< file:line
};

/// All patterns, indexed by head word, longest first.
class PatternSet {
 public:
  /// Loads data_dir/events/verbs.txt; codes are checked against the codebook.
  static Result<std::shared_ptr<const PatternSet>> Load(const std::string& data_dir, const Codebook& codebook);
  /// Patterns whose head is `word` (empty when none).
  const std::vector<Pattern>& WithHead(const std::string& word) const;
  /// Id of a word used in any pattern, or kNoWord: lets the coder compare integers, not strings.
  uint32_t WordId(const std::string& word) const { auto it = vocab_.find(word); return it == vocab_.end() ? kNoWord : it->second; }
  /// Patterns whose head has word id `id` (empty when none).
  const std::vector<Pattern>& WithHeadId(uint32_t id) const;
  /// The id of words no pattern uses.
  static constexpr uint32_t kNoWord = 0xffffffffu;
  /// Number of patterns.
  size_t size() const { return count_; }
 private:
  std::unordered_map<std::string, std::vector<Pattern>> by_head_;
  std::unordered_map<std::string, uint32_t, FastStringHash, StringEq> vocab_;
  std::vector<const std::vector<Pattern>*> by_head_id_;
  size_t count_ = 0;
};

}  // namespace parley
