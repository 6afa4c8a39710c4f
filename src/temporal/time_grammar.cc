// The time-expression grammar: a hand-written matcher over TimeAtoms.
#include <set>
#include <string>

#include "temporal/time_atoms.h"
#include "temporal/time_expressions.h"

namespace parley {
namespace {

using Atoms = std::vector<TimeAtom>;

const TimeAtom& At(const Atoms& a, size_t i) {
  static const TimeAtom kEnd;
  return i < a.size() ? a[i] : kEnd;
}

bool Is(const Atoms& a, size_t i, const char* w) { return i < a.size() && a[i].s == w; }

bool IsPreposition(const std::string& w) {
  static const std::set<std::string> kPreps = {"on", "in", "at", "during", "since", "until", "till", "by",
                                              "from", "between", "over", "of", "before", "after", "through"};
  return kPreps.count(w) > 0;
}

bool IsModifier(const std::string& w) { return w == "early" || w == "mid" || w == "late"; }

// Month number of a month-name atom written as a month (not "may" the verb, not "Jan" the name).
int MonthAt(const Atoms& a, size_t i, bool has_context) {
  const TimeAtom& t = At(a, i);
  if (!t.word || !t.cap) return 0;
  int m = MonthFromName(t.s);
  if (!m) return 0;
  const TimeAtom& next = At(a, i + 1);
  bool abbreviation = t.s.size() <= 4 && t.s != "june" && t.s != "july" && t.s != "may";
  if (abbreviation) return (next.s == "." || next.number) ? m : 0;
  if (t.s == "may" || t.s == "march") {
    bool year_follows = (next.s == "," && At(a, i + 2).digits == 4) || next.digits == 4;
    return (has_context || next.number || year_follows) ? m : 0;
  }
  return m;
}

// Skips the "." after an abbreviated month.
size_t AfterMonth(const Atoms& a, size_t i) { return Is(a, i + 1, ".") ? i + 2 : i + 1; }

bool IsDayNumber(const TimeAtom& t) { return t.number && t.digits <= 2 && t.value >= 1 && t.value <= 31; }
bool IsYearNumber(const TimeAtom& t) { return t.number && t.digits == 4 && t.value >= 1800 && t.value <= 2099; }

// Optional ", 2019" / " 2019" / " of 2019" after position `i`; returns the new position.
size_t OptionalYear(const Atoms& a, size_t i, int* year) {
  if (IsYearNumber(At(a, i))) { *year = At(a, i).value; return i + 1; }
  if ((Is(a, i, ",") || Is(a, i, "of")) && IsYearNumber(At(a, i + 1))) { *year = At(a, i + 1).value; return i + 2; }
  return i;
}

int NumberWord(const TimeAtom& t) {
  static const char* kWords[] = {"zero", "one", "two", "three", "four", "five", "six",
                                 "seven", "eight", "nine", "ten", "eleven", "twelve"};
  if (t.number) return t.value;
  if (t.s == "a" || t.s == "an") return 1;
  if (t.s == "several" || t.s == "few") return -1;
  for (int k = 1; k <= 12; ++k) if (t.s == kWords[k]) return k;
  return -1;
}

int Unit(const std::string& w) {  // 1 day, 2 week, 3 month, 4 year
  if (w == "day" || w == "days") return 1;
  if (w == "week" || w == "weeks") return 2;
  if (w == "month" || w == "months") return 3;
  if (w == "year" || w == "years") return 4;
  return 0;
}

// Ordinal of "first".."fourth" / "1st".."4th", else 0.
int QuarterOrdinal(const TimeAtom& t) {
  if (t.number && t.digits == 1 && t.value >= 1 && t.value <= 4) return t.value;
  if (t.s == "first") return 1;
  if (t.s == "second") return 2;
  if (t.s == "third") return 3;
  if (t.s == "fourth") return 4;
  return 0;
}

// Words after a four-digit number that make it a count, not a year ("2000 troops").
bool IsMeasureWord(const std::string& w) {
  static const std::set<std::string> kWords = {
      "people", "persons", "troops", "soldiers", "workers", "jobs", "members", "units", "tons", "tonnes",
      "barrels", "shares", "dollars", "euros", "yuan", "rubles", "roubles", "pounds", "miles", "km", "kilometers",
      "kilometres", "meters", "metres", "feet", "cases", "deaths", "students", "refugees", "votes", "seats",
      "times", "hours", "days", "vehicles", "tanks", "aircraft", "planes", "ships", "homes", "houses",
      "employees", "delegates", "prisoners", "civilians", "children", "men", "women", "rockets", "missiles",
      "points", "acres", "hectares", "sites", "companies", "cars", "to", "million", "billion", "percent"};
  return kWords.count(w) > 0;
}

// A calendar date starting with a month name: "May 14", "Dec. 10, 2019", "March 3-5", "May 2019",
// "August and September", "May". Returns the end position or `i` when no match.
size_t MatchMonthFirst(const Atoms& a, size_t i, bool context, TimeSpec* spec) {
  int m = MonthAt(a, i, context);
  if (!m) return i;
  TimeSpec s;
  s.month = m;
  size_t j = AfterMonth(a, i);
  if (IsDayNumber(At(a, j)) && !(At(a, j + 1).s == ":")) {
    s.day = At(a, j).value;
    ++j;
    size_t k = j;
    if (Is(a, k, "-") || Is(a, k, "to") || Is(a, k, "through") || Is(a, k, "and")) {
      if (IsDayNumber(At(a, k + 1)) && At(a, k + 1).value > s.day) {
        s.month2 = m;
        s.day2 = At(a, k + 1).value;
        j = k + 2;
      }
    }
    j = OptionalYear(a, j, &s.year);
    if (s.month2) s.year2 = s.year;
    *spec = s;
    return j;
  }
  size_t y = OptionalYear(a, j, &s.year);
  if (y != j) { *spec = s; return y; }
  if (Is(a, j, "and") || Is(a, j, "to") || Is(a, j, "through") || Is(a, j, "-")) {
    int m2 = MonthAt(a, j + 1, true);
    if (m2 && m2 != m) {
      s.month2 = m2;
      size_t k = OptionalYear(a, AfterMonth(a, j + 1), &s.year2);
      if (s.year2 && !s.year) s.year = m2 > m ? s.year2 : s.year2 - 1;
      *spec = s;
      return k;
    }
  }
  *spec = s;
  return j;
}

// Everything after an optional preposition.
size_t MatchCore(const Atoms& a, size_t i, bool has_prep, TimeSpec* spec) {
  const TimeAtom& t = At(a, i);
  if (i >= a.size()) return i;
  // ISO date 2019-03-10.
  if (IsYearNumber(t) && Is(a, i + 1, "-") && At(a, i + 2).digits == 2 && Is(a, i + 3, "-") && At(a, i + 4).digits == 2) {
    TimeSpec s;
    s.year = t.value; s.month = At(a, i + 2).value; s.day = At(a, i + 4).value;
    if (Date::Valid(s.year, s.month, s.day)) { *spec = s; return i + 5; }
  }
  // Modifiers: "early May", "mid-2019", "late March".
  if (IsModifier(t.s)) {
    size_t j = Is(a, i + 1, "-") ? i + 2 : i + 1;
    if (IsYearNumber(At(a, j))) { TimeSpec s; s.year = At(a, j).value; *spec = s; return j + 1; }
    size_t k = MatchMonthFirst(a, j, true, spec);
    return k != j ? k : i;
  }
  // Weekday, optionally followed by a full calendar date ("Friday, May 22, 2020").
  if (t.word && t.cap) {
    int wd = WeekdayFromName(t.s);
    bool full_name = t.s.size() >= 6 || t.s == "tues" || t.s == "thurs";
    if (wd >= 0 && full_name) {
      size_t j = Is(a, i + 1, ",") ? i + 2 : i + 1;
      TimeSpec dated;
      size_t k = MatchMonthFirst(a, j, true, &dated);
      if (k != j && dated.day) { *spec = dated; return k; }
      TimeSpec s;
      s.kind = TimeKind::kWeekday;
      s.weekday = wd;
      size_t e = i + 1;
      const std::string& n = At(a, e).s;
      if (n == "morning" || n == "afternoon" || n == "evening" || n == "night") ++e;
      *spec = s;
      return e;
    }
  }
  // last / this / next + weekday | week | weekend | month | year | month name.
  if (t.s == "last" || t.s == "next" || t.s == "this" || t.s == "coming" || t.s == "previous" || t.s == "following") {
    int dir = (t.s == "last" || t.s == "previous") ? -1 : (t.s == "this" ? 0 : 1);
    const TimeAtom& n = At(a, i + 1);
    TimeSpec s;
    int wd = n.cap ? WeekdayFromName(n.s) : -1;
    if (wd >= 0 && n.s.size() >= 6) { s.kind = TimeKind::kWeekday; s.weekday = wd; s.offset = dir; *spec = s; return i + 2; }
    if (n.s == "week") { s.kind = TimeKind::kWeek; s.offset = dir; *spec = s; return i + 2; }
    if (n.s == "weekend") { s.kind = TimeKind::kWeekend; s.offset = dir; *spec = s; return i + 2; }
    if (n.s == "month") { s.kind = TimeKind::kMonthRel; s.offset = dir; *spec = s; return i + 2; }
    if (n.s == "year") { s.kind = TimeKind::kYearRel; s.offset = dir; *spec = s; return i + 2; }
    if (t.s == "last" && n.s == "night") { s.kind = TimeKind::kDayOffset; s.offset = -1; *spec = s; return i + 2; }
    if (t.s == "this" && (n.s == "morning" || n.s == "afternoon" || n.s == "evening")) {
      s.kind = TimeKind::kDayOffset; *spec = s; return i + 2;
    }
    int m = MonthAt(a, i + 1, true);
    if (m && t.s != "previous" && t.s != "following") { s.month = m; s.direction = dir; *spec = s; return AfterMonth(a, i + 1); }
    return i;
  }
  // "earlier this month", "later this year".
  if ((t.s == "earlier" || t.s == "later") && Is(a, i + 1, "this")) {
    size_t k = MatchCore(a, i + 1, false, spec);
    if (k != i + 1 && spec->kind != TimeKind::kWeekday) return k;
    return i;
  }
  if (t.s == "yesterday" || t.s == "today" || t.s == "tonight" || t.s == "tomorrow") {
    TimeSpec s;
    s.kind = TimeKind::kDayOffset;
    s.offset = t.s == "yesterday" ? -1 : (t.s == "tomorrow" ? 1 : 0);
    *spec = s;
    size_t e = i + 1;
    if (t.s != "tonight" && (Is(a, e, "morning") || Is(a, e, "afternoon") || Is(a, e, "evening") || Is(a, e, "night"))) ++e;
    return e;
  }
  if (t.s == "the") {
    TimeSpec s;
    if (Is(a, i + 1, "day") && Is(a, i + 2, "before") && Is(a, i + 3, "yesterday")) {
      s.kind = TimeKind::kDayOffset; s.offset = -2; *spec = s; return i + 4;
    }
    if (Is(a, i + 1, "day") && Is(a, i + 2, "before")) { s.kind = TimeKind::kDayOffset; s.offset = -1; *spec = s; return i + 3; }
    if (Is(a, i + 1, "day") && Is(a, i + 2, "after") && Is(a, i + 3, "tomorrow")) {
      s.kind = TimeKind::kDayOffset; s.offset = 2; *spec = s; return i + 4;
    }
    if ((Is(a, i + 1, "previous") || Is(a, i + 1, "next") || Is(a, i + 1, "following")) && Is(a, i + 2, "day")) {
      s.kind = TimeKind::kDayOffset; s.offset = Is(a, i + 1, "previous") ? -1 : 1; *spec = s; return i + 3;
    }
    if (Is(a, i + 1, "weekend")) { s.kind = TimeKind::kWeekend; *spec = s; return i + 2; }
    if (Is(a, i + 1, "past") || Is(a, i + 1, "coming")) return i;
    // "the 10th of March", "the 1990s" are left alone; "the year 2012".
    if (Is(a, i + 1, "year") && IsYearNumber(At(a, i + 2))) { s.year = At(a, i + 2).value; *spec = s; return i + 3; }
    return i;
  }
  // "two days ago", "a year ago".
  if (Unit(At(a, i + 1).s) && Is(a, i + 2, "ago")) {
    int n = NumberWord(t);
    if (n > 0 && n < 400) {
      TimeSpec s;
      int u = Unit(At(a, i + 1).s);
      if (u == 1 || u == 2) { s.kind = TimeKind::kDayOffset; s.offset = -(u == 1 ? n : 7 * n); }
      if (u == 3) { s.kind = TimeKind::kMonthRel; s.offset = -n; }
      if (u == 4) { s.kind = TimeKind::kYearRel; s.offset = -n; }
      *spec = s;
      return i + 3;
    }
  }
  // Quarters: "the third quarter", "third-quarter", "the 4th quarter of 2019".
  if (int q = QuarterOrdinal(t)) {
    size_t j = Is(a, i + 1, "-") ? i + 2 : i + 1;
    if (Is(a, j, "quarter")) {
      TimeSpec s;
      s.kind = TimeKind::kQuarter;
      s.quarter = q;
      size_t e = OptionalYear(a, j + 1, &s.year);
      if (i > 0 && IsYearNumber(At(a, i - 1))) s.year = At(a, i - 1).value;
      *spec = s;
      return e;
    }
  }
  // Month first.
  size_t k = MatchMonthFirst(a, i, has_prep, spec);
  if (k != i) return k;
  // Day first: "10 March 2019", "22nd May".
  if (IsDayNumber(t)) {
    size_t j = Is(a, i + 1, "of") ? i + 2 : i + 1;
    int m = MonthAt(a, j, true);
    if (m) {
      TimeSpec s;
      s.day = t.value;
      s.month = m;
      size_t e = OptionalYear(a, AfterMonth(a, j), &s.year);
      *spec = s;
      return e;
    }
  }
  // A bare year: "in 2012", "the 2019 elections"; not a count ("2000 troops", "$2010").
  if (IsYearNumber(t) && !Is(a, i + 1, "s") && !Is(a, i + 1, "%")) {
    const TimeAtom& n = At(a, i + 1);
    bool count = IsMeasureWord(n.s) || (n.s == "-" && At(a, i + 2).number) || (n.s == "," && At(a, i + 2).digits == 3);
    const std::string& prev = i > 0 ? At(a, i - 1).s : std::string();
    if (!count && prev != "$" && prev != "." && prev != "," && prev != "#") {
      TimeSpec s;
      s.year = t.value;
      *spec = s;
      return i + 1;
    }
  }
  return i;
}

}  // namespace

size_t MatchTimeExpression(const Atoms& atoms, size_t i, TimeSpec* spec) {
  if (i >= atoms.size()) return 0;
  const TimeAtom& t = atoms[i];
  if (t.word && IsPreposition(t.s) && i + 1 < atoms.size()) {
    size_t k = MatchCore(atoms, i + 1, true, spec);
    if (k > i + 1) return k - i;
    return 0;
  }
  size_t k = MatchCore(atoms, i, false, spec);
  return k > i ? k - i : 0;
}

}  // namespace parley
