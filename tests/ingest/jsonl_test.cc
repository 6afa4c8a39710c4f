#include <gtest/gtest.h>

#include "ingest_test_util.h"

namespace parley {
namespace {

using testing_util::IngestString;

TEST(Jsonl, BrokenLineIsRejectedOthersIngest) {
  std::string input =
      "{\"id\": \"a1\", \"text\": \"MOSCOW, May 16 (Reuters) - Russia said it would talk.\", \"title\": \"T1\", "
      "\"url\": \"http://x/1\", \"source\": \"Reuters\", \"published\": \"2019-05-16T10:00:00Z\"}\n"
      "{\"id\": \"a2\", \"text\": \"broken\n"
      "\n"
      "{\"id\": 3, \"text\": \"One sentence only.\"}\n"
      "{\"id\": \"a4\"}\n"
      "[1,2]\n"
      "{\"id\": \"a6\", \"text\": \"   \"}\n";
  auto got = IngestString(input, "news.jsonl");
  ASSERT_EQ(got.articles.size(), 2u);
  ASSERT_EQ(got.rejections.size(), 4u);
  const Article& a = got.articles[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.origin, "news.jsonl:1");
  EXPECT_EQ(a.format, "jsonl");
  EXPECT_EQ(a.title, "T1");
  EXPECT_EQ(a.url, "http://x/1");
  EXPECT_EQ(a.source, "Reuters");
  EXPECT_EQ(a.report_date, (Date{2019, 5, 16}));
  EXPECT_EQ(a.report_date_source, "metadata");
  ASSERT_TRUE(a.dateline.found);
  EXPECT_EQ(a.dateline.place, "MOSCOW");
  EXPECT_EQ(a.dateline.agency, "Reuters");
  EXPECT_EQ(got.articles[1].id, "3");
  EXPECT_EQ(got.articles[1].text, "One sentence only.");
  EXPECT_EQ(got.rejections[0].origin, "news.jsonl:2");
  EXPECT_EQ(got.rejections[0].reason, "invalid JSON");
  EXPECT_EQ(got.rejections[1].origin, "news.jsonl:5");
  EXPECT_EQ(got.rejections[1].reason, "missing text");
  EXPECT_EQ(got.rejections[2].origin, "news.jsonl:6");
  EXPECT_EQ(got.rejections[3].reason, "empty text");
}

TEST(Jsonl, InvalidUtf8IsRepairedAndOversizeRejected) {
  IngestOptions options;
  options.max_record_bytes = 60;
  std::string input = "{\"id\":\"u\",\"text\":\"Caf\xE9 talks.\"}\n{\"id\":\"big\",\"text\":\"" + std::string(100, 'x') + "\"}\n";
  auto got = IngestString(input, "u.jsonl", options);
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_NE(got.articles[0].text.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_FALSE(got.articles[0].warnings.empty());
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].reason, "record too large");
  EXPECT_EQ(got.rejections[0].origin, "u.jsonl:2");
}

TEST(Jsonl, YearFromOptionWhenNoMetadata) {
  IngestOptions options;
  options.default_year = 1987;
  auto got = IngestString("{\"id\":\"r\",\"text\":\"BRUSSELS, March 25 - The Community said.\"}\n", "r.jsonl", options);
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].report_date, (Date{1987, 3, 25}));
  EXPECT_EQ(got.articles[0].report_date_source, "dateline+--year");
}

}  // namespace
}  // namespace parley
