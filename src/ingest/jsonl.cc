// JSON Lines: one article object per line; a bad line is a Rejection and the others still ingest.
#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "ingest/formats.h"

namespace parley::ingest_internal {
namespace {

std::string StringField(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

void IngestLine(std::string_view line, const std::string& origin, const IngestOptions& options, const IngestSink& sink) {
  std::string owned(line);
  std::string repair_warning;
  size_t invalid = CountInvalidUtf8(owned);
  if (invalid) {
    if (invalid * 5 > owned.size()) { Reject(sink, origin, "invalid UTF-8"); return; }
    owned = RepairUtf8(owned);
    repair_warning = "repaired " + std::to_string(invalid) + " invalid UTF-8 bytes";
  }
  nlohmann::json obj = nlohmann::json::parse(owned, nullptr, /*allow_exceptions=*/false);
  if (obj.is_discarded()) { Reject(sink, origin, "invalid JSON"); return; }
  if (!obj.is_object()) { Reject(sink, origin, "invalid JSON", "line is not a JSON object"); return; }
  Article a;
  a.origin = origin;
  a.format = "jsonl";
  auto id = obj.find("id");
  if (id != obj.end() && id->is_string()) a.id = id->get<std::string>();
  else if (id != obj.end() && id->is_number_integer()) a.id = std::to_string(id->get<long long>());
  if (a.id.empty()) { Reject(sink, origin, "missing id"); return; }
  auto text = obj.find("text");
  if (text == obj.end() || !text->is_string()) { Reject(sink, origin, "missing text"); return; }
  a.text = text->get<std::string>();
  TextCheck check = CheckText(a.text, options);
  if (!check.reason.empty()) { Reject(sink, origin, check.reason, check.detail); return; }
  if (!repair_warning.empty()) a.warnings.push_back(repair_warning);
  a.title = StringField(obj, "title");
  a.url = StringField(obj, "url");
  a.source = StringField(obj, "source");
  Date published;
  std::string pub = StringField(obj, "published");
  if (!pub.empty()) {
    published = ParseLooseDate(pub);
    if (!published.year) a.warnings.push_back("unparsed published date '" + pub.substr(0, 40) + "'");
  }
  FillDatelineFromText(a);
  ResolveReportDate(a, published, options);
  Emit(std::move(a), sink);
}

}  // namespace

void IngestJsonl(std::string_view bytes, const std::string& name, const IngestOptions& options, const IngestSink& sink) {
  size_t line_no = 0;
  for (size_t pos = 0; pos < bytes.size();) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view line = bytes.substr(pos, nl - pos);
    ++line_no;
    size_t line_start = pos;
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty()) continue;
    std::string origin = name + ":" + std::to_string(line_no);
    if (line.size() > options.max_record_bytes) {
      Reject(sink, origin, "record too large", std::to_string(line.size()) + " bytes at byte " + std::to_string(line_start));
      continue;
    }
    if (line.find('\0') != std::string_view::npos) { Reject(sink, origin, "binary data", "contains NUL bytes"); continue; }
    IngestLine(line, origin, options, sink);
  }
}

}  // namespace parley::ingest_internal
