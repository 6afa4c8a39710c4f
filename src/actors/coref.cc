// Coreference inside an article: definite descriptions ("the diplomat", "the Russian ambassador")
// and pronouns ("he", "they") resolved to earlier actors.
#include <set>

#include "actors/mentions.h"

namespace parley {
namespace {

bool Plural(const std::string& w) { return w == "they" || w == "them" || w == "their"; }

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
  for (uint32_t i = 0; i < a.mentions.size(); ++i) {
    Mention& m = a.mentions[i];
    if (m.kind == "person" && !m.code.empty()) { persons.push_back(i); continue; }
    bool definite = m.first_token > 0 && a.tokens[m.first_token - 1].lower == "the";
    if (m.kind == "agent" && m.entity.empty()) {
      // "the diplomat", "the Russian ambassador": the latest person of that country and sector.
      std::string country = m.code.size() >= 3 ? m.code.substr(0, 3) : "";
      bool has_country = m.code.size() > 3;
      bool lone_noun = m.token_count <= 2 && m.code.empty();
      if (!definite && !(has_country && m.name.rfind("the", 0) == 0) && !lone_noun) continue;
      for (auto it = persons.rbegin(); it != persons.rend(); ++it) {
        const Mention& p = a.mentions[*it];
        if (a.mentions[*it].sentence + 6 < m.sentence) break;
        if (has_country && p.code.compare(0, 3, country) != 0) continue;
        if (!SameSector(p.code, m.title_sector)) continue;
        Adopt(m, p, "coref");
        break;
      }
      continue;
    }
    if (m.kind != "pronoun") continue;
    if (!Plural(m.name == "" ? "" : a.tokens[m.first_token].lower)) {
      for (auto it = persons.rbegin(); it != persons.rend(); ++it) {
        const Mention& p = a.mentions[*it];
        if (p.sentence + 3 < m.sentence) break;
        Adopt(m, p, "pronoun");
        break;
      }
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
