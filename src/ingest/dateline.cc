#include "ingest/dateline.h"

#include <string>

namespace parley {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAlpha(char c) { return IsUpper(c) || IsLower(c); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A read cursor over the candidate dateline.
struct Cursor {
  std::string_view s;
  size_t i = 0;
  bool done() const { return i >= s.size(); }
  char peek(size_t k = 0) const { return i + k < s.size() ? s[i + k] : '\0'; }
  void SkipSpaces() { while (!done() && (s[i] == ' ' || s[i] == '\t')) ++i; }
  bool Eat(std::string_view lit) {
    if (s.substr(i, lit.size()) == lit) { i += lit.size(); return true; }
    return false;
  }
};

// A place word: upper-case letters (or non-ASCII), with . ' - & / inside; at least one upper-case letter.
// `title_case` also accepts "Toronto" / "York" (used only when a date must follow).
size_t PlaceWordLength(std::string_view s, size_t i, bool title_case) {
  size_t j = i;
  bool upper = false;
  if (title_case) {
    if (i >= s.size() || !IsUpper(s[i])) return 0;
    while (j < s.size() && (IsAlpha(s[j]) || s[j] == '.' || s[j] == '\'' || s[j] == '-' ||
                            static_cast<unsigned char>(s[j]) >= 0x80)) {
      if (s[j] == '-' && j + 1 < s.size() && s[j + 1] == '-') break;
      ++j;
    }
    return j - i;
  }
  while (j < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[j]);
    if (IsUpper(c)) upper = true;
    else if (c >= 0x80 || c == '.' || c == '\'' || c == '-' || c == '&' || (c == '/' && j + 1 < s.size() && IsUpper(s[j + 1]) && upper)) {
      if (c == '-' && j + 1 < s.size() && s[j + 1] == '-') break;
    } else break;
    ++j;
  }
  if (j < s.size() && IsLower(s[j])) return 0;  // "Russia" is not an all-caps place word
  return upper ? j - i : 0;
}

// Reads the all-caps place, possibly several words, with an optional "/Region/" qualifier.
bool ReadPlace(Cursor& c, std::string_view* place, bool title_case) {
  size_t start = c.i;
  size_t end = start;
  int words = 0;
  while (words < 6) {
    size_t n = PlaceWordLength(c.s, c.i, title_case);
    if (!n) break;
    c.i += n;
    end = c.i;
    ++words;
    if (c.peek() == ' ' && PlaceWordLength(c.s, c.i + 1, title_case)) { ++c.i; continue; }
    break;
  }
  if (!words || end - start > 60) return false;
  // Trailing '-' belongs to a dash terminator, not the place.
  while (end > start && (c.s[end - 1] == '-')) --end;
  if (end == start) return false;
  c.i = end;
  *place = c.s.substr(start, end - start);
  // "IGORA /Leningrad Region/"
  size_t save = c.i;
  c.SkipSpaces();
  if (c.peek() == '/' ) {
    size_t close = c.s.find('/', c.i + 1);
    if (close != std::string_view::npos && close - c.i < 50 && c.s.substr(c.i + 1, close - c.i - 1).find_first_of(".\n") == std::string_view::npos &&
        close > c.i + 1 && IsUpper(c.s[c.i + 1])) {
      std::string_view inner = c.s.substr(c.i + 1, close - c.i - 1);
      if (inner != "TASS") { c.i = close + 1; return true; }
    }
  }
  c.i = save;
  return true;
}

// Reads "November 2", "Nov. 2", "Jan 5, 2020", "Feb 26" into date; false when no month name follows.
bool ReadDate(Cursor& c, Date* date) {
  size_t save = c.i;
  if (IsDigit(c.peek())) {  // "2 March"
    int day = 0, digits = 0;
    while (IsDigit(c.peek()) && digits < 3) { day = day * 10 + (c.peek() - '0'); ++c.i; ++digits; }
    c.SkipSpaces();
    size_t j = c.i;
    while (j < c.s.size() && IsAlpha(c.s[j])) ++j;
    int month = j > c.i && j - c.i <= 9 ? MonthFromName(std::string(c.s.substr(c.i, j - c.i))) : 0;
    if (digits > 2 || !month || day < 1 || day > Date::DaysInMonth(2000, month)) { c.i = save; return false; }
    c.i = j;
    c.Eat(".");
    *date = Date{0, month, day};
    return true;
  }
  size_t j = c.i;
  while (j < c.s.size() && IsAlpha(c.s[j])) ++j;
  if (j == c.i || j - c.i > 9) return false;
  int month = MonthFromName(std::string(c.s.substr(c.i, j - c.i)));
  if (!month) return false;
  c.i = j;
  c.Eat(".");
  c.SkipSpaces();
  int day = 0, digits = 0;
  while (IsDigit(c.peek()) && digits < 3) { day = day * 10 + (c.peek() - '0'); ++c.i; ++digits; }
  if (!digits || digits > 2 || day < 1 || day > 31) { c.i = save; return false; }
  int year = 0;
  size_t after_day = c.i;
  Cursor y = c;
  y.Eat(",");
  y.SkipSpaces();
  int ydigits = 0, yv = 0;
  while (IsDigit(y.peek()) && ydigits < 5) { yv = yv * 10 + (y.peek() - '0'); ++y.i; ++ydigits; }
  if (ydigits == 4 && yv >= 1800 && yv <= 2200 && !IsDigit(y.peek())) { year = yv; c.i = y.i; }
  else c.i = after_day;
  if (year && !Date::Valid(year, month, day)) { c.i = save; return false; }
  if (!year && day > Date::DaysInMonth(2000, month)) { c.i = save; return false; }
  date->year = year;
  date->month = month;
  date->day = day;
  return true;
}

// Reads "(Reuters)" / "(AP)" or "/TASS/"; `slash` tells which form was seen.
bool ReadAgency(Cursor& c, std::string_view* agency, bool* slash) {
  char open = c.peek();
  if (open != '(' && open != '/') return false;
  char close = open == '(' ? ')' : '/';
  size_t j = c.i + 1;
  while (j < c.s.size() && j - c.i <= 24 && (IsAlpha(c.s[j]) || c.s[j] == '-' || c.s[j] == ' ' || c.s[j] == '.' || c.s[j] == '&')) ++j;
  if (j >= c.s.size() || c.s[j] != close || j == c.i + 1 || !IsUpper(c.s[c.i + 1])) return false;
  *agency = c.s.substr(c.i + 1, j - c.i - 1);
  *slash = open == '/';
  c.i = j + 1;
  return true;
}

// Reads the separator between dateline and body: "-", "--", "—", "–", ":" (and "." after a date).
bool ReadTerminator(Cursor& c, bool allow_dot) {
  if (c.Eat("\xE2\x80\x94") || c.Eat("\xE2\x80\x93")) return true;  // em dash, en dash
  if (c.peek() == '-') { while (c.peek() == '-') ++c.i; return true; }
  if (c.peek() == ':' || (allow_dot && c.peek() == '.')) { ++c.i; return true; }
  return false;
}

// Reads ", Qualifier(s)," then the date after the place: "BAHIA BLANCA, Argentina, Feb 26", "RICHMOND, Va. Feb 26".
bool ReadQualifiedDate(Cursor& c, Date* date) {
  Cursor probe = c;
  probe.SkipSpaces();
  if (!probe.Eat(",")) return false;
  probe.SkipSpaces();
  for (int words = 0; words < 5; ++words) {
    if (ReadDate(probe, date)) { c = probe; return true; }
    size_t j = probe.i;
    if (j >= probe.s.size() || !IsUpper(probe.s[j])) return false;
    while (j < probe.s.size() && (IsAlpha(probe.s[j]) || probe.s[j] == '.' || static_cast<unsigned char>(probe.s[j]) >= 0x80)) ++j;
    if (j - probe.i > 20) return false;
    probe.i = j;
    probe.Eat(",");
    if (probe.peek() != ' ') return false;
    probe.SkipSpaces();
  }
  return false;
}

}  // namespace

