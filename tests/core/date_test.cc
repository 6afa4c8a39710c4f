#include "core/date.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

TEST(Date, RoundTripsDaysAndWeekday) {
  Date d{2021, 11, 2};
  EXPECT_EQ(Date::FromDays(d.days()), d);
  EXPECT_EQ(d.weekday(), 2);  // Tuesday
  EXPECT_EQ((Date{2019, 5, 16}).weekday(), 4);  // Thursday
  EXPECT_EQ((Date{2000, 2, 29}).iso(), "2000-02-29");
}

TEST(Date, ParsesIsoAndNames) {
  EXPECT_EQ(Date::ParseIso("2019-05-16T10:00:00Z").iso(), "2019-05-16");
  EXPECT_EQ(Date::ParseIso("2019-05").precision(), DatePrecision::kMonth);
  EXPECT_EQ(Date::ParseIso("2019-02-30").precision(), DatePrecision::kMonth);
  EXPECT_EQ(MonthFromName("Sept."), 9);
  EXPECT_EQ(MonthFromName("May"), 5);
  EXPECT_EQ(MonthFromName("mayor"), 0);
  EXPECT_EQ(WeekdayFromName("Thursday"), 4);
}

}  // namespace
}  // namespace parley
