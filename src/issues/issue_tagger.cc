#include "issues/issue_tagger.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/data_lines.h"
#include "core/utf8.h"

namespace parley {
namespace {

bool ValidTag(const std::string& t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

bool TokenIs(const Token& t, const std::string& w) { return t.lower == w || t.lemma == w; }

}  // namespace

Result<std::shared_ptr<const IssueTagger>> IssueTagger::Parse(const std::string& text, const std::string& file) {
  auto tagger = std::make_shared<IssueTagger>();
  std::unordered_map<std::string, uint16_t> index;
  Status st = ForEachDataLineIn(text, file, [&](const std::string& line, const std::string& where) {
    size_t colon = line.find(':');
    if (colon == std::string::npos) return Status::Error(where + ": expected `tag: cue | cue`");
    std::string tag = TrimCopy(line.substr(0, colon));
    if (!ValidTag(tag)) return Status::Error(where + ": bad tag `" + tag + "` (use lower_case_with_underscores)");
    if (index.count(tag)) return Status::Error(where + ": tag `" + tag + "` defined twice");
    if (tagger->tags_.size() >= 65535) return Status::Error(where + ": too many tags");
    uint16_t id = static_cast<uint16_t>(tagger->tags_.size());
    index[tag] = id;
    tagger->tags_.push_back(tag);
    for (const std::string& cue : Split(line.substr(colon + 1), '|')) {
      std::vector<std::string> words = LowerWords(cue);
      if (words.empty()) return Status::Error(where + ": empty cue for `" + tag + "`");
      auto& bucket = tagger->by_first_[words.front()];
      auto it = std::find_if(bucket.begin(), bucket.end(), [&](const Cue& c) { return c.words == words; });
      if (it == bucket.end()) bucket.push_back(Cue{words, {id}});
      else if (std::find(it->tags.begin(), it->tags.end(), id) == it->tags.end()) it->tags.push_back(id);
    }
    return Status();
  });
  if (!st.ok()) return st;
  if (tagger->tags_.empty()) return Status::Error(file + ": no issue tags");
  return std::shared_ptr<const IssueTagger>(std::move(tagger));
}

Result<std::shared_ptr<const IssueTagger>> IssueTagger::Load(const std::string& data_dir) {
  std::string path = data_dir + "/issues/issues.txt";
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return Parse(buffer.str(), path);
}

void IssueTagger::AddTags(const Article& a, uint32_t sentence, std::vector<bool>& seen) const {
  if (sentence >= a.sentences.size()) return;
  const Sentence& s = a.sentences[sentence];
  uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, static_cast<uint32_t>(a.tokens.size()));
  for (uint32_t i = s.first_token; i < end; ++i) {
    const Token& t = a.tokens[i];
    for (const std::string* key : {&t.lower, &t.lemma}) {
      if (key == &t.lemma && t.lemma == t.lower) break;
      auto it = by_first_.find(*key);
      if (it == by_first_.end()) continue;
      for (const Cue& cue : it->second) {
        if (i + cue.words.size() > end) continue;
        bool ok = true;
        for (size_t k = 1; k < cue.words.size() && ok; ++k) ok = TokenIs(a.tokens[i + k], cue.words[k]);
        if (ok) for (uint16_t tag : cue.tags) seen[tag] = true;
      }
    }
  }
}

std::vector<std::string> IssueTagger::Collect(const std::vector<bool>& seen) const {
  std::vector<std::string> out;
  for (size_t i = 0; i < seen.size(); ++i) if (seen[i]) out.push_back(tags_[i]);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> IssueTagger::TagSpan(const Article& a, uint32_t sentence) const {
  std::vector<bool> seen(tags_.size(), false);
  AddTags(a, sentence, seen);
  return Collect(seen);
}

void IssueTagger::TagArticle(Article& a) const {
  for (Event& e : a.events) {
    e.issues = TagSpan(a, e.sentence);
    if (!e.issues.empty() || e.sentence >= a.sentences.size()) continue;
    std::vector<bool> seen(tags_.size(), false);  // no cue in the sentence: the paragraph's cues
    uint32_t paragraph = a.sentences[e.sentence].paragraph;
    for (uint32_t s = 0; s < a.sentences.size(); ++s)
      if (a.sentences[s].paragraph == paragraph) AddTags(a, s, seen);
    e.issues = Collect(seen);
  }
  for (Quote& q : a.quotes) {
    std::vector<bool> seen(tags_.size(), false);
    for (uint32_t s = 0; s < a.sentences.size(); ++s) {
      const Span& sp = a.sentences[s].span;
      if (sp.end > q.span.begin && sp.begin < q.span.end) AddTags(a, s, seen);
    }
    q.issues = Collect(seen);
  }
}

}  // namespace parley
