// Internal: finds quoted regions in an article by scanning its quotation marks paragraph by paragraph.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/article.h"

namespace parley::quotes {

/// One quoted stretch of text, possibly spanning several paragraphs.
struct QuoteRegion {
  Span open;                 ///< the opening mark
  Span close;                ///< the closing mark; empty at the paragraph end when the quote never closes
  std::vector<Span> pieces;  ///< the quoted bytes per paragraph, marks and outer white space excluded
  bool closed = true;        ///< false when the quote never closed (ended at its paragraph end)
  /// The quoted bytes from the first piece to the last.
  Span content() const { return Span{pieces.front().begin, pieces.back().end}; }
};

/// Byte spans of each paragraph (index = Sentence::paragraph), widened to whole lines; empty when unused.
std::vector<Span> ParagraphSpans(const Article& a);

/// All top-level quoted regions in text order. Straight, curly and guillemet double quotes open and
/// close quotes; single quotes and marks nested inside guillemets stay part of the content. A paragraph
/// that leaves a quote open continues into the next paragraph when that one opens with a quote mark;
/// otherwise the quote ends at the paragraph end and a warning is appended to `warnings`.
std::vector<QuoteRegion> FindQuoteRegions(const Article& a, std::vector<std::string>& warnings);

}  // namespace parley::quotes
