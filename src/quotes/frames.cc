#include "quotes/frames.h"

#include <algorithm>
#include <string>
#include <unordered_set>

namespace parley::quotes {
namespace {

using Toks = std::vector<uint32_t>;

const std::unordered_set<std::string>& Auxiliaries() {
  static const std::unordered_set<std::string> s{"has", "have", "had", "also", "further", "then", "later", "once",
                                                 "again", "previously", "earlier", "recently", "repeatedly", "will",
                                                 "would", "'s", "'ve", "'d", "has also", "reportedly", "often", "just"};
  return s;
}

// Words that never occur in a speaker phrase: they mark a clause, not a noun phrase.
const std::unordered_set<std::string>& NotSpeaker() {
  static const std::unordered_set<std::string> s{
      "is", "are", "was", "were", "be", "been", "being", "can", "could", "should", "may", "might", "must", "shall",
      "which", "who", "whom", "what", "that", "because", "if", "when", "while", "although", "though", "since",
      "than", "so", "not", "n't", "do", "does", "did", "there", "where", "how", "why", "whether", "cannot"};
  return s;
}

// Prepositions and adverbs after "said" that start a modifier, not the content.
const std::unordered_set<std::string>& NotContentStart() {
  static const std::unordered_set<std::string> s{
      "in", "on", "at", "during", "after", "before", "to", "from", "by", "with", "via", "through", "for", "of",
      "about", "earlier", "later", "yesterday", "today", "tonight", "last", "this", "recently", "repeatedly",
      "again", "also", "as", "while", "when", "without", "amid", "following", "afterwards", "then", "so",
      "previously", "separately", "publicly", "privately", "directly"};
  return s;
}

bool IsComma(const Token& t) { return t.kind == TokenKind::kPunct && (t.lower == "," || t.lower == ";"); }
bool IsPunct(const Token& t) { return t.kind == TokenKind::kPunct || t.kind == TokenKind::kSymbol; }

// True when toks[b, e) can be a speaker: a short noun phrase, not a clause.
bool SpeakerOk(const Article& a, const Toks& toks, size_t b, size_t e) {
  if (b >= e || e - b > 22) return false;
  int commas = 0, words = 0;
  for (size_t k = b; k < e; ++k) {
    const Token& t = a.tokens[toks[k]];
    if (IsTerminator(t) || t.lower == ":") return false;
    if (IsComma(t) && ++commas > 2) return false;
    if (IsWordToken(t)) ++words;
    if (NotSpeaker().count(t.lower)) return false;
  }
  static const std::unordered_set<std::string> bad_last{"of", "and", "or", "to", "the", "a", "an", "for", "with", "by",
                                                        "in", "on", "at", "from", "as", "before", "after", "his", "her"};
  if (bad_last.count(a.tokens[toks[e - 1]].lower)) return false;
  for (size_t k = b; k < e; ++k) {  // a lower-case past tense or gerund makes it a clause ("Trump unleashed a")
    const Token& t = a.tokens[toks[k]];
    size_t n = t.lower.size();
    if (t.capitalized || n < 5) continue;
    static const std::unordered_set<std::string> preps{"in", "by", "on", "at", "from", "with", "for", "during", "last", "earlier", "this"};
    if (k + 1 < e && preps.count(a.tokens[toks[k + 1]].lower)) continue;  // "a poll released in August"
    if (t.lower.compare(n - 2, 2, "ed") == 0 || (n > 5 && t.lower.compare(n - 3, 3, "ing") == 0)) return false;
  }
  const Token& first = a.tokens[toks[b]];
  static const std::unordered_set<std::string> bad_first{"and", "but", "or", "nor", "yet", "then", "also", "it's"};
  return words > 0 && !bad_first.count(first.lower) && IsWordToken(first);
}

// Drops auxiliaries and adverbs just before the verb ("has also said").
size_t TrimAux(const Article& a, const Toks& toks, size_t b, size_t e) {
  while (e > b && Auxiliaries().count(a.tokens[toks[e - 1]].lower)) --e;
  return e;
}

// The number of listener tokens after an object-taking verb ("TASS", "reporters", "a news conference").
size_t ObjectLength(const Article& a, const Toks& toks, size_t k, size_t limit) {
  size_t n = 0;
  while (k + n < limit && n < 3) {
    const Token& t = a.tokens[toks[k + n]];
    if (!IsWordToken(t) || t.lower == "that" || NotContentStart().count(t.lower)) break;
    ++n;
  }
  return n;
}

// Fills `f` with a speaker toks[sb, se) and a verb at toks[k] of `len` tokens (+ object tokens).
void Fill(const Toks& toks, size_t sb, size_t se, size_t k, size_t len, const SpeechVerb* v, Frame& f) {
  f.found = true;
  f.speaker_first = sb < se ? toks[sb] : 0;
  f.speaker_end = sb < se ? toks[se - 1] + 1 : 0;
  f.verb_first = toks[k];
  f.verb_end = toks[k + len - 1] + 1;
  f.verb = v;
}

// The span from token toks[b] to toks[e-1] in bytes, quote tokens in between included.
Span Bytes(const Article& a, const Toks& toks, size_t b, size_t e) {
  return Span{a.tokens[toks[b]].span.begin, a.tokens[toks[e - 1]].span.end};
}

// Words from toks[b] to toks[e-1], quoted words between them included.
size_t WordCount(const Article& a, const Toks& toks, size_t b, size_t e) {
  if (b >= e) return 0;
  size_t n = 0;
  for (uint32_t k = toks[b]; k <= toks[e - 1]; ++k) n += IsWordToken(a.tokens[k]);
  return n;
}

// Where the subject before a verb at toks[k] starts: after the last comma, or, when a comma ends an
// appositive right before the verb ("Pruitt, the attorney general of Oklahoma, said"), the name
// before the appositive. Sets *end to the end of the speaker phrase.
size_t SpeakerStart(const Article& a, const Toks& toks, size_t k, size_t* end) {
  *end = k;
  size_t sb = k;
  while (sb > 0 && !IsComma(a.tokens[toks[sb - 1]]) && k - sb < 12) --sb;
  if (sb != k || k < 3) return sb;
  size_t appositive = k - 1;  // toks[k-1] is a comma
  while (appositive > 0 && !IsComma(a.tokens[toks[appositive - 1]]) && k - appositive < 14) --appositive;
  if (appositive == 0 || !IsComma(a.tokens[toks[appositive - 1]])) return k;
  size_t name = appositive - 1;
  while (name > 0 && !IsComma(a.tokens[toks[name - 1]]) && appositive - name < 8) --name;
  *end = k - 1;
  return name;
}

}  // namespace

bool IsQuoteToken(const Token& t) {
  if (t.kind == TokenKind::kQuote) return true;
  static const std::unordered_set<std::string> marks{"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB",
                                                     "\xE2\x80\x9E", "``", "''"};
  return marks.count(t.lower) > 0;
}

bool IsTerminator(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == "..." ||
                                         t.lower == "\xE2\x80\xA6");
}

