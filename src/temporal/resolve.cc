// Anchoring parsed time expressions to the report date, and finding them in sentences.
#include <cstdio>

#include "temporal/time_atoms.h"
#include "temporal/time_expressions.h"

namespace parley {
namespace {

Date AddDays(const Date& d, long n) { return Date::FromDays(d.days() + n); }

Date AddMonths(const Date& d, int n) {
  int idx = d.year * 12 + (d.month - 1) + n;
  Date out;
  out.year = idx / 12;
  out.month = idx % 12 + 1;
  return out;
}

ResolvedDate Day(const Date& d) {
  ResolvedDate r;
  r.ok = d.full();
  r.date = d;
  r.precision = "day";
  return r;
}

ResolvedDate Range(const Date& a, const Date& b) {
  ResolvedDate r;
  r.ok = true;
  r.date = a;
  r.date_end = b;
  r.precision = "range";
  return r;
}

// Compares (month, day) pairs; day 0 compares by month only.
int CompareMonthDay(int m1, int d1, int m2, int d2) {
  if (m1 != m2) return m1 < m2 ? -1 : 1;
  if (!d1 || !d2 || d1 == d2) return 0;
  return d1 < d2 ? -1 : 1;
}

// The year of a month/day written without one: the most recent (dir -1) or coming (dir +1) one.
// Without a future marker (`lenient`), a date at most ~two months ahead is taken as coming: wire
// style omits the year for dates near the report date on either side ("Dec. 10" in November).
int InferYear(int month, int day, const Date& report, int dir, bool lenient) {
  if (!report.year) return 0;
  if (dir == 0 || !report.month) return report.year;
  int cmp = CompareMonthDay(month, day, report.month, report.day);
  int past = cmp <= 0 ? report.year : report.year - 1;
  int next = cmp >= 0 ? report.year : report.year + 1;
  int y = dir > 0 ? next : past;
  if (dir < 0 && lenient && cmp != 0) {
    int months_ahead = (next - report.year) * 12 + month - report.month;
    bool near = day ? (months_ahead <= 1 || (months_ahead == 2 && day < report.day)) : months_ahead == 1;
    if (near) y = next;
  }
  // Feb 29 only exists in leap years: keep stepping in the same direction.
  for (int k = 0; day && k < 8 && !Date::Valid(y, month, day); ++k) y += dir;
  return y;
}

ResolvedDate ResolveCalendar(const TimeSpec& s, const Date& report, bool future) {
  ResolvedDate r;
  int dir = s.direction ? s.direction : (future ? 1 : -1);
  Date start{s.year, s.month, s.day};
  if (!start.year && start.month) start.year = InferYear(s.month, s.day, report, dir, s.direction == 0 && !future);
  if (!start.year) return r;
  if (start.day && !Date::Valid(start.year, start.month, start.day)) return r;
  if (s.month2) {
    Date end{s.year2, s.month2, s.day2};
    if (!end.year) {
      end.year = start.year;
      if (CompareMonthDay(end.month, end.day, start.month, start.day) < 0) end.year += 1;
    }
    if (end.day && !Date::Valid(end.year, end.month, end.day)) return r;
    return Range(start, end);
  }
  r.ok = true;
  r.date = start;
  r.precision = PrecisionName(start.precision());
  return r;
}

// The date of weekday `wd`: most recent on/before (dir <= 0) or first after (dir > 0) `from`.
Date WeekdayNear(const Date& from, int wd, int dir) {
  int cur = from.weekday();
  if (dir > 0) {
    int ahead = (wd - cur + 7) % 7;
    return AddDays(from, ahead == 0 ? 7 : ahead);
  }
  int back = (cur - wd + 7) % 7;
  return AddDays(from, -back);
}

}  // namespace

void IsoWeek(const Date& d, int* iso_year, int* week) {
  int wd = (d.weekday() + 6) % 7;  // Monday = 0
  Date thursday = AddDays(d, 3 - wd);
  Date jan1{thursday.year, 1, 1};
  *iso_year = thursday.year;
  *week = static_cast<int>((thursday.days() - jan1.days()) / 7 + 1);
}

std::string ResolvedDate::TimemlValue() const {
  if (!ok) return "";
  if (quarter) return std::to_string(date.year) + "-Q" + std::to_string(quarter);
  if ((week || weekend) && date.full()) {
    int y = 0, w = 0;
    IsoWeek(date, &y, &w);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-W%02d%s", y, w, weekend ? "-WE" : "");
    return buf;
  }
  return date.iso();
}

ResolvedDate Resolve(const TimeSpec& s, const Date& report, bool future) {
  if (s.kind == TimeKind::kCalendar) return ResolveCalendar(s, report, future);
  ResolvedDate r;
  if (!report.full()) return r;
  switch (s.kind) {
    case TimeKind::kDayOffset:
      return Day(AddDays(report, s.offset));
    case TimeKind::kWeekday: {
      if (s.offset < 0) return Day(WeekdayNear(AddDays(report, -1), s.weekday, -1));
      if (s.offset > 0) return Day(WeekdayNear(report, s.weekday, 1));
      return Day(WeekdayNear(report, s.weekday, future ? 1 : -1));
    }
    case TimeKind::kWeek: {
      Date monday = AddDays(report, -((report.weekday() + 6) % 7) + 7L * s.offset);
      r = Range(monday, AddDays(monday, 6));
      r.week = true;
      return r;
    }
    case TimeKind::kWeekend: {
      Date sat;
      if (s.offset > 0 || (s.offset == 0 && future)) sat = WeekdayNear(report, 6, 1);
      else sat = WeekdayNear(report.weekday() == 0 ? AddDays(report, -1) : report, 6, -1);
      if (s.offset < 0 && (report.weekday() == 6 || report.weekday() == 0)) sat = AddDays(sat, -7);
      r = Range(sat, AddDays(sat, 1));
      r.weekend = true;
      return r;
    }
    case TimeKind::kMonthRel: {
      Date m = AddMonths(report, s.offset);
      r.ok = true;
      r.date = m;
      r.precision = "month";
      return r;
    }
    case TimeKind::kQuarter: {
      int rq = (report.month - 1) / 3 + 1;
      int y = s.year;
      if (!y) y = (future ? s.quarter < rq : s.quarter > rq) ? report.year + (future ? 1 : -1) : report.year;
      r = Range(Date{y, 3 * s.quarter - 2, 0}, Date{y, 3 * s.quarter, 0});
      r.quarter = s.quarter;
      return r;
    }
    case TimeKind::kYearRel:
      r.ok = true;
      r.date = Date{report.year + s.offset, 0, 0};
      r.precision = "year";
      return r;
    default:
      return r;
  }
}

std::vector<TimeExpression> FindTimeExpressions(const Article& a, uint32_t sentence) {
  std::vector<TimeExpression> out;
  std::vector<TimeAtom> atoms = AtomizeSentence(a, sentence);
  size_t first_content = 0;
  while (first_content < atoms.size() && !atoms[first_content].word && !atoms[first_content].number) ++first_content;
  for (size_t i = 0; i < atoms.size();) {
    TimeSpec spec;
    size_t n = MatchTimeExpression(atoms, i, &spec);
    if (!n) { ++i; continue; }
    TimeExpression e;
    e.sentence = sentence;
    e.span = Span{atoms[i].span.begin, atoms[i + n - 1].span.end};
    e.text = std::string(a.slice(e.span));
    e.spec = spec;
    e.sentence_initial = i == first_content;
    out.push_back(std::move(e));
    i += n;
  }
  return out;
}

ResolvedDate ResolveExpression(std::string_view text, const Date& report, bool future_tense) {
  std::vector<TimeAtom> atoms = AtomizeText(text, 0);
  for (size_t i = 0; i < atoms.size(); ++i) {
    TimeSpec spec;
    if (MatchTimeExpression(atoms, i, &spec)) return Resolve(spec, report, future_tense);
  }
  return ResolvedDate{};
}

}  // namespace parley
