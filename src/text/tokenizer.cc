#include "text/tokenizer.h"

#include <cstring>

#include "core/utf8.h"

namespace parley::text {
namespace {

enum class CharClass : uint8_t { kSpace, kNewline, kLetter, kDigit, kQuote, kApostrophe, kHyphen, kDash, kPunct, kSymbol, kInvalid };

struct Char {
  uint32_t cp = 0;
  uint32_t len = 1;
  CharClass cls = CharClass::kInvalid;
};

uint32_t Decode(std::string_view s, size_t i, uint32_t n) {
  auto b = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(s[k])); };
  if (n == 1) return b(i);
  if (n == 2) return ((b(i) & 0x1F) << 6) | (b(i + 1) & 0x3F);
  if (n == 3) return ((b(i) & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
  return ((b(i) & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F);
}

CharClass ClassifyAscii(unsigned char c) {
  if (c == '\n') return CharClass::kNewline;
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return CharClass::kSpace;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if (c == '"' || c == '`') return CharClass::kQuote;
  if (c == '\'') return CharClass::kApostrophe;
  if (c == '-') return CharClass::kHyphen;
  if (std::strchr(".,;:!?()[]{}", c) != nullptr) return CharClass::kPunct;
  return CharClass::kSymbol;  // control characters, # $ % & * + / < = > @ \ ^ _ | ~
}

CharClass ClassifyWide(uint32_t cp) {
  if (cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF)
    return CharClass::kSpace;
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x0085) return CharClass::kNewline;
  if (cp == 0x2019) return CharClass::kApostrophe;
  if (cp == 0x2018 || (cp >= 0x201A && cp <= 0x201F) || cp == 0x00AB || cp == 0x00BB || cp == 0x2039 || cp == 0x203A)
    return CharClass::kQuote;
  if (cp == 0x2010 || cp == 0x2011) return CharClass::kHyphen;
  if (cp >= 0x2012 && cp <= 0x2015) return CharClass::kDash;
  if (cp == 0x2026 || cp == 0x00A1 || cp == 0x00BF) return CharClass::kPunct;
  if (cp < 0x00A0 || (cp >= 0x00A1 && cp <= 0x00BF && cp != 0x00AA && cp != 0x00BA && cp != 0x00B5) || cp == 0x00D7 ||
      cp == 0x00F7 || (cp >= 0x2016 && cp <= 0x2BFF) || (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0xE000 && cp <= 0xF8FF))
    return CharClass::kSymbol;
  return CharClass::kLetter;  // every other character is part of a word (non-Latin scripts included)
}

struct AsciiTable {
  CharClass cls[128];
  AsciiTable() { for (int c = 0; c < 128; ++c) cls[c] = ClassifyAscii(static_cast<unsigned char>(c)); }
};
const AsciiTable kAscii;

inline Char CharAt(std::string_view s, size_t i) {
  Char c;
  unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) { c.cp = b; c.len = 1; c.cls = kAscii.cls[b]; return c; }
  size_t n = Utf8SequenceLength(s, i);
  if (n == 0) { c.cp = b; c.len = 1; c.cls = CharClass::kInvalid; return c; }
  c.len = static_cast<uint32_t>(n);
  c.cp = Decode(s, i, c.len);
  c.cls = ClassifyWide(c.cp);
  return c;
}

bool IsAlnum(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Abbreviations whose period belongs to the word. Titles only when capitalised.
constexpr const char* kAbbreviations[] = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "rev",
    "st", "pres", "amb", "cmdr", "brig", "hon", "messrs", "mt", "ft", "gens", "cpl", "pvt", "supt", "insp", "jr",
    "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp",
    "ltd", "co", "bros", "dept", "univ", "assn", "ave", "blvd", "vs", "etc", "approx", "est", "cf", "al", "fig",
    "no", "nos", "art", "vol", "para", "ch", "pp", "op"};
// Lower-case uses that are abbreviations too ("etc.", "vs.").
constexpr const char* kLowerAbbreviations[] = {"vs", "etc", "approx", "cf", "al", "pp", "est"};
// Abbreviations that only keep their period before a number ("No. 1", "Art. 5").
constexpr const char* kNumberAbbreviations[] = {"no", "nos", "art", "vol", "para", "ch", "pp", "op", "fig"};

bool InList(std::string_view lower, const char* const* list, size_t n) {
  for (size_t i = 0; i < n; ++i) if (lower == list[i]) return true;
  return false;
}

template <size_t N>
bool InList(std::string_view lower, const char* const (&list)[N]) { return InList(lower, list, N); }

bool IsClitic(std::string_view lower) {
  return lower == "s" || lower == "re" || lower == "ve" || lower == "ll" || lower == "d" || lower == "m";
}

class Scanner {
 public:
  Scanner(std::string_view text, uint32_t end, std::vector<RawToken>& out) : s_(text), end_(end), out_(out) {}

