#include "quotes/quote_marks.h"

#include <algorithm>
#include <optional>

namespace parley::quotes {
namespace {

enum class Mark : uint8_t { kNone, kStraight, kCurlyOpen, kCurlyClose, kLowOpen, kGuillemetOpen, kGuillemetClose };

// The quotation mark at byte `i` of `s` and its length in bytes.
Mark MarkAt(const std::string& s, size_t i, uint32_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  *len = 1;
  if (c == '"') return Mark::kStraight;
  if (c == 0xC2 && i + 1 < s.size()) {
    *len = 2;
    unsigned char d = static_cast<unsigned char>(s[i + 1]);
    if (d == 0xAB) return Mark::kGuillemetOpen;
    if (d == 0xBB) return Mark::kGuillemetClose;
  }
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    *len = 3;
    unsigned char d = static_cast<unsigned char>(s[i + 2]);
    if (d == 0x9C) return Mark::kCurlyOpen;
    if (d == 0x9D) return Mark::kCurlyClose;
    if (d == 0x9E) return Mark::kLowOpen;
  }
  return Mark::kNone;
}

bool IsOpener(Mark m) { return m == Mark::kStraight || m == Mark::kCurlyOpen || m == Mark::kLowOpen || m == Mark::kGuillemetOpen; }

// True when `m` closes a quote opened with `open`.
bool Closes(Mark open, Mark m) {
  switch (open) {
    case Mark::kStraight: return m == Mark::kStraight || m == Mark::kCurlyClose;
    case Mark::kCurlyOpen: return m == Mark::kCurlyClose || m == Mark::kStraight;
    case Mark::kLowOpen: return m == Mark::kCurlyOpen || m == Mark::kCurlyClose;
    case Mark::kGuillemetOpen: return m == Mark::kGuillemetClose;
    default: return false;
  }
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Shrinks a span to exclude outer white space.
Span TrimSpan(const std::string& s, Span sp) {
  while (sp.begin < sp.end && IsSpace(s[sp.begin])) ++sp.begin;
  while (sp.end > sp.begin && IsSpace(s[sp.end - 1])) --sp.end;
  return sp;
}

}  // namespace

std::vector<Span> ParagraphSpans(const Article& a) {
  std::vector<Span> out;
  std::vector<bool> used;
  for (const Sentence& s : a.sentences) {
    if (s.paragraph >= out.size()) { out.resize(s.paragraph + 1); used.resize(s.paragraph + 1, false); }
    Span& p = out[s.paragraph];
    if (!used[s.paragraph]) { p = s.span; used[s.paragraph] = true; }
    p.begin = std::min(p.begin, s.span.begin);
    p.end = std::max(p.end, s.span.end);
  }
  const std::string& t = a.text;
  for (size_t i = 0; i < out.size(); ++i) {
    if (!used[i]) continue;
    uint32_t floor = i > 0 ? out[i - 1].end : 0;
    for (size_t k = i; k-- > 0;) if (used[k]) { floor = out[k].end; break; }
    while (out[i].begin > floor && t[out[i].begin - 1] != '\n') --out[i].begin;
    uint32_t ceiling = static_cast<uint32_t>(t.size());
    for (size_t k = i + 1; k < out.size(); ++k) if (used[k]) { ceiling = out[k].begin; break; }
    while (out[i].end < ceiling && t[out[i].end] != '\n') ++out[i].end;
  }
  return out;
}

std::vector<QuoteRegion> FindQuoteRegions(const Article& a, std::vector<std::string>& warnings) {
  const std::string& t = a.text;
  std::vector<QuoteRegion> regions;
  std::vector<Span> paragraphs = ParagraphSpans(a);
  std::optional<QuoteRegion> open;  // the region being read
  std::vector<Mark> stack;          // opening marks, innermost last
  uint32_t piece_begin = 0;
  auto never_closed = [&](uint32_t end, bool add_piece = true) {
    if (add_piece) open->pieces.push_back(TrimSpan(t, Span{piece_begin, end}));
    open->close = Span{end, end};
    open->closed = false;
    warnings.push_back("quote opened at byte " + std::to_string(open->open.begin) +
                       " never closes; ended at byte " + std::to_string(end));
    regions.push_back(std::move(*open));
    open.reset();
    stack.clear();
  };
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    Span para = paragraphs[p];
    if (para.size() == 0) continue;
    uint32_t i = para.begin;
    if (open) {  // a quote left open: continues only when this paragraph opens with a quote mark
      uint32_t j = i;
      while (j < para.end && IsSpace(t[j])) ++j;
      uint32_t len = 0;
      if (j < para.end && IsOpener(MarkAt(t, j, &len))) {
        stack.assign(1, MarkAt(t, j, &len));
        piece_begin = j + len;
        i = j + len;
      } else {
        never_closed(open->pieces.empty() ? para.begin : open->pieces.back().end, !!open->pieces.empty());
      }
    }
    while (i < para.end) {
      uint32_t len = 0;
      Mark m = MarkAt(t, i, &len);
      if (m == Mark::kNone) { ++i; continue; }
      if (!stack.empty() && Closes(stack.back(), m)) {
        stack.pop_back();
        if (stack.empty()) {
          open->pieces.push_back(TrimSpan(t, Span{piece_begin, i}));
          open->close = Span{i, i + len};
          regions.push_back(std::move(*open));
          open.reset();
        }
      } else if (!stack.empty() && IsOpener(m) && stack.back() == Mark::kGuillemetOpen) {
        stack.push_back(m);  // quotes inside guillemets are content
      } else if (!stack.empty() && IsOpener(m)) {
        never_closed(i);  // a new opener while one is open: the earlier quote never closed
        open = QuoteRegion{};
        open->open = Span{i, i + len};
        stack.push_back(m);
        piece_begin = i + len;
      } else if (stack.empty() && (IsOpener(m) || m == Mark::kCurlyClose)) {
        bool starts_word = i + len < para.end && !IsSpace(t[i + len]);
        bool after_space = i == para.begin || IsSpace(t[i - 1]);
        if (m == Mark::kCurlyClose && !(starts_word && after_space)) { i += len; continue; }  // stray closer
        open = QuoteRegion{};
        open->open = Span{i, i + len};
        stack.push_back(m == Mark::kCurlyClose ? Mark::kCurlyOpen : m);
        piece_begin = i + len;
      }
      i += len;
    }
    if (open) {
      // Continue into the next non-empty paragraph if it opens with a quote mark.
      size_t next = p + 1;
      while (next < paragraphs.size() && paragraphs[next].size() == 0) ++next;
      bool continues = false;
      if (next < paragraphs.size()) {
        uint32_t j = paragraphs[next].begin, len = 0;
        while (j < paragraphs[next].end && IsSpace(t[j])) ++j;
        continues = j < paragraphs[next].end && IsOpener(MarkAt(t, j, &len));
      }
      if (continues) open->pieces.push_back(TrimSpan(t, Span{piece_begin, para.end}));
      else never_closed(para.end);
    }
  }
  if (open) never_closed(static_cast<uint32_t>(t.size()));
  // Drop empty quotes ("" or a mark followed by nothing).
  regions.erase(std::remove_if(regions.begin(), regions.end(), [](const QuoteRegion& r) {
                  return r.pieces.empty() || r.content().size() == 0;
                }),
                regions.end());
  return regions;
}

}  // namespace parley::quotes
