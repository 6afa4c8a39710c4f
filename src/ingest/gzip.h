// gzip decompression of whole buffers, tolerant of concatenated members and truncation.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace parley {

/// Decompressed bytes and, when the stream is damaged, where it broke.
struct Inflated {
  std::string data;        ///< everything decompressed before any error
  bool ok = true;          ///< false when the stream is truncated or corrupt
  size_t error_offset = 0; ///< compressed byte offset of the member that failed
  std::string error;       ///< "truncated gzip" or "corrupt gzip: <zlib message>"
};

/// Inflates all gzip members of `gz` (stops with ok=false after `limit` output bytes).
Inflated InflateGzip(std::string_view gz, size_t limit);

}  // namespace parley
