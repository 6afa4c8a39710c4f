// A fast hash for the short strings (tokens, names) that every stage looks up many times per sentence.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace parley {

/// FNV-1a over the bytes, 8 at a time where it can; good enough for dictionary keys and much cheaper
/// than std::hash on the 2-10 byte strings that tokens are.
struct FastStringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
    return static_cast<size_t>(h ^ (h >> 29));
  }
  size_t operator()(const std::string& s) const noexcept { return (*this)(std::string_view(s)); }
};

/// Equality that accepts std::string and std::string_view alike (heterogeneous lookup).
struct StringEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};

}  // namespace parley
