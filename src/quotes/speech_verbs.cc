#include "quotes/speech_verbs.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/data_lines.h"
#include "core/utf8.h"
#include <unordered_set>

namespace parley::quotes {

Result<SpeechVerbs> SpeechVerbs::Parse(const std::string& text, const std::string& file) {
  SpeechVerbs verbs;
  Status st = ForEachDataLineIn(text, file, [&](const std::string& line, const std::string& where) {
    size_t colon = line.find(':');
    if (colon == std::string::npos) return Status::Error(where + ": expected `lemma: form | form`");
    std::string lemma = TrimCopy(line.substr(0, colon));
    SpeechVerb base;
    while (!lemma.empty() && (lemma.back() == '+' || lemma.back() == '*')) {
      (lemma.back() == '+' ? base.takes_object : base.bare_content) = true;
      lemma.pop_back();
    }
    lemma = TrimCopy(lemma);
    if (lemma.empty()) return Status::Error(where + ": empty lemma");
    base.lemma = lemma;
    std::vector<std::string> forms{lemma};
    for (const std::string& raw : Split(line.substr(colon + 1), '|')) {
      std::string form = TrimCopy(raw);
      if (form.empty()) return Status::Error(where + ": empty form");
      forms.push_back(form);
    }
    for (const std::string& form : forms) {
      SpeechVerb v = base;
      v.words = LowerWords(form);
      auto& bucket = verbs.by_first_[v.words.front()];
      bool duplicate = std::any_of(bucket.begin(), bucket.end(), [&](const SpeechVerb& o) { return o.words == v.words; });
      if (duplicate && form != lemma) return Status::Error(where + ": duplicate form `" + form + "`");
      if (duplicate) continue;
      bucket.push_back(std::move(v));
      ++verbs.count_;
    }
    return Status();
  });
  if (!st.ok()) return st;
  if (verbs.count_ == 0) return Status::Error(file + ": no speech verbs");
  for (auto& [first, bucket] : verbs.by_first_)
    std::sort(bucket.begin(), bucket.end(), [](const SpeechVerb& x, const SpeechVerb& y) { return x.words.size() > y.words.size(); });
  return verbs;
}

Result<SpeechVerbs> SpeechVerbs::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return Parse(buffer.str(), path);
}

const SpeechVerb* SpeechVerbs::Match(const Article& a, uint32_t i, uint32_t limit) const {
  if (i >= limit || i >= a.tokens.size()) return nullptr;
  // A capitalised form after a word is part of a name ("the United States"), not a verb.
  if (a.tokens[i].capitalized && i > 0 && a.tokens[i - 1].kind == TokenKind::kWord) return nullptr;
  // After a determiner or possessive the form is a noun ("a tweet", "his remarks", "the state").
  static const std::unordered_set<std::string> determiners{
      "the", "a", "an", "of", "his", "her", "their", "its", "our", "my", "your", "these", "those", "such", "'s",
      "this", "new", "whose", "any", "some", "no", "recent", "latest", "public", "earlier", "first", "\xE2\x80\x99s"};
  auto it = by_first_.find(a.tokens[i].lower);  // most tokens stop here: one hash lookup
  if (it == by_first_.end()) return nullptr;
  if (i > 0 && determiners.count(a.tokens[i - 1].lower)) return nullptr;
  for (const SpeechVerb& v : it->second) {
    if (i + v.words.size() > limit) continue;
    bool ok = true;
    for (size_t k = 1; k < v.words.size() && ok; ++k) ok = a.tokens[i + k].lower == v.words[k];
    if (ok) return &v;
  }
  return nullptr;
}

}  // namespace parley::quotes
