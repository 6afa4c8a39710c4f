// Checks and date rules shared by every input format.
#include <cstring>

#include "core/utf8.h"
#include "ingest/dateline.h"
#include "ingest/formats.h"

namespace parley::ingest_internal {

TextCheck CheckText(std::string& text, const IngestOptions& options) {
  TextCheck r;
  if (text.size() > options.max_record_bytes) {
    r.reason = "record too large";
    r.detail = std::to_string(text.size()) + " bytes > --max-record-bytes " + std::to_string(options.max_record_bytes);
    return r;
  }
  // Branch-free counts so the compiler can vectorise the scan.
  size_t control = 0, nuls = 0;
  for (unsigned char c : text) {
    nuls += c == 0;
    control += (c < 0x20) & (c != '\n') & (c != '\r') & (c != '\t') & (c != '\f') & (c != '\v');
  }
  bool nul = nuls > 0;
  if (nul || control * 10 > text.size()) {
    r.reason = "binary data";
    r.detail = nul ? "contains NUL bytes" : "mostly control characters";
    return r;
  }
  size_t invalid = CountInvalidUtf8(text);
  if (invalid) {
    if (invalid * 5 > text.size()) {
      r.reason = "invalid UTF-8";
      r.detail = std::to_string(invalid) + " of " + std::to_string(text.size()) + " bytes are not UTF-8";
      return r;
    }
    text = RepairUtf8(text);
    r.warning = "repaired " + std::to_string(invalid) + " invalid UTF-8 bytes";
  }
  if (Trim(text).empty()) r.reason = "empty text";
  return r;
}

void FillDatelineFromText(Article& article) {
  Dateline d;
  size_t consumed = 0;
  if (ParseDateline(article.text, &d, &consumed)) article.dateline = std::move(d);
}

void ResolveReportDate(Article& article, const Date& metadata, const IngestOptions& options) {
  if (metadata.year) {
    article.report_date = metadata;
    article.report_date_source = "metadata";
    return;
  }
  const Dateline& d = article.dateline;
  if (d.found && d.date.month) {
    article.report_date = d.date;
    if (d.date.year) {
      article.report_date_source = "dateline";
    } else if (options.default_year) {
      article.report_date.year = options.default_year;
      if (!Date::Valid(article.report_date.year, article.report_date.month, article.report_date.day))
        article.report_date.day = 0;
      article.report_date_source = "dateline+--year";
    } else {
      article.report_date_source = "unresolved";
      article.warnings.push_back("dateline has no year; report year unresolved (pass --year)");
    }
    return;
  }
  article.report_date = Date{};
  article.report_date_source = "unresolved";
  article.warnings.push_back("no report date in metadata or dateline");
}

std::string BaseName(const std::string& path) {
  std::string b = path;
  size_t slash = b.find_last_of('/');
  if (slash != std::string::npos) b = b.substr(slash + 1);
  for (const char* ext : {".gz", ".warc", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".txt", ".sgm", ".sgml"}) {
    size_t n = std::strlen(ext);
    if (b.size() > n && b.compare(b.size() - n, n, ext) == 0) b.resize(b.size() - n);
  }
  return b.empty() ? path : b;
}

namespace {
int ReadInt(std::string_view s, size_t& i, int max_digits) {
  int v = 0, n = 0;
  while (i < s.size() && n < max_digits && s[i] >= '0' && s[i] <= '9') { v = v * 10 + (s[i] - '0'); ++i; ++n; }
  return n ? v : -1;
}
}  // namespace

Date ParseLooseDate(std::string_view s) {
  s = Trim(s);
  if (s.size() >= 4 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9') {
    size_t i = 0;
    int y = ReadInt(s, i, 4), m = 0, d = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '/')) { ++i; m = ReadInt(s, i, 2); }
    if (m > 0 && i < s.size() && (s[i] == '-' || s[i] == '/')) { ++i; d = ReadInt(s, i, 2); }
    if (m < 1 || m > 12) return Date{y, 0, 0};
    if (d < 1 || !Date::Valid(y, m, d)) return Date{y, m, 0};
    return Date{y, m, d};
  }
  // "26-FEB-1987 ..." or "Tue, 02 Nov 2021 ..." / "2 November 2021": day, month name, year.
  size_t i = 0;
  while (i < s.size() && !(s[i] >= '0' && s[i] <= '9')) ++i;
  int d = ReadInt(s, i, 2);
  if (d < 1) return Date{};
  while (i < s.size() && (s[i] == '-' || s[i] == ' ')) ++i;
  size_t j = i;
  while (j < s.size() && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z')) ++j;
  int m = MonthFromName(std::string(s.substr(i, j - i)));
  i = j;
  while (i < s.size() && (s[i] == '-' || s[i] == ' ' || s[i] == ',')) ++i;
  int y = ReadInt(s, i, 4);
  if (!m || y < 1000 || !Date::Valid(y, m, d)) return Date{};
  return Date{y, m, d};
}

namespace {
void AppendUtf8(unsigned long cp, std::string& out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) out += static_cast<char>(cp);
  else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
  else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18)); out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}
}  // namespace

std::string DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t amp = s.find('&', i);
    if (amp == std::string_view::npos) { out.append(s.substr(i)); break; }
    out.append(s.substr(i, amp - i));
    size_t semi = s.find(';', amp);
    if (semi == std::string_view::npos || semi - amp > 10) { out += '&'; i = amp + 1; continue; }
    std::string_view name = s.substr(amp + 1, semi - amp - 1);
    bool ok = true;
    if (!name.empty() && name[0] == '#') {
      unsigned long cp = 0;
      bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      size_t k = hex ? 2 : 1;
      if (k >= name.size()) ok = false;
      for (; ok && k < name.size(); ++k) {
        char c = name[k];
        int v = c >= '0' && c <= '9' ? c - '0' : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
        if (v < 0) ok = false; else cp = cp * (hex ? 16 : 10) + v;
      }
      if (ok) AppendUtf8(cp, out);
    } else if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "amp") out += '&';
    else if (name == "quot") out += '"';
    else if (name == "apos") out += '\'';
    else if (name == "nbsp") out += ' ';
    else ok = false;
    if (ok) i = semi + 1; else { out += '&'; i = amp + 1; }
  }
  return out;
}

void Emit(Article&& article, const IngestSink& sink) {
  if (Trim(article.text).empty()) {
    Reject(sink, article.origin, "empty text");
    return;
  }
  if (sink.on_article) sink.on_article(std::move(article));
}

void Reject(const IngestSink& sink, std::string origin, std::string reason, std::string detail) {
  if (sink.on_rejection) sink.on_rejection(Rejection{std::move(origin), std::move(reason), std::move(detail)});
}

}  // namespace parley::ingest_internal
