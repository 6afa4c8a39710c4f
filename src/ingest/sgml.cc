// Reuters-21578 SGML: each <REUTERS> record is one article (NEWID, DATE, TITLE, DATELINE, BODY).
#include "core/utf8.h"
#include "ingest/dateline.h"
#include "ingest/formats.h"

namespace parley::ingest_internal {
namespace {

// The content between <tag ...> and </tag> inside `rec`, or npos-begin when absent.
bool Element(std::string_view rec, std::string_view tag, std::string_view* content, std::string_view* open_tag = nullptr) {
  std::string open = "<" + std::string(tag);
  size_t p = 0;
  for (;;) {
    p = rec.find(open, p);
    if (p == std::string_view::npos) return false;
    char next = p + open.size() < rec.size() ? rec[p + open.size()] : '\0';
    if (next == '>' || next == ' ') break;
    p += open.size();
  }
  size_t gt = rec.find('>', p);
  if (gt == std::string_view::npos) return false;
  std::string close = "</" + std::string(tag) + ">";
  size_t end = rec.find(close, gt + 1);
  if (end == std::string_view::npos) return false;
  if (open_tag) *open_tag = rec.substr(p, gt + 1 - p);
  *content = rec.substr(gt + 1, end - gt - 1);
  return true;
}

std::string Attribute(std::string_view open_tag, std::string_view name) {
  std::string key = " " + std::string(name) + "=\"";
  size_t p = open_tag.find(key);
  if (p == std::string_view::npos) return {};
  p += key.size();
  size_t q = open_tag.find('"', p);
  return q == std::string_view::npos ? std::string() : std::string(open_tag.substr(p, q - p));
}

// Decodes entities, drops control characters, unwraps hard-wrapped lines and turns indented paragraph starts into blank lines.
std::string CleanBody(std::string_view raw) {
  std::string decoded = DecodeEntities(raw);
  std::string out;
  out.reserve(decoded.size());
  size_t i = 0, run = 0;  // [run, i) is copied in one append
  while (i < decoded.size()) {
    unsigned char c = decoded[i];
    if (c >= 0x20 || c == '\t') { ++i; continue; }
    out.append(decoded, run, i - run);
    if (c == '\n' && decoded.compare(i + 1, 4, "    ") == 0) {
      out += "\n\n";
      i += 5;
      while (i < decoded.size() && decoded[i] == ' ') ++i;
    } else {
      // A hard-wrapped line continues the paragraph; an indented or blank next line keeps its break.
      if (c == '\n') out += (i + 1 < decoded.size() && decoded[i + 1] != ' ' && decoded[i + 1] != '\n') ? ' ' : '\n';
      ++i;
    }
    run = i;
  }
  out.append(decoded, run, decoded.size() - run);
  // Drop the trailing "Reuter" signature.
  std::string_view t = Trim(out);
  for (std::string_view sig : {"Reuter", "REUTER"}) {
    if (t.size() >= sig.size() && t.substr(t.size() - sig.size()) == sig) {
      size_t before = t.size() - sig.size();
      if (before == 0 || t[before - 1] == '\n' || t[before - 1] == ' ' || t[before - 1] == '.') { t = Trim(t.substr(0, before)); break; }
    }
  }
  return std::string(t);
}

void IngestRecord(std::string_view rec, const std::string& origin_base, size_t offset, const IngestOptions& options,
                  const IngestSink& sink) {
  std::string_view open_tag = rec.substr(0, rec.find('>') + 1);
  std::string newid = Attribute(open_tag, "NEWID");
  std::string origin = origin_base + (newid.empty() ? "@" + std::to_string(offset) : "#NEWID=" + newid);
  if (rec.size() > options.max_record_bytes) { Reject(sink, origin, "record too large"); return; }
  Article a;
  a.id = newid.empty() ? "reuters@" + std::to_string(offset) : newid;
  a.origin = origin;
  a.format = "sgml";
  a.source = "Reuters";
  std::string_view v, text_tag;
  std::string date_raw = Element(rec, "DATE", &v) ? std::string(Trim(v)) : "";
  Date date = ParseLooseDate(date_raw);
  if (Element(rec, "TITLE", &v)) a.title = CleanBody(v);
  std::string dateline = Element(rec, "DATELINE", &v) ? std::string(Trim(DecodeEntities(v))) : "";
  std::string body;
  if (Element(rec, "BODY", &v)) body = CleanBody(v);
  else if (Element(rec, "TEXT", &v, &text_tag) && Attribute(text_tag, "TYPE") == "UNPROC") body = CleanBody(v);
  if (body.empty() && !a.title.empty()) {
    body = a.title;  // TYPE="BRIEF" records: the headline is the whole story
    a.warnings.push_back("title only: the title is used as text");
  }
  if (body.empty()) { Reject(sink, origin, "empty text", "record has no BODY and no TITLE"); return; }
  if (!dateline.empty()) {
    a.text = dateline + " " + body;
    Dateline d;
    size_t consumed;
    if (ParseDateline(a.text, &d, &consumed) && d.span.end <= dateline.size()) a.dateline = std::move(d);
    else a.text = body;
  } else {
    a.text = std::move(body);
  }
  TextCheck check = CheckText(a.text, options);
  if (!check.reason.empty()) { Reject(sink, origin, check.reason, check.detail); return; }
  if (!check.warning.empty()) a.warnings.push_back(check.warning);
  if (!date.year && !date_raw.empty()) a.warnings.push_back("unparsed DATE '" + date_raw.substr(0, 40) + "'");
  ResolveReportDate(a, date, options);
  Emit(std::move(a), sink);
}

}  // namespace

void IngestSgml(std::string_view bytes, const std::string& name, const IngestOptions& options, const IngestSink& sink) {
  size_t pos = 0;
  for (;;) {
    size_t start = bytes.find("<REUTERS", pos);
    if (start == std::string_view::npos) return;
    size_t end = bytes.find("</REUTERS>", start);
    size_t next = bytes.find("<REUTERS", start + 8);
    if (end == std::string_view::npos || (next != std::string_view::npos && next < end)) {
      std::string_view rec = bytes.substr(start, (next == std::string_view::npos ? bytes.size() : next) - start);
      std::string newid = Attribute(rec.substr(0, rec.find('>') + 1), "NEWID");
      Reject(sink, name + "@" + std::to_string(start) + (newid.empty() ? "" : "#NEWID=" + newid), "truncated record",
             "<REUTERS> without </REUTERS>");
      if (next == std::string_view::npos) return;
      pos = next;
      continue;
    }
    IngestRecord(bytes.substr(start, end - start), name, start, options, sink);
    pos = end + 10;
  }
}

}  // namespace parley::ingest_internal
