// HTML news pages: main-text extraction by content scoring over gumbo's tree, plus title and date metadata.
#pragma once
#include <string>
#include <string_view>

#include "core/date.h"

namespace parley {

/// What a news page yields: title, canonical URL, publication date and the main text (paragraphs
/// separated by blank lines; navigation, comments, ads, scripts and footers dropped).
struct HtmlPage {
  std::string title;     ///< og:title, else <title>
  std::string url;       ///< og:url or <link rel=canonical>, may be empty
  std::string date_raw;  ///< the publication date as written in the page, may be empty
  Date date;             ///< parsed date_raw (empty when none)
  std::string text;      ///< main article text
  std::string error;     ///< non-empty when the page was not parsed ("HTML nesting too deep")
};

/// Extracts the main text and metadata of an HTML page (UTF-8; invalid bytes are tolerated).
HtmlPage ExtractHtml(std::string_view html);

/// Token-level precision/recall/F1 of `predicted` against `truth` (bags of lower-cased word tokens).
struct TokenScore {
  double precision = 0, recall = 0, f1 = 0;
};

/// Compares two texts as multisets of lower-cased alphanumeric tokens; both empty scores 1.
TokenScore ScoreTokens(std::string_view predicted, std::string_view truth);

}  // namespace parley
