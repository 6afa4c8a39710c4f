// Clustering mentions into events, and dyad series over the clustered events.
#include <gtest/gtest.h>

#include "store/cluster.h"
#include "store/period.h"
#include "store_test_util.h"

namespace parley::store {
namespace {

using testing::Ev;
using testing::MakeArticle;
using testing::OpenOrDie;
using testing::TempDir;

ClusterInput M(long long id, long long article, std::string src, std::string tgt, std::string root, std::string date,
               std::string place = "", std::string publisher = "") {
  ClusterInput c;
  c.id = id;
  c.article = article;
  c.publisher = publisher.empty() ? "pub" + std::to_string(article) : publisher;
  c.src = src;
  c.tgt = tgt;
  c.root = root;
  c.date = date;
  c.place = place;
  return c;
}

size_t EventsOf(const std::vector<ClusterInput>& in, ClusterOptions o = {}) { return ClusterMentions(in, o).size(); }

TEST(Cluster, MergesSameDyadRootWithinOneDay) {
  std::vector<ClusterInput> in = {M(1, 1, "RUS", "USA", "04", "2021-11-01"), M(2, 2, "RUS", "USA", "04", "2021-11-02")};
  auto out = ClusterMentions(in, {});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].event_id, 1);
  EXPECT_EQ(out[0].members.size(), 2u);
  EXPECT_EQ(out[0].num_articles, 2);
  EXPECT_EQ(out[0].num_sources, 2);
  EXPECT_NE(out[0].reasons[1].find("1 day(s) apart"), std::string::npos) << out[0].reasons[1];
}

TEST(Cluster, EachRuleKeepsMentionsApart) {
  EXPECT_EQ(EventsOf({M(1, 1, "RUS", "USA", "04", "2021-11-01"), M(2, 2, "RUS", "USA", "04", "2021-11-03")}), 2u);  // 2 days
  EXPECT_EQ(EventsOf({M(1, 1, "RUS", "USA", "04", "2021-11-01"), M(2, 2, "RUS", "USA", "05", "2021-11-01")}), 2u);  // root
  EXPECT_EQ(EventsOf({M(1, 1, "RUS", "USA", "04", "2021-11-01"), M(2, 2, "USA", "RUS", "04", "2021-11-01")}), 2u);  // direction
  EXPECT_EQ(EventsOf({M(1, 1, "RUS", "USA", "04", "2021-11-01"), M(2, 2, "RUS", "CHN", "04", "2021-11-01")}), 2u);  // target
  EXPECT_EQ(EventsOf({M(1, 1, "RUS", "USA", "04", "2021-11-01", "moscow"), M(2, 2, "RUS", "USA", "04", "2021-11-01", "geneva")}), 2u);
  EXPECT_EQ(EventsOf({M(1, 1, "RUS", "USA", "04", ""), M(2, 2, "RUS", "USA", "04", "")}), 2u);  // no date at all
}

TEST(Cluster, PrecisionAndPlaceRules) {
  // A month-precision date merges with any day of that month, not the next month.
  EXPECT_EQ(EventsOf({M(1, 1, "RUS", "USA", "04", "2021-11"), M(2, 2, "RUS", "USA", "04", "2021-11-28")}), 1u);
  EXPECT_EQ(EventsOf({M(1, 1, "RUS", "USA", "04", "2021-11"), M(2, 2, "RUS", "USA", "04", "2021-12-01")}), 2u);
  // A known place merges with an unknown one; the same article twice counts one article.
  auto out = ClusterMentions({M(1, 1, "RUS", "USA", "04", "2021-11-01", "moscow"), M(2, 1, "RUS", "USA", "04", "2021-11-01")}, {});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].num_articles, 1);
  // The window is an option; clustering can be turned off.
  ClusterOptions wide;
  wide.day_window = 3;
  EXPECT_EQ(EventsOf({M(1, 1, "RUS", "USA", "04", "2021-11-01"), M(2, 2, "RUS", "USA", "04", "2021-11-03")}, wide), 1u);
  ClusterOptions off;
  off.enabled = false;
  EXPECT_EQ(EventsOf({M(1, 1, "RUS", "USA", "04", "2021-11-01"), M(2, 2, "RUS", "USA", "04", "2021-11-01")}, off), 2u);
  // An undated mention uses its article's report date.
  ClusterInput undated = M(2, 2, "RUS", "USA", "04", "");
  undated.report_date = "2021-11-02";
  EXPECT_EQ(EventsOf({M(1, 1, "RUS", "USA", "04", "2021-11-01"), undated}), 1u);
}

TEST(Cluster, ChainsDoNotDriftBeyondTheAnchor) {
  // Daily mentions 1, 2, 3 Nov: 3 Nov is two days from the anchor, so it starts a new event.
  EXPECT_EQ(EventsOf({M(1, 1, "A", "B", "04", "2021-11-01"), M(2, 2, "A", "B", "04", "2021-11-02"),
                      M(3, 3, "A", "B", "04", "2021-11-03")}), 2u);
}