bool IsWordToken(const Token& t) { return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber; }

uint32_t FirstTokenAt(const Article& a, uint32_t byte) {
  auto it = std::lower_bound(a.tokens.begin(), a.tokens.end(), byte,
                             [](const Token& t, uint32_t b) { return t.span.begin < b; });
  return static_cast<uint32_t>(it - a.tokens.begin());
}

uint32_t SentenceAt(const Article& a, uint32_t byte) {
  auto it = std::upper_bound(a.sentences.begin(), a.sentences.end(), byte,
                             [](uint32_t b, const Sentence& s) { return b < s.span.begin; });
  return it == a.sentences.begin() ? 0 : static_cast<uint32_t>(it - a.sentences.begin() - 1);
}

Frame TrailingFrame(const Article& a, const SpeechVerbs& verbs, const Toks& toks) {
  Frame f;
  size_t b = 0;
  while (b < toks.size() && IsPunct(a.tokens[toks[b]]) && !IsTerminator(a.tokens[toks[b]])) ++b;
  if (b >= toks.size() || IsTerminator(a.tokens[toks[b]])) return f;
  uint32_t limit = toks.back() + 1;
  if (const SpeechVerb* v = verbs.Match(a, toks[b], limit)) {  // inverted: "said Ryabkov"
    size_t s = b + v->words.size(), e = s;
    while (e < toks.size() && !IsPunct(a.tokens[toks[e]]) && e - s < 10) ++e;
    if (SpeakerOk(a, toks, s, e)) Fill(toks, s, e, b, v->words.size(), v, f);
    return f;
  }
  for (size_t k = b + 1; k < toks.size() && k < b + 16; ++k) {
    if (IsTerminator(a.tokens[toks[k]])) break;
    const SpeechVerb* v = verbs.Match(a, toks[k], limit);
    if (!v) continue;
    size_t after = k + v->words.size();
    if (after < toks.size() && a.tokens[toks[after]].lower == "to" && v->lemma != "according to") continue;
    size_t se = TrimAux(a, toks, b, k);
    if (!SpeakerOk(a, toks, b, se)) return f;
    size_t obj = v->takes_object ? ObjectLength(a, toks, after, toks.size()) : 0;
    Fill(toks, b, se, k, v->words.size() + obj, v, f);
    return f;
  }
  return f;
}

