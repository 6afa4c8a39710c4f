#include "pipeline/eval_corpora.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include "core/utf8.h"
#include "pipeline/output.h"

namespace parley {
namespace {

struct GoldName {
  uint32_t begin, end;
  std::string type;
};

// Scores one document's mentions against its gold names.
void ScoreDocument(Article& a, const std::vector<GoldName>& gold, const Pipeline& pipeline, MentionEval* out) {
  pipeline.text().Analyze(a);
  pipeline.mentions().Find(a);
  std::vector<bool> hit(gold.size(), false);
  for (const auto& m : a.mentions) {
    if (m.kind == "pronoun" || m.kind == "coref" || (m.kind == "agent" && m.entity.empty())) continue;
    if (m.code.empty() && m.entity.empty()) continue;
    bool matched = false;
    for (size_t g = 0; g < gold.size(); ++g)
      if (m.span.begin < gold[g].end && gold[g].begin < m.span.end) { hit[g] = true; matched = true; }
    if (matched) ++out->all.tp; else ++out->all.fp;
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    Score& s = out->by_type[gold[g].type];
    if (hit[g]) ++s.tp; else { ++s.fn; ++out->all.fn; }
  }
}

}  // namespace

Result<MentionEval> EvalConll(const std::string& path, const Pipeline& pipeline, int max_documents) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read CoNLL file");
  MentionEval out;
  Article doc;
  std::vector<GoldName> gold;
  std::string cur_type;
  auto flush = [&] {
    if (!doc.text.empty()) { ScoreDocument(doc, gold, pipeline, &out); ++out.documents; }
    doc = Article{};
    gold.clear();
    cur_type.clear();
  };
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("-DOCSTART-", 0) == 0) {
      flush();
      if (max_documents && out.documents >= max_documents) break;
      continue;
    }
    if (Trim(line).empty()) {
      if (!doc.text.empty() && doc.text.back() != '\n') doc.text += "\n";
      cur_type.clear();
      continue;
    }
    std::istringstream ss(line);
    std::string word, pos, chunk, tag;
    ss >> word >> pos >> chunk >> tag;
    if (!doc.text.empty() && doc.text.back() != '\n') doc.text += ' ';
    uint32_t b = static_cast<uint32_t>(doc.text.size());
    doc.text += word;
    uint32_t e = static_cast<uint32_t>(doc.text.size());
    std::string type = tag.size() > 2 ? tag.substr(2) : "";
    if (type == "MISC") type.clear();
    if (type.empty()) { cur_type.clear(); continue; }
    if (tag[0] == 'I' && type == cur_type && !gold.empty()) gold.back().end = e;
    else gold.push_back({b, e, type});
    cur_type = type;
  }
  flush();
  return out;
}

Score QuadEval::ForClass(int c) const {
  Score s;
  for (int g = 0; g < 5; ++g)
    for (int y = 0; y < 5; ++y) {
      if (g == c && y == c) s.tp += confusion[g][y];
      else if (y == c) s.fp += confusion[g][y];
      else if (g == c) s.fn += confusion[g][y];
    }
  return s;
}

Result<QuadEval> EvalCameoClass(const std::string& path, const Pipeline& pipeline) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read");
  QuadEval out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    auto tab = line.rfind('\t');
    if (tab == std::string::npos) continue;
    int gold = std::atoi(line.c_str() + tab + 1);
    if (gold < 0 || gold > 4) return Status::Error(path + ":" + std::to_string(n) + ": label must be 0-4");
    Article a;
    a.text = line.substr(0, tab);
    pipeline.Process(a);
    int sys = 0;
    for (const auto& e : a.events)
      if (DefaultVisible(e) && e.root != "01") { sys = e.quad_class; break; }
    if (!sys)
      for (const auto& e : a.events)
        if (DefaultVisible(e)) { sys = e.quad_class; break; }
    ++out.total;
    out.agree += sys == gold;
    ++out.confusion[gold][sys];
  }
  return out;
}

std::string FormatMentionEval(const MentionEval& e) {
  char buf[256];
  std::string out;
  std::snprintf(buf, sizeof buf, "%d documents\nactor names (PER/ORG/LOC, overlap): precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)\n",
                e.documents, e.all.precision(), e.all.recall(), e.all.f1(), e.all.tp, e.all.fp, e.all.fn);
  out += buf;
  for (const auto& [type, s] : e.by_type) {
    std::snprintf(buf, sizeof buf, "  recall %-4s %.3f (%d of %d)\n", type.c_str(), s.recall(), s.tp, s.tp + s.fn);
    out += buf;
  }
  return out;
}

std::string FormatQuadEval(const QuadEval& e) {
  char buf[256];
  std::string out;
  std::snprintf(buf, sizeof buf, "%d sentences, QuadClass agreement %.3f\n", e.total, e.accuracy());
  out += buf;
  out += "gold\\system    0     1     2     3     4\n";
  for (int g = 0; g < 5; ++g) {
    std::snprintf(buf, sizeof buf, "  %d        %5d %5d %5d %5d %5d\n", g, e.confusion[g][0], e.confusion[g][1], e.confusion[g][2],
                  e.confusion[g][3], e.confusion[g][4]);
    out += buf;
  }
  for (int c = 1; c <= 4; ++c) {
    Score s = e.ForClass(c);
    std::snprintf(buf, sizeof buf, "  class %d: precision %.3f recall %.3f F1 %.3f\n", c, s.precision(), s.recall(), s.f1());
    out += buf;
  }
  return out;
}

}  // namespace parley
