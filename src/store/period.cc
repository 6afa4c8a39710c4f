#include "store/period.h"

#include <cstdio>

namespace parley::store {

std::string PeriodKey(const Date& d, Period by) {
  char buf[48];
  switch (by) {
    case Period::kYear:
      if (!d.year) return "";
      std::snprintf(buf, sizeof buf, "%04d", d.year);
      return buf;
    case Period::kMonth:
      if (!d.year || !d.month) return "";
      std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
      return buf;
    case Period::kWeek: {
      if (!d.full()) return "";
      // ISO week: the week (Monday-Sunday) belongs to the year of its Thursday.
      long days = d.days();
      int wd = d.weekday();                 // 0 = Sunday
      int iso_wd = wd == 0 ? 7 : wd;        // 1 = Monday .. 7 = Sunday
      Date thursday = Date::FromDays(days - iso_wd + 4);
      long jan1 = Date{thursday.year, 1, 1}.days();
      int week = static_cast<int>((thursday.days() - jan1) / 7) + 1;
      std::snprintf(buf, sizeof buf, "%04d-W%02d", thursday.year, week);
      return buf;
    }
  }
  return "";
}

std::string EventPeriodKey(const std::string& event_date, const std::string& report_date, Period by) {
  std::string k = PeriodKey(Date::ParseIso(event_date), by);
  if (k.empty()) k = PeriodKey(Date::ParseIso(report_date), by);
  return k.empty() ? "unknown" : k;
}

bool ParsePeriod(const std::string& s, Period* out) {
  if (s == "week") *out = Period::kWeek;
  else if (s == "month") *out = Period::kMonth;
  else if (s == "year") *out = Period::kYear;
  else return false;
  return true;
}

}  // namespace parley::store
