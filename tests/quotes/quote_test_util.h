// Shared helpers for the quotes tests: analysed articles, hand-made actor mentions, a loaded extractor.
#pragma once
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "ingest/ingest.h"
#include "quotes/quote_extractor.h"
#include "text/analyzer.h"

namespace parley::testing_quotes {

/// The lemmatizer, loaded once.
inline std::shared_ptr<const Lemmatizer> Lemmas() {
  static std::shared_ptr<const Lemmatizer> lem = [] {
    auto r = Lemmatizer::Load(PARLEY_DATA_DIR);
    return r.ok() ? r.value() : std::shared_ptr<const Lemmatizer>();
  }();
  return lem;
}

/// The quote extractor loaded from the repository's data directory, once.
inline std::shared_ptr<const QuoteExtractor> Extractor() {
  static std::shared_ptr<const QuoteExtractor> q = [] {
    auto r = QuoteExtractor::Load(PARLEY_DATA_DIR);
    EXPECT_TRUE(r.ok()) << r.error();
    return r.ok() ? r.value() : std::shared_ptr<const QuoteExtractor>();
  }();
  return q;
}

/// An article with `text` split into paragraphs, sentences and tokens.
inline Article Analyzed(const std::string& text) {
  Article a;
  a.text = text;
  TextAnalyzer(Lemmas()).Analyze(a);
  return a;
}

/// Adds an actor mention at the `nth` (0-based) occurrence of `surface`, as the actor stage would.
inline void AddMention(Article& a, const std::string& surface, const std::string& entity, const std::string& code,
                       const std::string& kind = "person", int nth = 0) {
  size_t at = a.text.find(surface);
  for (int i = 0; i < nth && at != std::string::npos; ++i) at = a.text.find(surface, at + 1);
  ASSERT_NE(at, std::string::npos) << surface;
  Mention m;
  m.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
  for (uint32_t s = 0; s < a.sentences.size(); ++s)
    if (a.sentences[s].span.begin <= m.span.begin && m.span.begin < a.sentences[s].span.end) m.sentence = s;
  for (uint32_t k = 0; k < a.tokens.size(); ++k) {
    if (a.tokens[k].span.begin < m.span.begin || a.tokens[k].span.end > m.span.end) continue;
    if (m.token_count == 0) m.first_token = k;
    ++m.token_count;
  }
  m.name = surface;
  m.entity = entity;
  m.code = code;
  m.kind = kind;
  size_t pos = 0;
  while (pos < a.mentions.size() && a.mentions[pos].span.begin < m.span.begin) ++pos;
  a.mentions.insert(a.mentions.begin() + static_cast<std::ptrdiff_t>(pos), m);
}

/// Adds a mention at every occurrence of `surface`.
inline void AddMentions(Article& a, const std::string& surface, const std::string& entity, const std::string& code) {
  size_t n = 0;
  for (size_t at = a.text.find(surface); at != std::string::npos; at = a.text.find(surface, at + 1)) ++n;
  for (size_t i = 0; i < n; ++i) AddMention(a, surface, entity, code, "person", static_cast<int>(i));
}

/// A seed article from tests/fixtures, ingested (as the CLI would) and analysed.
inline Article Seed(const std::string& name) {
  std::string path = std::string(PARLEY_FIXTURES_DIR) + "/" + name;
  Article article;
  bool got = false;
  IngestSink sink{[&](Article&& a) { if (!got) { article = std::move(a); got = true; } }, [](Rejection&&) {}};
  Status st = IngestFile(path, IngestOptions{}, sink);
  if (!st.ok() || !got || article.text.empty()) {  // ingest unavailable: the raw file is the body
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    article = Article{};
    article.text = buf.str();
  }
  TextAnalyzer(Lemmas()).Analyze(article);
  return article;
}

}  // namespace parley::testing_quotes
