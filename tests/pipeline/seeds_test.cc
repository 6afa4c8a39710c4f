// The founding acceptance fixtures: the two TASS seeds code the events the issue lists.
#include "test_util.h"

namespace parley::testing {
namespace {

bool Pair(const Event& e, const std::string& a, const std::string& b) {
  return (e.source.code == a && e.target.code == b) || (e.source.code == b && e.target.code == a);
}

TEST(Seeds, Seed000CodesDialogueMeetingsAndCalls) {
  Article a = IngestFixture("000_ca70b0bd16d5c51c.txt", 2021);
  Process(a);
  bool dialogue = false, meeting = false, calls = false, burns = false;
  for (const auto& e : a.events) {
    EXPECT_LT(std::stoi(e.root), 13) << "conflict event in a cooperative seed: " << e.code << " in sentence " << e.sentence;
    if (e.root == "04" && e.source.code.substr(0, 3) != e.target.code.substr(0, 3)) {
      std::string s = e.source.code.substr(0, 3), t = e.target.code.substr(0, 3);
      if ((s == "RUS" && t == "USA") || (s == "USA" && t == "RUS")) dialogue = true;
    }
    if (e.root == "04" && Pair(e, "RUSGOV", "USAGOV")) meeting = true;
    if (e.code == "041" && Pair(e, "RUSGOV", "USAGOV")) calls = true;
    if (e.root == "04" && Pair(e, "RUSGOV", "USASPY")) burns = true;
  }
  EXPECT_TRUE(dialogue) << Describe(a);
  EXPECT_TRUE(meeting) << Describe(a);
  EXPECT_TRUE(calls) << Describe(a);
  EXPECT_TRUE(burns) << Describe(a);
}

TEST(Seeds, Seed004CodesTalksMeetingVisitAndCriticism) {
  Article a = IngestFixture("004_e765ae524eefaa29.txt");
  Process(a);
  EXPECT_EQ(a.report_date.iso(), "2019-05-16") << "year inferred from Thursday and the office-holders";
  bool talks = false, putin_pompeo = false, visit = false, critic = false;
  for (const auto& e : a.events) {
    EXPECT_LT(std::stoi(e.root), 13) << e.code;
    std::string s = e.source.code.substr(0, 3), t = e.target.code.substr(0, 3);
    if (e.root == "04" && ((s == "RUS" && t == "USA") || (s == "USA" && t == "RUS"))) talks = true;
    if (e.root == "04" && Pair(e, "RUSGOV", "USAGOV")) putin_pompeo = true;
    if (e.code == "042" && e.source.code == "USAGOV" && t == "RUS") visit = true;
    if ((e.root == "11" || e.code == "012") && s == "RUS" && t == "USA") critic = true;
  }
  EXPECT_TRUE(talks) << Describe(a);
  EXPECT_TRUE(putin_pompeo) << Describe(a);
  EXPECT_TRUE(visit) << Describe(a);
  EXPECT_TRUE(critic) << Describe(a);
}

TEST(Seeds, EveryEventCarriesEvidenceAndSpans) {
  Article a = IngestFixture("000_ca70b0bd16d5c51c.txt", 2021);
  Process(a);
  ASSERT_FALSE(a.events.empty());
  for (const auto& e : a.events) {
    EXPECT_FALSE(e.pattern.empty());
    EXPECT_FALSE(e.pattern_entry.empty());
    EXPECT_LE(e.source.span.end, a.text.size());
    EXPECT_EQ(a.slice(e.source.span), e.source.name);
    EXPECT_EQ(a.slice(e.target.span), e.target.name);
    ASSERT_LT(e.sentence, a.sentences.size());
    const Span s = a.sentences[e.sentence].span;
    EXPECT_TRUE(e.trigger.begin >= s.begin && e.trigger.end <= s.end);
  }
}

}  // namespace
}  // namespace parley::testing
