// Time expressions in English news text ("on Tuesday", "In August and September", "two days ago",
// "Jan. 10, 2019") and their resolution against an article's report date.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace parley {

/// What a time expression says, before it is anchored to a report date.
enum class TimeKind : uint8_t {
  kCalendar,   ///< explicit calendar parts: year/month/day, possibly a range (month2/day2)
  kDayOffset,  ///< days from the report date: yesterday (-1), today (0), "two days ago" (-2)
  kWeekday,    ///< a named weekday: shift -1 "last Tuesday", 0 "on Tuesday", +1 "next Tuesday"
  kWeek,       ///< a calendar week (Monday..Sunday): offset -1 last, 0 this, +1 next
  kWeekend,    ///< Saturday..Sunday: offset -1 last, 0 "the weekend", +1 next
  kMonthRel,   ///< a month relative to the report month: "last month" (-1), "earlier this month" (0)
  kYearRel,    ///< a year relative to the report year: "last year" (-1), "three years ago" (-3)
  kQuarter,    ///< a fiscal quarter ("the third quarter"): `quarter`, with `year` when written
};

/// The parsed content of a time expression.
struct TimeSpec {
  TimeKind kind = TimeKind::kCalendar;
  int year = 0, month = 0, day = 0;     ///< kCalendar parts (0 = not written)
  int year2 = 0, month2 = 0, day2 = 0;  ///< end of a written range (0 = no range)
  int weekday = -1;                     ///< kWeekday: 0=Sunday..6
  int offset = 0;                       ///< days/weeks/months/years or weekday shift, see TimeKind
  int direction = 0;                    ///< kCalendar without a year: -1 "last May", +1 "next May", 0 by tense
  int quarter = 0;                      ///< kQuarter: 1-4
};

/// One time expression found in a sentence.
struct TimeExpression {
  uint32_t sentence = 0;
  Span span;           ///< bytes in Article::text, including a leading preposition ("on Tuesday")
  std::string text;    ///< the bytes as written
  TimeSpec spec;
  bool sentence_initial = false;  ///< starts its sentence ("In May, a meeting was held")
};

/// A time expression anchored to a calendar.
struct ResolvedDate {
  bool ok = false;
  Date date;                ///< the (first) date
  Date date_end;            ///< last date of a range; empty otherwise
  std::string precision;    ///< "day", "month", "year" or "range"
  bool week = false;        ///< the range is one calendar week
  bool weekend = false;     ///< the range is one weekend
  int quarter = 0;          ///< the range is this quarter of date.year (1-4), else 0
  /// The TimeML/TIMEX3 value: "2021-11-02", "2021-05", "1998-W02", "1998-W02-WE", "1989-Q3"; "" when !ok.
  std::string TimemlValue() const;
};

/// Finds the time expressions of one sentence of `a` (tokens must be filled), in text order.
std::vector<TimeExpression> FindTimeExpressions(const Article& a, uint32_t sentence);

/// Anchors a parsed expression to `report` (a full date for relative expressions). `future_tense`
/// picks the coming weekday/month instead of the most recent one when the text does not say.
ResolvedDate Resolve(const TimeSpec& spec, const Date& report, bool future_tense);

/// Parses and resolves the first time expression in `text` ("on Tuesday", "March 3-5").
ResolvedDate ResolveExpression(std::string_view text, const Date& report, bool future_tense);

/// True when the words of `text` mark the future ("will", "'ll", "shall", "is going to", "plans to").
bool MarksFuture(std::string_view text);

/// ISO-8601 week-numbering year and week of a full date (Monday starts the week).
void IsoWeek(const Date& d, int* iso_year, int* week);

}  // namespace parley
