#include "ingest/dateline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "ingest_test_util.h"

namespace parley {
namespace {

struct Case {
  const char* text;
  const char* place;
  const char* agency;
  int year, month, day;
  const char* body_start;  // the first body bytes after the dateline
};

const Case kCases[] = {
    {"WASHINGTON, November 2. /TASS/. Russia and the US", "WASHINGTON", "TASS", 0, 11, 2, "Russia and"},
    {"IGORA /Leningrad Region/, December 26. /TASS/. Russia could", "IGORA", "TASS", 0, 12, 26, "Russia could"},
    {"MOSCOW, May 16. /TASS/. Russia and the US", "MOSCOW", "TASS", 0, 5, 16, "Russia and"},
    {"MOSCOW, May 16 (Reuters) - Russia said", "MOSCOW", "Reuters", 0, 5, 16, "Russia said"},
    {"BRUSSELS, March 25 - The European Community", "BRUSSELS", "", 0, 3, 25, "The European"},
    {"BAHIA BLANCA, Argentina, Feb 26 - Argentine grain", "BAHIA BLANCA", "", 0, 2, 26, "Argentine grain"},
    {"BERLIN (AP) \xE2\x80\x94 Germany's chancellor", "BERLIN", "AP", 0, 0, 0, "Germany's"},
    {"PARIS, Jan 5, 2020 (AFP) - France on Sunday", "PARIS", "AFP", 2020, 1, 5, "France on"},
    {"BAGHDAD, April 9 (Xinhua) -- Iraqi forces", "BAGHDAD", "Xinhua", 0, 4, 9, "Iraqi forces"},
    {"WASHINGTON, Jan. 5 (UPI) -- The Senate voted", "WASHINGTON", "UPI", 0, 1, 5, "The Senate"},
    {"WASHINGTON (UPI) -- The Senate voted", "WASHINGTON", "UPI", 0, 0, 0, "The Senate"},
    {"KABUL: Taliban officials said", "KABUL", "", 0, 0, 0, "Taliban officials"},
    {"NEW DELHI -- India and Pakistan", "NEW DELHI", "", 0, 0, 0, "India and"},
    {"  TOKYO, Sept. 30 (Reuters) - Japan's", "TOKYO", "Reuters", 0, 9, 30, "Japan's"},
    {"BEIJING, Oct 1, 2019 (Xinhua) -- China", "BEIJING", "Xinhua", 2019, 10, 1, "China"},
    {"Toronto, Feb 26 - Canadian banks", "Toronto", "", 0, 2, 26, "Canadian banks"},
    {"RICHMOND, Va. Feb 26 - A utility", "RICHMOND", "", 0, 2, 26, "A utility"},
    {"AMSTERDAM, 2 March - Dutch", "AMSTERDAM", "", 0, 3, 2, "Dutch"},
    {"ATLANTA , March 3 - Delta", "ATLANTA", "", 0, 3, 3, "Delta"},
    {"DALLAS/FORT WORTH, Texas, March 3 - An airline", "DALLAS/FORT WORTH", "", 0, 3, 3, "An airline"},
};

TEST(Dateline, ParsesEveryWireStyle) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    Dateline d;
    size_t consumed = 0;
    ASSERT_TRUE(ParseDateline(c.text, &d, &consumed));
    EXPECT_TRUE(d.found);
    EXPECT_EQ(d.place, c.place);
    EXPECT_EQ(d.agency, c.agency);
    EXPECT_EQ(d.date.year, c.year);
    EXPECT_EQ(d.date.month, c.month);
    EXPECT_EQ(d.date.day, c.day);
    std::string_view text(c.text);
    EXPECT_EQ(text.substr(consumed, std::string_view(c.body_start).size()), c.body_start);
    EXPECT_LE(d.span.end, consumed);
    EXPECT_EQ(text.substr(d.span.begin, d.place.size()), d.place);
  }
}

TEST(Dateline, RejectsOrdinaryProse) {
  const char* kNot[] = {"Russia and the US have managed to establish a dialogue.",
                        "The US said on Tuesday (local time) - nothing.",
                        "US officials said the talks would resume.",
                        "A", "", "WASHINGTON", "NATO, the alliance, said",
                        "\"We have resumed professional dialogue,\" the envoy added.",
                        "MOSCOW, Foo 45 - x", "Tuesday, May 16. Nothing", "Moscow said on May 16 - x"};
  for (const char* t : kNot) {
    SCOPED_TRACE(t);
    Dateline d;
    size_t consumed = 0;
    EXPECT_FALSE(ParseDateline(t, &d, &consumed));
    EXPECT_FALSE(d.found);
  }
}

TEST(Dateline, RejectsImpossibleDays) {
  Dateline d;
  size_t consumed = 0;
  EXPECT_FALSE(ParseDateline("MOSCOW, February 31. /TASS/. Text", &d, &consumed));
  EXPECT_FALSE(ParseDateline("PARIS, Feb 29, 2021 (AFP) - Text", &d, &consumed));
  EXPECT_TRUE(ParseDateline("PARIS, Feb 29, 2020 (AFP) - Text", &d, &consumed));
}

// The 20 TASS articles: rebuilt as wire text (title, lead, paragraphs), each must yield the right dateline.
TEST(Dateline, TassCorpusArticles) {
  std::string path = std::string(PARLEY_SHARED_DIR) + "/corpora/tass/politics_20.json";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "TASS corpus not found at " << path;
  auto json = nlohmann::json::parse(testing_util::ReadAll(path));
  ASSERT_EQ(json.size(), 20u);
  int n = 0;
  for (const auto& item : json) {
    std::string title = item["title"], date = item["date"];
    const auto& content = item["content"];
    std::string text = "All news\n\n" + title + "\n\n";
    std::string dateline_para;
    for (const auto& p : content) {
      text += p.get<std::string>() + "\n\n";
      if (dateline_para.empty() && p.get<std::string>().find("/TASS/") != std::string::npos) dateline_para = p;
    }
    ASSERT_FALSE(dateline_para.empty());
    std::string expected_place = dateline_para.substr(0, dateline_para.find_first_of(",/"));
    while (!expected_place.empty() && expected_place.back() == ' ') expected_place.pop_back();
    Date published = Date::ParseIso(date);
    IngestOptions options;
    options.default_year = published.year;
    auto got = testing_util::IngestString(text, "tass_" + std::to_string(n++) + ".txt", options);
    ASSERT_EQ(got.articles.size(), 1u);
    const Article& a = got.articles[0];
    SCOPED_TRACE(title);
    EXPECT_EQ(a.title, title);
    EXPECT_EQ(a.subtitle, item["description"].get<std::string>());
    ASSERT_TRUE(a.dateline.found);
    EXPECT_EQ(a.dateline.place, expected_place);
    EXPECT_EQ(a.dateline.agency, "TASS");
    EXPECT_EQ(a.dateline.date.month, published.month);
    EXPECT_EQ(a.dateline.date.day, published.day);
    EXPECT_EQ(a.report_date, published);
    EXPECT_EQ(a.report_date_source, "dateline+--year");
    EXPECT_EQ(a.text.rfind(dateline_para.substr(0, 20), 0), 0u);
  }
}

}  // namespace
}  // namespace parley
