// Format detection and dispatch: files and buffers to the per-format parsers.
#include "ingest/ingest.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>

#include "core/utf8.h"
#include "ingest/formats.h"

namespace parley {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if ((s[i] | 0x20) != (prefix[i] | 0x20)) return false;
  return true;
}

}  // namespace

std::string DetectFormat(std::string_view name, std::string_view head) {
  std::string lname = AsciiLower(name);
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f && static_cast<unsigned char>(head[1]) == 0x8b) return "warc";
  std::string_view h = head;
  if (h.size() >= 3 && h.compare(0, 3, "\xEF\xBB\xBF") == 0) h.remove_prefix(3);
  while (!h.empty() && (h[0] == ' ' || h[0] == '\n' || h[0] == '\r' || h[0] == '\t')) h.remove_prefix(1);
  if (h.rfind("WARC/", 0) == 0) return "warc";
  if (h.find("<REUTERS") != std::string_view::npos || StartsWithNoCase(h, "<!DOCTYPE lewis")) return "sgml";
  if (StartsWithNoCase(h, "<!doctype html") || StartsWithNoCase(h, "<html") || StartsWithNoCase(h, "<?xml") ||
      StartsWithNoCase(h, "<head") || StartsWithNoCase(h, "<!--"))
    return "html";
  if (EndsWith(lname, ".jsonl") || EndsWith(lname, ".ndjson")) return "jsonl";
  if (EndsWith(lname, ".html") || EndsWith(lname, ".htm")) return "html";
  if (EndsWith(lname, ".warc") || EndsWith(lname, ".warc.gz")) return "warc";
  if (EndsWith(lname, ".sgm") || EndsWith(lname, ".sgml")) return "sgml";
  if (!h.empty() && h[0] == '{') return "jsonl";
  if (!h.empty() && h[0] == '<') return "html";
  return "text";
}

void IngestBuffer(std::string_view bytes, const std::string& name, const IngestOptions& options, const IngestSink& sink) {
  using namespace ingest_internal;
  std::string format = options.force_format.empty() ? DetectFormat(name, bytes.substr(0, 4096)) : options.force_format;
  if (format == "jsonl") IngestJsonl(bytes, name, options, sink);
  else if (format == "html") IngestHtml(bytes, name, options, sink);
  else if (format == "warc") IngestWarc(bytes, name, options, sink);
  else if (format == "sgml") IngestSgml(bytes, name, options, sink);
  else IngestWireText(bytes, name, options, sink);
}

Status IngestFile(const std::string& path, const IngestOptions& options, const IngestSink& sink) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    IngestBuffer(bytes, "stdin", options, sink);
    return Status();
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::Error("cannot open " + path);
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
  bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) return Status::Error("cannot read " + path);
  IngestBuffer(bytes, path, options, sink);
  return Status();
}

}  // namespace parley
