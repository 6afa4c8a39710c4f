// Shared helpers for the text-stage tests: a loaded analyzer and sentence/token views of an article.
#pragma once
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "text/analyzer.h"

namespace parley::testing_text {

/// The lemmatizer loaded from the repository's data directory (WordNet too when installed); loaded once.
inline std::shared_ptr<const Lemmatizer> SharedLemmatizer() {
  static std::shared_ptr<const Lemmatizer> lem = [] {
    auto r = Lemmatizer::Load(PARLEY_DATA_DIR);
    EXPECT_TRUE(r.ok()) << r.error();
    return r.ok() ? r.value() : std::shared_ptr<const Lemmatizer>();
  }();
  return lem;
}

/// An article with `text` analysed (no dateline).
inline Article AnalyzeText(const std::string& text) {
  Article a;
  a.text = text;
  TextAnalyzer(SharedLemmatizer()).Analyze(a);
  return a;
}

/// The sentences of an analysed article as strings.
inline std::vector<std::string> SentenceTexts(const Article& a) {
  std::vector<std::string> out;
  for (const Sentence& s : a.sentences) out.emplace_back(a.slice(s.span));
  return out;
}

/// The surfaces of the tokens of an analysed article.
inline std::vector<std::string> Surfaces(const Article& a) {
  std::vector<std::string> out;
  for (const Token& t : a.tokens) out.emplace_back(a.slice(t.span));
  return out;
}

/// Checks the invariants every analysis must satisfy: spans inside the text, tokens in order and
/// covered by exactly one sentence, sentence spans matching their tokens, paragraphs non-decreasing.
inline void ExpectWellFormed(const Article& a) {
  uint32_t prev_end = 0;
  for (const Token& t : a.tokens) {
    ASSERT_LE(t.span.begin, t.span.end);
    ASSERT_LE(t.span.end, a.text.size());
    ASSERT_GE(t.span.begin, prev_end);
    ASSERT_GT(t.span.size(), 0u);
    prev_end = t.span.end;
  }
  uint32_t next_token = 0, paragraph = 0;
  for (const Sentence& s : a.sentences) {
    ASSERT_EQ(s.first_token, next_token);
    ASSERT_GT(s.token_count, 0u);
    ASSERT_LE(s.first_token + s.token_count, a.tokens.size());
    ASSERT_EQ(s.span.begin, a.tokens[s.first_token].span.begin);
    ASSERT_EQ(s.span.end, a.tokens[s.first_token + s.token_count - 1].span.end);
    ASSERT_GE(s.paragraph, paragraph);
    ASSERT_LE(s.paragraph, paragraph + 1);
    paragraph = s.paragraph;
    next_token = s.first_token + s.token_count;
  }
  ASSERT_EQ(next_token, a.tokens.size());
}

/// The contents of a file, or "" when unreadable.
inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace parley::testing_text
