#include "events/clause.h"

#include <algorithm>

namespace parley {
namespace {

const std::string kEmpty;

bool IsGoverningPreposition(const std::string& w) {
  return w == "with" || w == "to" || w == "against" || w == "on" || w == "for" || w == "of" || w == "by" ||
         w == "about" || w == "between" || w == "from" || w == "toward" || w == "towards" || w == "into" ||
         w == "over" || w == "among" || w == "than" || w == "at" || w == "in" || w == "upon" || w == "like";
}

bool IsQuantity(const Token& t) {
  const std::string& w = t.lower;
  return t.kind == TokenKind::kNumber || w == "thousands" || w == "hundreds" || w == "dozens" || w == "scores" ||
         w == "millions" || w == "tens" || w == "hundred" || w == "thousand" || w == "dozen" || w == "number" || w == "group" ||
         w == "crowd" || w == "crowds" || w == "supporters";
}

bool IsBarrier(const std::string& w) { return w == ";" || w == ":" || w == "(" || w == ")"; }

bool IsBe(const std::string& w) {
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "being" || w == "be" || w == "get" ||
         w == "got";
}

bool ComputeUsable(const Article& art, const Mention& x) {
  if (x.kind == "pronoun") {
    const std::string& w = art.tokens[x.first_token].lower;
    if (w == "his" || w == "their" || w == "its") return false;  // possessives modify a noun
  }
  return x.kind != "place" && (!x.code.empty() || x.group.size() >= 2);
}

}  // namespace

SentenceView::SentenceView(const Article& art, uint32_t s) : a(&art), sentence(s) {
  const Sentence& sent = art.sentences[s];
  begin = sent.first_token;
  end = sent.first_token + sent.token_count;
  mention_at.assign(end - begin, -1);
  place_at.assign(end - begin, -1);
  usable.assign(art.mentions.size(), 0);
  for (size_t i = 0; i < art.mentions.size(); ++i) {
    const Mention& m = art.mentions[i];
    if (m.sentence != s) continue;
    usable[i] = ComputeUsable(art, m) ? 2 : 1;
    for (uint32_t t = m.first_token; t < m.first_token + m.token_count && t < end; ++t) {
      if (t < begin) continue;
      if (m.kind == "place") place_at[t - begin] = static_cast<int>(i);
      else if (mention_at[t - begin] < 0) mention_at[t - begin] = static_cast<int>(i);
    }
  }
}

int SentenceView::MentionStartingAt(uint32_t t) const {
  if (t < begin || t >= end) return -1;
  int m = mention_at[t - begin];
  if (m < 0 || a->mentions[m].first_token != t) return -1;
  return m;
}

bool SentenceView::Usable(int m) const {
  if (m < 0) return false;
  if (static_cast<size_t>(m) < usable.size() && usable[m]) return usable[m] == 2;
  return ComputeUsable(*a, a->mentions[m]);
}

const std::string& SentenceView::Lower(uint32_t t) const { return t >= begin && t < end ? a->tokens[t].lower : kEmpty; }
const std::string& SentenceView::Lemma(uint32_t t) const { return t >= begin && t < end ? a->tokens[t].lemma : kEmpty; }

int FindSubject(const SentenceView& v, uint32_t t) {
  for (uint32_t k = t; k-- > v.begin;) {
    if (IsBarrier(v.Lower(k))) break;
    // "a resolution that would have condemned": a relative clause whose subject is not an actor.
    if ((v.Lower(k) == "that" || v.Lower(k) == "which") && k + 1 < t) break;
    int m = v.mention_at[k - v.begin];
    if (m < 0) continue;
    const Mention& x = v.a->mentions[m];
    k = x.first_token;  // jump to the mention's start
    if (!v.Usable(m)) continue;
    uint32_t before = x.first_token;
    while (before > v.begin && (v.Lower(before - 1) == "the" || v.Lower(before - 1) == "a")) --before;
    // "Thousands of Jordanians demonstrated": "of" after a quantity does not govern the subject.
    bool quantity_of = before > v.begin + 1 && v.Lower(before - 1) == "of" && IsQuantity(v.a->tokens[before - 2]);
    if (before > v.begin && IsGoverningPreposition(v.Lower(before - 1)) && !quantity_of) continue;
    if (before > v.begin && v.Lower(before - 1) == "and") {
      // part of a compound: the compound is the subject when its first member is free
      auto members = CompoundAt(v, m);
      if (members.size() >= 2) {
        const Mention& f = v.a->mentions[members[0]];
        uint32_t fb = f.first_token;
        while (fb > v.begin && v.Lower(fb - 1) == "the") --fb;
        if (fb > v.begin && IsGoverningPreposition(v.Lower(fb - 1))) continue;
      }
    }
    // "'s" possessors are modifiers of a noun, not subjects of the verb
    if (x.first_token + x.token_count < v.end && (v.Lower(x.first_token + x.token_count) == "'s" ||
                                                  v.Lower(x.first_token + x.token_count) == "’s"))
      continue;
    return m;
  }
  return -1;
}

std::vector<int> CompoundAt(const SentenceView& v, int m) {
  std::vector<int> out{m};
  if (m < 0) return out;
  const Mention* cur = &v.a->mentions[m];
  auto det = [](const std::string& w) { return w == "the" || w == "his" || w == "her" || w == "their" || w == "its"; };
  while (true) {
    uint32_t k = cur->first_token;
    while (k > v.begin && det(v.Lower(k - 1))) --k;
    if (k <= v.begin + 1) break;
    const std::string& conj = v.Lower(k - 1);
    if (conj != "and" && conj != ",") break;
    int prev = v.mention_at[k - 2 - v.begin];
    if (!v.Usable(prev)) break;
    out.insert(out.begin(), prev);
    cur = &v.a->mentions[prev];
    if (out.size() > 6) break;
  }
  // Then forward: "A and B" when m is the first member.
  if (out.size() == 1) {
    uint32_t k = cur->first_token + cur->token_count;
    if (k < v.end && v.Lower(k) == "and") {
      uint32_t n = k + 1;
      while (n < v.end && det(v.Lower(n))) ++n;
      int next = v.MentionStartingAt(n);
      if (next < 0 && n < v.end) next = v.mention_at[n - v.begin];
      if (v.Usable(next) && next != m) out.push_back(next);
    }
  }
  return out;
}

bool IsPassive(const SentenceView& v, uint32_t t) {
  const auto& tok = v.a->tokens[t];
  bool participle = tok.lower != tok.lemma && (tok.lower.size() > 2 && (tok.lower.ends_with("ed") || tok.lower.ends_with("en") ||
                                                                        tok.lower == "held" || tok.lower == "met" || tok.lower == "hit" ||
                                                                        tok.lower == "made" || tok.lower == "sent" || tok.lower == "struck"));
  if (!participle) return false;
  for (uint32_t k = t; k > v.begin && t - k < 3;) {
    --k;
    if (IsBe(v.Lower(k))) return true;
    if (v.Lower(k) != "not" && v.Lower(k) != "reportedly" && v.Lower(k) != "also" && v.Lower(k) != "being") break;
  }
  return false;
}

int PassiveAgent(const SentenceView& v, uint32_t t) {
  for (uint32_t k = t + 1; k < v.end && k < t + 12; ++k) {
    if (v.Lower(k) != "by") continue;
    uint32_t n = k + 1;
    while (n < v.end && v.Lower(n) == "the") ++n;
    if (n < v.end && v.Usable(v.mention_at[n - v.begin])) return v.mention_at[n - v.begin];
  }
  return -1;
}

std::string Modality(const SentenceView& v, uint32_t t) {
  std::string mod = "asserted";
  uint32_t lo = t > v.begin + 6 ? t - 6 : v.begin;
  for (uint32_t k = t; k-- > lo;) {
    const std::string& w = v.Lower(k);
    if (w == "," || w == ";" || w == "\"" || w == "“" || w == "”") break;
    if (w == "not" || w == "n't" || w == "never" || w == "no" || w == "refused" || w == "refuse" || w == "declined" ||
        w == "failed" || w == "without" || w == "cannot" || w == "rejected" || w == "denied" || w == "denies" || w == "deny")
      return "negated";
    if (w == "if" || w == "unless" || w == "could" || w == "might" || w == "may" || w == "should" || w == "must" ||
        w == "whether")
      mod = "hypothetical";
    else if (mod == "asserted" &&
             (w == "will" || w == "would" || w == "'ll" || w == "shall" || w == "plans" || w == "plan" || w == "planned" ||
              w == "intends" || w == "intend" || w == "expected" || w == "going" || w == "ready" || w == "willing" ||
              w == "agreed" || w == "agree" || w == "offered" || w == "hopes" || w == "hope" || w == "seeks" ||
              w == "wants" || w == "scheduled" || w == "due"))
      mod = "future";
  }
  // Sentence-initial "If ..." or an inverted conditional ("Were Russia to attack", "Should Iran
  // retaliate") makes the clause hypothetical; so does a modal right after a noun trigger ("a war
  // between A and B would devastate").
  const std::string& first = v.Lower(v.begin);
  if ((first == "if" || first == "were" || first == "should" || first == "had" || first == "unless") && mod != "negated")
    mod = "hypothetical";
  for (uint32_t k = t + 1; k < v.end && k < t + 8; ++k) {
    const std::string& w = v.Lower(k);
    if (w == "," || w == ";") break;
    if ((w == "would" || w == "could" || w == "might") && v.a->tokens[t].lemma == v.a->tokens[t].lower) {
      // only for nouns (uninflected triggers followed by their own modal)
      bool verb_between = false;
      for (uint32_t j = t + 1; j < k; ++j)
        if (v.a->tokens[j].lower == "that" || v.a->tokens[j].lower == "said") verb_between = true;
      if (!verb_between && mod == "asserted") mod = "hypothetical";
      break;
    }
  }
  return mod;
}

}  // namespace parley