Frame LeadingFrame(const Article& a, const SpeechVerbs& verbs, const Toks& toks) {
  Frame f;
  size_t e = toks.size();
  while (e > 0 && IsPunct(a.tokens[toks[e - 1]]) && !IsTerminator(a.tokens[toks[e - 1]])) --e;
  if (e > 0 && a.tokens[toks[e - 1]].lower == "that") --e;
  if (e == 0) return f;
  uint32_t limit = toks[e - 1] + 1;
  for (size_t k = e; k-- > 0 && k + 5 >= e;) {
    const SpeechVerb* v = verbs.Match(a, toks[k], limit);
    if (!v) continue;
    size_t after = k + v->words.size();
    if (v->lemma == "according to") {  // "According to Ryabkov, "..."
      if (after < e && SpeakerOk(a, toks, after, e)) Fill(toks, after, e, k, v->words.size(), v, f);
      return f;
    }
    size_t obj = v->takes_object ? ObjectLength(a, toks, after, e) : 0;
    if (after + obj != e) continue;
    size_t se = k;
    size_t sb = SpeakerStart(a, toks, k, &se);
    se = TrimAux(a, toks, sb, se);
    if (sb < se && !SpeakerOk(a, toks, sb, se)) return f;
    Fill(toks, sb, se, k, v->words.size() + obj, v, f);
    return f;
  }
  return f;
}

