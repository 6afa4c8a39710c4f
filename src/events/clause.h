// Shallow clause analysis over one sentence: actor slots, subjects, compounds, passives, modality.
#pragma once
#include <string>
#include <vector>

#include "core/article.h"

namespace parley {

/// The actor mentions of one sentence, addressable by token.
struct SentenceView {
  const Article* a = nullptr;
  uint32_t sentence = 0;                ///< index of the sentence in Article::sentences
  uint32_t begin = 0, end = 0;          ///< token range
  std::vector<int> mention_at;          ///< per token (offset from begin): index into a->mentions, -1 none
  std::vector<int> place_at;            ///< per token: index of a place mention, -1 none
  std::vector<char> usable;             ///< per article mention: 0 not computed, 1 no, 2 can act as source or target
  std::vector<uint32_t> lower_id, lemma_id;  ///< per token: pattern word ids (filled by the coder)

  /// Builds the view of sentence `s`.
  SentenceView(const Article& art, uint32_t s);
  /// The coded (non-place) mention starting at token `t`, or -1.
  int MentionStartingAt(uint32_t t) const;
  /// True when the mention can act as source or target (has a code or a group).
  bool Usable(int m) const;
  /// The lower form of token t ("" outside the sentence).
  const std::string& Lower(uint32_t t) const;
  /// The lemma of token t ("" outside the sentence).
  const std::string& Lemma(uint32_t t) const;
};

/// The nearest usable mention before token `t` that is a clause subject (not governed by a preposition); -1 if none.
int FindSubject(const SentenceView& v, uint32_t t);

/// Members of a compound ending at mention `m` ("Russia and the US", "A, B and C"): mention indices in order.
std::vector<int> CompoundAt(const SentenceView& v, int m);

/// True when the verb at token `t` is passive ("was met", "were held").
bool IsPassive(const SentenceView& v, uint32_t t);

/// The agent of a passive: the usable mention after "by" following token `t`; -1 if none.
int PassiveAgent(const SentenceView& v, uint32_t t);

/// "asserted", "negated", "future" or "hypothetical" for the trigger at token `t`.
std::string Modality(const SentenceView& v, uint32_t t);

}  // namespace parley