  void Run(uint32_t i) {
    while (i < end_) {
      Char c = CharAt(s_, i);
      if (i + c.len > end_) c.len = end_ - i;  // never read past the range
      switch (c.cls) {
        case CharClass::kNewline: newline_ = true; space_ = true; i += c.len; continue;
        case CharClass::kSpace: space_ = true; i += c.len; continue;
        case CharClass::kLetter:
        case CharClass::kDigit: i = Word(i); continue;
        case CharClass::kApostrophe: i = Apostrophe(i, c.len); continue;
        case CharClass::kQuote: Emit(i, i + c.len, TokenKind::kQuote); i += c.len; continue;
        case CharClass::kHyphen: i = Run(i, c.len, TokenKind::kPunct, '-'); continue;
        case CharClass::kDash: Emit(i, i + c.len, TokenKind::kPunct); i += c.len; continue;
        case CharClass::kPunct:
          if (c.cp == '.') { i = Run(i, 1, TokenKind::kPunct, '.'); continue; }
          if (c.cp == '?' || c.cp == '!') { i = RunOf(i, "?!"); continue; }
          Emit(i, i + c.len, TokenKind::kPunct); i += c.len; continue;
        case CharClass::kSymbol:
        case CharClass::kInvalid: Emit(i, i + c.len, TokenKind::kSymbol); i += c.len; continue;
      }
    }
  }

 private:
  void Emit(uint32_t b, uint32_t e, TokenKind kind) {
    RawToken t;
    t.span = {b, e};
    t.kind = kind;
    t.newline_before = newline_;
    t.space_before = space_;
    out_.push_back(t);
    newline_ = space_ = false;
  }

  // A run of one ASCII character ("--", "...") as one punctuation token.
  uint32_t Run(uint32_t i, uint32_t len, TokenKind kind, char ch) {
    uint32_t j = i + len;
    if (len == 1) while (j < end_ && s_[j] == ch) ++j;
    Emit(i, j, kind);
    return j;
  }

  uint32_t RunOf(uint32_t i, const char* chars) {
    uint32_t j = i + 1;
    while (j < end_ && s_[j] != '\0' && std::strchr(chars, s_[j]) != nullptr) ++j;
    Emit(i, j, TokenKind::kPunct);
    return j;
  }

  CharClass ClassAt(uint32_t i) const { return i < end_ ? CharAt(s_, i).cls : CharClass::kSpace; }

  // Length of the letters run at i (ASCII only, lower-cased into `out`), used for clitics.
  uint32_t AsciiLetters(uint32_t i, std::string& out) const {
    uint32_t j = i;
    while (j < end_ && IsAsciiLetter(s_[j]) && j - i < 3) { out += static_cast<char>(s_[j] | 0x20); ++j; }
    return j - i;
  }

  // 's 're 've 'll 'd 'm directly after a word, or a quote mark.
  uint32_t Apostrophe(uint32_t i, uint32_t len) {
    bool glued = !out_.empty() && out_.back().span.end == i &&
                 (out_.back().kind == TokenKind::kWord || out_.back().kind == TokenKind::kNumber);
    if (glued) {
      std::string clitic;
      uint32_t n = AsciiLetters(i + len, clitic);
      if (n > 0 && IsClitic(clitic) && !IsAlnum(ClassAt(i + len + n))) {
        Emit(i, i + len + n, TokenKind::kWord);
        return i + len + n;
      }
    }
    Emit(i, i + len, TokenKind::kQuote);
    return i + len;
  }

  // "U.S.", "e.g.", "a.m.": single letters joined by periods. Returns the end or 0.
  uint32_t DottedLetters(uint32_t i) const {
    uint32_t j = i, letters = 0;
    while (j + 1 < end_ && IsAsciiLetter(s_[j]) && s_[j + 1] == '.' && (j + 2 >= end_ || !IsAsciiLetter(s_[j + 2]) ||
                                                                      j + 3 >= end_ || !IsAsciiLetter(s_[j + 3]))) {
      ++letters;
      j += 2;
      if (j >= end_ || !IsAsciiLetter(s_[j])) break;
    }
    if (j < end_ && letters >= 1 && IsAsciiLetter(s_[j]) && (j + 1 >= end_ || !IsAlnum(ClassAt(j + 1)))) { ++letters; ++j; }
    if (letters < 2) return 0;
    return j;
  }

