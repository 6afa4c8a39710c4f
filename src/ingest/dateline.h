// Wire-service datelines at the start of a news paragraph: "WASHINGTON, November 2. /TASS/.",
// "MOSCOW, May 16 (Reuters) -", "BERLIN (AP) —", "PARIS, Jan 5, 2020 (AFP) -", "CITY:".
#pragma once
#include <cstddef>
#include <string_view>

#include "core/article.h"

namespace parley {

/// Parses a dateline at the start of `text` (leading spaces allowed). On success fills place, agency,
/// date (year 0 when not written) and span (relative to `text`, covering the dateline up to its final
/// dash/dot/colon), sets found, stores in `consumed` the bytes up to the first body character, and
/// returns true. Returns false (and leaves `out` untouched) when `text` does not start with a dateline.
bool ParseDateline(std::string_view text, Dateline* out, size_t* consumed);

}  // namespace parley
