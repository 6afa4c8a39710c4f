// Issues: tags events and quotes with issue tags (PLOVER contexts plus finer ones) from dictionary cues.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/article.h"
#include "core/result.h"

namespace parley {

/// Matches the cue phrases of data/issues/issues.txt on tokens (lower-cased form or lemma) through
/// a hash of first words; each sentence is scanned once whatever the dictionary size.
class IssueTagger {
 public:
  /// Loads `data_dir`/issues/issues.txt (`tag: cue | cue`); errors name file:line.
  static Result<std::shared_ptr<const IssueTagger>> Load(const std::string& data_dir);
  /// Parses dictionary text; `file` names it in errors.
  static Result<std::shared_ptr<const IssueTagger>> Parse(const std::string& text, const std::string& file);
  /// The tags whose cues occur in `sentence`, sorted and unique.
  std::vector<std::string> TagSpan(const Article& a, uint32_t sentence) const;
  /// Tags every event (its sentence; the paragraph's cues only when the sentence has none) and
  /// every quote (the sentences its text covers); replaces existing issues.
  void TagArticle(Article& a) const;
  /// All tags of the vocabulary, in file order.
  const std::vector<std::string>& tags() const { return tags_; }

 private:
  struct Cue {
    std::vector<std::string> words;
    std::vector<uint16_t> tags;
  };
  void AddTags(const Article& a, uint32_t sentence, std::vector<bool>& seen) const;
  std::vector<std::string> Collect(const std::vector<bool>& seen) const;
  std::vector<std::string> tags_;
  std::unordered_map<std::string, std::vector<Cue>> by_first_;
};

}  // namespace parley
