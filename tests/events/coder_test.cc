// The event coder on single sentences: patterns, roles, passives, compounds, modality.
#include <gtest/gtest.h>

#include "../pipeline/test_util.h"

namespace parley::testing {
namespace {

struct Case {
  const char* text;
  const char* src;
  const char* tgt;
  const char* code;  // code prefix; "" = expect no event at all
};

TEST(Coder, CodesTableOfSentences) {
  const Case cases[] = {
      {"Russian President Vladimir Putin met US Secretary of State Mike Pompeo in Sochi.", "RUSGOV", "USAGOV", "04"},
      {"Chinese Foreign Minister Wang Yi visited Moscow on Monday.", "CHNGOV", "RUS", "042"},
      {"The United States imposed sanctions on Iran.", "USA", "IRN", "16"},
      {"Israel accused Iran of supporting militants.", "ISR", "IRN", "112"},
      {"North Korea threatened South Korea with military action.", "PRK", "KOR", "13"},
      {"French President Emmanuel Macron praised Germany.", "FRAGOV", "DEU", "051"},
      {"Japan and South Korea signed an agreement.", "JPN", "KOR", "057"},
      {"The company said its profit rose 10 percent.", "", "", ""},
      {"Stocks fell sharply in Tokyo on Tuesday.", "", "", ""},
  };
  for (const auto& c : cases) {
    Article a = CodeSentence(c.text, "2019-06-03");
    if (!*c.code) {
      EXPECT_TRUE(a.events.empty()) << c.text << "\n" << Describe(a);
      continue;
    }
    EXPECT_TRUE(HasEvent(a, c.src, c.tgt, c.code)) << c.text << "\n" << Describe(a);
  }
}

TEST(Coder, PassiveVoiceSwapsRoles) {
  Article a = CodeSentence("Ukraine was attacked by Russia on Thursday.", "2022-03-03");
  EXPECT_TRUE(HasEvent(a, "RUS", "UKR", "1")) << Describe(a);
  EXPECT_FALSE(HasEvent(a, "UKR", "RUS", "")) << Describe(a);
}

TEST(Coder, CompoundSubjectsCodeEachOther) {
  Article a = CodeSentence("Russia and China held talks in Beijing.", "2019-06-03");
  EXPECT_TRUE(HasEvent(a, "RUS", "CHN", "04")) << Describe(a);
}

TEST(Coder, ModalityFlagsNegationFutureAndHypothesis) {
  Article neg = CodeSentence("Russia did not attack Ukraine.", "2019-06-03");
  ASSERT_FALSE(neg.events.empty()) << "negated events are kept with their flag";
  EXPECT_EQ(neg.events[0].modality, "negated");
  Article fut = CodeSentence("Putin will meet Xi Jinping next week.", "2019-06-03");
  ASSERT_FALSE(fut.events.empty());
  EXPECT_EQ(fut.events[0].modality, "future");
  EXPECT_EQ(fut.events[0].code, "036") << "intent to meet is CAMEO 036";
  Article hyp = CodeSentence("If Iran attacked Israel, the region would burn.", "2019-06-03");
  for (const auto& e : hyp.events)
    if (e.source.code == "IRN") EXPECT_EQ(e.modality, "hypothetical");
}

TEST(Coder, ReportedSpeechCodesTheReportedEvent) {
  Article a = CodeSentence("Lavrov said the United States had imposed new sanctions on Russia.", "2019-06-03");
  EXPECT_TRUE(HasEvent(a, "USA", "RUS", "16")) << Describe(a);
}

TEST(Coder, SurvivesHostileSentences) {
  std::string long_sentence;
  for (int i = 0; i < 5000; ++i) long_sentence += "Russia and the US met ";
  Article a = CodeSentence(long_sentence, "2019-06-03");
  EXPECT_FALSE(a.events.empty());
  for (const char* s : {"", ".", "\"", "and and and", "'s 's 's", "\xff\xfe Russia \xc3", "Russia-US-China-Iran-Israel ties"})
    CodeSentence(s, "2019-06-03");
}

}  // namespace
}  // namespace parley::testing

namespace parley::testing {
namespace {

TEST(Coder, PoliticiansAttackingEachOtherIsCriticism) {
  Article a = CodeSentence("Conservative leader Michael Howard attacked Prime Minister Tony Blair over the Iraq war.", "2005-02-10");
  for (const auto& e : a.events) EXPECT_LT(e.root, "13") << e.code << " for a verbal attack";
  Article b = CodeSentence("Russian troops attacked Ukrainian positions near Bakhmut.", "2023-01-10");
  EXPECT_TRUE(HasEvent(b, "RUS", "UKR", "1")) << Describe(b);
  bool violent = false;
  for (const auto& e : b.events) violent |= e.root >= "18";
  EXPECT_TRUE(violent) << Describe(b);
}

TEST(Coder, ConditionalSentencesAreHypotheticalEvenWithWould) {
  Article a = CodeSentence("If the talks fail, China would impose sanctions on Japan.", "2019-06-03");
  for (const auto& e : a.events) EXPECT_EQ(e.modality, "hypothetical") << e.code;
}

TEST(Coder, DatedRoleDecidesTheSectorOfAnEvent) {
  Article spy = CodeSentence("Mike Pompeo met Kim Jong Un in Pyongyang.", "2018-04-01");
  Article gov = CodeSentence("Mike Pompeo met Kim Jong Un in Pyongyang.", "2018-10-07");
  EXPECT_TRUE(HasEvent(spy, "USASPY", "PRKGOV", "04")) << Describe(spy);
  EXPECT_TRUE(HasEvent(gov, "USAGOV", "PRKGOV", "04")) << Describe(gov);
}

}  // namespace
}  // namespace parley::testing
