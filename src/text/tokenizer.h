// Internal: splits a byte range of text into tokens (surface spans, kinds, lower-cased forms).
#pragma once
#include <string_view>
#include <vector>

#include "core/article.h"

namespace parley::text {

/// A token plus the layout facts the sentence splitter needs.
struct RawToken {
  Span span;
  TokenKind kind = TokenKind::kWord;
  bool newline_before = false;  ///< a line break separates it from the previous token
  bool space_before = false;    ///< white space separates it from the previous token
};

/// Tokenizes text[begin, end): words (with clitics 's n't split off), numbers, punctuation, quotes, symbols.
/// Never splits a valid UTF-8 sequence; each invalid byte becomes a one-byte symbol token.
void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<RawToken>& out);

/// Lower-cased form of a surface string (ASCII letters, plus Latin-1 and Cyrillic capitals).
void LowerInto(std::string_view surface, std::string& out);

/// True when the surface starts with an upper-case letter (ASCII, Latin-1, Greek or Cyrillic).
bool StartsUpper(std::string_view surface);

}  // namespace parley::text
