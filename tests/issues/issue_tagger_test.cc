// Issue tags: dictionary loading, cue matching on tokens, and the seed facts on quotes and events.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "../quotes/quote_test_util.h"
#include "issues/issue_tagger.h"

namespace parley {
namespace {

using testing_quotes::AddMentions;
using testing_quotes::Analyzed;
using testing_quotes::Extractor;
using testing_quotes::Seed;

std::shared_ptr<const IssueTagger> Tagger() {
  static std::shared_ptr<const IssueTagger> t = [] {
    auto r = IssueTagger::Load(PARLEY_DATA_DIR);
    EXPECT_TRUE(r.ok()) << r.error();
    return r.ok() ? r.value() : std::shared_ptr<const IssueTagger>();
  }();
  return t;
}

bool Has(const std::vector<std::string>& tags, const std::string& t) {
  return std::find(tags.begin(), tags.end(), t) != tags.end();
}

TEST(IssueTagger, VocabularyHasPloverContextsAndFinerTags) {
  const auto& tags = Tagger()->tags();
  EXPECT_GE(tags.size(), 30u);
  for (const char* t : {"military", "intelligence", "diplomatic", "economic", "cyber", "cbrn", "terrorism", "environment",
                        "health", "human_rights", "migration", "territory", "election", "legal", "political",
                        "arms_control", "strategic_stability", "nuclear", "non_proliferation", "cybersecurity", "climate",
                        "arctic", "sanctions", "trade", "energy"})
    EXPECT_TRUE(Has(tags, t)) << t;
}

TEST(IssueTagger, ErrorsNameFileAndLine) {
  auto r = IssueTagger::Parse("# comment\nnuclear: warhead\nno colon here\n", "issues.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("issues.txt:3"), std::string::npos) << r.error();
  auto twice = IssueTagger::Parse("a: x\na: y\n", "f.txt");
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.error().find("f.txt:2"), std::string::npos) << twice.error();
  auto empty_cue = IssueTagger::Parse("a: x || y\n", "g.txt");
  ASSERT_FALSE(empty_cue.ok());
  EXPECT_NE(empty_cue.error().find("g.txt:1"), std::string::npos);
  EXPECT_FALSE(IssueTagger::Parse("Bad Tag: x\n", "h.txt").ok());
}

TEST(IssueTagger, MatchesMultiwordCuesAndLemmas) {
  auto t = IssueTagger::Parse("climate: climate change\nhealth: disease\narctic: northern sea route\n", "t.txt");
  ASSERT_TRUE(t.ok()) << t.error();
  Article a = Analyzed("Climate Change was discussed. Deadly diseases spread. The Northern Sea Route opened. The sea is calm.");
  ASSERT_EQ(a.sentences.size(), 4u);
  EXPECT_EQ(t.value()->TagSpan(a, 0), std::vector<std::string>{"climate"});
  EXPECT_EQ(t.value()->TagSpan(a, 1), std::vector<std::string>{"health"});  // "diseases" -> lemma "disease"
  EXPECT_EQ(t.value()->TagSpan(a, 2), std::vector<std::string>{"arctic"});
  EXPECT_TRUE(t.value()->TagSpan(a, 3).empty());  // "climate" alone is not "climate change"
}

TEST(IssueTagger, EventsFallBackToTheParagraphOnlyWhenTheSentenceHasNoCue) {
  Article a = Analyzed("The ministers met in Geneva. They discussed sanctions.\n\nTalks on trade resumed.");
  Event quiet;
  quiet.sentence = 0;
  Event trade;
  trade.sentence = 2;
  a.events = {quiet, trade};
  Tagger()->TagArticle(a);
  EXPECT_TRUE(Has(a.events[0].issues, "sanctions"));  // from its paragraph
  EXPECT_TRUE(Has(a.events[1].issues, "trade"));
  EXPECT_FALSE(Has(a.events[1].issues, "sanctions"));  // other paragraph
}

TEST(IssueTagger, Seed000QuotesCarryTheirIssues) {
  Article a = Seed("000_ca70b0bd16d5c51c.txt");
  AddMentions(a, "Anatoly Antonov", "Anatoly Antonov", "RUSGOV");
  Extractor()->Extract(a);
  Tagger()->TagArticle(a);
  std::set<std::string> wanted_pairs_found;
  for (const Quote& q : a.quotes) {
    if (Has(q.issues, "strategic_stability") && Has(q.issues, "cybersecurity")) wanted_pairs_found.insert("stability+cyber");
    if (Has(q.issues, "climate") && Has(q.issues, "arctic")) wanted_pairs_found.insert("climate+arctic");
    if (Has(q.issues, "terrorism") && Has(q.issues, "non_proliferation")) wanted_pairs_found.insert("terror+npt");
  }
  EXPECT_EQ(wanted_pairs_found.size(), 3u);
  for (const Quote& q : a.quotes)
    if (q.text.find("We have resumed") != std::string::npos) {
      EXPECT_TRUE(Has(q.issues, "strategic_stability"));
      EXPECT_TRUE(Has(q.issues, "cybersecurity"));
      EXPECT_FALSE(Has(q.issues, "arctic"));
    }
}

TEST(IssueTagger, Seed004QuotesCarryArmsControlIssues) {
  Article a = Seed("004_e765ae524eefaa29.txt");
  AddMentions(a, "Sergei Ryabkov", "Sergei Ryabkov", "RUSGOV");
  Extractor()->Extract(a);
  Tagger()->TagArticle(a);
  std::set<std::string> all;
  for (const Quote& q : a.quotes) all.insert(q.issues.begin(), q.issues.end());
  for (const char* t : {"arms_control", "non_proliferation", "nuclear", "strategic_stability"}) EXPECT_TRUE(all.count(t)) << t;
  for (const Quote& q : a.quotes)
    if (q.text.find("As for the topics") != std::string::npos) {
      EXPECT_TRUE(Has(q.issues, "arms_control"));
      EXPECT_TRUE(Has(q.issues, "non_proliferation"));
      EXPECT_TRUE(Has(q.issues, "nuclear"));
    }
}

}  // namespace
}  // namespace parley
