// Coreference inside an article: definite descriptions ("the diplomat", "the Russian ambassador")
// and pronouns ("he", "they") resolved to earlier actors.
#include <set>

#include "actors/mentions.h"

namespace parley {
namespace {

bool Plural(const std::string& w) { return w == "they" || w == "them" || w == "their"; }

bool IsSpeechWord(const std::string& w) {
  static const char* kWords[] = {"said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "explained",
                                 "pointed", "stressed", "emphasized", "emphasised", "stated", "declared", "announced",
                                 "remarked", "insisted", "argued", "claimed", "warned", "underlined", "commented",
                                 "wrote", "recalled", "concluded", "continued", "asked", "replied", "answered"};
  for (const char* k : kWords) if (w == k) return true;
  return false;
}

// Agent nouns that name a person generically and may refer to any earlier person of that sector.
bool GenericPersonNoun(const std::string& w) {
  static const char* kWords[] = {"diplomat", "envoy", "official", "spokesman", "spokeswoman", "spokesperson", "politician",
                                 "negotiator", "aide", "leader", "minister", "lawmaker", "legislator", "officer", "representative"};
  for (const char* k : kWords) if (w == k) return true;
  return false;
}

// True when a mention is the speaker of a speech verb ("X said", "said X", "according to X").
bool IsSpeaker(const Article& a, const Mention& m) {
  uint32_t after = m.first_token + m.token_count;
  const Sentence& s = a.sentences[m.sentence];
  uint32_t end = s.first_token + s.token_count;
  if (after < end && IsSpeechWord(a.tokens[after].lower)) return true;
  if (m.first_token >= 2 + s.first_token) {
    uint32_t k = m.first_token;
    if (a.tokens[k - 1].lower == "the" && k >= 3 + s.first_token) --k;
    if (a.tokens[k - 1].lower == "to" && a.tokens[k - 2].lower == "according") return true;
    if (IsSpeechWord(a.tokens[k - 1].lower)) return true;
  }
  return false;
}

bool IsGoverned(const std::string& w) {
  return w == "with" || w == "to" || w == "by" || w == "of" || w == "from" || w == "for" || w == "against" || w == "on" ||
         w == "between" || w == "and" || w == "about";
}

std::string LowerAscii(std::string s) {
  for (char& c : s) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool SameSector(const std::string& code, const std::string& sector) {
  return sector.empty() || (code.size() >= 6 && code.compare(3, 3, sector) == 0);
}

// Copies an antecedent's identity onto a referring mention.
void Adopt(Mention& m, const Mention& ante, const char* kind) {
  m.code = ante.code;
  m.country = ante.country;
  m.entity = ante.entity;
  m.person = ante.person;
  m.entry = ante.entry;
  m.kind = kind;
}

}  // namespace

void MentionFinder::Recode(Article& a) const {
  for (auto& m : a.mentions) {
    if (m.kind != "person" || m.person < 0) continue;
    const Role* role = dict_->RoleAt(m.person, a.report_date, m.title_sector);
    if (role) { m.code = role->code; m.entry = role->entry; m.country = dict_->CountryOf(m.code); }
  }
  ResolveCoreference(a);
}

void MentionFinder::ResolveCoreference(Article& a) const {
  std::vector<uint32_t> persons;  // indices of resolved person mentions, in order
  int last_speaker = -1;
  for (uint32_t i = 0; i < a.mentions.size(); ++i) {
    Mention& m = a.mentions[i];
    if (m.kind == "person" && !m.code.empty()) {
      persons.push_back(i);
      if (IsSpeaker(a, m)) last_speaker = static_cast<int>(i);
      continue;
    }
    bool definite = m.first_token > 0 && a.tokens[m.first_token - 1].lower == "the";
    if (m.kind == "agent" && m.entity.empty()) {
      // "the diplomat", "the Russian ambassador": the latest person of that country and sector.
      std::string country = m.code.size() >= 3 ? m.code.substr(0, 3) : "";
      bool has_country = m.code.size() > 3;
      const Token& head = a.tokens[m.first_token + m.token_count - 1];
      bool singular = head.lower == head.lemma;
      if (!definite || !singular) continue;
      // Prefer a person introduced with this very title ("the Russian ambassador" -> "Russian Ambassador
      // to the US Anatoly Antonov"); generic nouns ("the diplomat") take the latest person of the sector.
      std::string title = LowerAscii(std::string(a.slice({a.tokens[m.first_token + (has_country ? 1 : 0)].span.begin, m.span.end})));
      int found = -1;
      for (auto it = persons.rbegin(); it != persons.rend() && found < 0; ++it) {
        const Mention& p = a.mentions[*it];
        if (p.sentence + 20 < m.sentence) break;
        if (LowerAscii(p.name).find(title) != std::string::npos && (!has_country || p.code.compare(0, 3, country) == 0)) found = static_cast<int>(*it);
      }
      if (found < 0 && GenericPersonNoun(head.lemma)) {
        if (last_speaker >= 0 && a.mentions[last_speaker].sentence + 20 >= m.sentence && IsSpeaker(a, m) &&
            (!has_country || a.mentions[last_speaker].code.compare(0, 3, country) == 0))
          found = last_speaker;
        for (auto it = persons.rbegin(); it != persons.rend() && found < 0; ++it) {
          const Mention& p = a.mentions[*it];
          if (p.sentence + 20 < m.sentence) break;
          if (has_country && p.code.compare(0, 3, country) != 0) continue;
          if (!SameSector(p.code, m.title_sector)) continue;
          found = static_cast<int>(*it);
        }
      }
      if (found >= 0) {
        Adopt(m, a.mentions[found], "coref");
        persons.push_back(i);
        if (IsSpeaker(a, m)) last_speaker = static_cast<int>(i);
      }
      continue;
    }
    if (m.kind != "pronoun") continue;
    if (!Plural(a.tokens[m.first_token].lower)) {
      // "he said": the latest speaker; otherwise the latest person.
      if (IsSpeaker(a, m) && last_speaker >= 0 && a.mentions[last_speaker].sentence + 8 >= m.sentence) {
        Adopt(m, a.mentions[last_speaker], "pronoun");
        continue;
      }
      // Otherwise the subject-most person of the nearest sentence with persons: the first person
      // mention there that no preposition governs ("Macron held talks with Putin. He then ...").
      int pick = -1;
      const std::string& pw = a.tokens[m.first_token].lower;
      const bool object_pronoun = pw == "him" || pw == "her";  // never the subject of its own clause
      for (auto it = persons.rbegin(); it != persons.rend(); ++it) {
        const Mention& p = a.mentions[*it];
        if (p.sentence + 3 < m.sentence) break;
        if (pick >= 0 && a.mentions[pick].sentence != p.sentence) break;
        if (p.sentence == m.sentence && (p.first_token > m.first_token || object_pronoun)) continue;
        uint32_t before = p.first_token;
        while (before > a.sentences[p.sentence].first_token && a.tokens[before - 1].lower == "the") --before;
        bool governed = before > a.sentences[p.sentence].first_token && IsGoverned(a.tokens[before - 1].lower);
        if (pick < 0 || !governed) pick = static_cast<int>(*it);
      }
      if (pick >= 0) Adopt(m, a.mentions[pick], "pronoun");
      if (m.kind == "pronoun" && !m.code.empty()) persons.push_back(i);
      continue;
    }
    // "they": the two or more distinct actors of the latest earlier sentence that had several.
    for (uint32_t s = m.sentence + 1; s-- > 0 && s + 2 >= m.sentence;) {
      std::vector<uint32_t> members;
      std::set<std::string> seen;
      for (uint32_t k = 0; k < a.mentions.size() && k < i; ++k) {
        const Mention& c = a.mentions[k];
        if (c.sentence != s || c.code.empty() || c.kind == "place" || c.kind == "pronoun") continue;
        if (s == m.sentence && c.first_token > m.first_token) continue;
        std::string key = c.entity.empty() ? c.code : c.entity;
        if (seen.insert(key).second) members.push_back(k);
      }
      if (members.size() >= 2) {
        m.group = members;
        m.code = a.mentions[members[0]].code;
        m.country = a.mentions[members[0]].country;
        break;
      }
    }
  }
}

}  // namespace parley
