// The speech-verb lexicon: format, flags, errors with file:line, and matching on tokens.
#include <gtest/gtest.h>

#include "quote_test_util.h"
#include "quotes/speech_verbs.h"

namespace parley {
namespace {

using quotes::SpeechVerbs;

TEST(SpeechVerbs, ParsesFormsAndFlags) {
  auto v = SpeechVerbs::Parse("# c\nsay*: said | says\ntell+: told\npoint out: pointed out\n", "v.txt");
  ASSERT_TRUE(v.ok()) << v.error();
  Article a = testing_quotes::Analyzed("He pointed out that Ryabkov told TASS and said so.");
  const quotes::SpeechVerb* pointed = v.value().Match(a, 1, static_cast<uint32_t>(a.tokens.size()));
  ASSERT_NE(pointed, nullptr);
  EXPECT_EQ(pointed->lemma, "point out");
  EXPECT_EQ(pointed->words.size(), 2u);
  const quotes::SpeechVerb* told = v.value().Match(a, 5, static_cast<uint32_t>(a.tokens.size()));
  ASSERT_NE(told, nullptr);
  EXPECT_TRUE(told->takes_object);
  EXPECT_FALSE(told->bare_content);
  EXPECT_EQ(v.value().Match(a, 0, static_cast<uint32_t>(a.tokens.size())), nullptr);  // "He"
}

TEST(SpeechVerbs, NounUsesAreNotVerbs) {
  auto v = SpeechVerbs::Parse("state: states\ntweet: tweets\n", "v.txt");
  ASSERT_TRUE(v.ok());
  Article a = testing_quotes::Analyzed("The United States sent a flurry of tweets.");
  for (uint32_t i = 0; i < a.tokens.size(); ++i) EXPECT_EQ(v.value().Match(a, i, static_cast<uint32_t>(a.tokens.size())), nullptr) << i;
}

TEST(SpeechVerbs, ErrorsNameFileAndLine) {
  auto missing_colon = SpeechVerbs::Parse("say: said\nnoted\n", "verbs.txt");
  ASSERT_FALSE(missing_colon.ok());
  EXPECT_NE(missing_colon.error().find("verbs.txt:2"), std::string::npos) << missing_colon.error();
  auto empty_form = SpeechVerbs::Parse("say: said || says\n", "verbs.txt");
  ASSERT_FALSE(empty_form.ok());
  EXPECT_NE(empty_form.error().find("verbs.txt:1"), std::string::npos);
  auto duplicate = SpeechVerbs::Parse("say: said\nstate: said\n", "verbs.txt");
  ASSERT_FALSE(duplicate.ok());
  EXPECT_NE(duplicate.error().find("verbs.txt:2"), std::string::npos);
  EXPECT_FALSE(SpeechVerbs::Parse("# only a comment\n", "verbs.txt").ok());
}

TEST(SpeechVerbs, RepositoryLexiconLoads) {
  auto v = SpeechVerbs::Load(std::string(PARLEY_DATA_DIR) + "/quotes/speech_verbs.txt");
  ASSERT_TRUE(v.ok()) << v.error();
  EXPECT_GT(v.value().size(), 100u);
}

}  // namespace
}  // namespace parley
