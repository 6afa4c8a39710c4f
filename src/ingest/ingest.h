// Ingest: read input files (wire text, JSONL, HTML, WARC, Reuters SGML) into Articles.
// Every input document becomes an Article or a Rejection; nothing vanishes.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "core/article.h"
#include "core/result.h"

namespace parley {

/// Options shared by every input format.
struct IngestOptions {
  std::string force_format;           ///< "", "text", "jsonl", "html", "warc", "sgml"
  int default_year = 0;               ///< --year: year for datelines without one (0 = leave unresolved)
  size_t max_record_bytes = 16u << 20;  ///< records larger than this are rejected
};

/// A document that could not be ingested, with the reason the user sees.
struct Rejection {
  std::string origin;  ///< "file.jsonl:3" (line), "file.warc@1234" (byte offset), "file.sgm#NEWID=5"
  std::string reason;  ///< short, groupable: "invalid JSON", "empty text", "binary data", "truncated gzip"
  std::string detail;  ///< longer explanation, may be empty
};

/// Receives each article or rejection in input order.
struct IngestSink {
  std::function<void(Article&&)> on_article;
  std::function<void(Rejection&&)> on_rejection;
};

/// Detects the format of a file from its name and first bytes: "text", "jsonl", "html", "warc", "sgml".
std::string DetectFormat(std::string_view name, std::string_view head);

/// Ingests one file ("-" = stdin). Returns an error only when the file cannot be read at all.
Status IngestFile(const std::string& path, const IngestOptions& options, const IngestSink& sink);

/// Ingests bytes already in memory, named `name` for ids and messages.
void IngestBuffer(std::string_view bytes, const std::string& name, const IngestOptions& options, const IngestSink& sink);

}  // namespace parley
