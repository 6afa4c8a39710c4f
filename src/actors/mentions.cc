#include "actors/mentions.h"

#include <algorithm>
#include <cctype>

namespace parley {
namespace {

// A dictionary match over tokens [start, start+len).
struct RawMatch {
  uint32_t start = 0, len = 0;
  std::vector<const ActorEntry*> entries;
  Span span;  // set for sub-token matches (hyphenated compounds)
  bool sub = false;
};

bool IsConnector(const std::string& w) {
  return w == "of" || w == "the" || w == "'s" || w == "’s" || w == "to" || w == "for" || w == "at";
}

bool ToTitle(const std::string& lemma) {
  return lemma == "ambassador" || lemma == "envoy" || lemma == "representative" || lemma == "delegate" || lemma == "emissary" ||
         lemma == "adviser" || lemma == "advisor" || lemma == "aide" || lemma == "attache" || lemma == "counsellor" ||
         lemma == "consul" || lemma == "commissioner" || lemma == "coordinator";
}

bool HasLower(std::string_view s) {
  for (char c : s) if (std::islower(static_cast<unsigned char>(c))) return true;
  return false;
}

bool NeedsCapital(ActorKind k) {
  return k == ActorKind::kCountry || k == ActorKind::kPerson || k == ActorKind::kMetonym || k == ActorKind::kOrg ||
         k == ActorKind::kAdjective;
}

const ActorEntry* First(const RawMatch& m, ActorKind k) {
  for (auto* e : m.entries) if (e->kind == k) return e;
  return nullptr;
}

// For raw[i] followed by "and" + an adjacent run of raw matches: the first agent sector of that run.
std::string SharedSector(const Article& a, const std::vector<RawMatch>& raw, size_t i) {
  uint32_t end = raw[i].start + raw[i].len;
  if (i + 1 >= raw.size() || end >= a.tokens.size() || a.tokens[end].lower != "and" || raw[i + 1].start != end + 1) return "";
  for (size_t j = i + 1; j < raw.size(); ++j) {
    if (j > i + 1 && raw[j].start != raw[j - 1].start + raw[j - 1].len) break;
    if (const ActorEntry* ag = First(raw[j], ActorKind::kAgent)) return ag->code;
  }
  return "";
}

}  // namespace

bool IsPlacePreposition(const std::string& w) {
  return w == "in" || w == "at" || w == "near" || w == "inside" || w == "outside" || w == "across" ||
         w == "throughout" || w == "from" || w == "via" || w == "outskirts";
}

void MentionFinder::Find(Article& a) const {
  a.mentions.clear();
  for (uint32_t s = 0; s < a.sentences.size(); ++s) FindInSentence(a, s);
  std::stable_sort(a.mentions.begin(), a.mentions.end(), [](const Mention& x, const Mention& y) {
    return x.sentence != y.sentence ? x.sentence < y.sentence : x.first_token < y.first_token;
  });
  ResolveCoreference(a);
}

void MentionFinder::FindInSentence(Article& a, uint32_t s) const {
  const ActorDictionary& d = *dict_;
  const Sentence& sent = a.sentences[s];
  const uint32_t b = sent.first_token, e = sent.first_token + sent.token_count;
  std::vector<RawMatch> raw;
  for (uint32_t i = b; i < e;) {
    uint32_t node = ActorDictionary::kRoot, best_len = 0;
    std::vector<const ActorEntry*> best;
    for (uint32_t j = i; j < e && j - i < 12; ++j) {
      const Token& t = a.tokens[j];
      uint32_t next = d.Child(node, t.lower);
      if (next == UINT32_MAX && t.lemma != t.lower) next = d.Child(node, t.lemma);
      if (next == UINT32_MAX) break;
      node = next;
      const auto& entries = d.EntriesAt(node);
      if (entries.empty()) continue;
      std::vector<const ActorEntry*> ok;
      for (const auto& en : entries) {
        if (en.case_sensitive && HasLower(a.slice({a.tokens[i].span.begin, a.tokens[j].span.end}))) continue;
        if (NeedsCapital(en.kind) && !a.tokens[i].capitalized && a.tokens[i].lower != "the") continue;
        if (en.kind == ActorKind::kAgent && j == i && a.tokens[j].lemma != a.tokens[j].lower && t.lower.back() != 's') continue;
        ok.push_back(&en);
      }
      if (!ok.empty()) { best = ok; best_len = j - i + 1; }
    }
    if (best_len) {
      raw.push_back({i, best_len, best, {}, false});
      i += best_len;
      continue;
    }
    // Hyphenated compounds: "Russia-US" -> Russia, US.
    const Token& t = a.tokens[i];
    if (t.lower.find('-') != std::string::npos && t.capitalized) {
      std::string_view surface = a.slice(t.span);
      size_t p = 0;
      std::vector<RawMatch> parts;
      bool all = true;
      while (p <= surface.size()) {
        size_t q = surface.find('-', p);
        if (q == std::string_view::npos) q = surface.size();
        std::string part(surface.substr(p, q - p));
        std::string low;
        for (char c : part) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        uint32_t n = d.Child(ActorDictionary::kRoot, low);
        const ActorEntry* hit = nullptr;
        if (n != UINT32_MAX)
          for (const auto& en : d.EntriesAt(n))
            if (en.kind == ActorKind::kCountry || en.kind == ActorKind::kAdjective) { hit = &en; break; }
        if (!hit) { all = false; break; }
        RawMatch m;
        m.start = i; m.len = 1; m.entries = {hit}; m.sub = true;
        m.span = {static_cast<uint32_t>(t.span.begin + p), static_cast<uint32_t>(t.span.begin + q)};
        parts.push_back(m);
        p = q + 1;
      }
      if (all && parts.size() >= 2)
        for (auto& m : parts) raw.push_back(m);
      // "British-flagged tanker", "U.S.-led troops", "Israeli-linked ship": the country of the first part.
      if (!all && parts.size() == 1) {
        size_t dash = surface.find('-');
        std::string rest(surface.substr(dash + 1));
        static const char* kLinks[] = {"flagged", "owned", "linked", "registered", "made", "led", "based", "operated", "built"};
        for (const char* l : kLinks)
          if (rest == l) { raw.push_back(parts[0]); break; }
      }
    }
    ++i;
  }

  // Compose chains of title elements joined by connectors into one mention each.
  for (size_t r = 0; r < raw.size();) {
    if (raw[r].sub) {
      const ActorEntry* en = raw[r].entries[0];
      Mention m;
      m.sentence = s; m.span = raw[r].span; m.first_token = raw[r].start; m.token_count = 1;
      m.code = en->code; m.country = en->code; m.name = std::string(a.slice(m.span)); m.entry = en->entry; m.kind = "country";
      a.mentions.push_back(std::move(m));
      ++r;
      continue;
    }
    size_t last = r;
    while (last + 1 < raw.size() && !raw[last + 1].sub) {
      if (First(raw[last], ActorKind::kPerson) && !First(raw[last], ActorKind::kAgent)) break;
      uint32_t gap_start = raw[last].start + raw[last].len, gap_end = raw[last + 1].start;
      if (gap_end - gap_start > 2) break;
      bool ok = true;
      for (uint32_t k = gap_start; k < gap_end; ++k) {
        const std::string& w = a.tokens[k].lower;
        if (!IsConnector(w)) ok = false;
        // "to" joins a title only after envoy-like nouns ("Ambassador to the US"), not "criminal to Serbian ...".
        if (w == "to" && !ToTitle(a.tokens[gap_start - 1].lemma)) ok = false;
      }
      // "Indian tax officials", "Russian state media": an adjective, up to two plain words, then an agent.
      if (!ok && First(raw[last], ActorKind::kAdjective) && !First(raw[last], ActorKind::kCountry) &&
          First(raw[last + 1], ActorKind::kAgent) && gap_end - gap_start <= 2) {
        ok = true;
        for (uint32_t k = gap_start; k < gap_end; ++k) {
          const Token& g = a.tokens[k];
          if (g.kind != TokenKind::kWord || g.capitalized || g.lower != g.lemma || IsConnector(g.lower) || g.lower == "and" ||
              g.lower == "or" || g.lower == "but")
            ok = false;
        }
      }
      if (!ok) break;
      ++last;
    }
    // Absorb an unknown capitalised name after a title ("Foreign Minister John Doe").
    uint32_t end_tok = raw[last].start + raw[last].len;
    std::string unknown_name;
    bool last_is_agent = First(raw[last], ActorKind::kAgent) && !First(raw[last], ActorKind::kPerson);
    if (last_is_agent) {
      uint32_t k = end_tok;
      while (k < e && k - end_tok < 4 && a.tokens[k].capitalized && a.tokens[k].kind == TokenKind::kWord) ++k;
      if (k - end_tok >= 2) {
        unknown_name = std::string(a.slice({a.tokens[end_tok].span.begin, a.tokens[k - 1].span.end}));
        end_tok = k;
      }
    }
    Mention m;
    m.sentence = s;
    m.first_token = raw[r].start;
    m.token_count = end_tok - raw[r].start;
    m.span = {a.tokens[m.first_token].span.begin, a.tokens[end_tok - 1].span.end};
    m.name = std::string(a.slice(m.span));
    std::string owner, sector, org_code;
    const ActorEntry* person = nullptr;
    bool after_to = false;
    for (size_t k = r; k <= last; ++k) {
      if (k > r) {
        for (uint32_t g = raw[k - 1].start + raw[k - 1].len; g < raw[k].start; ++g)
          if (a.tokens[g].lower == "to") after_to = true;
      }
      const RawMatch& rm = raw[k];
      if (auto* p = First(rm, ActorKind::kPerson); p && (!First(rm, ActorKind::kAgent) || k == last)) {
        // Several people may share a name: prefer one in office at the report date.
        person = p;
        for (auto* en : rm.entries)
          if (en->kind == ActorKind::kPerson && d.RoleAt(en->person, a.report_date) && a.report_date.year) { person = en; break; }
        continue;
      }
      if (auto* ag = First(rm, ActorKind::kAgent)) { sector = ag->code; if (!m.entry.size()) m.entry = ag->entry; continue; }
      if (auto* o = First(rm, ActorKind::kOrg)) {
        if (!after_to) { org_code = o->code; m.entry = o->entry; }
        continue;
      }
      const ActorEntry* c = First(rm, ActorKind::kCountry);
      if (!c) c = First(rm, ActorKind::kMetonym);
      if (!c) c = First(rm, ActorKind::kAdjective);
      if (c && owner.empty() && !after_to) { owner = c->kind == ActorKind::kMetonym ? c->code.substr(0, 3) : c->code; m.entry = c->entry; }
    }
    bool single = r == last && unknown_name.empty();
    bool modifier = false;
    const RawMatch& head = raw[r];
    if (person) {
      m.kind = "person";
      m.person = person->person;
      m.entity = d.people()[person->person].name;
      m.title_sector = sector;
      m.entry = person->entry;
      if (!org_code.empty() && org_code.size() >= 6) m.title_sector = org_code.substr(3, 3);
      const Role* role = d.RoleAt(person->person, a.report_date, m.title_sector);
      if (role) { m.code = role->code; m.entry = role->entry; }
      else if (!org_code.empty()) m.code = org_code;
      else if (!owner.empty()) m.code = owner + sector;
      else if (!d.people()[person->person].roles.empty()) m.code = d.CountryOf(d.people()[person->person].roles.back().code);
    } else if (!org_code.empty()) {
      m.kind = "org";
      m.code = org_code;
      if (!unknown_name.empty()) { m.kind = "person"; m.entity = unknown_name; }
    } else if (!owner.empty()) {
      const ActorEntry* met = single ? First(head, ActorKind::kMetonym) : nullptr;
      const ActorEntry* adj = single ? First(head, ActorKind::kAdjective) : nullptr;
      const ActorEntry* ctry = single ? First(head, ActorKind::kCountry) : nullptr;
      if (single && !ctry && !met && adj) {
        // "Russian and Chinese warships": a coordinated adjective shares the next chain's sector.
        std::string shared = SharedSector(a, raw, last);
        if (!shared.empty()) sector = shared;
        // Otherwise a lone adjective stands for its country when it modifies a noun ("a Palestinian
        // village", "Russian missiles"); kind "modifier" so that explain shows why.
        else if (a.tokens[head.start + head.len - 1].lower.back() != 's') {
          uint32_t nx = head.start + head.len;
          bool modifies = nx < e && a.tokens[nx].kind == TokenKind::kWord && !a.tokens[nx].capitalized && a.tokens[nx].lower != "and";
          if (!modifies) { r = last + 1; continue; }
          modifier = true;
        }
      }
      if (sector.empty() && single && ctry) {
        // "U.S. and British forces": a country name coordinated with an adjective + agent shares the sector.
        std::string shared = SharedSector(a, raw, last);
        if (!shared.empty() && last + 1 < raw.size() && First(raw[last + 1], ActorKind::kAdjective)) sector = shared;
      }
      m.kind = sector.empty() ? (modifier ? "modifier" : "country") : "agent";
      m.code = met ? met->code : owner + sector;
      if (!unknown_name.empty()) { m.kind = "person"; m.entity = unknown_name; m.title_sector = sector; }
    } else if (!sector.empty()) {
      m.kind = "agent";  // a bare sector noun: resolved by coreference or dropped
      m.title_sector = sector;
      if (!unknown_name.empty()) { m.kind = "person"; m.entity = unknown_name; }
    } else {
      r = last + 1;
      continue;
    }
    m.country = d.CountryOf(m.code);
    if (m.kind == "modifier") {
      // "in the Turkish resort of Antalya": a modifier inside a place phrase is part of the place.
      uint32_t k = m.first_token;
      while (k > b && (a.tokens[k - 1].lower == "the" || a.tokens[k - 1].lower == "a")) --k;
      if (k > b && IsPlacePreposition(a.tokens[k - 1].lower)) m.kind = "place";
    }
    if (m.kind == "country" || (single && First(head, ActorKind::kMetonym))) {
      // "in Moscow", "at the White House": a place. Countries after "at"/"from" stay actors
      // ("lashed out at Britain", "an apology from Washington" is a metonym after "from" only as a place).
      if (m.first_token > b) {
        const std::string& prep = a.tokens[m.first_token - 1].lower;
        bool metonym = single && First(head, ActorKind::kMetonym);
        if (IsPlacePreposition(prep) && (metonym ? prep != "from" : (prep != "at" && prep != "from"))) m.kind = "place";
      }
    }
    a.mentions.push_back(std::move(m));
    r = last + 1;
  }

  // Pronouns, resolved later by coreference.
  for (uint32_t i = b; i < e; ++i) {
    const std::string& w = a.tokens[i].lower;
    if (w == "he" || w == "she" || w == "him" || w == "his" || w == "her" || w == "they" || w == "them" || w == "their") {
      Mention m;
      m.sentence = s; m.first_token = i; m.token_count = 1; m.span = a.tokens[i].span;
      m.name = std::string(a.slice(m.span)); m.kind = "pronoun";
      a.mentions.push_back(std::move(m));
    }
  }
}

}  // namespace parley
