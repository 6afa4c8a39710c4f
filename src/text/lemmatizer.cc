// Lemmatizer: exception lists (data/lexicon/irregular.txt, WordNet verb.exc/noun.exc) plus suffix rules,
// validated against WordNet's index files when they are installed.
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>

#include "core/fast_hash.h"
#include "text/lemmatizer_impl.h"

namespace parley {
namespace {

constexpr const char* kDefaultWordNetDir = "/usr/share/wordnet";

bool ReadFile(const std::string& path, std::string& out) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return true;
}

// Calls fn(line, line_number) for every line of `text`.
template <class Fn>
void ForEachLine(std::string_view text, Fn fn) {
  size_t line_no = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    fn(text.substr(pos, nl - pos), ++line_no);
    pos = nl + 1;
  }
}

// Splits "a b" (blank separated) into two fields; false unless exactly two.
bool TwoFields(std::string_view line, std::string_view& a, std::string_view& b) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  size_t i = 0;
  while (i < line.size() && is_space(line[i])) ++i;
  size_t s = i;
  while (i < line.size() && !is_space(line[i])) ++i;
  a = line.substr(s, i - s);
  while (i < line.size() && is_space(line[i])) ++i;
  s = i;
  while (i < line.size() && !is_space(line[i])) ++i;
  b = line.substr(s, i - s);
  while (i < line.size() && is_space(line[i])) ++i;
  return !a.empty() && !b.empty() && i == line.size();
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsConsonant(char c) { return c >= 'a' && c <= 'z' && !IsVowel(c); }

// Consonant-vowel-consonant ending ("hop", "mak"), the last consonant not w, x or y.
bool EndsCvc(std::string_view s) {
  size_t n = s.size();
  return n >= 2 && IsConsonant(s[n - 1]) && s[n - 1] != 'w' && s[n - 1] != 'x' && s[n - 1] != 'y' && IsVowel(s[n - 2]) &&
         (n == 2 || IsConsonant(s[n - 3]));
}

int VowelGroups(std::string_view s) {
  int groups = 0;
  bool in = false;
  for (char c : s) {
    bool v = IsVowel(c) || c == 'y';
    if (v && !in) ++groups;
    in = v;
  }
  return groups;
}

bool EndsWith(std::string_view s, std::string_view suf) { return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf; }

bool IsAsciiWord(std::string_view s) {
  for (char c : s) if (!(c >= 'a' && c <= 'z') && c != '-') return false;
  return !s.empty();
}

// Reads an exception file "form lemma" into the map (the first entry for a form wins).
Status LoadExceptions(const std::string& path, bool required, Lemmatizer::Impl& impl) {
  auto buf = std::make_unique<std::string>();
  if (!ReadFile(path, *buf)) return required ? Status::Error(path + ": cannot read") : Status();
  std::string_view text = *buf;
  impl.buffers.push_back(std::move(buf));
  Status status;
  ForEachLine(text, [&](std::string_view line, size_t no) {
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
    std::string_view form, lemma;
    if (!TwoFields(line, form, lemma)) {
      if (required) {
        if (status.ok()) status = Status::Error(path + ":" + std::to_string(no) + ": expected 'form lemma'");
        return;
      }
      if (form.empty() || lemma.empty()) return;  // WordNet lines may list several lemmas: keep the first
    }
    impl.exceptions.emplace(form, lemma);
  });
  return status;
}

// Reads the lemma (first field) of each line of a WordNet index file; skips the licence header.
bool LoadIndex(const std::string& path, std::unordered_set<std::string_view>& out, Lemmatizer::Impl& impl) {
  auto buf = std::make_unique<std::string>();
  if (!ReadFile(path, *buf)) return false;
  std::string_view text = *buf;
  impl.buffers.push_back(std::move(buf));
  out.reserve(text.size() / 40);
  ForEachLine(text, [&](std::string_view line, size_t) {
    if (line.empty() || line[0] == ' ') return;
    size_t sp = line.find(' ');
    std::string_view word = line.substr(0, sp);
    if (word.find('_') == std::string_view::npos) out.insert(word);
  });
  return true;
}

}  // namespace

bool Lemmatizer::Impl::ValidatedLemma(std::string_view w, std::string& out) const {
  auto verb = [&](std::string_view c) { return c.size() >= 2 && verbs.count(c) > 0; };
  auto noun = [&](std::string_view c) { return c.size() >= 2 && nouns.count(c) > 0; };
  std::string cand;
  auto try_verb = [&](std::string_view stem, std::string_view add) {
    cand.assign(stem);
    cand += add;
    if (!verb(cand)) return false;
    out = cand;
    return true;
  };
  if (verbs.count(w) > 0) { out.assign(w); return true; }  // already a base verb ("need", "bring")
  size_t n = w.size();
  if (EndsWith(w, "s") && !EndsWith(w, "ss")) {
    if (try_verb(w.substr(0, n - 1), "")) return true;
    if (EndsWith(w, "ies") && try_verb(w.substr(0, n - 3), "y")) return true;
    if (EndsWith(w, "es") && try_verb(w.substr(0, n - 2), "")) return true;
  }
  for (std::string_view suf : {std::string_view("ed"), std::string_view("ing")}) {
    if (!EndsWith(w, suf) || n < suf.size() + 2) continue;
    std::string_view stem = w.substr(0, n - suf.size());
    // "hoped"/"hoping" come from "hope", "hopped"/"hopping" from "hop".
    if (EndsCvc(stem) && try_verb(stem, "e")) return true;
    if (try_verb(stem, "")) return true;
    if (try_verb(stem, "e")) return true;
    size_t m = stem.size();
    if (m >= 3 && stem[m - 1] == stem[m - 2] && IsConsonant(stem[m - 1]) && try_verb(stem.substr(0, m - 1), "")) return true;
    if (suf == "ed" && EndsWith(stem, "i") && try_verb(stem.substr(0, m - 1), "y")) return true;  // "carried"
  }
  // Nouns: plural suffixes; a stripped singular beats the plural itself ("relations" -> "relation").
  struct Rule { std::string_view suffix, add; };
  static constexpr Rule kNounRules[] = {{"ies", "y"}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
                                        {"shes", "sh"}, {"men", "man"}, {"s", ""}};
  for (const Rule& r : kNounRules) {
    if (!EndsWith(w, r.suffix) || EndsWith(w, "ss")) continue;
    cand.assign(w.substr(0, n - r.suffix.size()));
    cand += r.add;
    if (noun(cand)) { out = cand; return true; }
  }
  return false;
}

