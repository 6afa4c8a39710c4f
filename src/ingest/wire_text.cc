// Wire-style plain text: navigation residue, title, subtitle, then the body starting at the dateline paragraph.
#include <vector>

#include "core/utf8.h"
#include "ingest/dateline.h"
#include "ingest/formats.h"

namespace parley::ingest_internal {
namespace {

struct Line {
  size_t begin, end;  // without the newline
};

bool IsResidue(std::string_view line) {
  line = Trim(line);
  if (line == "All news") return true;
  if (line.rfind("Updated at:", 0) == 0 && line.size() <= 40) return true;
  return false;
}

// Removes trailing white space, residue lines and an "All news" glued to the last sentence.
void TrimTrailingResidue(std::string& text) {
  for (;;) {
    size_t end = text.size();
    while (end && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\t' || text[end - 1] == '\r')) --end;
    text.resize(end);
    size_t line_start = text.rfind('\n');
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    if (line_start > 0 && IsResidue(std::string_view(text).substr(line_start))) { text.resize(line_start); continue; }
    static constexpr std::string_view kGlued = "All news";
    if (text.size() > kGlued.size() && std::string_view(text).substr(text.size() - kGlued.size()) == kGlued) {
      char before = text[text.size() - kGlued.size() - 1];
      if (before == '.' || before == '"' || before == '!' || before == '?' || before == ')' || before == '\n') {
        text.resize(text.size() - kGlued.size());
        continue;
      }
    }
    return;
  }
}

bool LooksLikeTitle(std::string_view line) {
  line = Trim(line);
  return !line.empty() && line.size() <= 250;
}

}  // namespace

void IngestWireText(std::string_view bytes, const std::string& name, const IngestOptions& options, const IngestSink& sink) {
  std::string all;
  all.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size(); ++i)
    if (!(bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')) all += bytes[i];
  Article a;
  a.id = BaseName(name);
  a.origin = name;
  a.format = "text";
  TextCheck check = CheckText(all, options);
  if (!check.reason.empty()) { Reject(sink, name, check.reason, check.detail); return; }
  if (!check.warning.empty()) a.warnings.push_back(check.warning);
  if (all.size() >= 3 && all.compare(0, 3, "\xEF\xBB\xBF") == 0) all.erase(0, 3);  // BOM

  std::vector<Line> lines;  // non-empty, non-residue lines
  std::string_view v(all);
  for (size_t pos = 0; pos <= v.size();) {
    size_t nl = v.find('\n', pos);
    if (nl == std::string_view::npos) nl = v.size();
    std::string_view line = v.substr(pos, nl - pos);
    if (!Trim(line).empty() && !IsResidue(line)) lines.push_back(Line{pos, nl});
    pos = nl + 1;
  }
  if (lines.empty()) { Reject(sink, name, "empty text", "only navigation residue"); return; }

  size_t body_line = 0;
  Dateline d;
  size_t consumed = 0;
  bool found = false;
  // Prefer a dateline with a date or an agency; a bare "CITY:" only counts below the title.
  for (int pass = 0; pass < 2 && !found; ++pass) {
    for (size_t k = pass; k < lines.size() && k < 6; ++k) {
      Dateline cand;
      if (!ParseDateline(v.substr(lines[k].begin), &cand, &consumed) || cand.span.end > lines[k].end - lines[k].begin) continue;
      bool strong = cand.date.month || !cand.agency.empty();
      if (pass == 0 && !strong) continue;
      found = true;
      body_line = k;
      d = std::move(cand);
      break;
    }
  }
  auto line_text = [&](size_t k) { return std::string(Trim(v.substr(lines[k].begin, lines[k].end - lines[k].begin))); };
  if (found && body_line > 0) {
    a.title = line_text(0);
    for (size_t k = 1; k < body_line; ++k) {
      if (!a.subtitle.empty()) a.subtitle += ' ';
      a.subtitle += line_text(k);
    }
  } else if (!found && lines.size() >= 2 && LooksLikeTitle(v.substr(lines[0].begin, lines[0].end - lines[0].begin))) {
    a.title = line_text(0);
    body_line = 1;
  }
  size_t body_begin = lines[body_line].begin;
  while (body_begin < v.size() && (v[body_begin] == ' ' || v[body_begin] == '\t')) ++body_begin;
  a.text = all.substr(body_begin);
  TrimTrailingResidue(a.text);
  if (found) {
    Dateline parsed;
    if (ParseDateline(a.text, &parsed, &consumed)) a.dateline = std::move(parsed);
  }
  ResolveReportDate(a, Date{}, options);
  Emit(std::move(a), sink);
}

}  // namespace parley::ingest_internal
