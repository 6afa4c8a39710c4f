#include <gtest/gtest.h>

#include "ingest_test_util.h"

namespace parley {
namespace {

using testing_util::IngestString;
using testing_util::ReadAll;

std::string Fixture(const char* name) { return ReadAll(std::string(PARLEY_FIXTURES_DIR) + "/" + name); }

TEST(WireText, Seed000TitleSubtitleDatelineAndYear) {
  std::string bytes = Fixture("000_ca70b0bd16d5c51c.txt");
  ASSERT_FALSE(bytes.empty());
  IngestOptions options;
  options.default_year = 2021;
  auto got = IngestString(bytes, "fixtures/000_ca70b0bd16d5c51c.txt", options);
  ASSERT_EQ(got.articles.size(), 1u);
  const Article& a = got.articles[0];
  EXPECT_EQ(a.id, "000_ca70b0bd16d5c51c");
  EXPECT_EQ(a.format, "text");
  EXPECT_EQ(a.title, "Russia, US establish steady dialogue through Security Councils, ministries, envoy says");
  EXPECT_EQ(a.subtitle, "Anatoly Antonov added that much work lies ahead in establishing the foundation for further progress");
  ASSERT_TRUE(a.dateline.found);
  EXPECT_EQ(a.dateline.place, "WASHINGTON");
  EXPECT_EQ(a.dateline.agency, "TASS");
  EXPECT_EQ(a.dateline.date.month, 11);
  EXPECT_EQ(a.dateline.date.day, 2);
  EXPECT_EQ(a.dateline.date.year, 0);
  EXPECT_EQ(a.slice(a.dateline.span), "WASHINGTON, November 2. /TASS/.");
  EXPECT_EQ(a.text.rfind("WASHINGTON, November 2. /TASS/. Russia and the US", 0), 0u);
  EXPECT_EQ(a.report_date, (Date{2021, 11, 2}));
  EXPECT_EQ(a.report_date_source, "dateline+--year");
  // Residue gone: no "All news" / "Updated at:" anywhere, text ends with the last sentence.
  EXPECT_EQ(a.text.find("All news"), std::string::npos);
  EXPECT_EQ(a.text.find("Updated at"), std::string::npos);
  EXPECT_TRUE(a.text.size() > 10 && a.text.substr(a.text.size() - 14) == "William Burns.");
}

TEST(WireText, Seed000WithoutYearIsUnresolved) {
  auto got = IngestString(Fixture("000_ca70b0bd16d5c51c.txt"), "000.txt");
  ASSERT_EQ(got.articles.size(), 1u);
  const Article& a = got.articles[0];
  EXPECT_EQ(a.report_date.year, 0);
  EXPECT_EQ(a.report_date.month, 11);
  EXPECT_EQ(a.report_date.day, 2);
  EXPECT_EQ(a.report_date_source, "unresolved");
  EXPECT_FALSE(a.warnings.empty());
}

TEST(WireText, Seed004) {
  auto got = IngestString(Fixture("004_e765ae524eefaa29.txt"), "004_e765ae524eefaa29.txt");
  ASSERT_EQ(got.articles.size(), 1u);
  const Article& a = got.articles[0];
  EXPECT_EQ(a.title, "Russian diplomat notes progress in Russia-US arms control dialogue");
  EXPECT_EQ(a.subtitle, "There has been some progress, the diplomat notes");
  EXPECT_EQ(a.dateline.place, "MOSCOW");
  EXPECT_EQ(a.dateline.agency, "TASS");
  EXPECT_EQ(a.dateline.date.month, 5);
  EXPECT_EQ(a.dateline.date.day, 16);
  EXPECT_EQ(a.text.rfind("MOSCOW, May 16. /TASS/.", 0), 0u);
  EXPECT_NE(a.text.find("Ryabkov opted for \"returning to normal\"."), std::string::npos);
}

TEST(WireText, GluedAllNewsAndCrLf) {
  std::string text = "All news\r\nUpdated at: \r\n\r\nTitle here\r\n\r\nMOSCOW, May 1. /TASS/. Body one.\r\n\r\nLast line.All news";
  auto got = IngestString(text, "x.txt");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].title, "Title here");
  EXPECT_EQ(got.articles[0].text, "MOSCOW, May 1. /TASS/. Body one.\n\nLast line.");
}

TEST(WireText, NoDatelineKeepsTitleAndBody) {
  auto got = IngestString("A headline\n\nThe body of the story. Another sentence.\n", "plain.txt");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].title, "A headline");
  EXPECT_FALSE(got.articles[0].dateline.found);
  EXPECT_EQ(got.articles[0].text, "The body of the story. Another sentence.");
  EXPECT_EQ(got.articles[0].report_date_source, "unresolved");
}

TEST(WireText, BadInputIsRejectedOrRepaired) {
  auto empty = IngestString("All news\n\nUpdated at:\n   \n", "e.txt");
  EXPECT_TRUE(empty.articles.empty());
  ASSERT_EQ(empty.rejections.size(), 1u);
  EXPECT_EQ(empty.rejections[0].reason, "empty text");

  auto binary = IngestString(std::string("abc\0def\x01\x02", 9), "b.txt");
  ASSERT_EQ(binary.rejections.size(), 1u);
  EXPECT_EQ(binary.rejections[0].reason, "binary data");

  auto repaired = IngestString("Title\n\nMOSCOW, May 1. /TASS/. Caf\xE9 talks.", "u.txt");
  ASSERT_EQ(repaired.articles.size(), 1u);
  EXPECT_NE(repaired.articles[0].text.find("Caf\xEF\xBF\xBD"), std::string::npos);
  EXPECT_FALSE(repaired.articles[0].warnings.empty());

  auto garbage = IngestString(std::string(200, '\xFF'), "g.txt");
  ASSERT_EQ(garbage.rejections.size(), 1u);
  EXPECT_EQ(garbage.rejections[0].reason, "invalid UTF-8");

  IngestOptions small;
  small.max_record_bytes = 10;
  auto big = IngestString("Title\n\nThis text is longer than ten bytes.", "big.txt", small);
  ASSERT_EQ(big.rejections.size(), 1u);
  EXPECT_EQ(big.rejections[0].reason, "record too large");
}

TEST(Detect, FormatsFromContentAndName) {
  EXPECT_EQ(DetectFormat("a.txt", "WASHINGTON, November 2. /TASS/."), "text");
  EXPECT_EQ(DetectFormat("a.jsonl", "{\"id\":1}"), "jsonl");
  EXPECT_EQ(DetectFormat("stdin", "{\"id\":1}"), "jsonl");
  EXPECT_EQ(DetectFormat("page", "<!DOCTYPE html><html>"), "html");
  EXPECT_EQ(DetectFormat("x.bin", "WARC/1.0\r\n"), "warc");
  EXPECT_EQ(DetectFormat("x.warc.gz", "\x1f\x8b\x08"), "warc");
  EXPECT_EQ(DetectFormat("reut2-000.sgm", "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">"), "sgml");
  EXPECT_EQ(DetectFormat("x.htm", "hello"), "html");
}

TEST(IngestFileApi, UnreadableFileIsAnError) {
  IngestSink sink;
  EXPECT_FALSE(IngestFile("/nonexistent/dir/file.txt", IngestOptions{}, sink).ok());
}

}  // namespace
}  // namespace parley