TEST(Period, KeysForWeekMonthYear) {
  EXPECT_EQ(PeriodKey(Date{2021, 11, 2}, Period::kMonth), "2021-11");
  EXPECT_EQ(PeriodKey(Date{2021, 11, 2}, Period::kWeek), "2021-W44");
  EXPECT_EQ(PeriodKey(Date{2021, 1, 1}, Period::kWeek), "2020-W53");   // Friday belongs to the last ISO week of 2020
  EXPECT_EQ(PeriodKey(Date{2024, 12, 30}, Period::kWeek), "2025-W01");
  EXPECT_EQ(PeriodKey(Date{2021, 11, 0}, Period::kYear), "2021");
  EXPECT_EQ(EventPeriodKey("", "2021-10-31", Period::kMonth), "2021-10");
  EXPECT_EQ(EventPeriodKey("", "", Period::kMonth), "unknown");
}

TEST(StoreCluster, EventsCountedOnceAndDyadValues) {
  TempDir dir;
  auto s = OpenOrDie(dir.file("p.db"));
  ASSERT_TRUE(s->BeginBatch().ok());
  // Two agencies report the same RUS->USA meeting; plus a USA->RUS sanction and an undated RUS->USA threat.
  ASSERT_TRUE(s->WriteArticle(MakeArticle("tass1", {{"RUSGOV", "USAGOV", "042", "2021-11-01", 1, 1.9}}, "2021-11-01", "TASS"), "v").ok());
  ASSERT_TRUE(s->WriteArticle(MakeArticle("rtr1", {{"RUSMIL", "USAGOV", "043", "2021-11-02", 1, 2.8}}, "2021-11-02", "Reuters"), "v").ok());
  ASSERT_TRUE(s->WriteArticle(MakeArticle("ap1", {{"USAGOV", "RUSGOV", "163", "2021-12-05", 4, -8}}, "2021-12-06", "AP"), "v").ok());
  ASSERT_TRUE(s->WriteArticle(MakeArticle("ap2", {{"RUSGOV", "USA", "138", "", 3, -7}}, "2021-12-20", "AP"), "v").ok());
  ASSERT_TRUE(s->CommitBatch().ok());
  ASSERT_TRUE(s->Cluster({}).ok());

  // RUSGOV and RUSMIL differ, so the meeting mentions stay apart by code; same-code mentions merge:
  auto events = s->Events(EventFilter{});
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(events.value().size(), 4u);
  ASSERT_TRUE(s->WriteArticle(MakeArticle("ifx1", {{"RUSGOV", "USAGOV", "040", "2021-11-02", 1, 1}}, "2021-11-02", "Interfax"), "v").ok());
  ASSERT_TRUE(s->Cluster({}).ok());
  events = s->Events(EventFilter{});
  ASSERT_EQ(events.value().size(), 4u);
  EventFilter mf;
  mf.mentions = true;
  EXPECT_EQ(s->Events(mf).value().size(), 5u);  // mentions are never thrown away
  const EventRecord& merged = events.value()[0];
  EXPECT_EQ(merged.source.code, "RUSGOV");
  EXPECT_EQ(merged.num_mentions, 2);
  EXPECT_EQ(merged.num_sources, 2);
  auto why = s->MentionsOfEvent(merged.event_id);
  ASSERT_EQ(why.value().size(), 2u);
  EXPECT_NE(why.value()[1].merge_reason.find("same source RUSGOV"), std::string::npos) << why.value()[1].merge_reason;

  auto rows = s->Dyad("RUS", "USA", Period::kMonth);
  ASSERT_TRUE(rows.ok());
  // 2021-11: RUS->USA 2 events (both quad 1), 2021-12: RUS->USA 1 (quad 3, report date), USA->RUS 1 (quad 4).
  ASSERT_EQ(rows.value().size(), 6u);
  const DyadRow& nov = rows.value()[0];
  EXPECT_EQ(nov.period, "2021-11");
  EXPECT_EQ(nov.direction, "RUS->USA");
  EXPECT_EQ(nov.events, 2);
  EXPECT_EQ(nov.quad[0], 2);
  EXPECT_EQ(nov.net_cooperation, 2);
  EXPECT_DOUBLE_EQ(nov.goldstein_mean, (1.9 + 2.8) / 2);
  EXPECT_EQ(rows.value()[1].events, 0);  // USA->RUS in November
  const DyadRow& dec_total = rows.value()[5];
  EXPECT_EQ(dec_total.period, "2021-12");
  EXPECT_EQ(dec_total.direction, "total");
  EXPECT_EQ(dec_total.events, 2);
  EXPECT_EQ(dec_total.net_cooperation, -2);
  EXPECT_DOUBLE_EQ(dec_total.goldstein_sum, -15);

  EventFilter f;
  f.dyad_a = "USA";
  f.dyad_b = "RUS";
  f.root = "16";
  EXPECT_EQ(s->Events(f).value().size(), 1u);
  f = EventFilter{};
  f.from = "2021-12-01";
  EXPECT_EQ(s->Events(f).value().size(), 2u);
  f = EventFilter{};
  f.to = "2021-11";
  EXPECT_EQ(s->Events(f).value().size(), 2u);
}

}  // namespace
}  // namespace parley::store
