// TextAnalyzer: tokens, sentences and paragraphs for an article body.
#include "text/analyzer.h"

#include <algorithm>
#include <limits>

#include "text/tokenizer.h"

namespace parley {
namespace {

using text::RawToken;

// Abbreviations that always precede a name or number ("Dr. Smith", "No. 5"): never sentence-final.
constexpr std::string_view kNonFinalAbbreviations[] = {
    "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "gov.", "sen.",
    "rep.", "rev.", "st.", "pres.", "amb.", "cmdr.", "brig.", "hon.", "messrs.", "mt.", "ft.", "gens.", "cpl.",
    "pvt.", "supt.", "insp.", "no.", "nos.", "art.", "vol.", "para.", "ch.", "pp.", "op.", "fig.", "cf."};

// Capitalised words that commonly open a sentence: after "U.S." or "etc." they mark a boundary.
constexpr std::string_view kSentenceStarters[] = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
    "in", "on", "at", "but", "and", "however", "meanwhile", "according", "after", "before", "as", "if", "when",
    "while", "his", "her", "their", "its", "our", "also", "earlier", "later", "last", "yesterday", "today",
    "both", "some", "many", "most", "one", "for", "from", "with", "under", "since", "despite", "although",
    "what", "why", "how", "who", "where", "so", "then", "now", "still", "such", "other", "another", "each",
    "all", "no", "officials", "nevertheless", "moreover", "furthermore", "instead", "thus", "yet", "by",
    "during", "during", "until", "over", "among", "several", "more", "further", "separately", "previously"};

template <size_t N>
bool In(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

class Splitter {
 public:
  Splitter(const Article& a, const std::vector<RawToken>& raw, std::vector<Token>& toks, size_t forced_break)
      : a_(a), raw_(raw), toks_(toks), forced_break_(forced_break) {}

  void Run(std::vector<Sentence>& out) {
    size_t n = raw_.size();
    size_t start = 0;
    uint32_t paragraph = 0;
    bool any = false;
    auto close = [&](size_t end) {
      if (end <= start) return;
      Sentence s;
      s.span = {raw_[start].span.begin, raw_[end - 1].span.end};
      s.first_token = static_cast<uint32_t>(start);
      s.token_count = static_cast<uint32_t>(end - start);
      s.paragraph = paragraph;
      out.push_back(s);
      any = true;
      start = end;
    };
    for (size_t i = 0; i < n; ++i) {
      if (i > 0 && (raw_[i].newline_before || i == forced_break_)) {
        close(i);
        start = i;
        if (raw_[i].newline_before && any) ++paragraph;
        any = false;
        if (!raw_[i].newline_before && !out.empty()) any = true;
      }
      size_t end = BoundaryAfter(i);
      if (end != 0) { close(end); i = end - 1; }
    }
    close(n);
  }

 private:
  std::string_view Surface(size_t i) const { return a_.slice(raw_[i].span); }

  // Closing quotes and brackets glued to a terminal belong to the sentence: returns the index after them.
  size_t SkipClosers(size_t i) const {
    size_t j = i + 1;
    while (j < raw_.size() && !raw_[j].newline_before) {
      std::string_view s = Surface(j);
      bool bracket = s == ")" || s == "]";
      bool closing_quote = raw_[j].kind == TokenKind::kQuote &&
                           (s == "\xE2\x80\x9D" || s == "\xE2\x80\x99" || s == "\xC2\xBB" || !raw_[j].space_before);
      if (!bracket && !closing_quote) break;
      ++j;
    }
    return j;
  }

  // When token i ends a sentence, the index one past the sentence's last token; else 0.
  size_t BoundaryAfter(size_t i) const {
    const RawToken& t = raw_[i];
    std::string_view s = Surface(i);
    if (s.empty()) return 0;
    bool terminal = t.kind == TokenKind::kPunct && (s[0] == '.' || s[0] == '?' || s[0] == '!' || s == "\xE2\x80\xA6");
    bool abbreviation = !terminal && t.kind == TokenKind::kWord && s.size() > 1 && s.back() == '.';
    if (!terminal && !abbreviation) return 0;
    size_t end = SkipClosers(i);
    if (end >= raw_.size() || raw_[end].newline_before) return end;
    const Token& next = toks_[end];
    if (terminal) {
      if (next.kind == TokenKind::kWord && !next.lower.empty() && next.lower[0] >= 'a' && next.lower[0] <= 'z' &&
          !next.capitalized)
        return 0;  // "and so on... the rest", "Why? he asked"
      if (next.kind == TokenKind::kPunct && (next.lower == "," || next.lower == ";" || next.lower == ":")) return 0;
      return end;
    }
    const std::string& lower = toks_[i].lower;
    if (In(lower, kNonFinalAbbreviations)) return 0;
    // "in the U.S. The talks": an abbreviation ends the sentence before a capitalised common opener.
    if (next.capitalized && In(next.lower, kSentenceStarters)) return end;
    return 0;
  }

  const Article& a_;
  const std::vector<RawToken>& raw_;
  const std::vector<Token>& toks_;
  size_t forced_break_;
};

}  // namespace

void TextAnalyzer::Analyze(Article& article) const {
  article.sentences.clear();
  article.tokens.clear();
  const std::string& text = article.text;
  uint32_t size = static_cast<uint32_t>(std::min<size_t>(text.size(), std::numeric_limits<uint32_t>::max()));
  std::vector<RawToken> raw;
  raw.reserve(size / 5 + 8);

  // Skip the dateline bytes; the first sentence begins after them.
  Span dl = article.dateline.span;
  size_t forced_break = std::numeric_limits<size_t>::max();
  if (dl.end > dl.begin && dl.end <= size) {
    text::Tokenize(text, 0, dl.begin, raw);
    size_t before = raw.size();
    text::Tokenize(text, dl.end, size, raw);
    if (before < raw.size()) {
      forced_break = before;
      uint32_t from = before > 0 ? raw[before - 1].span.end : 0;
      if (std::string_view(text).substr(from, raw[before].span.begin - from).find('\n') != std::string_view::npos)
        raw[before].newline_before = true;
    }
  } else {
    text::Tokenize(text, 0, size, raw);
  }

  std::vector<Token>& toks = article.tokens;
  toks.resize(raw.size());
  std::string_view view(text);
  for (size_t i = 0; i < raw.size(); ++i) {
    Token& t = toks[i];
    std::string_view surface = view.substr(raw[i].span.begin, raw[i].span.size());
    t.span = raw[i].span;
    t.kind = raw[i].kind;
    text::LowerInto(surface, t.lower);
    t.capitalized = text::StartsUpper(surface);
    if (t.kind == TokenKind::kWord && lemmatizer_) lemmatizer_->LemmaInto(t.lower, t.lemma);
    else t.lemma = t.lower;
  }
  article.sentences.reserve(raw.size() / 20 + 1);
  Splitter(article, raw, toks, forced_break).Run(article.sentences);
}

}  // namespace parley
