// Main-text extraction: score paragraph-like nodes, pick the best container, keep its good siblings.
#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "ingest/html_tree.h"

namespace parley::html_internal {
namespace {

constexpr int kMaxDepth = 400;

const char* const kNegative[] = {"comment", "footer", "footnote", "sidebar", "share", "social", "related", "promo",
                                 "advert", "sponsor", "subscribe", "newsletter", "cookie", "popup", "modal", "breadcrumb",
                                 "menu", "masthead", "widget", "pagination", "pager", "disqus", "outbrain", "taboola",
                                 "recirc", "signup", "nav", "banner", "toolbar", "skip", "hidden", "print", "byline",
                                 "caption", "author", "tags", "rss", "trending", "popular", "more", "recommend", "ad", "ads"};
const char* const kPositive[] = {"article", "body", "content", "entry", "main", "post", "text", "story", "blog", "prose"};

// True when a word of the class/id string (split at non-letters and camel case is ignored) starts with `stem`.
bool Contains(const std::string& hay, const char* stem) {
  size_t n = std::strlen(stem);
  for (size_t i = 0; i < hay.size();) {
    while (i < hay.size() && !((hay[i] >= 'a' && hay[i] <= 'z') || (hay[i] >= '0' && hay[i] <= '9'))) ++i;
    size_t b = i;
    while (i < hay.size() && ((hay[i] >= 'a' && hay[i] <= 'z') || (hay[i] >= '0' && hay[i] <= '9'))) ++i;
    if (i - b >= n && hay.compare(b, n, stem) == 0) return true;
  }
  return false;
}

}  // namespace

bool IsSkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FIGURE: case GUMBO_TAG_MATH: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_H1: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

std::string ClassAndId(const GumboNode* n) {
  std::string s;
  for (const char* name : {"class", "id", "role", "itemprop"}) {
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    if (a) { s += a->value; s += ' '; }
  }
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return s;
}

int ClassWeight(const GumboNode* n) {
  std::string s = ClassAndId(n);
  if (s.empty()) return 0;
  int w = 0;
  for (const char* p : kPositive) if (Contains(s, p)) { w += 25; break; }
  for (const char* p : kNegative) if (Contains(s, p)) { w -= 25; break; }
  return w;
}

bool IsUnlikely(const GumboNode* n) {
  GumboTag t = n->v.element.tag;
  if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN) return false;
  std::string s = ClassAndId(n);
  if (s.empty()) return false;
  if (Contains(s, "hidden")) return true;
  bool negative = false;
  for (const char* p : kNegative) if (Contains(s, p)) { negative = true; break; }
  if (!negative) return false;
  for (const char* p : {"article", "body", "content", "main", "story", "text"}) if (Contains(s, p)) return false;
  return true;
}

// Per-node statistics computed once, post-order.
void Measure(GumboNode* n, int depth, Stats& stats, bool strip_unlikely) {
  NodeInfo info;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) return;
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return;
  GumboVector* kids = n->type == GUMBO_NODE_ELEMENT ? &n->v.element.children : &n->v.document.children;
  bool skipped = n->type == GUMBO_NODE_ELEMENT && (IsSkippedTag(n->v.element.tag) || (strip_unlikely && IsUnlikely(n)));
  info.skipped = skipped;
  if (!skipped && depth < kMaxDepth) {
    for (unsigned i = 0; i < kids->length; ++i) {
      GumboNode* c = static_cast<GumboNode*>(kids->data[i]);
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) {
        const char* t = c->v.text.text;
        size_t len = std::strlen(t);
        size_t nonspace = 0;
        for (size_t k = 0; k < len; ++k) {
          char ch = t[k];
          if (ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r') ++nonspace;
          if (ch == ',') ++info.commas;
        }
        info.text += nonspace;
      } else if (c->type == GUMBO_NODE_ELEMENT) {
        Measure(c, depth + 1, stats, strip_unlikely);
        auto it = stats.find(c);
        if (it == stats.end()) continue;
        const NodeInfo& ci = it->second;
        info.text += ci.text;
        info.commas += ci.commas;
        info.links += c->v.element.tag == GUMBO_TAG_A ? ci.text : ci.links;
        if (IsBlockTag(c->v.element.tag) && c->v.element.tag != GUMBO_TAG_BR) info.has_block_child = true;
      }
    }
  }
  stats.emplace(n, info);
}

double LinkDensity(const NodeInfo& i) { return i.text ? static_cast<double>(i.links) / i.text : 0; }

GumboNode* PickCandidate(GumboNode* root, Stats& stats, std::unordered_map<GumboNode*, double>& scores) {
  std::vector<GumboNode*> stack{root};
  auto init = [&](GumboNode* a) -> double& {
    auto [it, fresh] = scores.emplace(a, 0.0);
    if (fresh && a->type == GUMBO_NODE_ELEMENT) {
      switch (a->v.element.tag) {
        case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN: it->second = 5; break;
        case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: it->second = 3; break;
        case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_FORM: it->second = -3; break;
        default: break;
      }
      it->second += ClassWeight(a);
    }
    return it->second;
  };
  while (!stack.empty()) {
    GumboNode* n = stack.back();
    stack.pop_back();
    auto it = stats.find(n);
    if (it == stats.end() || it->second.skipped) continue;
    GumboVector* kids = n->type == GUMBO_NODE_ELEMENT ? &n->v.element.children : &n->v.document.children;
    for (unsigned i = 0; i < kids->length; ++i) {
      GumboNode* c = static_cast<GumboNode*>(kids->data[i]);
      if (c->type == GUMBO_NODE_ELEMENT) stack.push_back(c);
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag t = n->v.element.tag;
    bool paragraph = t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_TD || t == GUMBO_TAG_BLOCKQUOTE ||
                     (t == GUMBO_TAG_DIV && !it->second.has_block_child);
    if (!paragraph || it->second.text < 25) continue;
    double score = 1 + it->second.commas + std::min(it->second.text / 100.0, 3.0);
    score *= 1 - LinkDensity(it->second);
    GumboNode* a = n->parent;
    for (int level = 1; a && level <= 3; ++level, a = a->parent) {
      if (a->type != GUMBO_NODE_ELEMENT) break;
      init(a) += score / (level == 1 ? 1 : level == 2 ? 2 : level * 3);
    }
  }
  GumboNode* best = nullptr;
  double best_score = 0;
  for (auto& [node, s] : scores) {
    double final_score = s * (1 - LinkDensity(stats[node]));
    s = final_score;
    if (final_score > best_score) { best_score = final_score; best = node; }
  }
  return best;
}

}  // namespace parley::html_internal
