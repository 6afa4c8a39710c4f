// HTML pages: metadata (title, URL, date) and the main text, then an Article.
#include "ingest/html.h"

#include <gumbo.h>

#include <cstring>
#include <unordered_map>
#include <vector>

#include "core/utf8.h"
#include "ingest/formats.h"
#include "ingest/html_tree.h"

namespace parley {
namespace {
using namespace html_internal;

const char* Attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

void AppendCollapsed(const char* t, std::string& out) {
  for (; *t; ++t) {
    char c = *t;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    } else {
      out += c;
    }
  }
}

void PlainText(const GumboNode* n, std::string& out, int depth) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) { AppendCollapsed(n->v.text.text, out); return; }
  if (n->type != GUMBO_NODE_ELEMENT || depth > 400) return;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) PlainText(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1);
}

// Metadata from <meta>, <title>, <time> and <link rel=canonical>.
struct Meta {
  std::string og_title, title, og_url, canonical, date;
  int date_rank = 100;  // lower is better
};

void OfferDate(Meta& m, const char* value, int rank) {
  if (value && *value && rank < m.date_rank) { m.date = value; m.date_rank = rank; }
}

void CollectMeta(const GumboNode* n, Meta& m, int depth) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > 400) return;
  GumboTag t = n->v.element.tag;
  if (t == GUMBO_TAG_META) {
    const char* key = Attr(n, "property");
    if (!key) key = Attr(n, "name");
    if (!key) key = Attr(n, "itemprop");
    const char* content = Attr(n, "content");
    if (key && content) {
      std::string k = AsciiLower(key);
      if (k == "og:title") m.og_title = content;
      else if (k == "og:url") m.og_url = content;
      else if (k == "article:published_time") OfferDate(m, content, 0);
      else if (k == "og:published_time" || k == "datepublished") OfferDate(m, content, 1);
      else if (k == "pubdate" || k == "publishdate" || k == "publish-date" || k == "parsely-pub-date" || k == "sailthru.date") OfferDate(m, content, 2);
      else if (k == "date" || k == "dc.date" || k == "dc.date.issued" || k == "dcterms.created") OfferDate(m, content, 3);
    }
  } else if (t == GUMBO_TAG_TITLE && m.title.empty()) {
    PlainText(n, m.title, 0);
  } else if (t == GUMBO_TAG_LINK) {
    const char* rel = Attr(n, "rel");
    const char* href = Attr(n, "href");
    if (rel && href && AsciiLower(rel) == "canonical") m.canonical = href;
  } else if (t == GUMBO_TAG_TIME) {
    const char* dt = Attr(n, "datetime");
    const char* ip = Attr(n, "itemprop");
    OfferDate(m, dt, ip && AsciiLower(ip) == "datepublished" ? 1 : (Attr(n, "pubdate") ? 2 : 4));
  } else if (const char* ip = Attr(n, "itemprop"); ip && AsciiLower(ip) == "datepublished") {
    OfferDate(m, Attr(n, "datetime") ? Attr(n, "datetime") : Attr(n, "content"), 1);
  }
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) CollectMeta(static_cast<const GumboNode*>(kids.data[i]), m, depth + 1);
}

// Appends the readable text of `n`, starting a paragraph at each block element and dropping boilerplate.
void BlockText(const GumboNode* n, const Stats& stats, std::string& out, int depth) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) { AppendCollapsed(n->v.text.text, out); return; }
  if (n->type != GUMBO_NODE_ELEMENT || depth > 400) return;
  auto it = stats.find(n);
  if (it == stats.end() || it->second.skipped) return;
  GumboTag t = n->v.element.tag;
  const NodeInfo& info = it->second;
  // Link lists and short, link-heavy blocks inside the article (e.g. "Read more" boxes).
  if (t != GUMBO_TAG_P && t != GUMBO_TAG_A && IsBlockTag(t) && info.text && LinkDensity(info) > 0.5 && t != GUMBO_TAG_BODY) return;
  if ((t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_TABLE) && ClassWeight(n) < 0) return;
  bool block = IsBlockTag(t);
  if (block) out += t == GUMBO_TAG_BR ? "\n" : "\n\n";
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) BlockText(static_cast<const GumboNode*>(kids.data[i]), stats, out, depth + 1);
  if (block && t != GUMBO_TAG_BR) out += "\n\n";
}

