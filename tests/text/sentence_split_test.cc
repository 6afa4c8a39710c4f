// Sentence splitting on wire copy: abbreviations, initials, decimals, quotes, paragraphs, datelines.
#include <gtest/gtest.h>

#include "text_test_util.h"

namespace parley {
namespace {

using testing_text::AnalyzeText;
using testing_text::ExpectWellFormed;
using testing_text::SentenceTexts;

struct SplitCase {
  const char* name;
  const char* text;
  std::vector<std::string> sentences;
};

class SplitTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SplitTest, SplitsAsExpected) {
  const SplitCase& c = GetParam();
  Article a = AnalyzeText(c.text);
  ExpectWellFormed(a);
  EXPECT_EQ(SentenceTexts(a), c.sentences) << c.text;
}

const SplitCase kCases[] = {
    {"Simple", "Russia protested. The US replied.", {"Russia protested.", "The US replied."}},
    {"USMidSentence", "The U.S. envoy arrived in Moscow.", {"The U.S. envoy arrived in Moscow."}},
    {"UNMidSentence", "The U.N. Security Council met on Monday.", {"The U.N. Security Council met on Monday."}},
    {"USSentenceFinal", "Lavrov arrived in the U.S. The talks began.", {"Lavrov arrived in the U.S.", "The talks began."}},
    {"USFinalBeforeHe", "He lives in the U.S. He works there.", {"He lives in the U.S.", "He works there."}},
    {"USBeforeName", "Officials in the U.S. Congress objected.", {"Officials in the U.S. Congress objected."}},
    {"SeptDate", "The attack on Sept. 11 changed everything.", {"The attack on Sept. 11 changed everything."}},
    {"JanDate", "Talks resume on Jan. 15 in Geneva.", {"Talks resume on Jan. 15 in Geneva."}},
    {"DrTitle", "Dr. Fauci spoke. Nobody listened.", {"Dr. Fauci spoke.", "Nobody listened."}},
    {"GenTitle", "Gen. Milley met Gen. Gerasimov in Helsinki.", {"Gen. Milley met Gen. Gerasimov in Helsinki."}},
    {"MrMrs", "Mr. and Mrs. Smith left. They returned later.", {"Mr. and Mrs. Smith left.", "They returned later."}},
    {"NumberAbbrev", "Resolution No. 2231 was adopted. Iran objected.", {"Resolution No. 2231 was adopted.", "Iran objected."}},
    {"NoAsWord", "He said no. The vote failed.", {"He said no.", "The vote failed."}},
    {"Initial", "Vladimir V. Putin met Xi Jinping.", {"Vladimir V. Putin met Xi Jinping."}},
    {"TwoInitials", "George W. Bush and John F. Kennedy were presidents.", {"George W. Bush and John F. Kennedy were presidents."}},
    {"Decimal", "Growth was 3.5 percent. Inflation fell.", {"Growth was 3.5 percent.", "Inflation fell."}},
    {"NumberFinal", "They met on May 14. Nothing was agreed.", {"They met on May 14.", "Nothing was agreed."}},
    {"Ellipsis", "He paused... Then he spoke.", {"He paused...", "Then he spoke."}},
    {"EllipsisLower", "and so on... and so forth.", {"and so on... and so forth."}},
    {"UnicodeEllipsis", "He paused\xE2\x80\xA6 Then he spoke.", {"He paused\xE2\x80\xA6", "Then he spoke."}},
    {"Question", "Will Russia respond? Nobody knows.", {"Will Russia respond?", "Nobody knows."}},
    {"Exclamation", "Stop the war! Protesters shouted.", {"Stop the war!", "Protesters shouted."}},
    {"QuestionInQuote", "\"Why?\" he asked.", {"\"Why?\" he asked."}},
    {"ClosingQuoteAfterPeriod", "He said: \"We agree.\" Then he left.", {"He said: \"We agree.\"", "Then he left."}},
    {"CurlyClosingQuote", "He said: \xE2\x80\x9CWe agree.\xE2\x80\x9D Then he left.",
     {"He said: \xE2\x80\x9CWe agree.\xE2\x80\x9D", "Then he left."}},
    {"QuoteSpanningSentences", "\"Talks continue. Progress is slow,\" the diplomat said.",
     {"\"Talks continue.", "Progress is slow,\" the diplomat said."}},
    {"QuoteOpensNextSentence", "He noted. \"There has been some progress.\"", {"He noted.", "\"There has been some progress.\""}},
    {"BracketAfterPeriod", "It was agreed (in principle.) Talks continue.", {"It was agreed (in principle.)", "Talks continue."}},
    {"Headlines", "Russia, US agree on talks\nMoscow and Washington will meet in June.",
     {"Russia, US agree on talks", "Moscow and Washington will meet in June."}},
    {"BlankLineParagraphs", "First paragraph here.\n\nSecond paragraph here.", {"First paragraph here.", "Second paragraph here."}},
    {"IncFinal", "He works for Acme Inc. The company declined comment.", {"He works for Acme Inc.", "The company declined comment."}},
    {"IncMid", "Acme Inc. shares fell.", {"Acme Inc. shares fell."}},
    {"EtcFinal", "They discussed trade, energy, etc. The meeting ended.", {"They discussed trade, energy, etc.", "The meeting ended."}},
    {"DCmid", "He flew to Washington, D.C. and then to New York.", {"He flew to Washington, D.C. and then to New York."}},
    {"PossessiveAndHyphen", "Russia's Russia-US talks ended. Both sides left.", {"Russia's Russia-US talks ended.", "Both sides left."}},
    {"NoFinalPeriod", "The talks ended without agreement", {"The talks ended without agreement"}},
    {"DigitAfterPeriod", "It happened in 2019. 2020 was worse.", {"It happened in 2019.", "2020 was worse."}},
    {"WhitespaceOnly", " \n\n \t ", {}},
    {"Empty", "", {}},
};

INSTANTIATE_TEST_SUITE_P(Wire, SplitTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<SplitCase>& info) { return std::string(info.param.name); });

