// Test helper shared by tests/temporal and tests/places: articles analysed by the TextAnalyzer,
// and events placed by hand (sentence + trigger span) so these tests don't depend on the coder.
#pragma once
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "core/article.h"
#include "ingest/dateline.h"
#include "text/analyzer.h"

namespace parley::testing_support {

/// The shared TextAnalyzer (lemmatizer loaded from PARLEY_DATA_DIR once).
inline const TextAnalyzer& Analyzer() {
  static const TextAnalyzer* analyzer = [] {
    auto lem = Lemmatizer::Load(PARLEY_DATA_DIR);
    return new TextAnalyzer(lem.ok() ? lem.value() : nullptr);
  }();
  return *analyzer;
}

/// An article with `text`, the report date, the first wire dateline found at a line start, analysed.
inline Article BuildArticle(const std::string& text, Date report) {
  Article a;
  a.text = text;
  a.report_date = report;
  for (size_t pos = 0; pos < text.size();) {
    Dateline d;
    size_t consumed = 0;
    if (ParseDateline(std::string_view(text).substr(pos), &d, &consumed) && !d.place.empty()) {
      d.span.begin += static_cast<uint32_t>(pos);
      d.span.end += static_cast<uint32_t>(pos);
      a.dateline = d;
      break;
    }
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  Analyzer().Analyze(a);
  return a;
}

/// The bytes of a file; empty when missing.
inline std::string ReadFileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// The text of tests/fixtures/`name`; empty when missing.
inline std::string ReadFixture(const std::string& name) { return ReadFileText(std::string(PARLEY_FIXTURES_DIR) + "/" + name); }

/// Index of the sentence whose bytes contain `needle`; sentences.size() when none.
inline uint32_t SentenceWith(const Article& a, std::string_view needle) {
  size_t at = a.text.find(needle);
  for (uint32_t i = 0; at != std::string::npos && i < a.sentences.size(); ++i)
    if (a.sentences[i].span.begin <= at && at < a.sentences[i].span.end) return i;
  return static_cast<uint32_t>(a.sentences.size());
}

/// An event in the sentence containing `sentence_needle`, triggered by the first `trigger` after it.
inline Event MakeEvent(const Article& a, std::string_view sentence_needle, std::string_view trigger) {
  Event e;
  e.sentence = SentenceWith(a, sentence_needle);
  size_t at = a.text.find(trigger, a.text.find(sentence_needle));
  e.trigger = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + trigger.size())};
  return e;
}

}  // namespace parley::testing_support
