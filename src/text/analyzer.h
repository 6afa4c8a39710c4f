// Text: sentence splitting, tokens with byte offsets, lower-cased forms and lemmas.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "core/article.h"
#include "core/result.h"

namespace parley {

/// Lemmatises English words (verbs and nouns, irregular forms included: met->meet, held->hold).
class Lemmatizer {
 public:
  /// Loads exception lists from `data_dir`/lexicon (and WordNet's exception files when installed).
  static Result<std::shared_ptr<const Lemmatizer>> Load(const std::string& data_dir);
  /// As Load, reading WordNet from `wordnet_dir` ("" = never; then suffix rules work unvalidated).
  static Result<std::shared_ptr<const Lemmatizer>> LoadWith(const std::string& data_dir, const std::string& wordnet_dir);
  /// The lemma of a lower-cased word; the word itself when no rule applies.
  std::string Lemma(const std::string& lower) const;
  /// As Lemma, writing into `out` (reuses its buffer).
  void LemmaInto(std::string_view lower, std::string& out) const;
  /// True when WordNet's index files were found and validate candidate lemmas.
  bool UsesWordNet() const;
  struct Impl;
  std::shared_ptr<Impl> impl;
};

/// Fills Article::sentences and Article::tokens from Article::text (skipping the dateline bytes).
class TextAnalyzer {
 public:
  explicit TextAnalyzer(std::shared_ptr<const Lemmatizer> lemmatizer) : lemmatizer_(std::move(lemmatizer)) {}
  /// Splits `article.text` into paragraphs, sentences and tokens; replaces any previous segmentation.
  void Analyze(Article& article) const;
 private:
  std::shared_ptr<const Lemmatizer> lemmatizer_;
};

}  // namespace parley
