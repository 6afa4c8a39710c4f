#include <gtest/gtest.h>

#include <filesystem>

#include "ingest_test_util.h"

namespace parley {
namespace {

using testing_util::IngestString;

const char* kTwo = R"(<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TEXT>&#2;
<TITLE>BAHIA COCOA REVIEW</TITLE>
<DATELINE>    BAHIA BLANCA, Argentina, Feb 26 - </DATELINE><BODY>Showers continued &lt;in&gt; the zone &amp; more.
    The dry period means the temporao will be late.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="2">
<DATE>26-FEB-1987 15:02:20.00</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>STANDARD OIL &lt;SRD> TO FORM FINANCIAL UNIT
</TITLE>
&#3;
</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="3">
<DATE>26-FEB-1987 15:03:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;
&#3;
</TEXT>
</REUTERS>
)";

TEST(Sgml, RecordsBecomeArticles) {
  auto got = IngestString(kTwo, "reut2-x.sgm");
  ASSERT_EQ(got.articles.size(), 2u);
  ASSERT_EQ(got.rejections.size(), 1u);
  const Article& a = got.articles[0];
  EXPECT_EQ(a.id, "1");
  EXPECT_EQ(a.origin, "reut2-x.sgm#NEWID=1");
  EXPECT_EQ(a.format, "sgml");
  EXPECT_EQ(a.title, "BAHIA COCOA REVIEW");
  EXPECT_EQ(a.report_date, (Date{1987, 2, 26}));
  EXPECT_EQ(a.report_date_source, "metadata");
  ASSERT_TRUE(a.dateline.found);
  EXPECT_EQ(a.dateline.place, "BAHIA BLANCA");
  EXPECT_EQ(a.dateline.date.month, 2);
  EXPECT_EQ(a.dateline.date.day, 26);
  EXPECT_EQ(a.slice(a.dateline.span), "BAHIA BLANCA, Argentina, Feb 26 -");
  EXPECT_NE(a.text.find("Showers continued <in> the zone & more."), std::string::npos);
  EXPECT_NE(a.text.find("more.\n\nThe dry period"), std::string::npos);
  EXPECT_EQ(a.text.find("Reuter"), std::string::npos);
  EXPECT_EQ(a.text.find('\x03'), std::string::npos);
  EXPECT_TRUE(a.text.size() > 5 && a.text.substr(a.text.size() - 5) == "late.");
  // TITLE-only brief: the title is the text, with a warning.
  EXPECT_EQ(got.articles[1].id, "2");
  EXPECT_EQ(got.articles[1].text, "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT");
  EXPECT_FALSE(got.articles[1].warnings.empty());
  EXPECT_EQ(got.rejections[0].origin, "reut2-x.sgm#NEWID=3");
  EXPECT_EQ(got.rejections[0].reason, "empty text");
}

TEST(Sgml, UnterminatedRecordIsRejected) {
  std::string s = kTwo;
  s = s.substr(0, s.find("</REUTERS>"));
  auto got = IngestString(s, "cut.sgm");
  EXPECT_TRUE(got.articles.empty());
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].reason, "truncated record");
}

std::string ReutersDir() { return std::string(PARLEY_SHARED_DIR) + "/corpora/reuters21578"; }

TEST(Sgml, Reut2000AllRecordsAccountedFor) {
  std::string path = ReutersDir() + "/reut2-000.sgm";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "Reuters-21578 not found at " << path;
  auto got = IngestString(testing_util::ReadAll(path), path);
  EXPECT_EQ(got.articles.size() + got.rejections.size(), 1000u);
  EXPECT_GT(got.articles.size(), 950u);
  size_t with_dateline = 0;
  for (const auto& a : got.articles) {
    EXPECT_EQ(a.report_date.year, 1987);
    with_dateline += a.dateline.found;
    ASSERT_LE(a.dateline.span.end, a.text.size());
  }
  EXPECT_GT(with_dateline, 850u);
  ASSERT_FALSE(got.articles.empty());
  EXPECT_EQ(got.articles[0].id, "1");
  // Hard-wrapped lines are joined inside a paragraph.
  EXPECT_NE(got.articles[0].text.find("throughout the week in the Bahia cocoa zone"), std::string::npos);
}

TEST(Sgml, WholeCorpus21578Records) {
  if (!std::filesystem::exists(ReutersDir() + "/reut2-021.sgm")) GTEST_SKIP() << "Reuters-21578 not found in " << ReutersDir();
  size_t ingested = 0, rejected = 0;
  IngestSink sink;
  sink.on_article = [&](Article&& a) { ++ingested; };
  sink.on_rejection = [&](Rejection&& r) { ++rejected; };
  for (int i = 0; i < 22; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "/reut2-%03d.sgm", i);
    ASSERT_TRUE(IngestFile(ReutersDir() + name, IngestOptions{}, sink).ok());
  }
  EXPECT_EQ(ingested + rejected, 21578u);
  EXPECT_GT(ingested, 21000u);
}

}  // namespace
}  // namespace parley