// Trims lines and joins non-empty paragraphs with one blank line.
std::string NormalizeParagraphs(const std::string& raw) {
  std::string out;
  out.reserve(raw.size());
  size_t pos = 0;
  while (pos < raw.size()) {
    size_t end = raw.find("\n\n", pos);
    if (end == std::string::npos) end = raw.size();
    std::string_view para = Trim(std::string_view(raw).substr(pos, end - pos));
    if (!para.empty()) {
      if (!out.empty()) out += "\n\n";
      out.append(para);
    }
    pos = end + 2;
  }
  return out;
}

std::string SelectedText(GumboNode* best, const Stats& stats, const std::unordered_map<GumboNode*, double>& scores) {
  std::string raw;
  GumboNode* parent = best->parent;
  if (!parent || parent->type != GUMBO_NODE_ELEMENT) { BlockText(best, stats, raw, 0); return NormalizeParagraphs(raw); }
  double best_score = scores.at(best);
  double threshold = std::max(10.0, best_score * 0.2);
  const GumboVector& sibs = parent->v.element.children;
  for (unsigned i = 0; i < sibs.length; ++i) {
    GumboNode* s = static_cast<GumboNode*>(sibs.data[i]);
    bool keep = s == best;
    if (!keep && s->type == GUMBO_NODE_ELEMENT) {
      auto sc = scores.find(s);
      auto st = stats.find(s);
      if (st == stats.end() || st->second.skipped) continue;
      if (sc != scores.end() && sc->second >= threshold) keep = true;
      else if (s->v.element.tag == GUMBO_TAG_P) {
        double ld = LinkDensity(st->second);
        keep = (st->second.text > 80 && ld < 0.25);
      }
    }
    if (keep) BlockText(s, stats, raw, 0);
  }
  return NormalizeParagraphs(raw);
}

// An upper estimate of element nesting from a tag scan; guards gumbo's recursive tree destruction.
size_t EstimateDepth(std::string_view html) {
  static const char* const kVoid[] = {"br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed",
                                      "param", "source", "track", "wbr", "p", "li", "option", "td", "tr"};
  size_t depth = 0, max_depth = 0;
  for (size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size(); i = html.find('<', i + 1)) {
    char c = html[i + 1];
    if (c == '/') { if (depth) --depth; continue; }
    if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) continue;
    size_t e = i + 1;
    while (e < html.size() && e - i < 12 && ((html[e] | 0x20) >= 'a' && (html[e] | 0x20) <= 'z')) ++e;
    std::string name = AsciiLower(html.substr(i + 1, e - i - 1));
    bool is_void = false;
    for (const char* v : kVoid) if (name == v) { is_void = true; break; }
    if (!is_void && ++depth > max_depth) max_depth = depth;
  }
  return max_depth;
}

}  // namespace

HtmlPage ExtractHtml(std::string_view html) {
  HtmlPage page;
  if (EstimateDepth(html) > 20000) {
    page.error = "HTML nesting too deep";
    return page;
  }
  GumboOutput* doc = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  if (!doc) return page;
  Meta meta;
  CollectMeta(doc->root, meta, 0);
  page.title = std::string(Trim(meta.og_title.empty() ? meta.title : meta.og_title));
  page.url = meta.og_url.empty() ? meta.canonical : meta.og_url;
  page.date_raw = meta.date;
  if (!meta.date.empty()) page.date = ingest_internal::ParseLooseDate(meta.date);
  // First pass drops boilerplate-named elements; when that leaves too little text, retry keeping them.
  GumboNode* best = nullptr;
  std::unordered_map<GumboNode*, double> scores;
  for (bool strip : {true, false}) {
    Stats stats;
    stats.reserve(4096);
    scores.clear();
    Measure(doc->document, 0, stats, strip);
    best = PickCandidate(doc->document, stats, scores);
    std::string text = best ? SelectedText(best, stats, scores) : std::string();
    if (text.size() > page.text.size()) page.text = std::move(text);
    if (page.text.size() >= 500) break;
  }
  gumbo_destroy_output(&kGumboDefaultOptions, doc);
  return page;
}

}  // namespace parley
