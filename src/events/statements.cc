// Statements: reported speech about another actor coded with cue words, and discard phrases.
#include <algorithm>
#include <unordered_set>

#include "core/data_lines.h"
#include "core/fast_hash.h"
#include "core/utf8.h"
#include "events/clause.h"
#include "events/coder.h"

namespace parley {

bool IsSpeechVerb(const std::string& w) {
  // Cheap filter first: every speech verb below is 3-10 letters and starts with one of these.
  if (w.size() < 3 || w.size() > 10 || std::string_view("abcdeinprstuw").find(w[0]) == std::string_view::npos) return false;
  static const std::unordered_set<std::string, FastStringHash, StringEq> kVerbs = {"say", "said", "says", "tell", "told", "add", "added", "note", "noted",
      "explain", "explained", "stress", "stressed", "emphasize", "emphasized", "emphasise", "point", "state", "stated",
      "declare", "declared", "announce", "announced", "remark", "remarked", "insist", "insisted", "argue", "argued",
      "claim", "claimed", "warn", "warned", "underline", "underlined", "comment", "commented", "write", "wrote", "according",
      "believe", "believes", "think", "thinks", "recall", "recalled", "conclude", "concluded"};
  return kVerbs.count(w) > 0;
}

Result<std::shared_ptr<const StatementCues>> StatementCues::Load(const std::string& data_dir, const Codebook& codebook) {
  auto c = std::make_shared<StatementCues>();
  Status s = ForEachDataLine(data_dir + "/events/statements.txt", "the statement cues",
                             [&](const std::string& l, const std::string& where) {
    auto colon = l.find(':');
    if (colon == std::string::npos) return Status::Error(where + ": expected 'CODE: cue | cue'");
    std::string code(Trim(l.substr(0, colon)));
    if (!codebook.Find(code)) return Status::Error(where + ": unknown CAMEO code '" + code + "'");
    for (const auto& raw : Split(l.substr(colon + 1), '|')) {
      std::string w = AsciiLower(Trim(raw));
      if (w.empty()) return Status::Error(where + ": empty cue");
      c->code_of[w] = code;
      c->entry_of[w] = where;
    }
    return Status();
  });
  if (!s.ok()) return s;
  s = ForEachDataLine(data_dir + "/events/discards.txt", "the discard phrases", [&](const std::string& l, const std::string&) {
    std::vector<std::string> words;
    for (const auto& w : Split(AsciiLower(l), ' '))
      if (!w.empty()) words.push_back(w);
    c->discards.push_back(std::move(words));
    return Status();
  });
  if (!s.ok()) return s;
  return std::shared_ptr<const StatementCues>(c);
}

bool EventCoder::Discarded(const Article& a, const SentenceView& v) const {
  for (uint32_t t = v.begin; t < v.end; ++t)
    for (const auto& phrase : cues_->discards) {
      if (a.tokens[t].lower != phrase[0] || t + phrase.size() > v.end) continue;
      bool all = true;
      for (size_t k = 1; k < phrase.size() && all; ++k) all = a.tokens[t + k].lower == phrase[k];
      if (all) return true;
    }
  return false;
}

void EventCoder::CodeStatement(Article& a, const SentenceView& v, std::vector<std::string>* trace) const {
  const uint32_t s = v.sentence;
  // The speech verb and its speaker: "X said", "said X", "according to X".
  int speaker = -1;
  uint32_t verb = 0;
  for (uint32_t t = v.begin; t < v.end; ++t) {
    const std::string& w = v.Lower(t);
    if (v.mention_at[t - v.begin] >= 0 || v.place_at[t - v.begin] >= 0) continue;  // "the United States"
    if (!IsSpeechVerb(w) && !IsSpeechVerb(v.Lemma(t))) continue;
    if (w.size() > 4 && w.ends_with("ing")) continue;  // "are saying": not an attribution
    int cand = -1;
    if (w == "according") {
      if (v.Lower(t + 1) != "to") continue;
      uint32_t n = t + 2;
      while (n < v.end && v.Lower(n) == "the") ++n;
      if (n < v.end) cand = v.mention_at[n - v.begin];
    } else {
      cand = FindSubject(v, t);
      if (cand < 0 && t + 1 < v.end) cand = v.mention_at[t + 1 - v.begin];
    }
    if (!v.Usable(cand) || a.mentions[cand].group.size() >= 2 || a.mentions[cand].code.empty()) continue;
    const std::string& kind = a.mentions[cand].kind;
    bool personal = kind == "person" || kind == "pronoun" || kind == "coref";
    // The last personal speaker wins (the attribution usually closes the sentence); else the first.
    if (speaker < 0 || personal) { speaker = cand; verb = t; }
  }
  if (speaker < 0) return;
  const Mention& sp = a.mentions[speaker];
  // An event about another codable actor in the reported content.
  for (const Event& e : a.events)
    if (e.sentence == s) return;  // the content already coded its own event
  int about = -1;
  for (uint32_t t = v.begin; t < v.end; ++t) {
    int m = v.MentionStartingAt(t);
    if (!v.Usable(m) || m == speaker || a.mentions[m].group.size() >= 2) continue;
    if (t > v.begin && (v.Lower(t - 1) == "told" || v.Lower(t - 1) == "tell")) continue;  // the addressee
    const Mention& x = a.mentions[m];
    if (x.kind == "pronoun" || x.kind == "coref") continue;
    if (!x.country.empty() && x.country == sp.country) continue;
    if (x.code.size() >= 3 && x.code.substr(0, 3) == sp.code.substr(0, std::min<size_t>(3, sp.code.size()))) continue;
    about = m;
    break;
  }
  if (about < 0) return;
  std::string code = "010", cue;
  for (uint32_t t = v.begin; t < v.end; ++t) {
    auto it = cues_->code_of.find(a.tokens[t].lemma);
    if (it == cues_->code_of.end()) it = cues_->code_of.find(a.tokens[t].lower);
    if (it == cues_->code_of.end()) continue;
    if (code == "010" || it->second.substr(0, 2) == "11") { code = it->second; cue = it->first; }
  }
  if (cue.empty()) {
    // A bare statement about another actor is not an event; only a cue word gives it a code.
    if (trace) trace->push_back("sentence " + std::to_string(s) + ": statement by " + sp.code + " about " + a.mentions[about].code +
                                " has no cue word (data/events/statements.txt): no event");
    return;
  }
  Event ev;
  ev.sentence = s;
  ev.source = sp;
  ev.target = a.mentions[about];
  if (!Fill(ev, code)) return;
  ev.trigger = a.tokens[verb].span;
  ev.modality = "asserted";
  ev.pattern = "statement " + code + (cue.empty() ? "" : " cue '" + cue + "'");
  ev.pattern_entry = cue.empty() ? "built-in: reported speech about another actor" : cues_->entry_of.find(cue)->second;
  if (trace) trace->push_back("sentence " + std::to_string(s) + ": statement by " + sp.code + " '" + sp.name + "' about " +
                              ev.target.code + " '" + ev.target.name + "'" + (cue.empty() ? "" : ", cue '" + cue + "'") + " -> " + code);
  a.events.push_back(std::move(ev));
}

}  // namespace parley