bool FindStatement(const Article& a, const SpeechVerbs& verbs, const Toks& toks, const std::set<uint32_t>& consumed,
                   Statement* out) {
  size_t n = toks.size();
  while (n > 0 && (IsTerminator(a.tokens[toks[n - 1]]) || IsQuoteToken(a.tokens[toks[n - 1]]))) --n;
  if (n < 4) return false;
  uint32_t limit = toks[n - 1] + 1;
  // 1. "According to X, CONTENT."
  size_t start = 0;
  while (start < n && (a.tokens[toks[start]].lower == "but" || a.tokens[toks[start]].lower == "and")) ++start;
  if (const SpeechVerb* v = verbs.Match(a, toks[start], limit); v && v->lemma == "according to") {
    size_t s = start + v->words.size(), c = s;
    while (c < n && !IsComma(a.tokens[toks[c]])) ++c;
    if (c < n && SpeakerOk(a, toks, s, c) && WordCount(a, toks, c + 1, n) >= 3) {
      Fill(toks, s, c, start, v->words.size(), v, out->frame);
      out->content = Bytes(a, toks, c + 1, n);
      return true;
    }
  }
  // 2. "CONTENT, X said ..." and "CONTENT, said X" / "CONTENT, according to X".
  for (size_t k = 2; k < n; ++k) {
    if (consumed.count(toks[k])) continue;
    const SpeechVerb* v = verbs.Match(a, toks[k], limit);
    if (!v) continue;
    size_t after = k + v->words.size();
    if (IsComma(a.tokens[toks[k - 1]])) {  // inverted
      size_t e = after;
      while (e < n && !IsPunct(a.tokens[toks[e]]) && e - after < 10) ++e;
      const Token& head = a.tokens[toks[std::min(after, n - 1)]];
      if (after < n && (head.capitalized || head.lower == "the") && SpeakerOk(a, toks, after, e) &&
          WordCount(a, toks, 0, k - 1) >= 3) {
        Fill(toks, after, e, k, v->words.size(), v, out->frame);
        out->content = Bytes(a, toks, 0, k - 1);
        return true;
      }
      continue;
    }
    if (v->lemma == "according to") continue;
    size_t c = k;
    while (c > 0 && !IsComma(a.tokens[toks[c - 1]]) && k - c < 12) --c;
    if (c == 0 || !IsComma(a.tokens[toks[c - 1]])) continue;
    size_t obj = v->takes_object ? ObjectLength(a, toks, after, n) : 0;
    if (after + obj < n) {  // content after the verb ("X said that ...", "X says the ...") is pattern 3
      const Token& next = a.tokens[toks[after + obj]];
      size_t len = next.lower.size();
      bool participle = len > 5 && next.lower.compare(len - 3, 3, "ing") == 0;  // "said addressing the forum"
      if (IsWordToken(next) && !participle && !NotContentStart().count(next.lower)) continue;
    }
    size_t se = TrimAux(a, toks, c, k);
    if (!SpeakerOk(a, toks, c, se) || WordCount(a, toks, 0, c - 1) < 3) continue;
    Fill(toks, c, se, k, v->words.size() + obj, v, out->frame);
    out->content = Bytes(a, toks, 0, c - 1);
    return true;
  }
  // 3. "X said (that) CONTENT."
  for (size_t k = 1; k < n; ++k) {
    if (consumed.count(toks[k])) continue;
    const SpeechVerb* v = verbs.Match(a, toks[k], limit);
    if (!v || v->lemma == "according to") continue;
    size_t se = k;
    size_t sb = SpeakerStart(a, toks, k, &se);
    while (sb < se && (a.tokens[toks[sb]].lower == "but" || a.tokens[toks[sb]].lower == "and")) ++sb;
    se = TrimAux(a, toks, sb, se);
    if (!SpeakerOk(a, toks, sb, se)) continue;
    size_t after = k + v->words.size();
    if (v->takes_object) after += ObjectLength(a, toks, after, n);
    size_t cb = n;
    if (after < n && v->bare_content) {  // "said Russia would ..." (the content starts right away)
      const Token& t = a.tokens[toks[after]];
      if (IsWordToken(t) && !NotContentStart().count(t.lower)) cb = t.lower == "that" ? after + 1 : after;
    }
    for (size_t j = after; cb == n && j < n && j < after + 9; ++j) {
      const Token& t = a.tokens[toks[j]];
      if (t.lower == "that") { cb = j + 1; break; }
      if (IsPunct(t)) break;
    }
    if (cb >= n || WordCount(a, toks, cb, n) < 2) continue;
    Fill(toks, sb, se, k, v->words.size(), v, out->frame);
    out->content = Bytes(a, toks, cb, n);
    return true;
  }
  return false;
}

}  // namespace parley::quotes