void Lemmatizer::Impl::RuleLemma(std::string_view w, std::string& out) const {
  size_t n = w.size();
  out.assign(w);
  if (EndsWith(w, "ss") || EndsWith(w, "us") || EndsWith(w, "is")) return;
  if (EndsWith(w, "ies")) { out.assign(w.substr(0, n - 3)); out += n <= 4 ? "ie" : "y"; return; }
  if (EndsWith(w, "sses") || EndsWith(w, "xes") || EndsWith(w, "ches") || EndsWith(w, "shes") || EndsWith(w, "zes") ||
      EndsWith(w, "oes")) { out.assign(w.substr(0, n - 2)); return; }
  if (EndsWith(w, "s") && n > 3) { out.assign(w.substr(0, n - 1)); return; }
  std::string_view stem;
  if (EndsWith(w, "ied") && n > 4) { out.assign(w.substr(0, n - 3)); out += "y"; return; }
  if (EndsWith(w, "ed")) stem = w.substr(0, n - 2);
  else if (EndsWith(w, "ing")) stem = w.substr(0, n - 3);
  else return;
  if (stem.size() < 2 || VowelGroups(stem) == 0) return;  // "red", "bring", "thing"
  size_t m = stem.size();
  char last = stem[m - 1];
  if (m >= 3 && last == stem[m - 2] && IsConsonant(last) && last != 'l' && last != 's' && last != 'z' && last != 'f' && last != 'd') {
    out.assign(stem.substr(0, m - 1));
    return;
  }
  out.assign(stem);
  bool restore_e = (EndsCvc(stem) && VowelGroups(stem) == 1) || EndsWith(stem, "us") || EndsWith(stem, "iz") ||
                   EndsWith(stem, "bl") || EndsWith(stem, "v") || EndsWith(stem, "c") || EndsWith(stem, "uir") ||
                   EndsWith(stem, "rg") || (EndsWith(stem, "ng") && EndsWith(w, "ed"));
  if (restore_e && last != 'e') out += 'e';
}

void Lemmatizer::Impl::LemmaInto(std::string_view w, std::string& out) const {
  auto it = exceptions.find(w);
  if (it != exceptions.end()) { out.assign(it->second); return; }
  if (w.size() <= 3 || !IsAsciiWord(w) || w.find('-') != std::string_view::npos) { out.assign(w); return; }
  // No inflectional ending: the rules below could only return the word itself.
  char last = w.back();
  if (last != 's' && last != 'd' && last != 'g' && last != 'n') { out.assign(w); return; }
  if (have_index) {
    if (!ValidatedLemma(w, out)) out.assign(w);
    return;
  }
  RuleLemma(w, out);
}

Result<std::shared_ptr<const Lemmatizer>> Lemmatizer::Load(const std::string& data_dir) {
  return LoadWith(data_dir, kDefaultWordNetDir);
}

Result<std::shared_ptr<const Lemmatizer>> Lemmatizer::LoadWith(const std::string& data_dir, const std::string& wordnet_dir) {
  auto impl = std::make_shared<Impl>();
  impl->exceptions.reserve(8192);
  Status s = LoadExceptions(data_dir + "/lexicon/irregular.txt", true, *impl);
  if (!s.ok()) return s;
  if (!wordnet_dir.empty()) {
    LoadExceptions(wordnet_dir + "/verb.exc", false, *impl);
    LoadExceptions(wordnet_dir + "/noun.exc", false, *impl);
    impl->have_index = LoadIndex(wordnet_dir + "/index.verb", impl->verbs, *impl) &&
                       LoadIndex(wordnet_dir + "/index.noun", impl->nouns, *impl);
    if (!impl->have_index) { impl->verbs.clear(); impl->nouns.clear(); }
  }
  auto lem = std::make_shared<Lemmatizer>();
  lem->impl = std::move(impl);
  return std::shared_ptr<const Lemmatizer>(std::move(lem));
}

std::string Lemmatizer::Lemma(const std::string& lower) const {
  std::string out;
  LemmaInto(lower, out);
  return out;
}

void Lemmatizer::LemmaInto(std::string_view lower, std::string& out) const {
  if (!impl) { out.assign(lower); return; }
  impl->LemmaInto(lower, out);
}

bool Lemmatizer::UsesWordNet() const { return impl && impl->have_index; }

}  // namespace parley
