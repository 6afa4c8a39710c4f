// Report-year inference from a named weekday and the tenures of the office-holders mentioned.
#include <string>

#include "temporal/event_dates.h"
#include "temporal/time_expressions.h"

namespace parley {
namespace {

// Sentences of the paragraph that holds the dateline (or the first paragraph with a sentence).
std::vector<uint32_t> DatelineParagraphSentences(const Article& a) {
  std::vector<uint32_t> out;
  if (a.sentences.empty()) return out;
  uint32_t first = 0;
  if (a.dateline.found) {
    for (uint32_t i = 0; i < a.sentences.size(); ++i) {
      if (a.sentences[i].span.end > a.dateline.span.begin) { first = i; break; }
    }
  }
  uint32_t paragraph = a.sentences[first].paragraph;
  for (uint32_t i = first; i < a.sentences.size() && a.sentences[i].paragraph == paragraph; ++i) out.push_back(i);
  return out;
}

// The weekday the dateline paragraph names without last/next ("said on Thursday"), or -1.
int ReportWeekday(const Article& a) {
  for (uint32_t s : DatelineParagraphSentences(a)) {
    for (const TimeExpression& x : FindTimeExpressions(a, s)) {
      if (x.spec.kind == TimeKind::kWeekday && x.spec.offset == 0) return x.spec.weekday;
    }
  }
  return -1;
}

// Inclusive containment of a full date in [from, to]; partial bounds widen to their period.
bool Within(const Date& d, const Date& from, const Date& to) {
  Date lo{from.year, from.month ? from.month : 1, from.day ? from.day : 1};
  if (from.year && d.days() < lo.days()) return false;
  if (!to.year) return true;
  int hm = to.month ? to.month : 12;
  Date hi{to.year, hm, to.day ? to.day : Date::DaysInMonth(to.year, hm)};
  return d.days() <= hi.days();
}

bool FitsConstraints(const Date& d, const std::vector<TenureConstraint>& constraints) {
  for (const TenureConstraint& c : constraints) {
    if (c.intervals.empty()) continue;
    bool inside = false;
    for (const auto& [from, to] : c.intervals) inside = inside || Within(d, from, to);
    if (!inside) return false;
  }
  return true;
}

}  // namespace

bool InferReportYear(Article& a, const std::vector<TenureConstraint>& constraints, int min_year, int max_year) {
  Date known = a.report_date;
  if (!known.month && a.dateline.found) known = a.dateline.date;
  if (known.year) return true;
  if (!known.month || !known.day) {
    a.warnings.push_back("report year: no month/day to infer it from");
    return false;
  }
  int weekday = ReportWeekday(a);
  std::vector<int> fits;
  for (int y = min_year; y <= max_year; ++y) {
    if (!Date::Valid(y, known.month, known.day)) continue;
    Date d{y, known.month, known.day};
    if (weekday >= 0 && d.weekday() != weekday) continue;
    if (FitsConstraints(d, constraints)) fits.push_back(y);
  }
  if (fits.size() == 1) {
    a.report_date = Date{fits[0], known.month, known.day};
    a.report_date_source = weekday >= 0 ? "inferred:weekday+tenure" : "inferred:tenure";
    return true;
  }
  std::string msg = "report year unresolved: ";
  if (fits.empty()) {
    msg += "no year in " + std::to_string(min_year) + ".." + std::to_string(max_year) + " fits";
  } else {
    msg += std::to_string(fits.size()) + " years fit (";
    for (size_t i = 0; i < fits.size() && i < 6; ++i) msg += (i ? ", " : "") + std::to_string(fits[i]);
    msg += fits.size() > 6 ? ", ...)" : ")";
  }
  msg += weekday >= 0 ? " the weekday and the tenures" : " the tenures (no weekday named)";
  a.warnings.push_back(msg);
  a.report_date.month = known.month;
  a.report_date.day = known.day;
  a.report_date_source = "unresolved";
  return false;
}

}  // namespace parley
