// Quotes: direct quotes and indirect statements with their speakers (Article::quotes).
#pragma once
#include <memory>
#include <string>

#include "core/article.h"
#include "core/result.h"

namespace parley {

namespace quotes { class SpeechVerbs; }

/// Finds direct quotes ("…," the diplomat said), partial quotes inside a sentence and indirect
/// statements (X said that …, According to X, …) and resolves their speakers through
/// Article::mentions (person, coref, pronoun), falling back to the last speaker in the article.
class QuoteExtractor {
 public:
  /// Loads the speech verbs from `data_dir`/quotes/speech_verbs.txt; errors name file:line.
  static Result<std::shared_ptr<const QuoteExtractor>> Load(const std::string& data_dir);
  /// Replaces `a.quotes` with the quotes found, in text order. Needs a.sentences and a.tokens;
  /// uses a.mentions when present. A quote that never closes ends at its paragraph end and adds
  /// a warning to a.warnings.
  void Extract(Article& a) const;

 private:
  std::shared_ptr<const quotes::SpeechVerbs> verbs_;
};

/// Extract() with the extractor loaded once from the compiled-in data directory; on a load error
/// leaves a.quotes empty and appends the error to a.warnings.
void ExtractQuotes(Article& a);

}  // namespace parley
