// One HTML page becomes one Article; token scoring for `parley html-eval`.
#include <cctype>
#include <unordered_map>

#include "core/utf8.h"
#include "ingest/formats.h"
#include "ingest/html.h"

namespace parley {
namespace {

template <class F>
void ForEachToken(std::string_view s, F&& f) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !(std::isalnum(static_cast<unsigned char>(s[i])) || static_cast<unsigned char>(s[i]) >= 0x80)) ++i;
    size_t b = i;
    while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || static_cast<unsigned char>(s[i]) >= 0x80)) ++i;
    if (i > b) f(AsciiLower(s.substr(b, i - b)));
  }
}

}  // namespace

TokenScore ScoreTokens(std::string_view predicted, std::string_view truth) {
  std::unordered_map<std::string, long> counts;
  long n_truth = 0, n_pred = 0, common = 0;
  ForEachToken(truth, [&](std::string t) { ++counts[t]; ++n_truth; });
  ForEachToken(predicted, [&](std::string t) {
    ++n_pred;
    auto it = counts.find(t);
    if (it != counts.end() && it->second > 0) { --it->second; ++common; }
  });
  TokenScore s;
  if (n_truth == 0 && n_pred == 0) return TokenScore{1, 1, 1};
  s.precision = n_pred ? static_cast<double>(common) / n_pred : 0;
  s.recall = n_truth ? static_cast<double>(common) / n_truth : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

namespace ingest_internal {

void IngestHtmlRecord(std::string_view bytes, Article&& a, const Date& fallback_date, const IngestOptions& options,
                      const IngestSink& sink) {
  std::string html(bytes);
  TextCheck check = CheckText(html, options);
  if (!check.reason.empty()) { Reject(sink, a.origin, check.reason, check.detail); return; }
  if (!check.warning.empty()) a.warnings.push_back(check.warning);
  HtmlPage page = ExtractHtml(html);
  if (!page.error.empty()) { Reject(sink, a.origin, "unparsable HTML", page.error); return; }
  if (page.text.empty()) { Reject(sink, a.origin, "empty text", "no main text found in the HTML page"); return; }
  a.title = page.title;
  if (a.url.empty()) a.url = page.url;
  a.text = std::move(page.text);
  FillDatelineFromText(a);
  Date date = page.date;
  if (!date.year) {
    if (!page.date_raw.empty()) a.warnings.push_back("unparsed page date '" + page.date_raw.substr(0, 40) + "'");
    date = fallback_date;
  }
  ResolveReportDate(a, date, options);
  Emit(std::move(a), sink);
}

void IngestHtml(std::string_view bytes, const std::string& name, const IngestOptions& options, const IngestSink& sink) {
  Article a;
  a.id = BaseName(name);
  a.origin = name;
  a.format = "html";
  IngestHtmlRecord(bytes, std::move(a), Date{}, options, sink);
}

}  // namespace ingest_internal
}  // namespace parley
