// UTF-8 validation and repair, and small string helpers shared by all stages.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace parley {

/// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid or truncated.
size_t Utf8SequenceLength(std::string_view s, size_t i);

/// Number of invalid bytes in `s` (0 means valid UTF-8).
size_t CountInvalidUtf8(std::string_view s);

/// Copy of `s` with each invalid byte replaced by U+FFFD; `replaced` receives how many.
std::string RepairUtf8(std::string_view s, size_t* replaced = nullptr);

/// ASCII lower-case copy (non-ASCII bytes unchanged).
std::string AsciiLower(std::string_view s);

/// `s` without leading and trailing ASCII white space.
std::string_view Trim(std::string_view s);

/// `s` without leading and trailing white space, as a new string.
std::string TrimCopy(std::string_view s);

/// The white-space separated words of `s`, ASCII lower-cased.
std::vector<std::string> LowerWords(std::string_view s);

/// Splits on a delimiter character; keeps empty fields.
std::vector<std::string> Split(std::string_view s, char delim);

}  // namespace parley
