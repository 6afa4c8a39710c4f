#include "events/patterns.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "core/data_lines.h"
#include "core/utf8.h"

namespace parley {

Result<std::shared_ptr<const PatternSet>> PatternSet::Load(const std::string& data_dir, const Codebook& codebook) {
  std::string path = data_dir + "/events/verbs.txt";
  auto set = std::make_shared<PatternSet>();
  Status st = ForEachDataLine(path, "the verb patterns", [&](const std::string& l, const std::string& where) {
    std::istringstream ss(l);
    Pattern p;
    ss >> p.code;
    if (!codebook.Find(p.code)) return Status::Error(where + ": unknown CAMEO code '" + p.code + "'");
    std::string w;
    std::vector<std::string> words;
    while (ss >> w) words.push_back(AsciiLower(w));
    if (!words.empty() && words[0] == "~") { p.noun = true; words.erase(words.begin()); }
    if (words.empty()) return Status::Error(where + ": empty pattern");
    if (words[0] == "+" || words[0] == "$" || words[0] == "*")
      return Status::Error(where + ": a pattern must start with its verb or noun, not '" + words[0] + "'");
    p.head = words[0];
    for (size_t i = 1; i < words.size(); ++i) {
      PatternElem e;
      if (words[i] == "+") e.kind = PatternElem::kTarget;
      else if (words[i] == "$") e.kind = PatternElem::kSource;
      else if (words[i] == "*") e.kind = PatternElem::kGap;
      else { e.word = words[i]; ++p.words; }
      p.rest.push_back(e);
    }
    p.text = std::string(Trim(l.substr(l.find(p.code) + p.code.size())));
    p.entry = where;
    set->by_head_[p.head].push_back(std::move(p));
    ++set->count_;
    return Status();
  });
  if (!st.ok()) return st;
  auto intern = [&](const std::string& w) {
    auto it = set->vocab_.find(w);
    if (it != set->vocab_.end()) return it->second;
    uint32_t id = static_cast<uint32_t>(set->vocab_.size());
    set->vocab_.emplace(w, id);
    return id;
  };
  for (auto& [head, v] : set->by_head_) {
    uint32_t hid = intern(head);
    if (set->by_head_id_.size() <= hid) set->by_head_id_.resize(hid + 1, nullptr);
    set->by_head_id_[hid] = &v;
    for (auto& pat : v)
      for (auto& e : pat.rest)
        if (e.kind == PatternElem::kWord) e.id = intern(e.word);
  }
  for (auto& [head, v] : set->by_head_)
    std::stable_sort(v.begin(), v.end(), [](const Pattern& a, const Pattern& b) {
      if (a.words != b.words) return a.words > b.words;
      return a.rest.size() > b.rest.size();
    });
  return std::shared_ptr<const PatternSet>(set);
}

const std::vector<Pattern>& PatternSet::WithHeadId(uint32_t id) const {
  static const std::vector<Pattern> kNone;
  return id < by_head_id_.size() && by_head_id_[id] ? *by_head_id_[id] : kNone;
}

const std::vector<Pattern>& PatternSet::WithHead(const std::string& word) const {
  static const std::vector<Pattern> kNone;
  auto it = by_head_.find(word);
  return it == by_head_.end() ? kNone : it->second;
}

}  // namespace parley