  uint32_t Word(uint32_t i) {
    if (uint32_t e = DottedLetters(i)) { Emit(i, e, TokenKind::kWord); return e; }
    uint32_t j = i;
    bool alpha = false, ascii_letters_only = true;
    CharClass prev = CharClass::kSpace;
    while (j < end_) {
      Char c = CharAt(s_, j);
      if (j + c.len > end_) break;
      if (IsAlnum(c.cls)) {
        alpha |= c.cls == CharClass::kLetter;
        ascii_letters_only &= c.len == 1 && c.cls == CharClass::kLetter;
        prev = c.cls; j += c.len; continue;
      }
      CharClass next = ClassAt(j + c.len);
      if ((c.cp == '.' || c.cp == ',') && prev == CharClass::kDigit && next == CharClass::kDigit) {
        ascii_letters_only = false; prev = CharClass::kPunct; j += 1; continue;
      }
      if (c.cls == CharClass::kHyphen && IsAlnum(prev) && IsAlnum(next)) {
        ascii_letters_only = false; prev = CharClass::kHyphen; j += c.len; continue;
      }
      if (c.cls == CharClass::kApostrophe && prev == CharClass::kLetter && next == CharClass::kLetter) {
        std::string clitic;
        uint32_t n = AsciiLetters(j + c.len, clitic);
        bool at_end = n > 0 && !IsAlnum(ClassAt(j + c.len + n));
        if (at_end && IsClitic(clitic)) break;  // "Russia's": stop before the clitic
        if (at_end && clitic == "t" && (s_[j - 1] == 'n' || s_[j - 1] == 'N') && j - 1 > i) { j -= 1; break; }  // "do|n't"
        ascii_letters_only = false; prev = CharClass::kApostrophe; j += c.len; continue;  // "O'Brien", "n't"
      }
      break;
    }
    if (j < end_ && s_[j] == '.' && ascii_letters_only && j > i) j = AbbreviationEnd(i, j);
    Emit(i, j, alpha ? TokenKind::kWord : TokenKind::kNumber);
    return j;
  }

  // Extends a word at a following period when it is a known abbreviation or an initial ("V.").
  uint32_t AbbreviationEnd(uint32_t i, uint32_t j) const {
    std::string lower;
    for (uint32_t k = i; k < j && lower.size() < 8; ++k) lower += static_cast<char>(s_[k] | 0x20);
    bool upper = IsAsciiUpper(s_[i]);
    uint32_t after = j + 1;
    uint32_t k = after;
    while (k < end_ && s_[k] == ' ') ++k;
    bool number_follows = k > after && k < end_ && IsAsciiDigit(s_[k]);
    if (j - i == 1) return upper && after < end_ && s_[after] == ' ' ? after : j;  // initial: "Vladimir V. Putin"
    if (j - i > 6 || !InList(lower, kAbbreviations)) return j;
    if (InList(lower, kNumberAbbreviations)) return number_follows ? after : j;
    if (!upper && !InList(lower, kLowerAbbreviations)) return j;
    return after;
  }

  std::string_view s_;
  uint32_t end_;
  std::vector<RawToken>& out_;
  bool newline_ = false;
  bool space_ = false;
};

void AppendUtf8(uint32_t cp, std::string& out) {
  if (cp < 0x80) { out += static_cast<char>(cp); return; }
  if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); return; }
  if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
    return;
  }
  out += static_cast<char>(0xF0 | (cp >> 18));
  out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out += static_cast<char>(0x80 | (cp & 0x3F));
}

}  // namespace

void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<RawToken>& out) {
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  if (begin >= end) return;
  Scanner(text, end, out).Run(begin);
}

void LowerInto(std::string_view s, std::string& out) {
  // Fast path: plain ASCII (almost every token) is copied and lowered in place.
  bool ascii = true;
  for (char c : s) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    out.assign(s);
    for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    return;
  }
  out.clear();
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) { out += (b >= 'A' && b <= 'Z') ? static_cast<char>(b | 0x20) : static_cast<char>(b); ++i; continue; }
    size_t n = Utf8SequenceLength(s, i);
    if (n == 0) { out += static_cast<char>(b); ++i; continue; }
    uint32_t cp = Decode(s, i, static_cast<uint32_t>(n));
    if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) || (cp >= 0x410 && cp <= 0x42F)) cp += 0x20;
    else if (cp >= 0x400 && cp <= 0x40F) cp += 0x50;
    else if (cp == 0x2019) cp = '\'';  // curly apostrophe: "’s" and "O’Brien" match the straight form
    AppendUtf8(cp, out);
    i += n;
  }
}

bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  unsigned char b = static_cast<unsigned char>(s[0]);
  if (b < 0x80) return b >= 'A' && b <= 'Z';
  size_t n = Utf8SequenceLength(s, 0);
  if (n == 0) return false;
  uint32_t cp = Decode(s, 0, static_cast<uint32_t>(n));
  return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0) ||
         (cp >= 0x391 && cp <= 0x3AB) || (cp >= 0x400 && cp <= 0x42F);
}

}  // namespace parley::text
