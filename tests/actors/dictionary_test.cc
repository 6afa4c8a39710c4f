// Actor dictionaries: dated roles, name variants, composition of titles, and load-time validation.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../pipeline/test_util.h"

namespace parley::testing {
namespace {

const Mention* Find(const Article& a, const std::string& entity) {
  for (const auto& m : a.mentions)
    if (m.entity == entity || m.name == entity) return &m;
  return nullptr;
}

TEST(Actors, DatedRolesFollowTheReportDate) {
  Article a2017 = CodeSentence("Mike Pompeo met Sergei Lavrov.", "2017-06-01");
  Article a2019 = CodeSentence("Mike Pompeo met Sergei Lavrov.", "2019-05-14");
  ASSERT_TRUE(Find(a2017, "Mike Pompeo"));
  EXPECT_EQ(Find(a2017, "Mike Pompeo")->code, "USASPY");
  EXPECT_EQ(Find(a2019, "Mike Pompeo")->code, "USAGOV");
  Article burns = CodeSentence("William Burns arrived in Moscow.", "2021-11-02");
  ASSERT_TRUE(Find(burns, "William Burns"));
  EXPECT_EQ(Find(burns, "William Burns")->code, "USASPY");
}

TEST(Actors, NameVariantsAndTitles) {
  Article a = CodeSentence("Sergey Lavrov and Vladimir V. Putin spoke with Secretary of Russia's Security Council Nikolai Patrushev.",
                           "2020-01-10");
  ASSERT_TRUE(Find(a, "Sergei Lavrov") || Find(a, "Sergey Lavrov"));
  ASSERT_TRUE(Find(a, "Vladimir Putin"));
  ASSERT_TRUE(Find(a, "Nikolai Patrushev"));
  EXPECT_EQ(Find(a, "Nikolai Patrushev")->code, "RUSGOV");
  Article b = CodeSentence("Russian troops and the French foreign minister arrived.", "2020-01-10");
  bool mil = false, gov = false;
  for (const auto& m : b.mentions) { mil |= m.code == "RUSMIL"; gov |= m.code == "FRAGOV"; }
  EXPECT_TRUE(mil);
  EXPECT_TRUE(gov);
}

TEST(Actors, PlacePrepositionMakesCapitalsPlaces) {
  Article a = CodeSentence("Patrushev met in Moscow with the envoy.", "2021-11-02");
  for (const auto& m : a.mentions)
    if (m.name == "Moscow") EXPECT_EQ(m.kind, "place");
  Article b = CodeSentence("Moscow accused Washington of meddling.", "2021-11-02");
  ASSERT_TRUE(Find(b, "Moscow"));
  EXPECT_EQ(Find(b, "Moscow")->code, "RUSGOV");
}

TEST(Actors, CoreferenceOfDiplomatAndPronouns) {
  Article a;
  a.text = "Russian Ambassador to the US Anatoly Antonov spoke on Tuesday. \"We are ready,\" the diplomat said. "
           "\"Talks matter,\" he added.";
  a.report_date = Date{2021, 11, 2};
  Process(a);
  int resolved = 0;
  for (const auto& m : a.mentions)
    if ((m.kind == "coref" || m.kind == "pronoun") && m.entity == "Anatoly Antonov") ++resolved;
  EXPECT_EQ(resolved, 2);
}

// A data directory with one broken file: loading must fail and name file:line.
std::string BrokenDataDir(const std::string& file, const std::string& content) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("parley_broken_" + std::to_string(::getpid()) + "_" + fs::path(file).stem().string());
  fs::remove_all(dir);
  fs::copy(PARLEY_DATA_DIR, dir, fs::copy_options::recursive);
  std::ofstream(dir / file) << content;
  return dir.string();
}

TEST(Actors, BadDictionariesFailWithFileAndLine) {
  struct Case { std::string file, content, expect; };
  std::vector<Case> cases = {
      {"actors/countries.txt", "[country]\nRUS: Russia\nthis line has no colon\n", "countries.txt:3"},
      {"actors/countries.txt", "[nonsense]\n", "countries.txt:1"},
      {"actors/agents.txt", "GOVERNMENT: president\n", "agents.txt:1"},
      {"actors/people/usa.txt", "+ Jane Doe\n  USAGOV 2020-13-40 -  bad date\n", "usa.txt:2"},
      {"actors/people/usa.txt", "  USAGOV 2020 - role before person\n", "usa.txt:1"},
      {"actors/people/usa.txt", "+ Jane Doe\n  USAGOV 2021 2019  ends before it starts\n", "usa.txt:2"},
      {"events/cameo.txt", "042 | 9 | 1.9 | CONSULT | visit | Make a visit\n", "cameo.txt:1"},
      {"events/verbs.txt", "999 meet +\n", "verbs.txt:1"},
      {"events/verbs.txt", "040 + meet\n", "verbs.txt:1"},
  };
  for (const auto& c : cases) {
    std::string dir = BrokenDataDir(c.file, c.content);
    auto p = Pipeline::Load(dir);
    ASSERT_FALSE(p.ok()) << c.file << " should not load";
    EXPECT_NE(p.error().find(c.expect), std::string::npos) << p.error();
    std::filesystem::remove_all(dir);
  }
}

}  // namespace
}  // namespace parley::testing
