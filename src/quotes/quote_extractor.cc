#include "quotes/quote_extractor.h"

#include <algorithm>
#include <map>
#include <set>

#include "quotes/frames.h"
#include "quotes/quote_marks.h"
#include "quotes/speaker.h"
#include "quotes/speech_verbs.h"

namespace parley {
namespace {

using quotes::Frame;

// A quote before its speaker is resolved.
struct Candidate {
  Span content;
  std::string text;
  bool direct = true;
  bool partial = false;  ///< a quoted phrase inside a sentence that is not a quote frame
  Frame frame;
  uint32_t sentence = 0;
};

size_t WordCount(const std::string& s) {
  size_t n = 0;
  bool in_word = false;
  for (char ch : s) {
    bool w = ch != ' ' && ch != '\n' && ch != '\t';
    n += w && !in_word;
    in_word = w;
  }
  return n;
}

// A statement's content read on unquoted tokens stops short of a quoted phrase at either end of its
// sentence ("Trump is “temperamentally unfit.”"); widen it to take the quoted words in.
void ExtendOverQuotes(const Article& a, const Sentence& sent, const std::vector<uint32_t>& toks, Span& content) {
  uint32_t first = sent.first_token, last = sent.first_token + sent.token_count;
  if (toks.empty() || first >= last || last > a.tokens.size()) return;
  auto edge = [&](const Token& t) { return quotes::IsTerminator(t) || quotes::IsQuoteToken(t); };
  uint32_t end_tok = last;
  while (end_tok > first && edge(a.tokens[end_tok - 1])) --end_tok;
  uint32_t last_unquoted = toks.size();
  for (size_t i = toks.size(); i-- > 0;)
    if (!quotes::IsTerminator(a.tokens[toks[i]])) { last_unquoted = static_cast<uint32_t>(i); break; }
  if (end_tok > first && last_unquoted < toks.size() && content.end == a.tokens[toks[last_unquoted]].span.end) {
    uint32_t closing = end_tok;  // up to the last closing mark, when the sentence ends inside a quote
    while (closing < last && !quotes::IsQuoteToken(a.tokens[closing])) ++closing;
    uint32_t limit = closing < last ? a.tokens[closing].span.begin : a.tokens[end_tok - 1].span.end;
    content.end = std::max(content.end, limit);
  }
  uint32_t begin_tok = first;
  while (begin_tok < last && quotes::IsQuoteToken(a.tokens[begin_tok])) ++begin_tok;
  if (begin_tok < last && content.begin == a.tokens[toks[0]].span.begin)
    content.begin = std::min(content.begin, a.tokens[begin_tok].span.begin);
}

uint32_t ParagraphOf(const Article& a, uint32_t byte) { return a.sentences[quotes::SentenceAt(a, byte)].paragraph; }

Span ParagraphSpanAt(const Article& a, const std::vector<Span>& paras, uint32_t byte) {
  uint32_t p = ParagraphOf(a, byte);
  return p < paras.size() ? paras[p] : Span{0, static_cast<uint32_t>(a.text.size())};
}

// Non-quote tokens from the clause start (after the last terminator, the previous quote or the
// paragraph start) up to the opening mark.
std::vector<uint32_t> LeadingTokens(const Article& a, uint32_t open, uint32_t floor) {
  std::vector<uint32_t> out;
  for (uint32_t k = quotes::FirstTokenAt(a, open); k-- > 0;) {
    const Token& t = a.tokens[k];
    if (t.span.begin < floor || quotes::IsTerminator(t)) break;
    if (!quotes::IsQuoteToken(t)) out.push_back(k);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// Non-quote tokens after the closing mark up to the clause end (first terminator, included).
std::vector<uint32_t> TrailingTokens(const Article& a, uint32_t close_end, uint32_t ceiling) {
  std::vector<uint32_t> out;
  for (uint32_t k = quotes::FirstTokenAt(a, close_end); k < a.tokens.size() && a.tokens[k].span.begin < ceiling; ++k) {
    const Token& t = a.tokens[k];
    if (quotes::IsQuoteToken(t)) continue;
    out.push_back(k);
    if (quotes::IsTerminator(t)) break;
  }
  return out;
}

std::string VerbText(const Article& a, const Frame& f) {
  if (!f.found || f.verb_end <= f.verb_first) return "";
  std::string v(a.slice(Span{a.tokens[f.verb_first].span.begin, a.tokens[f.verb_end - 1].span.end}));
  if (!v.empty() && v[0] >= 'A' && v[0] <= 'Z' && !a.tokens[f.verb_first].lower.empty() &&
      a.tokens[f.verb_first].lower[0] == static_cast<char>(v[0] - 'A' + 'a'))
    v[0] = static_cast<char>(v[0] - 'A' + 'a');
  return v;
}

Span SpeakerSpan(const Article& a, const Frame& f) {
  if (f.speaker_end <= f.speaker_first) return Span{0, 0};
  return Span{a.tokens[f.speaker_first].span.begin, a.tokens[f.speaker_end - 1].span.end};
}

// A direct-quote candidate for one quoted region; marks frame verbs it uses in `consumed`.
Candidate FromRegion(const Article& a, const quotes::SpeechVerbs& verbs, const std::vector<quotes::QuoteRegion>& regions,
                     size_t i, const std::vector<Span>& paras, std::set<uint32_t>& consumed) {
  const quotes::QuoteRegion& r = regions[i];
  Candidate c;
  c.content = r.content();
  for (const Span& piece : r.pieces) {
    if (!c.text.empty()) c.text += ' ';
    c.text += a.slice(piece);
  }
  while (!c.text.empty() && c.text.back() == ',') { c.text.pop_back(); --c.content.end; }
  c.sentence = quotes::SentenceAt(a, c.content.begin);
  Span open_para = ParagraphSpanAt(a, paras, r.open.begin);
  uint32_t floor = std::max(open_para.begin, i > 0 ? regions[i - 1].close.end : 0u);
  std::vector<uint32_t> lead = LeadingTokens(a, r.open.begin, floor);
  std::vector<uint32_t> trail;
  if (r.closed) {
    Span close_para = ParagraphSpanAt(a, paras, r.close.begin);
    uint32_t ceiling = std::min(close_para.end, i + 1 < regions.size() ? regions[i + 1].open.begin : close_para.end);
    trail = TrailingTokens(a, r.close.end, ceiling);
  }
  bool lead_words = std::any_of(lead.begin(), lead.end(), [&](uint32_t k) { return quotes::IsWordToken(a.tokens[k]); });
  bool trail_words = false;
  for (uint32_t k : trail) {
    const Token& t = a.tokens[k];
    if (quotes::IsTerminator(t)) break;
    if (quotes::IsWordToken(t)) { trail_words = true; break; }
  }
  Frame lf = quotes::LeadingFrame(a, verbs, lead);
  Frame tf = lf.found ? Frame{} : quotes::TrailingFrame(a, verbs, trail);
  if (lf.found) {
    c.frame = lf;
  } else if (tf.found) {
    c.frame = tf;
    c.partial = lead_words;
  } else {
    c.partial = lead_words || trail_words;
  }
  if (c.frame.found && !c.partial)
    for (uint32_t k = c.frame.verb_first; k < c.frame.verb_end; ++k) consumed.insert(k);
  return c;
}

}  // namespace

Result<std::shared_ptr<const QuoteExtractor>> QuoteExtractor::Load(const std::string& data_dir) {
  auto verbs = quotes::SpeechVerbs::Load(data_dir + "/quotes/speech_verbs.txt");
  if (!verbs.ok()) return verbs.status();
  auto q = std::make_shared<QuoteExtractor>();
  q->verbs_ = std::make_shared<const quotes::SpeechVerbs>(std::move(verbs.value()));
  return std::shared_ptr<const QuoteExtractor>(std::move(q));
}

void QuoteExtractor::Extract(Article& a) const {
  a.quotes.clear();
  if (a.sentences.empty() || a.tokens.empty() || !verbs_) return;
  const quotes::SpeechVerbs& verbs = *verbs_;
  std::vector<quotes::QuoteRegion> regions = quotes::FindQuoteRegions(a, a.warnings);
  std::vector<Span> paras = quotes::ParagraphSpans(a);
  std::set<uint32_t> consumed;
  std::vector<Candidate> cands;
  std::vector<char> quoted(a.tokens.size(), 0);
  for (size_t i = 0; i < regions.size(); ++i) {
    cands.push_back(FromRegion(a, verbs, regions, i, paras, consumed));
    Span whole{regions[i].open.begin, std::max(regions[i].close.end, regions[i].content().end)};
    for (uint32_t k = quotes::FirstTokenAt(a, whole.begin); k < a.tokens.size() && a.tokens[k].span.begin < whole.end; ++k)
      quoted[k] = 1;
  }
  // Indirect statements: one per sentence, read on the tokens outside quotes.
  std::map<uint32_t, size_t> statement_of_sentence;
  for (uint32_t s = 0; s < a.sentences.size(); ++s) {
    const Sentence& sent = a.sentences[s];
    std::vector<uint32_t> toks;
    for (uint32_t k = sent.first_token; k < sent.first_token + sent.token_count && k < a.tokens.size(); ++k)
      if (!quoted[k] && !quotes::IsQuoteToken(a.tokens[k])) toks.push_back(k);
    quotes::Statement st;
    if (!quotes::FindStatement(a, verbs, toks, consumed, &st)) continue;
    ExtendOverQuotes(a, sent, toks, st.content);
    Candidate c;
    c.direct = false;
    c.content = st.content;
    c.text = std::string(a.slice(st.content));
    c.frame = st.frame;
    c.sentence = s;
    statement_of_sentence[s] = cands.size();
    cands.push_back(std::move(c));
  }
  std::vector<size_t> order(cands.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    if (cands[x].content.begin != cands[y].content.begin) return cands[x].content.begin < cands[y].content.begin;
    return !cands[x].direct && cands[y].direct;
  });
  // Resolve speakers in text order so that `he` and `the diplomat` find the latest speaker.
  quotes::SpeakerResolver resolver(a);
  std::vector<quotes::Speaker> speaker_of(cands.size());
  std::vector<std::string> verb_of(cands.size());
  std::map<uint32_t, size_t> last_in_paragraph;
  std::vector<bool> keep(cands.size(), true);
  for (size_t idx : order) {
    const Candidate& c = cands[idx];
    quotes::Speaker sp;
    std::string verb = VerbText(a, c.frame);
    if (c.frame.found) {
      Span phrase = SpeakerSpan(a, c.frame);
      if (phrase.size() > 0) {
        sp = resolver.Resolve(phrase);
      } else {
        sp = resolver.PersonInSentence(c.sentence, c.content.begin);
        if (!sp.known()) sp = resolver.last();
        resolver.Remember(sp);
      }
    } else if (c.partial) {
      auto st = statement_of_sentence.find(c.sentence);
      if (st != statement_of_sentence.end() && speaker_of[st->second].known()) {
        sp = speaker_of[st->second];
        verb = verb_of[st->second];
      } else {  // no statement: a person in the sentence, else a scare quote ("a con") that is dropped
        sp = resolver.PersonInSentence(c.sentence, c.content.end);
        keep[idx] = sp.known() && WordCount(c.text) >= 2;
        sp.as_written.clear();
      }
    } else {
      keep[idx] = WordCount(c.text) >= 3;  // a quoted title or term ("Fox News Sunday") is no quote
      auto prev = last_in_paragraph.find(a.sentences[c.sentence].paragraph);
      sp = prev != last_in_paragraph.end() ? speaker_of[prev->second] : resolver.last();
      if (prev != last_in_paragraph.end()) verb = verb_of[prev->second];
      sp.as_written.clear();
    }
    speaker_of[idx] = sp;
    verb_of[idx] = verb;
    if (c.direct && keep[idx]) last_in_paragraph[a.sentences[c.sentence].paragraph] = idx;
  }
  for (size_t idx : order) {
    if (!keep[idx]) continue;
    const Candidate& c = cands[idx];
    Quote q;
    q.sentence = c.sentence;
    q.span = c.content;
    q.text = c.text;
    q.speaker_name = speaker_of[idx].name;
    q.speaker_code = speaker_of[idx].code;
    q.speaker_as_written = speaker_of[idx].as_written;
    q.verb = verb_of[idx];
    q.direct = c.direct;
    a.quotes.push_back(std::move(q));
  }
}

void ExtractQuotes(Article& a) {
  static const Result<std::shared_ptr<const QuoteExtractor>> loaded = QuoteExtractor::Load(PARLEY_DATA_DIR);
  if (!loaded.ok()) {
    a.quotes.clear();
    a.warnings.push_back("quotes: " + loaded.error());
    return;
  }
  loaded.value()->Extract(a);
}

}  // namespace parley
