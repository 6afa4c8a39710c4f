// Measures quote attribution on PolNeAR dev (../shared/corpora/polnear): content-span overlap,
// cue and source agreement, and pins modest floors. Method and figures: docs/QUOTES.md.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "quote_test_util.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

struct GoldAttribution {
  std::vector<Span> content;  // byte spans (discontinuous content has several)
  std::string cue, source;    // lower-cased text
};

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream b;
  b << in.rdbuf();
  return b.str();
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Byte offset of every code point (PolNeAR offsets count code points), plus the end.
std::vector<uint32_t> CodePointOffsets(const std::string& text) {
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out.push_back(i);
  out.push_back(static_cast<uint32_t>(text.size()));
  return out;
}

// Parses a brat standoff file: T lines (type, code-point spans, text) and E lines (roles).
std::vector<GoldAttribution> ParseAnn(const std::string& ann, const std::vector<uint32_t>& cp) {
  struct T { std::string type; std::vector<Span> spans; std::string text; };
  std::map<std::string, T> ts;
  std::vector<std::map<std::string, std::string>> es;
  std::istringstream in(ann);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ls(line);
    std::string part;
    while (std::getline(ls, part, '\t')) f.push_back(part);
    if (f.size() < 2) continue;
    if (f[0][0] == 'T' && f.size() >= 3) {
      T t;
      t.text = f[2];
      std::string desc = f[1];
      size_t sp = desc.find(' ');
      t.type = desc.substr(0, sp);
      std::stringstream ranges(desc.substr(sp + 1));
      std::string r;
      while (std::getline(ranges, r, ';')) {
        unsigned b = 0, e = 0;
        if (std::sscanf(r.c_str(), "%u %u", &b, &e) == 2 && e < cp.size() && b <= e) t.spans.push_back(Span{cp[b], cp[e]});
      }
      ts[f[0]] = t;
    } else if (f[0][0] == 'E') {
      std::map<std::string, std::string> roles;
      std::stringstream rs(f[1]);
      std::string kv;
      while (rs >> kv) {
        size_t c = kv.find(':');
        if (c != std::string::npos) roles[kv.substr(0, c)] = kv.substr(c + 1);
      }
      es.push_back(roles);
    }
  }
  std::vector<GoldAttribution> out;
  for (auto& roles : es) {
    if (!roles.count("Content") || !ts.count(roles["Content"])) continue;
    GoldAttribution g;
    g.content = ts[roles["Content"]].spans;
    if (roles.count("Cue") && ts.count(roles["Cue"])) g.cue = Lower(ts[roles["Cue"]].text);
    if (roles.count("Source") && ts.count(roles["Source"])) g.source = Lower(ts[roles["Source"]].text);
    if (!g.content.empty()) out.push_back(g);
  }
  return out;
}

