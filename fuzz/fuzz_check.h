// Shared by the ingest fuzz targets: run one format over the input and check the article invariants.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "ingest/ingest.h"

namespace parley::fuzz {

/// Ingests `data` as `format` and traps when an article breaks an invariant (spans, UTF-8, non-empty text).
inline void IngestAndCheck(const uint8_t* data, size_t size, const char* format) {
  IngestOptions options;
  options.force_format = format;
  options.max_record_bytes = 1 << 20;
  IngestSink sink;
  sink.on_article = [](Article&& a) {
    if (a.text.empty()) __builtin_trap();
    if (a.dateline.found && (a.dateline.span.begin > a.dateline.span.end || a.dateline.span.end > a.text.size())) __builtin_trap();
    if (CountInvalidUtf8(a.text) != 0) __builtin_trap();
  };
  sink.on_rejection = [](Rejection&& r) {
    if (r.reason.empty()) __builtin_trap();
  };
  IngestBuffer(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz-input", options, sink);
}

}  // namespace parley::fuzz
