// Calendar dates with a precision: the report date of an article and the date of an event.
#pragma once
#include <string>

namespace parley {

/// How much of a date is known.
enum class DatePrecision { kNone, kYear, kMonth, kDay };

/// A proleptic Gregorian date, possibly partial (month/day 0 when unknown).
struct Date {
  int year = 0;   ///< 0 when unknown
  int month = 0;  ///< 1-12, 0 when unknown
  int day = 0;    ///< 1-31, 0 when unknown

  /// Precision implied by which parts are set.
  DatePrecision precision() const;
  /// True when year, month and day are all set.
  bool full() const { return year && month && day; }
  /// ISO form as far as known: "2021-11-02", "2021-11", "2021", or "" when nothing is known.
  std::string iso() const;
  /// Days since 1970-01-01 (requires full()).
  long days() const;
  /// Day of week 0=Sunday..6=Saturday (requires full()).
  int weekday() const;
  /// The date `days` since 1970-01-01.
  static Date FromDays(long days);
  /// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or an ISO date-time prefix; returns an empty date on failure.
  static Date ParseIso(const std::string& s);
  /// True when y-m-d is a real calendar day.
  static bool Valid(int y, int m, int d);
  /// Days in a month of a year.
  static int DaysInMonth(int y, int m);
  bool operator==(const Date& o) const { return year == o.year && month == o.month && day == o.day; }
};

/// Name of a precision: "day", "month", "year", "none".
const char* PrecisionName(DatePrecision p);

/// Month number 1-12 from an English month name or abbreviation ("Sept.", "dec"); 0 if none.
int MonthFromName(const std::string& word);

/// Weekday 0=Sunday..6 from an English weekday name or abbreviation; -1 if none.
int WeekdayFromName(const std::string& word);

}  // namespace parley
