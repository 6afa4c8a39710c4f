// Internal: the small units the time grammar matches on (words, numbers, single punctuation marks),
// cut from tokens so that "3-5", "2019-03-10" and "Dec." parse the same whatever the tokenizer did.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "temporal/time_expressions.h"

namespace parley {

/// A word (lower-cased), a number (with its value) or one punctuation character.
struct TimeAtom {
  std::string s;        ///< lower-cased word, digits, or the punctuation bytes
  Span span;            ///< bytes in the source text
  bool word = false;
  bool number = false;
  bool cap = false;     ///< a word written with an initial capital
  int value = -1;       ///< numeric value of a number (ordinal suffix dropped), -1 if too long
  int digits = 0;       ///< number of digits
};

/// Atoms of `text`; spans are offset by `base`.
std::vector<TimeAtom> AtomizeText(std::string_view text, uint32_t base);

/// Atoms of the tokens of one sentence of `a`.
std::vector<TimeAtom> AtomizeSentence(const Article& a, uint32_t sentence);

/// Matches the longest time expression starting at atoms[i] (an optional leading preposition
/// included). Returns the number of atoms used (0 when none) and fills `spec`.
size_t MatchTimeExpression(const std::vector<TimeAtom>& atoms, size_t i, TimeSpec* spec);

}  // namespace parley
