// Robustness: code every Reuters-21578 record; every record is coded or rejected, nothing crashes,
// every span stays inside its article. Under sanitizers (PARLEY_SLOW_TESTS=0) every 10th record.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "test_util.h"

namespace parley::testing {
namespace {

TEST(ReutersRun, EveryRecordCodedOrRejectedWithoutCrash) {
  std::string dir = std::string(PARLEY_SHARED_DIR) + "/corpora/reuters21578";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "skipped: " << dir << " not found (the corpora live in ../shared)";
  const Pipeline* p = SharedPipelineOrNull();
  ASSERT_NE(p, nullptr);
  const char* slow = std::getenv("PARLEY_SLOW_TESTS");
  const size_t stride = slow && std::string(slow) == "0" ? 10 : 1;
  size_t read = 0, ingested = 0, rejected = 0, coded = 0, events = 0;
  IngestSink sink;
  sink.on_article = [&](Article&& a) {
    ++read;
    ++ingested;
    if (read % stride) return;
    p->Process(a);
    ++coded;
    events += a.events.size();
    for (const auto& e : a.events) {
      ASSERT_LE(e.source.span.end, a.text.size());
      ASSERT_LE(e.target.span.end, a.text.size());
      ASSERT_LT(e.sentence, a.sentences.size());
      ASSERT_FALSE(e.code.empty());
    }
    for (const auto& q : a.quotes) ASSERT_LE(q.span.end, a.text.size());
  };
  sink.on_rejection = [&](Rejection&&) { ++read; ++rejected; };
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".sgm") files.push_back(e.path().string());
  ASSERT_EQ(files.size(), 22u);
  for (const auto& f : files) ASSERT_TRUE(IngestFile(f, IngestOptions{}, sink).ok()) << f;
  EXPECT_EQ(read, 21578u);
  EXPECT_EQ(ingested + rejected, 21578u);
  EXPECT_GT(coded, 2000u);
  EXPECT_GT(events, 100u) << "Reuters 1987 has plenty of international news";
}

}  // namespace
}  // namespace parley::testing
