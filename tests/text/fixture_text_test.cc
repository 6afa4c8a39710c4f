// The two TASS seeds: sentence counts, boundaries and paragraphs after skipping the dateline.
#include <gtest/gtest.h>

#include "text_test_util.h"

namespace parley {
namespace {

using testing_text::ExpectWellFormed;
using testing_text::ReadAll;
using testing_text::SentenceTexts;

// The fixture body from the dateline line on, with the dateline span set by hand (ingest does this in production).
Article FixtureArticle(const std::string& name) {
  Article a;
  std::string raw = ReadAll(std::string(PARLEY_FIXTURES_DIR) + "/" + name);
  size_t tass = raw.find("/TASS/.");
  EXPECT_NE(tass, std::string::npos) << name;
  if (tass == std::string::npos) return a;
  size_t line = raw.rfind('\n', tass);
  a.text = raw.substr(line == std::string::npos ? 0 : line + 1);
  a.dateline.found = true;
  a.dateline.span = {0, static_cast<uint32_t>(a.text.find("/TASS/.") + 7)};
  TextAnalyzer(testing_text::SharedLemmatizer()).Analyze(a);
  return a;
}

TEST(FixtureText, Seed000Washington) {
  Article a = FixtureArticle("000_ca70b0bd16d5c51c.txt");
  ExpectWellFormed(a);
  std::vector<std::string> s = SentenceTexts(a);
  ASSERT_EQ(s.size(), 15u);
  EXPECT_EQ(s[0].rfind("Russia and the US have managed to establish a steady dialogue", 0), 0u);
  EXPECT_TRUE(s[0].ends_with(", according to the Russian Embassy in Washington.")) << s[0];
  EXPECT_EQ(s[1], "\"A sustainable dialogue is held through Security Councils and Foreign Ministries.");
  EXPECT_EQ(s[3], "Business interaction continues, bilateral trade is growing.");
  EXPECT_EQ(s[5], "Much work lies ahead in establishing the foundation for further progress,\" the diplomat said.");
  EXPECT_EQ(s[12], "In May, a meeting was held between Secretary of Russia\xE2\x80\x99s Security Council Nikolai Patrushev "
                   "and US National Security Advisor Jake Sullivan.");
  EXPECT_EQ(s[14], "On Tuesday, Patrushev met in Moscow with Director of the US Central Intelligence Agency William Burns.");
  EXPECT_EQ(a.sentences[0].paragraph, 0u);
  EXPECT_EQ(a.sentences[1].paragraph, 1u);
  EXPECT_EQ(a.sentences[5].paragraph, 1u);
  EXPECT_EQ(a.sentences[6].paragraph, 2u);
  EXPECT_EQ(a.sentences[14].paragraph, 4u);
}

TEST(FixtureText, Seed004Moscow) {
  Article a = FixtureArticle("004_e765ae524eefaa29.txt");
  ExpectWellFormed(a);
  std::vector<std::string> s = SentenceTexts(a);
  ASSERT_EQ(s.size(), 16u);
  EXPECT_EQ(s[0].rfind("Russia and the US have made progress on the issue of arms control", 0), 0u);
  EXPECT_EQ(s[2], "\"There has been some progress.\"");
  EXPECT_EQ(s[5], "The meeting of Russian President Vladimir Putin and US Secretary of State Mike Pompeo took place in Sochi on May 14.");
  EXPECT_EQ(s[7], "This was Pompeo\xE2\x80\x99s first visit to Russia as the US Secretary of State.");
  EXPECT_EQ(s[8], "Russia-US ties");  // a subheading without a final period is its own sentence
  EXPECT_TRUE(s[15].ends_with("Ryabkov opted for \"returning to normal\".")) << s[15];
  EXPECT_EQ(a.sentences[8].paragraph, 4u);
  EXPECT_EQ(a.sentences[15].paragraph, 9u);
}

TEST(FixtureText, TokensMatchTheirSurfaces) {
  for (const char* name : {"000_ca70b0bd16d5c51c.txt", "004_e765ae524eefaa29.txt"}) {
    Article a = FixtureArticle(name);
    ASSERT_FALSE(a.tokens.empty()) << name;
    for (const Token& t : a.tokens) {
      std::string_view surface = a.slice(t.span);
      ASSERT_LE(t.span.end, a.text.size());
      ASSERT_FALSE(surface.empty());
      // lower is the surface lower-cased, except the curly apostrophe normalised to '
      if (surface.find("\xE2\x80\x99") == std::string_view::npos) {
        std::string expected(surface);
        for (char& c : expected) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        EXPECT_EQ(t.lower, expected);
      }
      EXPECT_FALSE(t.lemma.empty());
    }
  }
}

}  // namespace
}  // namespace parley
