#include "temporal/time_expressions.h"
#include "temporal/time_atoms.h"

#include <cctype>

namespace parley {
namespace {

bool IsAsciiAlpha(unsigned char c) { return std::isalpha(c) != 0; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::vector<TimeAtom> AtomizeText(std::string_view text, uint32_t base) {
  std::vector<TimeAtom> out;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isspace(c)) { ++i; continue; }
    TimeAtom a;
    size_t start = i;
    if (IsAsciiAlpha(c)) {
      while (i < text.size() && IsAsciiAlpha(static_cast<unsigned char>(text[i]))) ++i;
      a.word = true;
      a.cap = std::isupper(c) != 0;
      for (size_t k = start; k < i; ++k) a.s += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
    } else if (IsDigit(c)) {
      while (i < text.size() && IsDigit(static_cast<unsigned char>(text[i]))) ++i;
      a.number = true;
      a.s = std::string(text.substr(start, i - start));
      a.digits = static_cast<int>(i - start);
      a.value = a.digits <= 6 ? std::stoi(a.s) : -1;
      // Ordinal suffix: "22nd", "1st", "10th" (only when the word ends there).
      if (i + 1 < text.size()) {
        std::string suf;
        suf += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
        suf += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i + 1])));
        bool ends = i + 2 >= text.size() || !IsAsciiAlpha(static_cast<unsigned char>(text[i + 2]));
        if (ends && (suf == "st" || suf == "nd" || suf == "rd" || suf == "th")) i += 2;
      }
    } else if (c >= 0x80) {
      // A non-ASCII sequence (curly quotes, dashes, accented letters) is one atom.
      ++i;
      while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
      a.s = std::string(text.substr(start, i - start));
      if (a.s == "\xE2\x80\x93" || a.s == "\xE2\x80\x94") a.s.assign(1, '-');  // en/em dash
    } else {
      ++i;
      a.s = std::string(1, static_cast<char>(c));
    }
    a.span = Span{base + static_cast<uint32_t>(start), base + static_cast<uint32_t>(i)};
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<TimeAtom> AtomizeSentence(const Article& a, uint32_t sentence) {
  std::vector<TimeAtom> out;
  if (sentence >= a.sentences.size()) return out;
  const Sentence& s = a.sentences[sentence];
  for (uint32_t t = s.first_token; t < s.first_token + s.token_count && t < a.tokens.size(); ++t) {
    const Span& sp = a.tokens[t].span;
    if (sp.end > a.text.size() || sp.begin > sp.end) continue;
    for (TimeAtom& at : AtomizeText(a.slice(sp), sp.begin)) out.push_back(std::move(at));
  }
  return out;
}

bool MarksFuture(std::string_view text) {
  std::vector<TimeAtom> atoms = AtomizeText(text, 0);
  for (size_t i = 0; i < atoms.size(); ++i) {
    const std::string& w = atoms[i].s;
    const std::string next = i + 1 < atoms.size() ? atoms[i + 1].s : "";
    if (w == "will" || w == "shall" || w == "wo" || w == "upcoming" || w == "scheduled") return true;
    if (w == "ll" && i > 0 && (atoms[i - 1].s == "'" || atoms[i - 1].s == "\xE2\x80\x99")) return true;
    if ((w == "going" || w == "plans" || w == "plan" || w == "planning" || w == "expected" || w == "due") && next == "to")
      return true;
  }
  return false;
}

}  // namespace parley
