#include "events/coder.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <unordered_set>

#include "core/fast_hash.h"
#include "core/utf8.h"
#include "events/clause.h"

namespace parley {
namespace {

struct Match {
  const Pattern* p = nullptr;
  int source = -1, target = -1;
  uint32_t end = 0;
};

bool IsPunct(const Token& t) { return t.kind == TokenKind::kPunct || t.kind == TokenKind::kQuote; }

// A past participle used as a modifier after a determiner or number ("a captured pilot").
bool IsParticipleModifier(const SentenceView& v, uint32_t t) {
  const std::string& w = v.Lower(t);
  if (t == v.begin || w.size() < 4 || !(w.ends_with("ed") || w.ends_with("en"))) return false;
  const Token& prev = v.a->tokens[t - 1];
  const std::string& p = prev.lower;
  return prev.kind == TokenKind::kNumber || p == "a" || p == "an" || p == "the" || p == "two" || p == "three" || p == "four" ||
         p == "five" || p == "several" || p == "his" || p == "her" || p == "their" || p == "its" || p == "'s" || p == "’s" ||
         p == "newly" || p == "recently" || p == "formerly";
}

// "the poisoning of", "the sinking": a verb pattern matched on a gerund used as a noun.
bool IsDeterminer(const std::string& p) {
  return p == "the" || p == "a" || p == "an" || p == "its" || p == "his" || p == "her" || p == "their" || p == "'s" || p == "’s";
}

bool IsGerundNoun(const SentenceView& v, uint32_t t) {
  if (t == v.begin) return false;
  const std::string& w = v.Lower(t);
  if (w.ends_with("ing")) return IsDeterminer(v.Lower(t - 1)) || v.Lower(t + 1) == "of";
  // An uninflected trigger right after a determiner and at most one modifier is a noun: "the border dispute".
  if (w != v.Lemma(t)) return false;
  if (IsDeterminer(v.Lower(t - 1))) return true;
  return t >= v.begin + 2 && IsDeterminer(v.Lower(t - 2)) && v.a->tokens[t - 1].kind == TokenKind::kWord &&
         v.mention_at[t - 1 - v.begin] < 0;
}

// "attack"/"fight"/"hit" between politicians is criticism, not violence: a political source sector and a
// political or personal target (no armed actor on either side).
bool VerbalAttack(const std::string& code, const std::string& lemma, const Mention& s, const Mention& t) {
  if (code.compare(0, 2, "18") != 0 && code.compare(0, 2, "19") != 0) return false;
  if (lemma != "attack" && lemma != "fight" && lemma != "hit" && lemma != "blast" && lemma != "assault" && lemma != "lash" &&
      lemma != "batter" && lemma != "savage")
    return false;
  auto sector = [](const Mention& m) { return m.code.size() >= 6 ? m.code.substr(3, 3) : std::string(); };
  auto political = [](const std::string& x) { return x == "GOV" || x == "OPP" || x == "LEG" || x == "JUD" || x == "MED" || x == "PTY"; };
  return political(sector(s)) && (political(sector(t)) || (!t.entity.empty() && t.kind != "org"));
}

// Heads whose "in/to/at" phrase names where the actor went: the place's country is the target.
bool IsMovementHead(const std::string& h) {
  static const char* kHeads[] = {"arrive", "travel", "fly", "visit", "go", "come", "return", "head", "land", "cross",
                                 "tour", "trip", "journey", "arrival", "deploy", "send", "dispatch", "move", "invade",
                                 "enter", "march", "advance", "infiltrate", "station", "withdraw", "pull"};
  for (const char* k : kHeads) if (h == k) return true;
  return false;
}

// How many tokens a pattern word may skip ("signed a 30-year gas supply deal").
constexpr uint32_t kWordWindow = 5;

// Matches the elements after the head; true on success.
bool MatchRest(const SentenceView& v, const Pattern& p, uint32_t head, Match* out, bool drop_trailing_with = false) {
  uint32_t pos = head + 1;
  int window_bonus = 0;
  std::string prev_word;
  for (size_t ei = 0; ei < p.rest.size(); ++ei) {
    const auto& e = p.rest[ei];
    prev_word = ei > 0 && p.rest[ei - 1].kind == PatternElem::kWord ? p.rest[ei - 1].word : "";
    if (drop_trailing_with && ei + 2 == p.rest.size() && e.kind == PatternElem::kWord && e.word == "with" &&
        p.rest[ei + 1].kind == PatternElem::kTarget)
      break;
    if (e.kind == PatternElem::kGap) { window_bonus = 4; continue; }
    uint32_t limit = pos + (e.kind == PatternElem::kWord ? kWordWindow : 4) + window_bonus;
    window_bonus = 0;
    bool found = false;
    uint32_t k = pos;
    while (k < v.end && k <= limit) {
      const Token& tok = v.a->tokens[k];
      if (e.kind == PatternElem::kWord) {
        if (v.lemma_id[k - v.begin] == e.id || v.lower_id[k - v.begin] == e.id) { pos = k + 1; found = true; break; }
        // An infinitive or a that-clause starts another predicate: a pattern word is not looked for past it.
        if (k > pos - 0 && (tok.lower == "to" || tok.lower == "that")) break;
      } else {
        int m = v.MentionStartingAt(k);
        // A place after a pattern preposition is the target of movement patterns ("arrive in +": Moscow).
        int pl = v.place_at[k - v.begin];
        bool pattern_prep = !prev_word.empty() && k > head && v.Lower(k - 1) == prev_word;  // the pattern says "at +"
        if (m < 0 && pl >= 0 && (IsMovementHead(p.head) || pattern_prep) && v.a->mentions[pl].first_token == k && k > head && !v.a->mentions[pl].country.empty() &&
            (v.Lower(k - 1) == "in" || v.Lower(k - 1) == "to" || v.Lower(k - 1) == "at" || v.Lower(k - 1) == "into" ||
             v.Lower(k - 1) == "from"))
          m = pl;
        // Coercion and violence against an unnamed group ("police arrested activists"): a bare sector
        // noun is a target; it takes the source's country when the event is coded.
        bool agent_target = m >= 0 && e.kind == PatternElem::kTarget && p.code >= "14" && v.a->mentions[m].kind == "agent" &&
                            v.a->mentions[m].code.empty() && !v.a->mentions[m].title_sector.empty();
        if (m >= 0 && (v.Usable(m) || m == pl || agent_target)) {
          (e.kind == PatternElem::kTarget ? out->target : out->source) = m;
          const Mention& x = v.a->mentions[m];
          pos = x.first_token + x.token_count;
          found = true;
          break;
        }
      }
      if (IsPunct(tok) && tok.lower != "-" && tok.lower != "'s") break;
      if (v.mention_at[k - v.begin] >= 0 && v.Usable(v.mention_at[k - v.begin])) break;  // never skip over an actor
      int pl = v.place_at[k - v.begin];
      if (pl >= 0) { const Mention& x = v.a->mentions[pl]; k = x.first_token + x.token_count; limit += x.token_count - 1; continue; }
      ++k;
    }
    if (!found) return false;
  }
  out->p = &p;
  out->end = pos;
  return true;
}

// "Pompeo's first visit": the possessor before token t, or -1.
int Possessor(const SentenceView& v, uint32_t t) {
  for (uint32_t k = t; k > v.begin && t - k < 4;) {
    --k;
    const std::string& w = v.Lower(k);
    if ((w == "'s" || w == "’s" || w == "his" || w == "her" || w == "their") && k > v.begin) {
      int m = (w == "'s" || w == "’s") ? v.mention_at[k - 1 - v.begin] : v.mention_at[k - v.begin];
      if (m >= 0 && v.a->mentions[m].kind == "pronoun") return v.a->mentions[m].code.empty() && v.a->mentions[m].group.size() < 2 ? -1 : m;
      return v.Usable(m) ? m : -1;
    }
    if (IsPunct(v.a->tokens[k])) break;
  }
  return -1;
}

bool IsLightVerb(const std::string& lemma) {
  return lemma == "hold" || lemma == "have" || lemma == "make" || lemma == "pay" || lemma == "conduct" || lemma == "begin" ||
         lemma == "start" || lemma == "continue" || lemma == "resume" || lemma == "establish" || lemma == "launch" ||
         lemma == "open" || lemma == "host";
}

const char* FutureCode(const std::string& root) {
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") return "031";
  if (root == "07") return "033";
  if (root == "08") return "035";
  if (root >= "18") return "138";
  if (root >= "14") return "130";
  return nullptr;
}

}  // namespace

bool EventCoder::Fill(Event& ev, const std::string& code) const {
  const CameoCode* c = codebook_->Find(code);
  if (!c) return false;
  ev.code = code;
  ev.root = code.substr(0, 2);
  ev.quad_class = c->quad_class;
  ev.goldstein = c->goldstein;
  ev.plover_event = c->plover_event;
  ev.plover_mode = c->plover_mode;
  return true;
}

void EventCoder::Code(Article& a, std::vector<std::string>* trace) const {
  a.events.clear();
  for (uint32_t s = 0; s < a.sentences.size(); ++s) {
    size_t before = a.events.size();
    SentenceView v(a, s);
    v.lower_id.resize(v.end - v.begin);
    v.lemma_id.resize(v.end - v.begin);
    for (uint32_t t = v.begin; t < v.end; ++t) {
      v.lower_id[t - v.begin] = patterns_->WordId(a.tokens[t].lower);
      v.lemma_id[t - v.begin] = a.tokens[t].lemma == a.tokens[t].lower ? v.lower_id[t - v.begin] : patterns_->WordId(a.tokens[t].lemma);
      // British spellings: "normalise" codes like "normalize".
      const std::string& lem = a.tokens[t].lemma;
      if (v.lemma_id[t - v.begin] == PatternSet::kNoWord && lem.size() > 4 && lem.compare(lem.size() - 3, 3, "ise") == 0)
        v.lemma_id[t - v.begin] = patterns_->WordId(lem.substr(0, lem.size() - 3) + "ize");
    }
    CodeSentence(a, v, trace);
    DropEmbeddedNominals(a, before);
    CodeStatement(a, v, trace);
    // Discard phrases are only looked for in sentences that produced events.
    if (a.events.size() > before && Discarded(a, v)) {
      a.events.resize(before);
      if (trace) trace->push_back("sentence " + std::to_string(s) + ": discarded (sports or other non-political cue in data/events/discards.txt)");
      continue;
    }
    // One event per (source, target, code) in a sentence.
    std::set<std::string> seen;
    std::vector<Event> kept(a.events.begin(), a.events.begin() + before);
    for (size_t i = before; i < a.events.size(); ++i) {
      const Event& e = a.events[i];
      std::string src = e.source.code + "|" + e.source.entity, tgt = e.target.code + "|" + e.target.entity;
      // Meetings, calls and negotiations are mutual: A->B and B->A in one sentence are one event.
      if ((e.code == "040" || e.code == "041" || e.code == "046") && tgt < src) std::swap(src, tgt);
      std::string key = src + "|" + tgt + "|" + e.code;
      if (seen.insert(key).second) kept.push_back(e);
    }
    a.events.swap(kept);
  }
}

void EventCoder::DropEmbeddedNominals(Article& a, size_t from) const {
  // A nominal event after a verbal event of the same sentence is that verb's object ("condemned
  // Russia's attack on Ukraine" is criticism, not an attack): only the verbal event is kept.
  std::vector<Event> kept(a.events.begin(), a.events.begin() + from);
  for (size_t i = from; i < a.events.size(); ++i) {
    const Event& e = a.events[i];
    bool embedded = false;
    if (e.nominal)
      for (size_t j = from; j < a.events.size(); ++j) {
        const Event& o = a.events[j];
        if (j == i || o.trigger.begin >= e.trigger.begin) continue;
        // after a verbal event, or after another event between the same actors ("talks on the border dispute")
        if (!o.nominal || (o.source.code == e.source.code && o.target.code == e.target.code)) embedded = true;
      }
    if (!embedded) kept.push_back(e);
  }
  a.events.swap(kept);
}

void EventCoder::CodeSentence(Article& a, const SentenceView& v, std::vector<std::string>* trace) const {
  const uint32_t s = v.sentence;
  std::vector<bool> used(v.end - v.begin, false);
  // Whether any usable mention follows "and"/"," after another one: only then can a subject be a compound.
  bool has_compound = false;
  for (uint32_t k = v.begin + 1; k + 1 < v.end && !has_compound; ++k)
    if ((v.Lower(k) == "and" || v.Lower(k) == ",") && v.mention_at[k - 1 - v.begin] >= 0) has_compound = true;
  // seen[id] = 1 + the last token index where the pattern word `id` occurs (0: nowhere).
  thread_local std::vector<uint32_t> seen;
  thread_local std::vector<uint32_t> touched;
  for (uint32_t id : touched) seen[id] = 0;
  touched.clear();
  for (uint32_t k = v.begin; k < v.end; ++k)
    for (uint32_t id : {v.lemma_id[k - v.begin], v.lower_id[k - v.begin]}) {
      if (id == PatternSet::kNoWord) continue;
      if (seen.size() <= id) seen.resize(id + 1024, 0);
      if (!seen[id]) touched.push_back(id);
      seen[id] = k + 1;
    }
  for (uint32_t t = v.begin; t < v.end; ++t) {
    if (used[t - v.begin] || v.mention_at[t - v.begin] >= 0) continue;
    const Token& tok = a.tokens[t];
    if (tok.kind != TokenKind::kWord) continue;
    if (IsParticipleModifier(v, t)) continue;  // "two detained Canadians": an adjective, not the verb
    Match best;
    const uint32_t lemma_id = v.lemma_id[t - v.begin], lower_id = v.lower_id[t - v.begin];
    if (lemma_id == PatternSet::kNoWord && lower_id == PatternSet::kNoWord) continue;
    std::vector<const std::vector<Pattern>*> lists = {&patterns_->WithHeadId(lemma_id)};
    if (lower_id != lemma_id) lists.push_back(&patterns_->WithHeadId(lower_id));
    // A pattern whose words do not all occur later in the sentence cannot match.
    auto present = [&](uint32_t id) { return id < seen.size() && seen[id] > t; };
    for (const auto* list : lists)
      for (const Pattern& p : *list) {
        bool possible = true;
        for (const auto& e : p.rest)
          if (e.kind == PatternElem::kWord && !present(e.id)) { possible = false; break; }
        if (!possible) continue;
        Match m;
        if (!MatchRest(v, p, t, &m)) continue;
        if (!best.p || p.words > best.p->words || (p.words == best.p->words && m.target >= 0 && best.target < 0)) best = m;
      }
    if (!best.p) {
      // Material conflict with a place as the object: "struck targets near Homs", "attacked a village
      // in northeastern Nigeria": the simple "V +" pattern with the place's country as target.
      for (const auto* list : lists)
        for (const Pattern& p : *list) {
          if (best.p || p.noun || p.rest.size() != 1 || p.rest[0].kind != PatternElem::kTarget || p.code < "14") continue;
          for (uint32_t k = t + 1; k < v.end && k < t + 9; ++k) {
            const std::string& w = v.Lower(k);
            if (w == "," || w == ";" || w == "and") break;
            int pl = v.place_at[k - v.begin];
            if (pl < 0 || a.mentions[pl].first_token != k || a.mentions[pl].country.empty()) continue;
            best.p = &p;
            best.target = pl;
            best.end = k + a.mentions[pl].token_count;
            break;
          }
        }
    }
    if (!best.p) {
      // Reciprocal fallback: "A and B conferred" has no object; a compound subject and a head whose
      // simplest pattern is "V with +" or "V +" still code A -> B.
      // "A and B signed a deal" matches "sign deal with +" without its "with +".
      if (!has_compound) continue;
      int subj = FindSubject(v, t);
      if (subj < 0 || CompoundAt(v, subj).size() < 2) continue;
      for (const auto* list : lists)
        for (const Pattern& p : *list) {
          if (p.noun || p.rest.size() < 2 || p.rest.back().kind != PatternElem::kTarget || p.rest[p.rest.size() - 2].word != "with") continue;
          Match m;
          bool ok = true;
          for (const auto& e : p.rest)
            if (e.kind == PatternElem::kWord && e.word != "with" && !present(e.id)) ok = false;
          if (!ok || !MatchRest(v, p, t, &m, true)) continue;
          if (!best.p || p.words > best.p->words) best = m;
        }
      if (!best.p) {
        const Pattern* simple = nullptr;
        if (false) {}
        for (const auto* list : lists)
          for (const Pattern& p : *list)
            if (!p.noun && !simple && p.rest.size() == 1 && p.rest[0].kind == PatternElem::kTarget) simple = &p;
        if (!simple) continue;
        best.p = simple;
        best.end = t + 1;
      }
      best.target = -1;
    }
    const Pattern& p = *best.p;
    std::string how;
    int source = best.source;
    if (source >= 0) how = "pattern $";
    bool passive = !p.noun && IsPassive(v, t);
    int target = best.target;
    if (source < 0 && !p.noun && IsGerundNoun(v, t)) {
      source = Possessor(v, t);  // "Putin's meeting with Kim": a verb pattern on a nominal form
      if (source >= 0) how = "possessor";
    }
    if (source < 0 && p.noun) {
      source = Possessor(v, t);
      if (source >= 0) how = "possessor";
      if (source < 0) {
        for (uint32_t k = t; k > v.begin && t - k < 4;) {
          --k;
          if (IsLightVerb(a.tokens[k].lemma)) { source = FindSubject(v, k); how = "subject of '" + a.tokens[k].lower + "'"; break; }
        }
      }
      if (source < 0 && p.code.compare(0, 2, "04") == 0 && target < 0 && t >= v.begin + 2) {
        // "Biden assured Zelenskiy in a telephone call": the call is between the verb's subject and object.
        bool in_phrase = false;
        for (uint32_t k = t; k > v.begin && t - k < 4;) {
          --k;
          const std::string& w = v.Lower(k);
          if (w == "in" || w == "during" || w == "by" || w == "over") { in_phrase = true; break; }
        }
        int near = -1, far = -1;
        for (uint32_t k = t; in_phrase && k-- > v.begin;) {
          int m = v.mention_at[k - v.begin];
          if (m < 0 || !v.Usable(m)) continue;
          k = a.mentions[m].first_token;
          if (near < 0) near = m;
          else if (a.mentions[m].code != a.mentions[near].code) { far = m; break; }
        }
        if (near >= 0 && far >= 0 && CompoundAt(v, near).size() < 2) { source = far; target = near; how = "subject and object of the clause"; }
      }
      if (source < 0) { source = FindSubject(v, t); how = "clause subject"; }
    } else if (source < 0 && passive) {
      if (target >= 0 && a.mentions[target].first_token > v.begin) {
        uint32_t k = a.mentions[target].first_token;
        while (k > v.begin + 1 && v.Lower(k - 1) == "the") --k;
        if (v.Lower(k - 1) == "by") target = -1;  // "+" caught the by-agent: roles come from the passive
      }
      source = PassiveAgent(v, t);
      how = "passive by-agent";
      if (target < 0) target = FindSubject(v, t);
      else if (source < 0) source = FindSubject(v, t), how = "passive subject";
    } else if (source < 0) {
      source = FindSubject(v, t);
      how = "clause subject";
    }
    // "Putin plans to visit China ... for talks with Xi": an object of an earlier event in this sentence
    // is not the subject of a later trigger; the earlier event's source is.
    if (source >= 0 && how.rfind("clause subject", 0) == 0)
      for (size_t i = a.events.size(); i-- > 0 && a.events[i].sentence == s;)
        if (a.events[i].target.span.begin == a.mentions[source].span.begin && a.events[i].trigger.begin < tok.span.begin) {
          for (size_t k = 0; k < a.mentions.size(); ++k)
            if (a.mentions[k].sentence == s && a.mentions[k].span.begin == a.events[i].source.span.begin) source = static_cast<int>(k);
          how = "source of the earlier event";
          break;
        }
    if (p.code >= "14") {
      // "Rebels attacked a Malian army base": an unnamed armed group as the subject of violence.
      if (source < 0) {
        for (uint32_t k = t; k-- > v.begin && t - k < 8;) {
          int m = v.mention_at[k - v.begin];
          if (m < 0) continue;
          const Mention& x = a.mentions[m];
          if (x.kind == "agent" && x.code.empty() && !x.title_sector.empty()) { source = m; how = "unnamed group as subject"; }
          break;
        }
      }
      // "security forces killed five militants": the pattern's own object noun names an armed group
      // that state forces acted against (only armed groups; "massed troops" names no target).
      const std::string src_sector = source >= 0 && a.mentions[source].code.size() >= 6 ? a.mentions[source].code.substr(3, 3) : "";
      bool state_force = src_sector == "MIL" || src_sector == "COP" || src_sector == "SPY";
      if (target < 0 && state_force)
        for (uint32_t k = t + 1; k < best.end && k < v.end; ++k) {
          int m = v.mention_at[k - v.begin];
          const std::string& sec = m >= 0 ? a.mentions[m].title_sector : src_sector;
          if (m >= 0 && a.mentions[m].kind == "agent" && a.mentions[m].code.empty() && (sec == "REB" || sec == "INS" || sec == "CRM")) {
            target = m;
            how += ", object noun of the pattern as target";
            break;
          }
        }
    }
    std::vector<int> sources;
    if (source >= 0 && a.mentions[source].group.size() >= 2) {
      for (uint32_t g : a.mentions[source].group) sources.push_back(static_cast<int>(g));
      how += " (plural pronoun)";
    } else if (source >= 0) {
      sources = CompoundAt(v, source);
    }
    bool has_target_slot = false;
    for (const auto& e : p.rest) has_target_slot |= e.kind == PatternElem::kTarget;
    if (target < 0 && !has_target_slot && sources.size() < 2) {
      // "lifted sanctions on Belavia", "demanded an apology from Washington": the next actor after
      // the matched words, introduced by a preposition, is the target.
      for (uint32_t k = best.end; k < v.end && k < best.end + 8; ++k) {
        const std::string& w = v.Lower(k);
        if (w == "," || w == ";" || w == "that" || w == "which" || w == "who") break;
        int m = v.MentionStartingAt(k);
        int pl = v.place_at[k - v.begin];
        if (m < 0 && pl >= 0 && a.mentions[pl].first_token == k && k > v.begin &&
            (v.Lower(k - 1) == "to" || v.Lower(k - 1) == "from" || v.Lower(k - 1) == "into" ||
             (p.code >= "14" && (v.Lower(k - 1) == "at" || v.Lower(k - 1) == "a" || v.Lower(k - 1) == "on"))))
          m = pl;  // "fired missiles at a Syrian air base": a place-like target of violence
        if (m < 0 || m == source) continue;
        uint32_t pk = k;
        while (pk > v.begin && (v.Lower(pk - 1) == "the" || v.Lower(pk - 1) == "a" || v.Lower(pk - 1) == "an" ||
                                v.a->tokens[pk - 1].capitalized))
          --pk;
        const std::string& prep = pk > v.begin ? v.Lower(pk - 1) : "";
        if (prep == "with" || prep == "to" || prep == "on" || prep == "against" || prep == "from" || prep == "for" ||
            prep == "at" || prep == "toward" || prep == "towards" || prep == "into" || prep == "over") {
          target = m;
          how += ", target after '" + prep + "'";
        }
        break;
      }
    }
    std::vector<std::pair<int, int>> pairs;
    if (target >= 0 && sources.size() >= 2 && p.code < "07" && p.code >= "04" &&
        (a.mentions[target].kind == "modifier" || a.mentions[target].kind == "place"))
      target = -1;  // "A and B met in the Turkish resort of Antalya": they met each other
    if (target >= 0) {
      // "urged Russia and Ukraine": each member of a compound target.
      std::vector<int> targets = a.mentions[target].group.size() >= 2 ? std::vector<int>(a.mentions[target].group.begin(), a.mentions[target].group.end())
                                                                     : CompoundAt(v, target);
      if (targets.empty() || std::find(targets.begin(), targets.end(), target) == targets.end()) targets = {target};
      if (targets.front() != target) targets = {target};  // only forward compounds ("A and B" after the verb)
      for (int src : sources)
        for (int tg : targets) pairs.push_back({src, tg});
    } else if (sources.size() >= 2) {
      pairs.push_back({sources[0], sources[1]});
      how += ", target from compound";
    } else if (p.noun && source >= 0) {
      // "talks with/between ...": the next actor after the trigger
      for (uint32_t k = t + 1; k < v.end && k < t + 6; ++k) {
        int m = v.MentionStartingAt(k);
        if (v.Usable(m) && m != source) { pairs.push_back({source, m}); how += ", next actor as target"; break; }
        if (IsPunct(a.tokens[k])) break;
      }
    }
    if (pairs.empty()) {
      if (trace) trace->push_back("sentence " + std::to_string(s) + ": pattern '" + p.code + " " + p.text + "' at '" + tok.lower +
                                  "' matched but found no " + (sources.empty() ? "source" : "target") + " actor: no event");
      continue;
    }
    for (uint32_t k = t; k < best.end && k < v.end; ++k) used[k - v.begin] = true;
    std::string modality = Modality(v, t);
    for (auto [src, tgt] : pairs) {
      const Mention& ms = a.mentions[src];
      const Mention& mt = a.mentions[tgt];
      if (ms.code == mt.code && (ms.entity == mt.entity || ms.entity.empty() || mt.entity.empty())) continue;
      if ((ms.code.empty() && ms.title_sector.empty()) || (mt.code.empty() && mt.country.empty() && mt.title_sector.empty())) continue;
      if (ms.code.empty() && mt.country.empty() && mt.code.size() < 3) continue;  // neither side names a country
      // A country acting on itself by name ("Russia ... Russia") is an artefact, not a domestic event.
      if (!ms.country.empty() && ms.country == mt.country && (ms.code.size() == 3 || mt.code.size() == 3)) continue;
      Event ev;
      ev.sentence = s;
      ev.source = ms;
      ev.target = mt;
      if (mt.kind == "place") ev.target.code = mt.country;  // "arrived in Moscow": the country
      if (ev.target.code.empty() && !mt.title_sector.empty() && !ms.country.empty()) {
        ev.target.code = ms.country + mt.title_sector;  // "Hong Kong police arrested activists"
        ev.target.country = ms.country;
      }
      if (ev.source.code.empty() && !ms.title_sector.empty() && !ev.target.country.empty()) {
        ev.source.code = ev.target.country + ms.title_sector;  // "Rebels attacked a Malian army base"
        ev.source.country = ev.target.country;
      }
      std::string code = p.code;
      ev.modality = modality;
      if (VerbalAttack(code, tok.lemma, ms, mt)) code = "111";  // "Howard attacked Mr Blair's record": criticism
      if (ev.source.code.empty() || ev.target.code.empty()) continue;  // an unnamed group with no country to give it
      if (modality == "future") { const char* f = FutureCode(code.substr(0, 2)); if (f) code = f; }
      if (!Fill(ev, code)) continue;
      ev.trigger = tok.span;
      ev.pattern = p.code + " " + p.text;
      ev.nominal = p.noun || IsGerundNoun(v, t);
      ev.pattern_entry = p.entry;
      if (trace) trace->push_back("sentence " + std::to_string(s) + ": pattern '" + ev.pattern + "' (" + p.entry + ") at '" + tok.lower +
                                  "': source " + ms.code + " '" + ms.name + "' [" + how + "], target " + mt.code + " '" + mt.name +
                                  "', modality " + modality + " -> " + ev.code);
      a.events.push_back(std::move(ev));
    }
  }
}

}  // namespace parley
