#include <gtest/gtest.h>
#include <zlib.h>

#include "ingest_test_util.h"

namespace parley {
namespace {

using testing_util::IngestString;

std::string Record(const std::string& type, const std::string& id, const std::string& uri, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2020-01-05T12:00:00Z\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string HttpHtml(const std::string& body_text) {
  std::string html = "<html><head><title>Story</title></head><body><div class=\"content\"><p>" + body_text + "</p></div></body></html>";
  return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + std::to_string(html.size()) + "\r\n\r\n" + html;
}

std::string Gzip(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = data.size();
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = out.size();
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string SampleWarc(std::vector<std::string>* records) {
  records->push_back(Record("warcinfo", "0000", "", "software: test\r\n"));
  records->push_back(Record("request", "0001", "http://example.com/a", "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"));
  records->push_back(Record("response", "0002", "http://example.com/a",
                            HttpHtml("PARIS, Jan 5, 2020 (AFP) - France and Germany agreed on Sunday to hold new talks on the budget.")));
  records->push_back(Record("response", "0003", "http://example.com/logo.png",
                            "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG...."));
  records->push_back(Record("response", "0004", "http://example.com/b",
                            HttpHtml("Officials in Berlin said on Monday that the negotiations would continue next week in Brussels.")));
  std::string all;
  for (const auto& r : *records) all += r;
  return all;
}

void ExpectTwoArticles(const testing_util::Collected& got) {
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_TRUE(got.rejections.empty());
  const Article& a = got.articles[0];
  EXPECT_EQ(a.id, "urn:uuid:0002");
  EXPECT_EQ(a.url, "http://example.com/a");
  EXPECT_EQ(a.format, "warc");
  EXPECT_EQ(a.title, "Story");
  EXPECT_TRUE(a.dateline.found);
  EXPECT_EQ(a.dateline.agency, "AFP");
  EXPECT_EQ(a.report_date, (Date{2020, 1, 5}));  // WARC-Date fallback
  EXPECT_EQ(got.articles[1].id, "urn:uuid:0004");
  EXPECT_NE(got.articles[1].text.find("negotiations would continue"), std::string::npos);
}

TEST(Warc, PlainHtmlResponsesOnly) {
  std::vector<std::string> records;
  ExpectTwoArticles(IngestString(SampleWarc(&records), "crawl.warc"));
}

TEST(Warc, GzipConcatenatedMembers) {
  std::vector<std::string> records;
  SampleWarc(&records);
  std::string gz;
  for (const auto& r : records) gz += Gzip(r);  // one member per record, as crawlers write them
  ExpectTwoArticles(IngestString(gz, "crawl.warc.gz"));
  std::vector<std::string> again;
  ExpectTwoArticles(IngestString(Gzip(SampleWarc(&again)), "whole.warc.gz"));
}

TEST(Warc, TruncatedGzipKeepsEarlierRecords) {
  std::vector<std::string> records;
  SampleWarc(&records);
  std::string gz;
  for (size_t i = 0; i < 3; ++i) gz += Gzip(records[i]);
  size_t cut_member = gz.size();
  std::string last = Gzip(records[4]);
  gz += last.substr(0, last.size() / 2);
  auto got = IngestString(gz, "cut.warc.gz");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].id, "urn:uuid:0002");
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].reason, "truncated gzip");
  EXPECT_NE(got.rejections[0].detail.find(std::to_string(cut_member)), std::string::npos);
}

TEST(Warc, TruncatedPlainRecordHasByteOffset) {
  std::vector<std::string> records;
  std::string all = SampleWarc(&records);
  size_t last_start = all.size() - records.back().size();
  auto got = IngestString(all.substr(0, all.size() - 40), "cut.warc");
  ASSERT_EQ(got.articles.size(), 1u);
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].reason, "truncated WARC record");
  EXPECT_EQ(got.rejections[0].origin, "cut.warc@" + std::to_string(last_start));
}

TEST(Warc, GarbageBetweenRecordsIsReportedAndSkipped) {
  std::vector<std::string> records;
  SampleWarc(&records);
  std::string all = records[2] + "garbage line\n" + records[4];
  auto got = IngestString(all, "g.warc");
  EXPECT_EQ(got.articles.size(), 2u);
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].reason, "invalid WARC record");
}

}  // namespace
}  // namespace parley
