// Internal: the lemmatizer's tables (exception lists and WordNet lemma sets) and its rules.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/analyzer.h"

namespace parley {

/// Exception lists and (optionally) WordNet's verb and noun lemma sets; all views point into `buffers`.
struct Lemmatizer::Impl {
  std::vector<std::unique_ptr<std::string>> buffers;                 ///< file contents the views point into
  std::unordered_map<std::string_view, std::string_view> exceptions;  ///< irregular form -> lemma
  std::unordered_set<std::string_view> verbs;  ///< WordNet verb lemmas (empty without WordNet)
  std::unordered_set<std::string_view> nouns;  ///< WordNet noun lemmas (empty without WordNet)
  bool have_index = false;                     ///< true when WordNet's index files were read

  /// The lemma of `lower`, written to `out` (which may be reused between calls).
  void LemmaInto(std::string_view lower, std::string& out) const;

 private:
  bool ValidatedLemma(std::string_view w, std::string& out) const;
  void RuleLemma(std::string_view w, std::string& out) const;
};

}  // namespace parley
