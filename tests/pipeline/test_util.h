// Helpers for pipeline tests: load the real dictionaries once, ingest fixtures, find events.
#pragma once
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "pipeline/pipeline.h"

namespace parley::testing {

/// The pipeline over the repository's data/, loaded once per test binary.
inline const Pipeline* SharedPipelineOrNull() {
  static std::shared_ptr<const Pipeline> p = [] {
    auto r = Pipeline::Load(PARLEY_DATA_DIR);
    if (!r.ok()) std::fprintf(stderr, "cannot load dictionaries: %s\n", r.error().c_str());
    return r.ok() ? r.value() : nullptr;
  }();
  return p.get();
}

/// Runs the whole pipeline on an article; fails the test (without crashing) when the dictionaries don't load.
inline void Process(Article& a) {
  const Pipeline* p = SharedPipelineOrNull();
  if (!p) { ADD_FAILURE() << "dictionaries in " << PARLEY_DATA_DIR << " do not load"; return; }
  p->Process(a);
}

/// Ingests one fixture file (first article) with an optional default year.
inline Article IngestFixture(const std::string& name, int year = 0) {
  IngestOptions o;
  o.default_year = year;
  std::vector<Article> out;
  IngestSink sink;
  sink.on_article = [&](Article&& a) { out.push_back(std::move(a)); };
  sink.on_rejection = [&](Rejection&& r) { ADD_FAILURE() << "rejected " << r.origin << ": " << r.reason; };
  Status s = IngestFile(std::string(PARLEY_FIXTURES_DIR) + "/" + name, o, sink);
  EXPECT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(out.size(), 1u);
  return out.empty() ? Article{} : std::move(out[0]);
}

/// A one-sentence article coded at a report date.
inline Article CodeSentence(const std::string& text, const std::string& date) {
  Article a;
  a.id = "t";
  a.text = text;
  a.report_date = Date::ParseIso(date);
  Process(a);
  return a;
}

/// True when the article has an event with these actor codes (either may be a prefix) and code prefix.
inline bool HasEvent(const Article& a, const std::string& src, const std::string& tgt, const std::string& code) {
  for (const auto& e : a.events)
    if (e.source.code.rfind(src, 0) == 0 && e.target.code.rfind(tgt, 0) == 0 && e.code.rfind(code, 0) == 0) return true;
  return false;
}

/// All events as "SRC TGT CODE modality" lines, for failure messages.
inline std::string Describe(const Article& a) {
  std::string out;
  for (const auto& e : a.events) out += e.source.code + " " + e.target.code + " " + e.code + " " + e.modality + "\n";
  return out.empty() ? "(no events)" : out;
}

}  // namespace parley::testing
