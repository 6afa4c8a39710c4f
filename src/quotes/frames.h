// Internal: attribution frames — who said it and with which verb — around quotes and in sentences.
#pragma once
#include <cstdint>
#include <set>
#include <vector>

#include "core/article.h"
#include "quotes/speech_verbs.h"

namespace parley::quotes {

/// A speaker phrase and a speech verb, as token ranges in Article::tokens.
struct Frame {
  bool found = false;
  uint32_t speaker_first = 0, speaker_end = 0;  ///< [first, end); empty when the speaker is implicit
  uint32_t verb_first = 0, verb_end = 0;        ///< the verb and, for "told", its listener
  const SpeechVerb* verb = nullptr;
};

/// An indirect statement found in one sentence.
struct Statement {
  Frame frame;
  Span content;
};

/// Token helpers shared by the quote code.
bool IsQuoteToken(const Token& t);
bool IsTerminator(const Token& t);
bool IsWordToken(const Token& t);
/// Index of the first token whose span begins at or after `byte`.
uint32_t FirstTokenAt(const Article& a, uint32_t byte);
/// Index of the sentence that contains `byte` (the last one starting at or before it).
uint32_t SentenceAt(const Article& a, uint32_t byte);

/// The frame right after a closing quote (`, the diplomat said`, `said Ryabkov`); `toks` are the
/// non-quote tokens that follow the closing mark up to the clause end.
Frame TrailingFrame(const Article& a, const SpeechVerbs& verbs, const std::vector<uint32_t>& toks);

/// The frame right before an opening quote (`he said:`, `Ryabkov told reporters`, `According to X,`);
/// `toks` are the non-quote tokens from the clause start up to the opening mark.
Frame LeadingFrame(const Article& a, const SpeechVerbs& verbs, const std::vector<uint32_t>& toks);

/// An indirect statement in a sentence whose quoted tokens were removed from `toks`
/// (`According to X, ...`, `..., X said`, `X said that ...`, `..., according to X`).
/// Verbs whose token index is in `consumed` belong to direct quotes and are skipped.
bool FindStatement(const Article& a, const SpeechVerbs& verbs, const std::vector<uint32_t>& toks,
                   const std::set<uint32_t>& consumed, Statement* out);

}  // namespace parley::quotes
