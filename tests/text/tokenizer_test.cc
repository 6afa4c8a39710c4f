// Tokenizer: clitics, abbreviations, hyphens, numbers, dashes, quotes, kinds, lower forms, capitalisation.
#include <gtest/gtest.h>

#include "text_test_util.h"

namespace parley {
namespace {

using testing_text::AnalyzeText;
using testing_text::Surfaces;

std::vector<std::string> Lowers(const Article& a) {
  std::vector<std::string> out;
  for (const Token& t : a.tokens) out.push_back(t.lower);
  return out;
}

using Strings = std::vector<std::string>;

TEST(Tokenizer, PossessiveSplitsOff) {
  Article a = AnalyzeText("Russia's envoy");
  EXPECT_EQ(Surfaces(a), (Strings{"Russia", "'s", "envoy"}));
  EXPECT_EQ(a.tokens[1].kind, TokenKind::kWord);
  EXPECT_EQ(a.tokens[1].lemma, "'s");
}

TEST(Tokenizer, CurlyPossessiveSplitsOffAndLowersToStraight) {
  Article a = AnalyzeText("Russia\xE2\x80\x99s envoy");
  EXPECT_EQ(Surfaces(a), (Strings{"Russia", "\xE2\x80\x99s", "envoy"}));
  EXPECT_EQ(a.tokens[1].lower, "'s");
}

TEST(Tokenizer, DottedAbbreviationStaysOneToken) {
  Article a = AnalyzeText("The U.S. and U.N. officials");
  EXPECT_EQ(Lowers(a), (Strings{"the", "u.s.", "and", "u.n.", "officials"}));
  EXPECT_TRUE(a.tokens[1].capitalized);
}

TEST(Tokenizer, HyphenatedWordIsOneToken) {
  Article a = AnalyzeText("Russia-US arms-control talks");
  EXPECT_EQ(Lowers(a), (Strings{"russia-us", "arms-control", "talks"}));
  EXPECT_EQ(a.tokens[0].kind, TokenKind::kWord);
}

TEST(Tokenizer, NegationClitic) {
  Article a = AnalyzeText("They don't agree and can't wait.");
  EXPECT_EQ(Lowers(a), (Strings{"they", "do", "n't", "agree", "and", "ca", "n't", "wait", "."}));
  EXPECT_EQ(a.tokens[2].lemma, "not");
  EXPECT_EQ(a.tokens[5].lemma, "can");
}

TEST(Tokenizer, OtherCliticsAndNames) {
  Article a = AnalyzeText("We're sure O'Brien'll come; they've said I'm");
  EXPECT_EQ(Surfaces(a), (Strings{"We", "'re", "sure", "O'Brien", "'ll", "come", ";", "they", "'ve", "said", "I", "'m"}));
}

TEST(Tokenizer, NumbersStayWhole) {
  Article a = AnalyzeText("It cost 1,234.56 dollars, or 3.5 percent of 2021.");
  EXPECT_EQ(Surfaces(a), (Strings{"It", "cost", "1,234.56", "dollars", ",", "or", "3.5", "percent", "of", "2021", "."}));
  EXPECT_EQ(a.tokens[2].kind, TokenKind::kNumber);
  EXPECT_EQ(a.tokens[6].kind, TokenKind::kNumber);
  EXPECT_EQ(a.tokens[9].kind, TokenKind::kNumber);
  EXPECT_EQ(a.tokens[10].kind, TokenKind::kPunct);
}

TEST(Tokenizer, DashesArePunct) {
  Article a = AnalyzeText("war -- peace \xE2\x80\x94 truce \xE2\x80\x93 end");
  EXPECT_EQ(Surfaces(a), (Strings{"war", "--", "peace", "\xE2\x80\x94", "truce", "\xE2\x80\x93", "end"}));
  EXPECT_EQ(a.tokens[1].kind, TokenKind::kPunct);
  EXPECT_EQ(a.tokens[3].kind, TokenKind::kPunct);
  EXPECT_EQ(a.tokens[5].kind, TokenKind::kPunct);
}

TEST(Tokenizer, QuoteKinds) {
  Article a = AnalyzeText("\"a\" \xE2\x80\x9C" "b\xE2\x80\x9D \xE2\x80\x98" "c\xE2\x80\x99 \xC2\xAB" "d\xC2\xBB 'e'");
  std::vector<TokenKind> kinds;
  Strings words;
  for (const Token& t : a.tokens) {
    if (t.kind == TokenKind::kWord) words.push_back(t.lower);
    else EXPECT_EQ(t.kind, TokenKind::kQuote) << a.slice(t.span);
  }
  EXPECT_EQ(words, (Strings{"a", "b", "c", "d", "e"}));
  EXPECT_EQ(a.tokens.size(), 15u);
}

TEST(Tokenizer, SymbolsAndPunct) {
  Article a = AnalyzeText("$5 (50%) + @tass #1");
  EXPECT_EQ(Surfaces(a), (Strings{"$", "5", "(", "50", "%", ")", "+", "@", "tass", "#", "1"}));
  EXPECT_EQ(a.tokens[0].kind, TokenKind::kSymbol);
  EXPECT_EQ(a.tokens[2].kind, TokenKind::kPunct);
  EXPECT_EQ(a.tokens[4].kind, TokenKind::kSymbol);
}

TEST(Tokenizer, NonAsciiLettersAreWordCharacters) {
  Article a = AnalyzeText("Сергей Лавров met Peña in Zürich.");
  EXPECT_EQ(Surfaces(a), (Strings{"Сергей", "Лавров", "met", "Peña", "in", "Zürich", "."}));
  EXPECT_TRUE(a.tokens[0].capitalized);
  EXPECT_EQ(a.tokens[0].lower, "сергей");
  EXPECT_TRUE(a.tokens[5].capitalized);
  EXPECT_FALSE(a.tokens[2].capitalized);
}

TEST(Tokenizer, CapitalizedFlagAndLowerForm) {
  Article a = AnalyzeText("NATO Met iPhone");
  EXPECT_TRUE(a.tokens[0].capitalized);
  EXPECT_TRUE(a.tokens[1].capitalized);
  EXPECT_FALSE(a.tokens[2].capitalized);
  EXPECT_EQ(Lowers(a), (Strings{"nato", "met", "iphone"}));
  EXPECT_EQ(a.tokens[1].lemma, "meet");
}

TEST(Tokenizer, AbbreviationKeepsPeriodInitialToo) {
  Article a = AnalyzeText("Dr. Smith, Gen. Jones and Vladimir V. Putin on Sept. 5");
  EXPECT_EQ(Surfaces(a), (Strings{"Dr.", "Smith", ",", "Gen.", "Jones", "and", "Vladimir", "V.", "Putin", "on", "Sept.", "5"}));
}

TEST(Tokenizer, GluedSentencesSplitAtPeriod) {
  Article a = AnalyzeText("Jake Sullivan.All news");
  EXPECT_EQ(Surfaces(a), (Strings{"Jake", "Sullivan", ".", "All", "news"}));
}

TEST(Tokenizer, EveryTokenSliceMatchesLowerLength) {
  Article a = AnalyzeText("Mixed CASE text, with Numbers 42 and U.S.-led efforts.");
  for (const Token& t : a.tokens) EXPECT_EQ(t.lower.size(), a.slice(t.span).size());
}

}  // namespace
}  // namespace parley