TEST(SplitParagraphs, NumbersParagraphsFromZero) {
  Article a = AnalyzeText("Headline without period\n\nFirst one. Second one.\nThird line.\n\n\nLast.");
  ExpectWellFormed(a);
  ASSERT_EQ(a.sentences.size(), 5u);
  EXPECT_EQ(a.sentences[0].paragraph, 0u);
  EXPECT_EQ(a.sentences[1].paragraph, 1u);
  EXPECT_EQ(a.sentences[2].paragraph, 1u);
  EXPECT_EQ(a.sentences[3].paragraph, 2u);
  EXPECT_EQ(a.sentences[4].paragraph, 3u);
}

TEST(SplitDateline, FirstSentenceBeginsAfterDateline) {
  Article a;
  a.text = "WASHINGTON, November 2. /TASS/. Russia and the US talked. They agreed.";
  a.dateline.found = true;
  a.dateline.span = {0, static_cast<uint32_t>(a.text.find("/TASS/.") + 7)};
  TextAnalyzer(testing_text::SharedLemmatizer()).Analyze(a);
  ExpectWellFormed(a);
  EXPECT_EQ(SentenceTexts(a), (std::vector<std::string>{"Russia and the US talked.", "They agreed."}));
  EXPECT_EQ(a.sentences[0].paragraph, 0u);
  for (const Token& t : a.tokens) EXPECT_GE(t.span.begin, a.dateline.span.end);
}

TEST(SplitDateline, ReanalysisReplacesPreviousSegmentation) {
  Article a = AnalyzeText("One. Two.");
  TextAnalyzer(testing_text::SharedLemmatizer()).Analyze(a);
  EXPECT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.tokens.size(), 4u);
}

}  // namespace
}  // namespace parley
