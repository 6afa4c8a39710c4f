// Event dates and report-year inference on the seed articles (tests/fixtures).
#include <gtest/gtest.h>

#include "article_builder.h"
#include "temporal/event_dates.h"
#include "temporal/time_expressions.h"

namespace parley {
namespace {

using testing_support::BuildArticle;
using testing_support::MakeEvent;
using testing_support::ReadFixture;
using testing_support::SentenceWith;

Article Seed000() { return BuildArticle(ReadFixture("000_ca70b0bd16d5c51c.txt"), Date{2021, 11, 2}); }
Article Seed004(Date report) { return BuildArticle(ReadFixture("004_e765ae524eefaa29.txt"), report); }

TEST(SeedDates, Seed000PatrushevSullivanEvents) {
  Article a = Seed000();
  ASSERT_FALSE(a.sentences.empty());
  a.events.push_back(MakeEvent(a, "In May, a meeting was held", "meeting"));
  a.events.push_back(MakeEvent(a, "In August and September, they held", "held"));
  a.events.push_back(MakeEvent(a, "On Tuesday, Patrushev met", "met"));
  a.events.push_back(MakeEvent(a, "Russian Ambassador to the US Anatoly Antonov said", "said"));
  a.events.push_back(MakeEvent(a, "A sustainable dialogue is held", "held"));
  ResolveEventDates(a);

  EXPECT_EQ(a.events[0].date.iso(), "2021-05");
  EXPECT_EQ(a.events[0].date_precision, "month");
  EXPECT_EQ(a.events[0].date_source, "text:In May");

  EXPECT_EQ(a.events[1].date.iso(), "2021-08");
  EXPECT_EQ(a.events[1].date_end.iso(), "2021-09");
  EXPECT_EQ(a.events[1].date_precision, "range");

  EXPECT_EQ(a.events[2].date.iso(), "2021-11-02");
  EXPECT_EQ(a.events[2].date_precision, "day");
  EXPECT_EQ(a.events[2].date_source, "text:On Tuesday");

  // "... after the Geneva summit in June, ... Antonov said ... on Tuesday": the clause wins.
  EXPECT_EQ(a.events[3].date.iso(), "2021-11-02");
  EXPECT_EQ(a.events[3].date_source, "text:on Tuesday");

  // No time expression: the report date.
  EXPECT_EQ(a.events[4].date.iso(), "2021-11-02");
  EXPECT_EQ(a.events[4].date_source, "report_date");
}

TEST(SeedDates, SentenceInitialExpressionDoesNotCarryOver) {
  Article a = BuildArticle("In May, the ministers met in Paris. They signed a deal.\n", Date{2021, 11, 2});
  ASSERT_EQ(a.sentences.size(), 2u);
  a.events.push_back(MakeEvent(a, "In May", "met"));
  a.events.push_back(MakeEvent(a, "They signed", "signed"));
  ResolveEventDates(a);
  EXPECT_EQ(a.events[0].date.iso(), "2021-05");
  EXPECT_EQ(a.events[1].date.iso(), "2021-11-02");
  EXPECT_EQ(a.events[1].date_source, "report_date");
}

TEST(SeedDates, FutureTenseTakesTheComingWeekday) {
  Article a = BuildArticle("Lavrov will meet Blinken on Monday, the ministry said.\n", Date{2021, 11, 2});
  a.events.push_back(MakeEvent(a, "Lavrov will", "meet"));
  ResolveEventDates(a);
  EXPECT_EQ(a.events[0].date.iso(), "2021-11-08");
}

TEST(SeedDates, Seed004SochiMeetingOnceTheYearIsKnown) {
  Article a = Seed004(Date{2019, 5, 16});
  a.events.push_back(MakeEvent(a, "The meeting of Russian President", "took place"));
  a.events.push_back(MakeEvent(a, "Russia and the US have made progress", "said"));
  ResolveEventDates(a);
  EXPECT_EQ(a.events[0].date.iso(), "2019-05-14");
  EXPECT_EQ(a.events[0].date_source, "text:on May 14");
  EXPECT_EQ(a.events[1].date.iso(), "2019-05-16");  // "said ... on Thursday": the report day
  a.events.push_back(MakeEvent(a, "US Secretary of State Mike Pompeo’s visit to Sochi", "visit"));
  a.events.push_back(MakeEvent(a, "the May 14 talks in Sochi", "talks"));
  ResolveEventDates(a);
  EXPECT_EQ(a.events[2].date.iso(), "2019-05-14");
  EXPECT_EQ(a.events[2].date_precision, "day");
  EXPECT_EQ(a.events[3].date.iso(), "2019-05-14");
}

std::vector<TenureConstraint> Seed004Constraints(bool with_pompeo) {
  std::vector<TenureConstraint> c;
  if (with_pompeo) c.push_back({"Mike Pompeo", {{Date{2018, 4, 26}, Date{2021, 1, 20}}}});
  c.push_back({"Vladimir Putin", {{Date{2000, 5, 7}, Date{2008, 5, 7}}, {Date{2012, 5, 7}, Date{}}}});
  c.push_back({"Sergey Lavrov", {{Date{2004, 3, 9}, Date{}}}});
  c.push_back({"Sergei Ryabkov", {{Date{2008, 0, 0}, Date{}}}});
  c.push_back({"Sergey Naryshkin", {{Date{2016, 10, 5}, Date{}}}});
  return c;
}

TEST(InferReportYear, Seed004ThursdayMay16WithTenuresIs2019) {
  Article a = Seed004(Date{0, 5, 16});
  ASSERT_TRUE(a.dateline.found);
  EXPECT_EQ(a.dateline.date.month, 5);
  EXPECT_TRUE(InferReportYear(a, Seed004Constraints(true)));
  EXPECT_EQ(a.report_date.iso(), "2019-05-16");
  EXPECT_EQ(a.report_date_source, "inferred:weekday+tenure");
  EXPECT_TRUE(a.warnings.empty());
  a.events.push_back(MakeEvent(a, "The meeting of Russian President", "took place"));
  ResolveEventDates(a);
  EXPECT_EQ(a.events[0].date.iso(), "2019-05-14");
}

TEST(InferReportYear, AmbiguousWithoutPompeoWarnsAndStaysUnresolved) {
  Article a = Seed004(Date{0, 5, 16});
  EXPECT_FALSE(InferReportYear(a, Seed004Constraints(false)));
  EXPECT_EQ(a.report_date.year, 0);
  EXPECT_EQ(a.report_date_source, "unresolved");
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_NE(a.warnings[0].find("2019"), std::string::npos) << a.warnings[0];
  EXPECT_NE(a.warnings[0].find("2024"), std::string::npos) << a.warnings[0];
}

TEST(InferReportYear, ReadsMonthDayFromTheDatelineAndTheWeekdayFromItsParagraph) {
  Article a = BuildArticle("Old headline\n\nMOSCOW, May 16 (Reuters) - Lavrov said on Thursday that talks went well.\n",
                           Date{});
  ASSERT_TRUE(a.dateline.found);
  std::vector<TenureConstraint> c = {{"Pompeo", {{Date{2018, 4, 26}, Date{2021, 1, 20}}}}};
  EXPECT_TRUE(InferReportYear(a, c));
  EXPECT_EQ(a.report_date.iso(), "2019-05-16");
  // A weekday that contradicts every tenure leaves the year unresolved.
  Article b = BuildArticle("MOSCOW, May 16 (Reuters) - Lavrov said on Monday that talks went well.\n", Date{});
  EXPECT_FALSE(InferReportYear(b, c));
  EXPECT_EQ(b.report_date_source, "unresolved");
}

TEST(FindTimeExpressions, SpansAndSentenceInitialFlag) {
  Article a = BuildArticle("In August and September, they held talks in Geneva on Dec. 10, 2020.\n", Date{2021, 11, 2});
  ASSERT_EQ(a.sentences.size(), 1u);
  std::vector<TimeExpression> xs = FindTimeExpressions(a, 0);
  ASSERT_EQ(xs.size(), 2u);
  EXPECT_EQ(xs[0].text, "In August and September");
  EXPECT_TRUE(xs[0].sentence_initial);
  EXPECT_EQ(xs[1].text, "on Dec. 10, 2020");
  EXPECT_FALSE(xs[1].sentence_initial);
  EXPECT_EQ(Resolve(xs[1].spec, a.report_date, false).date.iso(), "2020-12-10");
}

}  // namespace
}  // namespace parley
