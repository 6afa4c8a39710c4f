// Accuracy floors measured with the same code as `parley eval`: the dev gold set, dated and placed
// seed events, CoNLL-2003 actor names and CAMEO-class QuadClass agreement (corpora skip when absent).
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "pipeline/eval.h"
#include "pipeline/eval_corpora.h"
#include "test_util.h"

namespace parley::testing {
namespace {

// Floors a little below the figures measured when they were last raised (docs/EVAL.md).
constexpr double kDevPrecisionFloor = 0.79;
constexpr double kDevRecallFloor = 0.69;
constexpr double kDevFullF1Floor = 0.48;
constexpr double kConllPrecisionFloor = 0.85;
constexpr double kConllLocRecallFloor = 0.60;
constexpr double kCameoClassAgreementFloor = 0.40;

TEST(Eval, DevGoldMeetsPrecisionAndRecallFloors) {
  auto gold = ReadGold(std::string(PARLEY_GOLD_DIR) + "/dev.jsonl");
  ASSERT_TRUE(gold.ok()) << gold.error();
  ASSERT_GE(gold.value().size(), 300u);
  const Pipeline* p = SharedPipelineOrNull();
  ASSERT_NE(p, nullptr);
  EvalReport r = Evaluate(gold.value(), *p);
  std::printf("%s", FormatReport(r, 0).c_str());
  EXPECT_GE(r.country_root.precision(), kDevPrecisionFloor);
  EXPECT_GE(r.country_root.recall(), kDevRecallFloor);
  EXPECT_GE(r.full.f1(), kDevFullF1Floor);
}

TEST(Eval, HeldOutGoldMeetsItsFloors) {
  // Never tune on this file (tests/gold/HELDOUT.md); floors only catch regressions.
  auto gold = ReadGold(std::string(PARLEY_GOLD_DIR) + "/heldout.jsonl");
  ASSERT_TRUE(gold.ok()) << gold.error();
  const Pipeline* p = SharedPipelineOrNull();
  ASSERT_NE(p, nullptr);
  EvalReport r = Evaluate(gold.value(), *p);
  EXPECT_GE(r.country_root.precision(), 0.68);
  EXPECT_GE(r.country_root.recall(), 0.44);
}

TEST(Eval, SeedDatesAndPlacesAreRight) {
  auto gold = ReadGold(std::string(PARLEY_GOLD_DIR) + "/seeds_when_where.jsonl");
  ASSERT_TRUE(gold.ok()) << gold.error();
  const Pipeline* p = SharedPipelineOrNull();
  ASSERT_NE(p, nullptr);
  EvalReport r = Evaluate(gold.value(), *p);
  EXPECT_EQ(r.country_root.fn, 0) << FormatReport(r, 10);
  EXPECT_EQ(r.dates_gold, 5);
  EXPECT_EQ(r.dates_exact, r.dates_gold) << FormatReport(r, 10);
  EXPECT_EQ(r.places_country, r.places_gold);
  EXPECT_EQ(r.places_50km, r.places_gold);
}

TEST(Eval, ReadGoldRejectsBrokenLinesWithFileAndLine) {
  std::string path = ::testing::TempDir() + "/broken_gold_" + std::to_string(::getpid()) + ".jsonl";
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("{\"id\":\"a\",\"text\":\"x\",\"events\":[]}\n{\"id\":\"b\"}\n", f);
  std::fclose(f);
  auto gold = ReadGold(path);
  ASSERT_FALSE(gold.ok());
  EXPECT_NE(gold.error().find(".jsonl:2: missing"), std::string::npos) << gold.error();
}

TEST(Eval, ConllActorNamesFloor) {
  std::string path = std::string(PARLEY_SHARED_DIR) + "/corpora/conll2003/eng.testb";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "skipped: " << path << " not found (corpora live in ../shared)";
  const Pipeline* p = SharedPipelineOrNull();
  ASSERT_NE(p, nullptr);
  auto r = EvalConll(path, *p);
  ASSERT_TRUE(r.ok()) << r.error();
  std::printf("%s", FormatMentionEval(r.value()).c_str());
  EXPECT_GE(r.value().all.precision(), kConllPrecisionFloor);
  EXPECT_GE(r.value().by_type["LOC"].recall(), kConllLocRecallFloor);
}

TEST(Eval, CameoClassQuadAgreementFloor) {
  std::string path = std::string(PARLEY_SHARED_DIR) + "/corpora/cameo-class/test.tsv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "skipped: " << path << " not found (corpora live in ../shared)";
  const Pipeline* p = SharedPipelineOrNull();
  ASSERT_NE(p, nullptr);
  auto r = EvalCameoClass(path, *p);
  ASSERT_TRUE(r.ok()) << r.error();
  std::printf("%s", FormatQuadEval(r.value()).c_str());
  EXPECT_GE(r.value().accuracy(), kCameoClassAgreementFloor);
}

}  // namespace
}  // namespace parley::testing
