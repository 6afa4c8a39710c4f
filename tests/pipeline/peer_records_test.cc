// PETRARCH validation XML as gold: parsing rules on small inline files, and the shared peer files end to end.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "pipeline/output.h"
#include "pipeline/peer_records.h"
#include "test_util.h"

namespace parley::testing {
namespace {

PetrarchFile MustParse(const std::string& xml) {
  auto r = ParsePetrarchXml(xml, "inline.xml");
  EXPECT_TRUE(r.ok()) << r.error();
  return r.ok() ? r.value() : PetrarchFile{};
}

TEST(PeerRecords, ReadsRecordWithSeveralCodingsDateAndCategory) {
  PetrarchFile f = MustParse(
      "<Validation><Sentences>\n"
      "<Sentence date=\"19950101\" id=\"DEMO-01\" category=\"DEMO\" sentence=\"true\">\n"
      "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
      "<EventCoding sourcecode='GON' targetcode = 'ARN' eventcode='042'/>\n"
      "<Text>\n  Arnor is about to restore\n\tfull ties   with Gondor.\n</Text>\n"
      "<Parse>( (S (NP (NNP Arnor)) <odd> ) )</Parse>\n"
      "</Sentence>\n</Sentences></Validation>\n");
  ASSERT_EQ(f.records.size(), 1u);
  const GoldRecord& r = f.records[0];
  EXPECT_EQ(r.id, "DEMO-01");
  EXPECT_EQ(r.date, "1995-01-01");
  EXPECT_EQ(r.line, 2);
  EXPECT_EQ(r.text, "Arnor is about to restore full ties with Gondor.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].source, "ARN");
  EXPECT_EQ(r.events[0].target, "GON");
  EXPECT_EQ(r.events[0].code, "064");
  EXPECT_EQ(r.events[1].source, "GON");
  EXPECT_EQ(r.events[1].target, "ARN");
  EXPECT_EQ(r.events[1].code, "042");
  ASSERT_EQ(f.categories.size(), 1u);
  EXPECT_EQ(f.categories[0], "DEMO");
}

TEST(PeerRecords, SkipsCommentsEvenWhenTheyHoldTags) {
  PetrarchFile f = MustParse(
      "<!-- header <Sentence id=\"fake\"> -->\n"
      "<Sentence date=\"20080806\" id=\"A\" sentence=\"True\">\n"
      "<!-- <EventCoding sourcecode=\"X\" targetcode=\"Y\" eventcode=\"010\"/> -->\n"
      "<Text>Brazil <!-- not text --> met Guyana.</Text>\n"
      "</Sentence>\n"
      "<!--Stop></Stop-->\n");
  ASSERT_EQ(f.records.size(), 1u);
  EXPECT_EQ(f.sentences, 1);
  EXPECT_EQ(f.records[0].text, "Brazil met Guyana.");
  EXPECT_TRUE(f.records[0].events.empty());
}

TEST(PeerRecords, DecodesEntitiesInTextAndAttributes) {
  PetrarchFile f = MustParse(
      "<Sentence date=\"20150609\" id=\"Q&amp;A\" sentence=\"true\">"
      "<EventCoding sourcecode='&quot;INJURY TOLL&quot;' targetcode=\"OSG\" eventcode=\"223\"/>"
      "<Text>Tom &amp; Jerry said &lt;no&gt; to &quot;it&quot; &apos;twice&apos; &#233;&#xE9; &bogus;</Text>"
      "</Sentence>");
  ASSERT_EQ(f.records.size(), 1u);
  EXPECT_EQ(f.records[0].id, "Q&A");
  EXPECT_EQ(f.records[0].text, "Tom & Jerry said <no> to \"it\" 'twice' \xC3\xA9\xC3\xA9 &bogus;");
  ASSERT_EQ(f.records[0].events.size(), 1u);
  EXPECT_EQ(f.records[0].events[0].source, "\"INJURY TOLL\"");
}

TEST(PeerRecords, SetsAsideUncodedRecordsAndCountsNoEventAndErrorCodings) {
  PetrarchFile f = MustParse(
      "<Sentence date=\"19950101\" id=\"S1\" category=\"DEMO\" sentence=\"false\">"
      "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"/><Text>Skipped.</Text></Sentence>\n"
      "<Sentence date=\"19950101\" id=\"S2\" category=\"VERB\" sentence=\"TRUE\">"
      "<EventCoding noevents = \"True\"></EventCoding><Text>Nothing happens.</Text></Sentence>\n"
      "<Sentence date=\"19950101\" id=\"S3\" category=\"ERROR\" sentence=\"true\">"
      "<EventCoding error=\"Missing date\"></EventCoding><Text>Broken.</Text></Sentence>\n");
  EXPECT_EQ(f.sentences, 3);
  EXPECT_EQ(f.skipped, 1);
  EXPECT_EQ(f.noevent_codings, 1);
  EXPECT_EQ(f.error_codings, 1);
  ASSERT_EQ(f.records.size(), 2u);
  EXPECT_EQ(f.records[0].id, "S2");
  EXPECT_EQ(f.records[1].id, "S3");
  EXPECT_TRUE(f.records[0].events.empty());
  EXPECT_TRUE(f.records[1].events.empty());
  EXPECT_EQ(f.categories, (std::vector<std::string>{"VERB", "ERROR"}));
}

TEST(PeerRecords, ErrorsNameFileAndLine) {
  struct Case { const char* xml; const char* where; const char* what; };
  const Case cases[] = {
      {"<Sentence id=\"a\" date=\"1995-01-01\">\n<Text>x</Text></Sentence>", "inline.xml:1:", "not YYYYMMDD"},
      {"\n\n<Sentence id=\"a\" date=\"19950101\">\n<EventCoding sourcecode=\"A\" eventcode=\"01\"/>"
       "<Text>x</Text></Sentence>", "inline.xml:4:", "lacks targetcode"},
      {"<Sentence id=\"a\">\n<Text>x</Text>\n", "inline.xml:1:", "never closed"},
      {"\n<!-- open comment", "inline.xml:2:", "unterminated comment"},
      {"<Sentence id=\"a\" sentence=\"maybe\"><Text>x</Text></Sentence>", "inline.xml:1:", "neither true nor false"},
      {"<Sentence id=\"a\">\n\n</Sentence>", "inline.xml:3:", "has no <Text>"},
      {"<Sentence id=a><Text>x</Text></Sentence>", "inline.xml:1:", "quoted value"},
  };
  for (const Case& c : cases) {
    auto r = ParsePetrarchXml(c.xml, "inline.xml");
    ASSERT_FALSE(r.ok()) << c.xml;
    EXPECT_NE(r.error().find(c.where), std::string::npos) << r.error();
    EXPECT_NE(r.error().find(c.what), std::string::npos) << r.error();
  }
  auto missing = ReadPetrarchXml("/nonexistent/petrarch.xml");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().find("/nonexistent/petrarch.xml"), std::string::npos);
}

TEST(PeerRecords, CategoryReportsSplitTheRecords) {
  const Pipeline* p = SharedPipelineOrNull();
  ASSERT_NE(p, nullptr);
  PetrarchFile f = MustParse(
      "<Sentence date=\"20150609\" id=\"1\" category=\"A\"><EventCoding sourcecode=\"USA\" targetcode=\"IRQ\" eventcode=\"190\"/>"
      "<Text>The United States launched an air strike against Iraq on Monday.</Text></Sentence>"
      "<Sentence date=\"20150609\" id=\"2\" category=\"B\"><EventCoding noevents=\"True\"/><Text>It rained.</Text></Sentence>"
      "<Sentence date=\"20150609\" id=\"3\" category=\"B\"><EventCoding noevents=\"True\"/><Text>It snowed.</Text></Sentence>");
  auto by = EvaluateByCategory(f, *p);
  ASSERT_EQ(by.size(), 2u);
  EXPECT_EQ(by["A"].records, 1);
  EXPECT_EQ(by["B"].records, 2);
  EXPECT_EQ(by["A"].full.tp + by["A"].full.fn, 1);
  EXPECT_EQ(by["B"].full.tp + by["B"].full.fn, 0);
  std::string table = FormatByCategory(by);
  EXPECT_NE(table.find("\nA "), std::string::npos) << table;
  EXPECT_NE(table.find("\nB "), std::string::npos) << table;
}

std::string PeerText(const std::string& file) { return std::string(PARLEY_SHARED_DIR) + "/peers/petrarch2/text/" + file; }

TEST(PeerRecords, SharedPetrarchFilesParseAndEvaluate) {
  if (!std::filesystem::exists(PeerText("GigaWord.sample.PETR.xml")) || !std::filesystem::exists(PeerText("PETR.UnitTest.records.xml")))
    GTEST_SKIP() << "PETRARCH2 validation files not found under " << PARLEY_SHARED_DIR << "/peers/petrarch2/text";
  auto unit = ReadPetrarchFile(PeerText("PETR.UnitTest.records.xml"));
  ASSERT_TRUE(unit.ok()) << unit.error();
  EXPECT_EQ(unit.value().sentences, 284);
  EXPECT_EQ(unit.value().skipped, 5);
  EXPECT_EQ(unit.value().records.size() + unit.value().skipped, 284u);
  EXPECT_EQ(unit.value().categories.size(), unit.value().records.size());
  for (const GoldRecord& r : unit.value().records) {
    EXPECT_FALSE(r.text.empty()) << r.id;
    EXPECT_EQ(r.date.size(), 10u) << r.id;
  }

  auto giga = ReadPetrarchFile(PeerText("GigaWord.sample.PETR.xml"));
  ASSERT_TRUE(giga.ok()) << giga.error();
  const PetrarchFile& g = giga.value();
  ASSERT_EQ(g.sentences, 76);
  ASSERT_EQ(g.records.size(), 76u);
  const Pipeline* p = SharedPipelineOrNull();
  ASSERT_NE(p, nullptr);
  EvalReport r = Evaluate(g.records, *p);
  std::printf("GigaWord.sample.PETR.xml:\n%s", FormatReport(r, 0).c_str());
  // The counts add up: gold events on one side, Parley's visible events on the other.
  int gold_events = 0, system_events = 0;
  for (const GoldRecord& rec : g.records) {
    gold_events += static_cast<int>(rec.events.size());
    Article a;
    a.id = rec.id;
    a.text = rec.text;
    a.report_date = Date::ParseIso(rec.date);
    p->Process(a);
    for (const Event& e : a.events) system_events += DefaultVisible(e) ? 1 : 0;
  }
  EXPECT_EQ(r.records, 76);
  EXPECT_EQ(r.country_root.tp + r.country_root.fn, gold_events);
  EXPECT_EQ(r.full.tp + r.full.fn, gold_events);
  EXPECT_EQ(r.country_root.tp + r.country_root.fp, system_events);
  EXPECT_EQ(r.full.tp + r.full.fp, system_events);
}

}  // namespace
}  // namespace parley::testing
