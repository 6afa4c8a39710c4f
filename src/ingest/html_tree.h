// Internal: node statistics and scoring helpers for the HTML main-text extractor.
#pragma once
#include <gumbo.h>

#include <string>
#include <unordered_map>

namespace parley::html_internal {

/// Text statistics of one element (skipped subtrees count nothing).
struct NodeInfo {
  size_t text = 0;    ///< non-space text bytes
  size_t links = 0;   ///< of which inside <a>
  size_t commas = 0;
  bool skipped = false;          ///< script/nav/footer/... or an unlikely class/id
  bool has_block_child = false;  ///< contains block-level children
};
using Stats = std::unordered_map<const GumboNode*, NodeInfo>;

/// Tags never part of the main text (scripts, navigation, forms, media, h1 headline...).
bool IsSkippedTag(GumboTag t);
/// Tags that start a new paragraph in extracted text.
bool IsBlockTag(GumboTag t);
/// Lower-cased class, id, role and itemprop attributes joined by spaces.
std::string ClassAndId(const GumboNode* n);
/// +25 for article/content/story-like names, -25 for comment/nav/footer-like names.
int ClassWeight(const GumboNode* n);
/// True for elements whose class/id marks them as boilerplate (and nothing content-like).
bool IsUnlikely(const GumboNode* n);
/// Fills `stats` for `n` and its descendants; `strip_unlikely` skips boilerplate-named elements.
void Measure(GumboNode* n, int depth, Stats& stats, bool strip_unlikely);
/// Share of a node's text inside links.
double LinkDensity(const NodeInfo& i);
/// The best-scoring container node (nullptr when the page has no paragraph text); `scores` keeps all scores.
GumboNode* PickCandidate(GumboNode* root, Stats& stats, std::unordered_map<GumboNode*, double>& scores);

}  // namespace parley::html_internal
