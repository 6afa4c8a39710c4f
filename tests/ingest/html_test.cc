#include "ingest/html.h"

#include <gtest/gtest.h>

#include "ingest_test_util.h"

namespace parley {
namespace {

const char* kPage = R"(<!DOCTYPE html>
<html><head>
<title>Ministers meet in Geneva | Example News</title>
<meta property="og:title" content="Ministers meet in Geneva">
<meta property="article:published_time" content="2021-11-02T09:30:00Z">
<link rel="canonical" href="https://example.com/geneva">
<script>var tracking = "Do not extract this script text";</script>
<style>.x { color: red }</style>
</head><body>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World news and more sections</a></li></ul></nav>
<header><h1>Ministers meet in Geneva</h1></header>
<div class="article-body">
<p>GENEVA (AP) — Foreign ministers of Russia and the United States met in Geneva on Tuesday, officials said, in a meeting that lasted three hours.</p>
<p>The talks focused on arms control, regional conflicts and the return of diplomats, according to a statement released after the meeting.</p>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<p>Both sides agreed to meet again next month, the statement said, and to keep working groups in contact.</p>
</div>
<aside class="sidebar"><p>Most read: a long list of other stories that should not appear in the article text at all.</p></aside>
<div id="comments"><p>Reader comment: I think this is wrong, and here is a long reason why, with many words.</p></div>
<footer><p>Copyright Example News. All rights reserved. Contact us for licensing terms.</p></footer>
</body></html>)";

TEST(Html, ExtractsMainTextAndMetadata) {
  HtmlPage page = ExtractHtml(kPage);
  EXPECT_EQ(page.title, "Ministers meet in Geneva");
  EXPECT_EQ(page.url, "https://example.com/geneva");
  EXPECT_EQ(page.date, (Date{2021, 11, 2}));
  EXPECT_NE(page.text.find("Foreign ministers of Russia"), std::string::npos);
  EXPECT_NE(page.text.find("arms control"), std::string::npos);
  EXPECT_NE(page.text.find("Both sides agreed"), std::string::npos);
  for (const char* junk : {"Home", "Share on", "Most read", "Reader comment", "Copyright", "tracking", "color"}) {
    EXPECT_EQ(page.text.find(junk), std::string::npos) << junk;
  }
  // Paragraphs are separated by blank lines.
  EXPECT_NE(page.text.find(".\n\nThe talks"), std::string::npos);
}

TEST(Html, IngestedAsArticleWithDateline) {
  auto got = testing_util::IngestString(kPage, "pages/geneva.html");
  ASSERT_EQ(got.articles.size(), 1u);
  const Article& a = got.articles[0];
  EXPECT_EQ(a.id, "geneva");
  EXPECT_EQ(a.format, "html");
  EXPECT_EQ(a.report_date_source, "metadata");
  ASSERT_TRUE(a.dateline.found);
  EXPECT_EQ(a.dateline.place, "GENEVA");
  EXPECT_EQ(a.dateline.agency, "AP");
}

TEST(Html, DateFromOtherMetaTags) {
  EXPECT_EQ(ExtractHtml("<html><head><meta name=\"pubdate\" content=\"2020-01-05\"></head><body><p>x</p></body></html>").date,
            (Date{2020, 1, 5}));
  EXPECT_EQ(ExtractHtml("<html><body><time datetime=\"2019-05-14T10:00\">May 14</time><p>x</p></body></html>").date,
            (Date{2019, 5, 14}));
  EXPECT_EQ(ExtractHtml("<html><head><meta itemprop=\"datePublished\" content=\"2018-03-01\"></head></html>").date,
            (Date{2018, 3, 1}));
}

TEST(Html, PageWithoutTextIsRejected) {
  auto got = testing_util::IngestString("<html><body><nav><a href=\"/\">Home</a></nav></body></html>", "empty.html");
  EXPECT_TRUE(got.articles.empty());
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].reason, "empty text");
}

TEST(Html, AbsurdNestingIsRejectedNotCrashed) {
  std::string deep;
  for (int i = 0; i < 30000; ++i) deep += "<div>";
  auto got = testing_util::IngestString(deep + "text", "deep.html");
  EXPECT_TRUE(got.articles.empty());
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].reason, "unparsable HTML");
}

TEST(Html, TokenScore) {
  TokenScore same = ScoreTokens("The cat sat.", "the CAT sat");
  EXPECT_DOUBLE_EQ(same.f1, 1.0);
  TokenScore half = ScoreTokens("a b", "a b c d");
  EXPECT_DOUBLE_EQ(half.precision, 1.0);
  EXPECT_DOUBLE_EQ(half.recall, 0.5);
  EXPECT_NEAR(half.f1, 2.0 / 3.0, 1e-9);
  EXPECT_DOUBLE_EQ(ScoreTokens("x", "y").f1, 0.0);
}

}  // namespace
}  // namespace parley
