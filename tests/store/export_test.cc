// Export and serialisation: GDELT columns, PLOVER fields, CSV quoting, event JSON, FTS search, quotes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "store/export_formats.h"
#include "store/fips.h"
#include "store/serialize.h"
#include "store_test_util.h"

namespace parley::store {
namespace {

using testing::MakeArticle;
using testing::OpenOrDie;
using testing::TempDir;

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') out.emplace_back();
    else if (c != '\n') out.back() += c;
  }
  return out;
}

std::unique_ptr<SqliteStore> Filled(const TempDir& dir) {
  auto s = OpenOrDie(dir.file("p.db"));
  Article a = MakeArticle("a1", {{"RUSGOV", "USAGOV", "042", "2021-11-01", 1, 1.9, "Moscow", "arms_control"},
                                 {"IGOUNO", "SYRREB", "012", "", 3, -0.4}});
  a.title = "Lavrov\tmeets\nBurns";
  Quote q;
  q.sentence = 0;
  q.text = "We are ready for strategic stability talks, \"without preconditions\"";
  q.speaker_name = "Sergei Lavrov";
  q.speaker_code = "RUSGOV";
  q.issues = {"arms_control"};
  a.quotes.push_back(q);
  EXPECT_TRUE(s->WriteArticle(a, "v1").ok());
  EXPECT_TRUE(s->WriteArticle(MakeArticle("a2", {{"USAGOV", "RUSGOV", "0874", "2021-11-05"}}), "v1").ok());
  EXPECT_TRUE(s->Cluster({}).ok());
  return s;
}

TEST(Gdelt, SixtyOneColumnsWithLeadingZeros) {
  TempDir dir;
  auto s = Filled(dir);
  ASSERT_EQ(GdeltEventHeader().size(), 61u);
  EXPECT_EQ(GdeltEventHeader()[0], "GlobalEventID");
  EXPECT_EQ(GdeltEventHeader()[26], "EventCode");
  EXPECT_EQ(GdeltEventHeader()[59], "DATEADDED");
  EXPECT_EQ(GdeltEventHeader()[60], "SOURCEURL");
  EXPECT_EQ(GdeltMentionHeader().size(), 16u);
  auto events = s->Events(EventFilter{});
  ASSERT_EQ(events.value().size(), 3u);
  for (const auto& e : events.value()) {
    std::string line = TabLine(GdeltEventFields(e));
    auto cols = SplitTabs(line);
    ASSERT_EQ(cols.size(), 61u) << line;
    EXPECT_EQ(cols[26], e.code);
    EXPECT_EQ(cols[26][0], '0');   // codes stay strings with their leading zero
    EXPECT_EQ(cols[28].size(), 2u);
    EXPECT_EQ(cols[28][0], '0');
  }
  const EventRecord& first = events.value()[0];
  auto cols = SplitTabs(TabLine(GdeltEventFields(first)));
  EXPECT_EQ(cols[1], "20211101");
  EXPECT_EQ(cols[2], "202111");
  EXPECT_EQ(cols[5], "RUSGOV");
  EXPECT_EQ(cols[7], "RUS");
  EXPECT_EQ(cols[12], "GOV");
  EXPECT_EQ(cols[53], "RS");  // ActionGeo_CountryCode is FIPS
  EXPECT_EQ(cols[60], "https://example.org/a1");
  auto m = s->Events(EventFilter{.mentions = true});
  for (const auto& x : m.value()) EXPECT_EQ(SplitTabs(TabLine(GdeltMentionFields(x, x))).size(), 16u);
  EXPECT_EQ(SplitTabs(TabLine({"a\tb", "c\nd"})).size(), 2u);
}

TEST(Gdelt, ActorBreakdownAndFips) {
  CameoActorParts p = SplitCameoActor("IGOUNO", "");
  EXPECT_EQ(p.country, "");
  EXPECT_EQ(p.type1, "IGO");
  EXPECT_EQ(p.known_group, "UNO");
  p = SplitCameoActor("USAMILGOV", "USA");
  EXPECT_EQ(p.country, "USA");
  EXPECT_EQ(p.type1, "MIL");
  EXPECT_EQ(p.type2, "GOV");
  EXPECT_EQ(IsoToFips("DEU"), "GM");
  EXPECT_EQ(IsoToFips("GBR"), "UK");
  EXPECT_EQ(IsoToFips("ZZZ"), "");
}

TEST(Plover, FieldsPresent) {
  TempDir dir;
  auto s = Filled(dir);
  auto e = s->Events(EventFilter{}).value()[0];
  auto j = nlohmann::json::parse(PloverJson(e));
  for (const char* k : {"id", "date", "event", "mode", "context", "actor", "actor_country", "recipient",
                        "recipient_country", "event_text", "location", "source"})
    EXPECT_TRUE(j.contains(k)) << k;
  EXPECT_EQ(j["event"], "CONSULT");
  EXPECT_EQ(j["actor_country"], "RUS");
  EXPECT_EQ(j["location"]["name"], "Moscow");
  EXPECT_EQ(j["context"][0], "arms_control");
}

TEST(EventJson, CoderFieldNames) {
  TempDir dir;
  auto s = Filled(dir);
  auto e = s->Events(EventFilter{}).value()[0];
  auto j = nlohmann::json::parse(EventJson(e, false));
  for (const char* k : {"article_id", "sentence", "sentence_text", "source", "target", "code", "root", "quad_class",
                        "goldstein", "plover", "modality", "report_date", "date", "date_end", "date_precision", "place",
                        "issues", "evidence"})
    EXPECT_TRUE(j.contains(k)) << k;
  EXPECT_EQ(j["source"]["span"].size(), 2u);
  EXPECT_EQ(j["code"], "042");
  EXPECT_EQ(j["evidence"]["dict_version"], "v1");
  EXPECT_EQ(j["place"]["country"], "RUS");
}

TEST(Csv, QuotesPerRfc4180) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  TextTable t;
  t.header = {"n", "s"};
  t.numeric = {0};
  t.rows = {{"1", "x,y"}};
  EXPECT_EQ(t.Csv(), "n,s\n1,\"x,y\"\n");
  EXPECT_EQ(t.Jsonl(), "{\"n\":1,\"s\":\"x,y\"}\n");
}

TEST(Search, FtsOverSentencesAndQuotes) {
  TempDir dir;
  auto s = Filled(dir);
  auto hits = s->Search("talks", 10);
  ASSERT_TRUE(hits.ok()) << hits.error();
  bool sentence = false, quote = false;
  for (const auto& h : hits.value()) {
    sentence |= h.kind == "sentence";
    quote |= h.kind == "quote";
    EXPECT_NE(h.snippet.find("[talks]"), std::string::npos) << h.snippet;
  }
  EXPECT_TRUE(sentence && quote);
  EXPECT_TRUE(s->Search("nonexistentword", 10).value().empty());
  EXPECT_FALSE(s->Search("\"unbalanced", 10).ok());  // a bad query is an error value, not a crash
  auto q = s->Quotes(QuoteFilter{.speaker = "lavrov", .issue = "arms_control"});
  ASSERT_EQ(q.value().size(), 1u);
  EXPECT_EQ(q.value()[0].speaker_code, "RUSGOV");
  EXPECT_TRUE(s->Quotes(QuoteFilter{.speaker = "%"}).value().empty());  // wildcards are literal
}

}  // namespace
}  // namespace parley::store
