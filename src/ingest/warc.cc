// WARC (plain or gzip): HTML response records become articles; other record types are skipped.
#include <cstdlib>

#include "core/utf8.h"
#include "ingest/formats.h"
#include "ingest/gzip.h"

namespace parley::ingest_internal {
namespace {

// The value of header `name` (case-insensitive) in a block of "Name: value" lines.
std::string Header(std::string_view headers, std::string_view name) {
  size_t pos = 0;
  while (pos < headers.size()) {
    size_t nl = headers.find('\n', pos);
    if (nl == std::string_view::npos) nl = headers.size();
    std::string_view line = headers.substr(pos, nl - pos);
    pos = nl + 1;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon != name.size()) continue;
    if (AsciiLower(line.substr(0, colon)) == AsciiLower(name)) return std::string(Trim(line.substr(colon + 1)));
  }
  return {};
}

// Finds the blank line ending a header block; sets `body` to the first byte after it.
size_t HeaderEnd(std::string_view s, size_t from, size_t* body) {
  size_t crlf = s.find("\r\n\r\n", from);
  size_t lf = s.find("\n\n", from);
  if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf <= lf)) { *body = crlf + 4; return crlf; }
  if (lf != std::string_view::npos) { *body = lf + 2; return lf; }
  return std::string_view::npos;
}

// Decodes an HTTP chunked body; returns false when malformed.
bool Dechunk(std::string_view in, std::string* out) {
  size_t pos = 0;
  while (pos < in.size()) {
    size_t nl = in.find('\n', pos);
    if (nl == std::string_view::npos) return false;
    std::string size_line(Trim(in.substr(pos, nl - pos)));
    char* end = nullptr;
    unsigned long n = std::strtoul(size_line.c_str(), &end, 16);
    if (end == size_line.c_str()) return false;
    pos = nl + 1;
    if (n == 0) return true;
    if (n > in.size() - pos) return false;
    out->append(in.substr(pos, n));
    pos += n;
    while (pos < in.size() && (in[pos] == '\r' || in[pos] == '\n')) ++pos;
  }
  return true;
}

void IngestResponse(std::string_view warc_headers, std::string_view block, const std::string& origin, const IngestOptions& options,
                    const IngestSink& sink) {
  if (block.rfind("HTTP/", 0) != 0) return;  // not an HTTP response: skipped
  size_t body_at = 0;
  size_t hend = HeaderEnd(block, 0, &body_at);
  if (hend == std::string_view::npos) { Reject(sink, origin, "invalid HTTP response", "no end of HTTP headers"); return; }
  std::string_view http_headers = block.substr(0, hend);
  std::string type = AsciiLower(Header(http_headers, "Content-Type"));
  if (type.find("html") == std::string::npos) return;  // only HTML pages are articles
  std::string_view body = block.substr(body_at);
  std::string decoded;
  if (AsciiLower(Header(http_headers, "Transfer-Encoding")).find("chunked") != std::string::npos) {
    if (!Dechunk(body, &decoded)) { Reject(sink, origin, "invalid HTTP response", "bad chunked encoding"); return; }
    body = decoded;
  }
  std::string inflated;
  if (AsciiLower(Header(http_headers, "Content-Encoding")).find("gzip") != std::string::npos) {
    Inflated z = InflateGzip(body, options.max_record_bytes);
    if (!z.ok) { Reject(sink, origin, "invalid HTTP response", "gzip body: " + z.error); return; }
    inflated = std::move(z.data);
    body = inflated;
  }
  Article a;
  a.id = Header(warc_headers, "WARC-Record-ID");
  if (a.id.size() >= 2 && a.id.front() == '<' && a.id.back() == '>') a.id = a.id.substr(1, a.id.size() - 2);
  if (a.id.empty()) a.id = origin;
  a.url = Header(warc_headers, "WARC-Target-URI");
  if (a.url.size() >= 2 && a.url.front() == '<' && a.url.back() == '>') a.url = a.url.substr(1, a.url.size() - 2);
  a.origin = origin;
  a.format = "warc";
  IngestHtmlRecord(body, std::move(a), ParseLooseDate(Header(warc_headers, "WARC-Date")), options, sink);
}

// Walks the records of decompressed WARC data; `gz_error` is reported for a record cut by a damaged gzip stream.
void WalkRecords(std::string_view data, const std::string& name, const std::string& gz_error, const IngestOptions& options,
                 const IngestSink& sink) {
  size_t pos = 0;
  bool cut_reported = false;
  auto cut = [&](size_t at, const char* what) {
    if (!gz_error.empty()) { Reject(sink, name + "@" + std::to_string(at), "truncated gzip", gz_error); cut_reported = true; }
    else Reject(sink, name + "@" + std::to_string(at), "truncated WARC record", what);
  };
  while (pos < data.size()) {
    while (pos < data.size() && (data[pos] == '\r' || data[pos] == '\n')) ++pos;
    if (pos >= data.size()) break;
    std::string origin = name + "@" + std::to_string(pos);
    if (data.compare(pos, 5, "WARC/") != 0) {
      size_t next = data.find("\nWARC/", pos);
      Reject(sink, origin, "invalid WARC record", "expected 'WARC/' version line");
      if (next == std::string_view::npos) break;
      pos = next + 1;
      continue;
    }
    size_t block_at = 0;
    size_t hend = HeaderEnd(data, pos, &block_at);
    if (hend == std::string_view::npos) { cut(pos, "header block not terminated"); break; }
    std::string_view headers = data.substr(pos, hend - pos);
    std::string len_text = Header(headers, "Content-Length");
    char* end = nullptr;
    unsigned long long len = std::strtoull(len_text.c_str(), &end, 10);
    if (len_text.empty() || *end != '\0') {
      Reject(sink, origin, "invalid WARC record", "missing or bad Content-Length");
      size_t next = data.find("\nWARC/", block_at);
      if (next == std::string_view::npos) break;
      pos = next + 1;
      continue;
    }
    if (len > data.size() - block_at) { cut(pos, "block shorter than Content-Length"); break; }
    std::string_view block = data.substr(block_at, len);
    pos = block_at + len;
    if (AsciiLower(Header(headers, "WARC-Type")) != "response") continue;
    if (len > options.max_record_bytes) { Reject(sink, origin, "record too large", std::to_string(len) + " bytes"); continue; }
    IngestResponse(headers, block, origin, options, sink);
  }
  if (!gz_error.empty() && !cut_reported) Reject(sink, name + "@" + std::to_string(data.size()), "truncated gzip", gz_error);
}

}  // namespace

void IngestWarc(std::string_view bytes, const std::string& name, const IngestOptions& options, const IngestSink& sink) {
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f && static_cast<unsigned char>(bytes[1]) == 0x8b) {
    Inflated z = InflateGzip(bytes, size_t(4) << 30);
    std::string err;
    if (!z.ok) err = z.error + " at compressed byte " + std::to_string(z.error_offset);
    WalkRecords(z.data, name, err, options, sink);
    return;
  }
  WalkRecords(bytes, name, "", options, sink);
}

}  // namespace parley::ingest_internal
