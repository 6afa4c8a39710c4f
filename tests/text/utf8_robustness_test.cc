// Malformed and extreme input: invalid UTF-8, lone continuation bytes, huge unpunctuated text, empty text.
#include <gtest/gtest.h>

#include "core/utf8.h"
#include "text_test_util.h"

namespace parley {
namespace {

using testing_text::AnalyzeText;
using testing_text::ExpectWellFormed;

// No token may start or end inside a valid multibyte sequence.
void ExpectNoSplitSequences(const Article& a) {
  std::vector<bool> inside(a.text.size() + 1, false);
  for (size_t i = 0; i < a.text.size();) {
    size_t n = Utf8SequenceLength(a.text, i);
    if (n == 0) n = 1;
    for (size_t k = 1; k < n; ++k) inside[i + k] = true;
    i += n;
  }
  for (const Token& t : a.tokens) {
    EXPECT_FALSE(inside[t.span.begin]) << t.span.begin;
    EXPECT_FALSE(inside[t.span.end]) << t.span.end;
  }
}

TEST(TextRobustness, InvalidBytes) {
  Article a = AnalyzeText(std::string("Bad \xFF\xFE bytes \xC3 here. Next \xE2\x80 sentence.\xF0\x9F"));
  ExpectWellFormed(a);
  ExpectNoSplitSequences(a);
  EXPECT_GE(a.sentences.size(), 2u);
}

TEST(TextRobustness, LoneContinuationBytes) {
  Article a = AnalyzeText(std::string("\x80\x81 word\xBF and \x9F\x80. End"));
  ExpectWellFormed(a);
  ExpectNoSplitSequences(a);
  EXPECT_FALSE(a.tokens.empty());
}

TEST(TextRobustness, MultibyteAroundPunctuation) {
  Article a = AnalyzeText("Путин\xE2\x80\x94Байден\xE2\x80\xA6 \xE2\x80\x9C\xD0\x94\xE2\x80\x9D. 東京 met 北京。Ok");
  ExpectWellFormed(a);
  ExpectNoSplitSequences(a);
}

TEST(TextRobustness, VeryLongSentenceWithoutPunctuation) {
  std::string text;
  while (text.size() < 10000) text += "word ";
  text += std::string(10000, 'x');  // and one 10,000-character token
  Article a = AnalyzeText(text);
  ExpectWellFormed(a);
  ASSERT_EQ(a.sentences.size(), 1u);
  EXPECT_EQ(a.slice(a.tokens.back().span).size(), 10000u);
}

TEST(TextRobustness, EmptyAndDatelineOnly) {
  Article empty = AnalyzeText("");
  EXPECT_TRUE(empty.sentences.empty());
  EXPECT_TRUE(empty.tokens.empty());
  Article a;
  a.text = "MOSCOW, May 16. /TASS/.";
  a.dateline.span = {0, static_cast<uint32_t>(a.text.size())};
  TextAnalyzer(testing_text::SharedLemmatizer()).Analyze(a);
  EXPECT_TRUE(a.sentences.empty());
  Article bad;  // a dateline span past the end of the text is ignored, not trusted
  bad.text = "Short.";
  bad.dateline.span = {0, 500};
  TextAnalyzer(testing_text::SharedLemmatizer()).Analyze(bad);
  ExpectWellFormed(bad);
  EXPECT_EQ(bad.sentences.size(), 1u);
}

TEST(TextRobustness, NullLemmatizerFallsBackToLowerForms) {
  Article a;
  a.text = "Leaders Met.";
  TextAnalyzer(nullptr).Analyze(a);
  ASSERT_EQ(a.tokens.size(), 3u);
  EXPECT_EQ(a.tokens[1].lemma, "met");
}

TEST(TextRobustness, AllByteValues) {
  std::string text;
  for (int round = 0; round < 4; ++round)
    for (int b = 0; b < 256; ++b) text += static_cast<char>((b * 37 + round * 11) & 0xFF);
  Article a = AnalyzeText(text);
  ExpectWellFormed(a);
  ExpectNoSplitSequences(a);
}

}  // namespace
}  // namespace parley
