#include "temporal/event_dates.h"

#include <cstdlib>
#include <string_view>

#include "temporal/time_expressions.h"

namespace parley {
namespace {

bool IsClauseBreak(const Token& t) {
  return t.lower == "," || t.lower == ";" || t.lower == ":" || t.lower == "(" || t.lower == ")" ||
         t.lower == "\xE2\x80\x94" || t.lower == "--";
}

// Index of the comma/semicolon-delimited clause of sentence `s` that contains byte `pos`.
int ClauseOf(const Article& a, const Sentence& s, uint32_t pos) {
  int clause = 0;
  for (uint32_t t = s.first_token; t < s.first_token + s.token_count && t < a.tokens.size(); ++t) {
    if (a.tokens[t].span.begin >= pos) break;
    if (IsClauseBreak(a.tokens[t])) ++clause;
  }
  return clause;
}

// The bytes of the clause containing `pos`.
std::string_view ClauseText(const Article& a, const Sentence& s, uint32_t pos) {
  uint32_t begin = s.span.begin, end = s.span.end;
  for (uint32_t t = s.first_token; t < s.first_token + s.token_count && t < a.tokens.size(); ++t) {
    const Token& tok = a.tokens[t];
    if (!IsClauseBreak(tok)) continue;
    if (tok.span.end <= pos) begin = tok.span.end;
    else if (tok.span.begin >= pos) { end = tok.span.begin; break; }
  }
  if (end > a.text.size() || begin > end) return {};
  return std::string_view(a.text).substr(begin, end - begin);
}

long Distance(const Span& x, uint32_t pos) {
  if (pos >= x.begin && pos < x.end) return 0;
  return pos < x.begin ? static_cast<long>(x.begin) - pos : static_cast<long>(pos) - (x.end - 1);
}

void SetFromReport(const Article& a, Event& e) {
  e.date = a.report_date;
  e.date_end = Date{};
  e.date_precision = PrecisionName(a.report_date.precision());
  e.date_source = "report_date";
}

}  // namespace

void ResolveEventDates(Article& a) {
  for (Event& e : a.events) {
    SetFromReport(a, e);
    if (e.sentence >= a.sentences.size()) continue;
    const Sentence& s = a.sentences[e.sentence];
    uint32_t anchor = e.trigger.end > e.trigger.begin ? e.trigger.begin : s.span.begin;
    int event_clause = ClauseOf(a, s, anchor);
    bool future = e.modality == "future" || MarksFuture(ClauseText(a, s, anchor));
    const TimeExpression* same_clause = nullptr;
    const TimeExpression* initial = nullptr;
    const TimeExpression* nearest = nullptr;
    std::vector<TimeExpression> found = FindTimeExpressions(a, e.sentence);
    std::vector<ResolvedDate> resolved;
    for (const TimeExpression& x : found) {
      bool x_future = future || MarksFuture(ClauseText(a, s, x.span.begin));
      resolved.push_back(Resolve(x.spec, a.report_date, x_future));
    }
    for (size_t i = 0; i < found.size(); ++i) {
      const TimeExpression& x = found[i];
      if (!resolved[i].ok) continue;
      long d = Distance(x.span, anchor);
      if (ClauseOf(a, s, x.span.begin) == event_clause && (!same_clause || d < Distance(same_clause->span, anchor)))
        same_clause = &x;
      if (x.sentence_initial && !initial) initial = &x;
      if (!nearest || d < Distance(nearest->span, anchor)) nearest = &x;
    }
    const TimeExpression* chosen = same_clause ? same_clause : (initial ? initial : nearest);
    if (!chosen) continue;
    const ResolvedDate& r = resolved[static_cast<size_t>(chosen - found.data())];
    e.date = r.date;
    e.date_end = r.date_end;
    e.date_precision = r.precision;
    e.date_source = "text:" + chosen->text;
  }
}

}  // namespace parley
