// Lemmatizer: irregular forms, suffix rules validated by WordNet, the fallback without WordNet.
#include <gtest/gtest.h>

#include <filesystem>

#include "text_test_util.h"

namespace parley {
namespace {

struct LemmaCase {
  const char* form;
  const char* lemma;
};

// Forms whose lemma comes from data/lexicon/irregular.txt or simple rules: must hold with and without WordNet.
const LemmaCase kCore[] = {
    {"met", "meet"},       {"held", "hold"},       {"said", "say"},       {"talks", "talk"},
    {"countries", "country"}, {"visited", "visit"}, {"visiting", "visit"}, {"ties", "tie"},
    {"accused", "accuse"}, {"making", "make"},     {"stopped", "stop"},   {"women", "woman"},
    {"men", "man"},        {"children", "child"},  {"was", "be"},         {"is", "be"},
    {"were", "be"},        {"has", "have"},        {"did", "do"},         {"went", "go"},
    {"took", "take"},      {"told", "tell"},       {"thought", "think"},  {"brought", "bring"},
    {"sought", "seek"},    {"fled", "flee"},       {"spoke", "speak"},    {"written", "write"},
    {"shot", "shoot"},     {"fought", "fight"},    {"struck", "strike"},  {"began", "begin"},
    {"signed", "sign"},    {"warned", "warn"},     {"meets", "meet"},     {"sanctions", "sanction"},
    {"crises", "crisis"},  {"us", "us"},           {"news", "news"},      {"'s", "'s"},
    {"n't", "not"},        {"meeting", "meet"},    {"the", "the"},        {"russia", "russia"},
    {"russia-us", "russia-us"}, {"dying", "die"},  {"lying", "lie"},      {"relations", "relation"},
};

// Regular forms that need WordNet's lemma lists to choose between candidates.
const LemmaCase kWordNet[] = {
    {"hoped", "hope"},        {"hopping", "hop"},        {"used", "use"},          {"agreed", "agree"},
    {"carried", "carry"},     {"planned", "plan"},       {"called", "call"},       {"added", "add"},
    {"announced", "announce"}, {"opened", "open"},       {"limited", "limit"},     {"noted", "note"},
    {"voted", "vote"},        {"agencies", "agency"},    {"ministries", "ministry"}, {"threats", "threat"},
    {"boxes", "box"},         {"negotiations", "negotiation"}, {"ambassadors", "ambassador"}, {"need", "need"},
    {"bring", "bring"},       {"dies", "die"},           {"politics", "politics"}, {"losses", "loss"},
    {"diplomats", "diplomat"}, {"criticized", "criticize"}, {"expelled", "expel"}, {"released", "release"},
};

TEST(Lemmatizer, CoreCasesWithDefaultLoad) {
  auto lem = testing_text::SharedLemmatizer();
  ASSERT_TRUE(lem);
  for (const LemmaCase& c : kCore) EXPECT_EQ(lem->Lemma(c.form), c.lemma) << c.form;
}

TEST(Lemmatizer, CoreCasesWithoutWordNet) {
  auto r = Lemmatizer::LoadWith(PARLEY_DATA_DIR, "");
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_FALSE(r.value()->UsesWordNet());
  for (const LemmaCase& c : kCore) EXPECT_EQ(r.value()->Lemma(c.form), c.lemma) << c.form;
}

TEST(Lemmatizer, WordNetChoosesBetweenCandidates) {
  if (!std::filesystem::exists("/usr/share/wordnet/index.verb")) GTEST_SKIP() << "WordNet (wordnet-base) not installed";
  auto lem = testing_text::SharedLemmatizer();
  ASSERT_TRUE(lem);
  ASSERT_TRUE(lem->UsesWordNet());
  for (const LemmaCase& c : kWordNet) EXPECT_EQ(lem->Lemma(c.form), c.lemma) << c.form;
}

TEST(Lemmatizer, MissingDataDirectoryIsAnError) {
  auto r = Lemmatizer::LoadWith("/nonexistent/parley-data", "");
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.error().find("irregular.txt"), std::string::npos);
}

TEST(Lemmatizer, MalformedLineNamesFileAndLine) {
  auto dir = std::filesystem::temp_directory_path() / "parley_text_lemma_test";
  std::filesystem::create_directories(dir / "lexicon");
  {
    std::ofstream out(dir / "lexicon" / "irregular.txt");
    out << "# comment\nmet meet\nbroken line here\n";
  }
  auto r = Lemmatizer::LoadWith(dir.string(), "");
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.error().find("irregular.txt:3"), std::string::npos) << r.error();
  std::filesystem::remove_all(dir);
}

TEST(Lemmatizer, AnalyzerLemmatisesWordsOnly) {
  Article a = testing_text::AnalyzeText("Lavrov met Blinken; talks held 2 times.");
  std::vector<std::string> lemmas;
  for (const Token& t : a.tokens) lemmas.push_back(t.lemma);
  EXPECT_EQ(lemmas, (std::vector<std::string>{"lavrov", "meet", "blinken", ";", "talk", "hold", "2", "time", "."}));
  EXPECT_EQ(a.tokens[1].lower, "met");
}

}  // namespace
}  // namespace parley
