// Table-driven tests of ResolveExpression: expressions against report dates.
#include <gtest/gtest.h>

#include "temporal/time_expressions.h"

namespace parley {
namespace {

struct Row {
  const char* text;
  const char* report;   // ISO report date
  bool future;
  const char* date;     // expected ISO date ("" = must not resolve)
  const char* end;      // expected range end ("" = none)
  const char* precision;
};

const Row kRows[] = {
    // Weekdays: the most recent one, same day counting; the coming one in the future tense.
    {"on Tuesday", "2021-11-02", false, "2021-11-02", "", "day"},
    {"on Monday", "2021-11-02", false, "2021-11-01", "", "day"},
    {"on Sunday", "2021-11-02", false, "2021-10-31", "", "day"},
    {"on Saturday", "2021-11-02", false, "2021-10-30", "", "day"},
    {"on Friday", "2021-11-02", false, "2021-10-29", "", "day"},
    {"on Thursday", "2021-11-02", false, "2021-10-28", "", "day"},
    {"on Wednesday", "2021-11-02", false, "2021-10-27", "", "day"},
    {"Wednesday", "2021-11-02", false, "2021-10-27", "", "day"},
    {"Tuesday night", "2021-11-02", false, "2021-11-02", "", "day"},
    {"on Monday", "2021-11-02", true, "2021-11-08", "", "day"},
    {"on Tuesday", "2021-11-02", true, "2021-11-09", "", "day"},
    {"on Wednesday", "2021-11-02", true, "2021-11-03", "", "day"},
    {"on Sunday", "2021-11-02", true, "2021-11-07", "", "day"},
    {"last Tuesday", "2021-11-02", false, "2021-10-26", "", "day"},
    {"last Monday", "2021-11-02", false, "2021-11-01", "", "day"},
    {"next Tuesday", "2021-11-02", false, "2021-11-09", "", "day"},
    {"next Friday", "2021-11-02", false, "2021-11-05", "", "day"},
    {"on Thursday", "2019-05-16", false, "2019-05-16", "", "day"},
    {"on Friday", "2021-01-02", false, "2021-01-01", "", "day"},
    {"on Thursday", "2021-01-02", false, "2020-12-31", "", "day"},
    {"on Monday", "2021-12-30", true, "2022-01-03", "", "day"},
    {"Tuesday's meeting", "2021-11-02", false, "2021-11-02", "", "day"},
    // Month and day without a year.
    {"on May 14", "2021-11-02", false, "2021-05-14", "", "day"},
    {"on May 14", "2019-05-16", false, "2019-05-14", "", "day"},
    {"May 14", "2019-05-16", true, "2020-05-14", "", "day"},
    {"Dec. 10", "2021-11-02", false, "2021-12-10", "", "day"},  // a few weeks ahead: this year
    {"Aug. 10", "2021-06-01", false, "2020-08-10", "", "day"},  // months ahead: last year
    {"Dec. 10", "2021-11-02", true, "2021-12-10", "", "day"},
    {"Dec 10", "2021-12-12", false, "2021-12-10", "", "day"},
    {"on Dec. 31", "2022-01-02", false, "2021-12-31", "", "day"},
    {"on Jan. 3", "2021-12-30", true, "2022-01-03", "", "day"},
    {"on Jan. 3", "2021-12-30", false, "2022-01-03", "", "day"},
    {"on Jan. 3", "2022-01-05", false, "2022-01-03", "", "day"},
    {"September 11th", "2021-11-02", false, "2021-09-11", "", "day"},
    {"on Nov. 2", "2021-11-02", false, "2021-11-02", "", "day"},
    {"on Nov. 3", "2021-11-02", false, "2021-11-03", "", "day"},
    {"on Nov. 3", "2021-11-02", true, "2021-11-03", "", "day"},
    {"on Oct. 30", "2021-11-02", true, "2022-10-30", "", "day"},
    {"Aug. 1", "2021-11-02", false, "2021-08-01", "", "day"},
    {"Sept. 30", "2021-11-02", false, "2021-09-30", "", "day"},
    {"on 22 May", "2021-11-02", false, "2021-05-22", "", "day"},
    {"on the 22nd of May", "2021-11-02", false, "2021-05-22", "", "day"},
    // Months.
    {"In May", "2021-11-02", false, "2021-05", "", "month"},
    {"in June", "2021-11-02", false, "2021-06", "", "month"},
    {"in November", "2021-11-02", false, "2021-11", "", "month"},
    {"in December", "2021-11-02", false, "2021-12", "", "month"},
    {"in January", "2021-11-02", false, "2021-01", "", "month"},
    {"last December", "2021-11-02", false, "2020-12", "", "month"},
    {"in December", "2022-01-15", false, "2021-12", "", "month"},
    {"in December", "2021-11-02", true, "2021-12", "", "month"},
    {"in January", "2021-12-20", true, "2022-01", "", "month"},
    {"in March", "2021-11-02", false, "2021-03", "", "month"},
    {"last May", "2021-11-02", false, "2021-05", "", "month"},
    {"next May", "2021-11-02", false, "2022-05", "", "month"},
    {"this May", "2021-11-02", false, "2021-05", "", "month"},
    {"mid-May", "2021-11-02", false, "2021-05", "", "month"},
    {"early March", "2021-11-02", false, "2021-03", "", "month"},
    {"late July", "2021-11-02", false, "2021-07", "", "month"},
    {"in September 2019", "2021-11-02", false, "2019-09", "", "month"},
    {"in May of 2018", "2021-11-02", false, "2018-05", "", "month"},
    {"in May, 2018", "2021-11-02", false, "2018-05", "", "month"},
    // Ranges.
    {"In August and September", "2021-11-02", false, "2021-08", "2021-09", "range"},
    {"between May and July", "2021-11-02", false, "2021-05", "2021-07", "range"},
    {"from June to August", "2021-11-02", false, "2021-06", "2021-08", "range"},
    {"in December and January", "2022-02-10", false, "2021-12", "2022-01", "range"},
    {"March 3-5", "2021-11-02", false, "2021-03-03", "2021-03-05", "range"},
    {"March 3 to 5", "2021-11-02", false, "2021-03-03", "2021-03-05", "range"},
    {"May 14-16, 2019", "2021-11-02", false, "2019-05-14", "2019-05-16", "range"},
    {"last week", "2021-11-02", false, "2021-10-25", "2021-10-31", "range"},
    {"this week", "2021-11-02", false, "2021-11-01", "2021-11-07", "range"},
    {"next week", "2021-11-02", false, "2021-11-08", "2021-11-14", "range"},
    {"next week", "2021-12-30", true, "2022-01-03", "2022-01-09", "range"},
    {"last week", "2021-01-04", false, "2020-12-28", "2021-01-03", "range"},
    {"the weekend", "2021-11-02", false, "2021-10-30", "2021-10-31", "range"},
    {"over the weekend", "2021-11-01", false, "2021-10-30", "2021-10-31", "range"},
    {"the weekend", "2021-11-02", true, "2021-11-06", "2021-11-07", "range"},
    {"next weekend", "2021-11-02", false, "2021-11-06", "2021-11-07", "range"},
    {"this weekend", "2021-10-31", false, "2021-10-30", "2021-10-31", "range"},
    // Full dates.
    {"on Friday, May 22, 2020", "2021-11-02", false, "2020-05-22", "", "day"},
    {"Jan. 10, 2019", "2021-11-02", false, "2019-01-10", "", "day"},
    {"January 10, 2019", "2021-11-02", false, "2019-01-10", "", "day"},
    {"10 March 2019", "2021-11-02", false, "2019-03-10", "", "day"},
    {"2019-03-10", "2021-11-02", false, "2019-03-10", "", "day"},
    {"Sept. 11, 2001", "2021-11-02", false, "2001-09-11", "", "day"},
    {"on Feb. 29, 2020", "2021-11-02", false, "2020-02-29", "", "day"},
    {"on Feb. 30, 2020", "2021-11-02", false, "", "", ""},
    {"2019-02-30", "2021-11-02", false, "", "", ""},
    // Years.
    {"in 2012", "2021-11-02", false, "2012", "", "year"},
    {"the 1996 law", "2021-11-02", false, "1996", "", "year"},
    {"in 1898", "2021-11-02", false, "1898", "", "year"},
    {"the third quarter", "1989-10-26", false, "1989-07", "1989-09", "range"},
    {"fourth-quarter", "1989-10-26", false, "1989-10", "1989-12", "range"},
    {"the fourth quarter", "1989-08-26", false, "1988-10", "1988-12", "range"},
    {"the fourth quarter", "1989-08-26", true, "1989-10", "1989-12", "range"},
    {"the first quarter of 2020", "2021-11-02", false, "2020-01", "2020-03", "range"},
    {"since 1991", "2021-11-02", false, "1991", "", "year"},
    {"early 2019", "2021-11-02", false, "2019", "", "year"},
    {"last year", "2021-11-02", false, "2020", "", "year"},
    {"last year", "2021-01-01", false, "2020", "", "year"},
    {"this year", "2021-11-02", false, "2021", "", "year"},
    {"next year", "2021-11-02", false, "2022", "", "year"},
    {"a year ago", "2021-11-02", false, "2020", "", "year"},
    {"three years ago", "2021-11-02", false, "2018", "", "year"},
    // Relative days and months.
    {"yesterday", "2021-11-02", false, "2021-11-01", "", "day"},
    {"yesterday", "2024-03-01", false, "2024-02-29", "", "day"},
    {"yesterday", "2023-03-01", false, "2023-02-28", "", "day"},
    {"yesterday", "2021-01-01", false, "2020-12-31", "", "day"},
    {"today", "2021-11-02", false, "2021-11-02", "", "day"},
    {"tonight", "2021-11-02", true, "2021-11-02", "", "day"},
    {"tomorrow", "2021-12-31", true, "2022-01-01", "", "day"},
    {"this morning", "2021-11-02", false, "2021-11-02", "", "day"},
    {"last night", "2021-11-02", false, "2021-11-01", "", "day"},
    {"two days ago", "2021-11-02", false, "2021-10-31", "", "day"},
    {"two days ago", "2021-03-01", false, "2021-02-27", "", "day"},
    {"three weeks ago", "2021-11-02", false, "2021-10-12", "", "day"},
    {"the day before", "2021-11-02", false, "2021-11-01", "", "day"},
    {"the day before yesterday", "2021-11-02", false, "2021-10-31", "", "day"},
    {"the next day", "2021-11-02", false, "2021-11-03", "", "day"},
    {"earlier this month", "2021-11-02", false, "2021-11", "", "month"},
    {"later this month", "2021-11-02", true, "2021-11", "", "month"},
    {"earlier this year", "2021-11-02", false, "2021", "", "year"},
    {"last month", "2021-11-02", false, "2021-10", "", "month"},
    {"last month", "2021-01-15", false, "2020-12", "", "month"},
    {"next month", "2021-11-02", true, "2021-12", "", "month"},
    {"next month", "2021-12-02", true, "2022-01", "", "month"},
    {"six months ago", "2021-11-02", false, "2021-05", "", "month"},
    // Leap days.
    {"on Feb. 29", "2024-03-05", false, "2024-02-29", "", "day"},
    {"on Feb. 29", "2024-02-29", false, "2024-02-29", "", "day"},
    {"on Feb. 29", "2023-03-05", false, "2020-02-29", "", "day"},
    {"on Feb. 29", "2023-03-05", true, "2024-02-29", "", "day"},
    // Not time expressions.
    {"They may meet soon", "2021-11-02", false, "", "", ""},
    {"Jan Kowalski said", "2021-11-02", false, "", "", ""},
    {"a March on the capital", "2021-11-02", false, "", "", ""},
    {"2,000 people", "2021-11-02", false, "", "", ""},
    {"2000 troops", "2021-11-02", false, "", "", ""},
    {"$2010 a month", "2021-11-02", false, "", "", ""},
    {"3.1999 percent", "2021-11-02", false, "", "", ""},
    {"the sun was shining", "2021-11-02", false, "", "", ""},
    {"last Tuesday", "2021-11", false, "", "", ""},
};

TEST(ResolveExpression, Table) {
  int n = 0;
  for (const Row& row : kRows) {
    SCOPED_TRACE(std::string(row.text) + " @ " + row.report + (row.future ? " (future)" : ""));
    ResolvedDate r = ResolveExpression(row.text, Date::ParseIso(row.report), row.future);
    if (!*row.date) {
      EXPECT_FALSE(r.ok) << r.date.iso();
      continue;
    }
    EXPECT_TRUE(r.ok);
    if (!r.ok) continue;
    EXPECT_EQ(r.date.iso(), row.date);
    EXPECT_EQ(r.date_end.iso(), row.end);
    EXPECT_EQ(r.precision, row.precision);
    ++n;
  }
  EXPECT_GE(n, 100);
}

TEST(ResolveExpression, TimemlValuesOfWeeks) {
  EXPECT_EQ(ResolveExpression("last week", Date{2021, 11, 2}, false).TimemlValue(), "2021-W43");
  EXPECT_EQ(ResolveExpression("this week", Date{2021, 1, 2}, false).TimemlValue(), "2020-W53");
  EXPECT_EQ(ResolveExpression("the weekend", Date{2021, 11, 2}, false).TimemlValue(), "2021-W43-WE");
  EXPECT_EQ(ResolveExpression("in May", Date{2021, 11, 2}, false).TimemlValue(), "2021-05");
  EXPECT_EQ(ResolveExpression("third-quarter", Date{1989, 10, 26}, false).TimemlValue(), "1989-Q3");
}

TEST(ResolveExpression, MonthWithoutYearStaysUnresolvedWithoutReportYear) {
  ResolvedDate r = ResolveExpression("on May 14", Date{0, 5, 16}, false);
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(ResolveExpression("Jan. 10, 2019", Date{0, 5, 16}, false).ok);
}

TEST(MarksFuture, FindsFutureMarkers) {
  EXPECT_TRUE(MarksFuture("Lavrov will meet Blinken"));
  EXPECT_TRUE(MarksFuture("they'll meet"));
  EXPECT_TRUE(MarksFuture("he is going to visit"));
  EXPECT_FALSE(MarksFuture("Lavrov met Blinken"));
}

// Random word salads built from date vocabulary: every resolution that succeeds is a real date.
TEST(ResolveExpression, RandomInputResolvesOnlyToValidDates) {
  const char* kWords[] = {"on", "in", "May", "may", "Dec.", "Tuesday", "last", "next", "week", "2019", "31",
                          "29", "Feb", ".", ",", "-", "and", "the", "day", "before", "ago", "two", "quarter",
                          "third", "0", "99", "1800", "weekend", "this", "month", "year", "\xE2\x80\x94", "3rd"};
  const Date reports[] = {Date{2024, 2, 29}, Date{1800, 1, 1}, Date{2099, 12, 31}, Date{2021, 11, 0}, Date{}};
  uint32_t state = 12345;
  auto next = [&state] { state = state * 1103515245u + 12345u; return (state >> 16) & 0x7fff; };
  int resolved = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    int n = 1 + next() % 6;
    for (int k = 0; k < n; ++k) text += std::string(kWords[next() % (sizeof kWords / sizeof *kWords)]) + " ";
    const Date& report = reports[next() % 5];
    ResolvedDate r = ResolveExpression(text, report, next() % 2);
    if (!r.ok) continue;
    ++resolved;
    SCOPED_TRACE(text + " @ " + report.iso());
    EXPECT_GT(r.date.year, 0);
    EXPECT_FALSE(r.precision.empty());
    if (r.date.day) EXPECT_TRUE(Date::Valid(r.date.year, r.date.month, r.date.day));
    if (r.precision == "range" && r.date_end.day) EXPECT_LE(r.date.days(), r.date_end.days());
  }
  EXPECT_GT(resolved, 100);
}

}  // namespace
}  // namespace parley