bool ParseDateline(std::string_view text, Dateline* out, size_t* consumed) {
  Cursor start{text.substr(0, 300), 0};
  start.SkipSpaces();
  size_t begin = start.i;
  std::string_view place, agency;
  Date date;
  bool has_date = false, slash = false, has_agency = false;
  Cursor c = start;
  bool all_caps = ReadPlace(c, &place, false);
  if (all_caps) {
    has_date = ReadQualifiedDate(c, &date);
    Cursor comma = c;
    comma.SkipSpaces();
    if (!has_date && comma.peek() == ',') return false;  // "NATO, the alliance, said"
  } else {
    c = start;  // "Toronto, Feb 26 -": mixed case only with a date
    if (!ReadPlace(c, &place, true) || !ReadQualifiedDate(c, &date)) return false;
    has_date = true;
  }
  size_t after_date = c.i;
  c.SkipSpaces();
  if (has_date && c.peek() == '.') {  // "November 2. /TASS/."
    Cursor t = c;
    ++t.i;
    t.SkipSpaces();
    if (ReadAgency(t, &agency, &slash) && slash) { has_agency = true; c = t; }
  }
  if (!has_agency && ReadAgency(c, &agency, &slash)) has_agency = true;
  if (!has_agency) c.i = after_date;
  size_t end = c.i;
  Cursor t = c;
  t.SkipSpaces();
  if (has_agency && slash) {
    t.Eat(".");
    end = t.i;
  } else if (ReadTerminator(t, has_date && !has_agency && all_caps)) {
    end = t.i;
  } else {
    return false;
  }
  // A bare "WORD:" or "WORD --" needs the body to follow on the same line.
  if (!has_date && !has_agency) {
    size_t k = end;
    while (k < c.s.size() && c.s[k] == ' ') ++k;
    if (k >= c.s.size() || c.s[k] == '\n' || place.size() < 2) return false;
  }
  size_t k = end;
  while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
  out->place = std::string(place);
  out->agency = std::string(agency);
  out->date = date;
  out->span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  out->found = true;
  if (consumed) *consumed = k;
  return true;
}

}  // namespace parley
