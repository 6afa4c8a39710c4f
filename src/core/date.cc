#include "core/date.h"

#include <cctype>
#include <cstdio>
#include <cstring>

namespace parley {

DatePrecision Date::precision() const {
  if (year && month && day) return DatePrecision::kDay;
  if (year && month) return DatePrecision::kMonth;
  if (year) return DatePrecision::kYear;
  return DatePrecision::kNone;
}

std::string Date::iso() const {
  char buf[32];
  if (year && month && day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else if (year && month) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else if (year) std::snprintf(buf, sizeof buf, "%04d", year);
  else return "";
  return buf;
}

// Howard Hinnant's days_from_civil algorithm (public-domain arithmetic).
long Date::days() const {
  int y = year - (month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::FromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  Date out;
  out.year = static_cast<int>(y + (m <= 2));
  out.month = static_cast<int>(m);
  out.day = static_cast<int>(d);
  return out;
}

int Date::weekday() const {
  long d = days();
  long w = (d + 4) % 7;  // 1970-01-01 was a Thursday
  return static_cast<int>(w < 0 ? w + 7 : w);
}

int Date::DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

bool Date::Valid(int y, int m, int d) { return y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m); }

Date Date::ParseIso(const std::string& s) {
  Date out;
  int y = 0, m = 0, d = 0;
  int n = std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d);
  if (n >= 1 && y > 0 && s.size() >= 4 && std::isdigit(static_cast<unsigned char>(s[3]))) out.year = y;
  if (n >= 2 && m >= 1 && m <= 12) out.month = m;
  if (n >= 3 && out.month && Valid(y, m, d)) out.day = d;
  return out;
}

const char* PrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
    default: return "none";
  }
}

static std::string LowerAlpha(const std::string& w) {
  std::string out;
  for (char c : w) if (std::isalpha(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

int MonthFromName(const std::string& word) {
  static const char* kFull[] = {"january", "february", "march", "april", "may", "june", "july",
                                "august", "september", "october", "november", "december"};
  std::string w = LowerAlpha(word);
  if (w.size() < 3) return 0;
  for (int i = 0; i < 12; ++i) {
    if (w == kFull[i]) return i + 1;
    if (w.size() <= std::strlen(kFull[i]) && std::strncmp(kFull[i], w.c_str(), w.size()) == 0 && (w.size() == 3 || w == "sept"))
      return i + 1;
  }
  return 0;
}

int WeekdayFromName(const std::string& word) {
  static const char* kFull[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  static const char* kShort[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
  std::string w = LowerAlpha(word);
  for (int i = 0; i < 7; ++i) {
    if (w == kFull[i] || w == kShort[i]) return i;
  }
  if (w == "tues") return 2;
  if (w == "thur" || w == "thurs") return 4;
  return -1;
}

}  // namespace parley