uint32_t Overlap(Span a, Span b) {
  uint32_t lo = std::max(a.begin, b.begin), hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

// The speaker as written (or its name) and the gold source contain one another.
bool SourceAgrees(const Quote& q, const GoldAttribution& g) {
  std::string who = Lower(q.speaker_as_written.empty() ? q.speaker_name : q.speaker_as_written);
  return !who.empty() && !g.source.empty() && (g.source.find(who) != std::string::npos || who.find(g.source) != std::string::npos);
}

struct Tally {
  int gold = 0, predicted = 0, matched = 0, cue_ok = 0, source_ok = 0, all_ok = 0, docs = 0;
  int continuations = 0, continuations_ok = 0;  ///< predictions that are further pieces of a matched discontinuous content
};

// Scores one article's quotes against its gold attributions (one-to-one, by largest overlap).
void Score(const Article& a, const std::vector<GoldAttribution>& gold, Tally& t) {
  std::vector<const Quote*> preds;
  for (const Quote& q : a.quotes) {  // a partial quote inside another quote is the same attribution
    bool inside = std::any_of(a.quotes.begin(), a.quotes.end(), [&](const Quote& o) {
      return &o != &q && o.span.begin <= q.span.begin && q.span.end <= o.span.end && o.span.size() > q.span.size();
    });
    if (!inside) preds.push_back(&q);
  }
  t.gold += static_cast<int>(gold.size());
  t.predicted += static_cast<int>(preds.size());
  std::vector<bool> used(gold.size(), false);
  for (const Quote* q : preds) {
    size_t best = gold.size();
    uint32_t best_overlap = 0;
    for (size_t g = 0; g < gold.size(); ++g) {
      if (used[g]) continue;
      uint32_t o = 0;
      for (Span s : gold[g].content) o += Overlap(q->span, s);
      if (o > best_overlap) { best_overlap = o; best = g; }
    }
    if (best == gold.size()) {  // a continuation of a discontinuous gold content already matched
      size_t cont = gold.size();
      for (size_t g = 0; g < gold.size() && cont == gold.size(); ++g)
        if (used[g] && gold[g].content.size() > 1)
          for (Span s : gold[g].content) if (Overlap(q->span, s) > 0) cont = g;
      if (cont < gold.size()) {
        ++t.continuations;
        t.continuations_ok += SourceAgrees(*q, gold[cont]);
        continue;
      }
      if (std::getenv("PARLEY_POLNEAR_DUMP")) std::fprintf(stderr, "FP [%s|%s] %s\n", q->speaker_as_written.c_str(), q->verb.c_str(), q->text.substr(0, 90).c_str());
      continue;
    }
    used[best] = true;
    ++t.matched;
    const GoldAttribution& g = gold[best];
    std::string verb = Lower(q->verb.substr(0, q->verb.find(' ')));
    bool cue = !verb.empty() && g.cue.find(verb) != std::string::npos;
    std::string who = Lower(q->speaker_as_written.empty() ? q->speaker_name : q->speaker_as_written);
    bool source = SourceAgrees(*q, g);
    if (std::getenv("PARLEY_POLNEAR_DUMP") && !(cue && source))
      std::fprintf(stderr, "BAD cue=%d src=%d ours[%s|%s] gold[%s|%s] %s\n", cue, source, who.c_str(), q->verb.c_str(),
                   g.source.c_str(), g.cue.c_str(), q->text.substr(0, 60).c_str());
    t.cue_ok += cue;
    t.source_ok += source;
    t.all_ok += cue && source;
  }
  if (std::getenv("PARLEY_POLNEAR_DUMP"))
    for (size_t g = 0; g < gold.size(); ++g)
      if (!used[g]) std::fprintf(stderr, "FN [%s|%s] %s\n", gold[g].source.c_str(), gold[g].cue.c_str(),
                                 std::string(a.slice(gold[g].content.front())).substr(0, 90).c_str());
}

TEST(PolnearEval, DevAttributionFloors) {
  fs::path root = fs::path(PARLEY_SHARED_DIR) / "corpora" / "polnear" / "dev";
  if (!fs::is_directory(root / "attributions")) GTEST_SKIP() << "PolNeAR dev not found under " << root.string();
  std::vector<fs::path> anns;
  for (const auto& e : fs::directory_iterator(root / "attributions"))
    if (e.path().extension() == ".ann") anns.push_back(e.path());
  std::sort(anns.begin(), anns.end());
  Tally t;
  for (const fs::path& ann : anns) {
    std::string stem = ann.stem().string();
    fs::path txt = root / "text" / (stem.substr(0, stem.rfind('_')) + ".txt");
    if (!fs::exists(txt)) continue;
    Article a = testing_quotes::Analyzed(ReadFile(txt));
    testing_quotes::Extractor()->Extract(a);
    Score(a, ParseAnn(ReadFile(ann), CodePointOffsets(a.text)), t);
    ++t.docs;
  }
  ASSERT_GT(t.docs, 0);
  double p = t.predicted ? 1.0 * (t.matched + t.continuations) / t.predicted : 0, r = t.gold ? 1.0 * t.matched / t.gold : 0;
  double cue = t.matched ? 1.0 * t.cue_ok / t.matched : 0, src = t.matched ? 1.0 * t.source_ok / t.matched : 0;
  double full_p = t.predicted ? 1.0 * (t.all_ok + t.continuations_ok) / t.predicted : 0, full_r = t.gold ? 1.0 * t.all_ok / t.gold : 0;
  std::printf("PolNeAR dev: %d docs, %d gold attributions, %d predicted quotes\n", t.docs, t.gold, t.predicted);
  std::printf("  content overlap: P=%.3f R=%.3f\n", p, r);
  std::printf("  of matched: cue agrees %.3f, source agrees %.3f\n", cue, src);
  std::printf("  content+cue+source: P=%.3f R=%.3f\n", full_p, full_r);
  // Floors a little under the figures measured when they were pinned (docs/QUOTES.md).
  EXPECT_GE(p, 0.85);
  EXPECT_GE(r, 0.30);
  EXPECT_GE(cue, 0.85);
  EXPECT_GE(src, 0.85);
  EXPECT_GE(full_p, 0.75);
  EXPECT_GE(full_r, 0.27);
}

}  // namespace
}  // namespace parley
