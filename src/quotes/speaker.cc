#include "quotes/speaker.h"

#include <cctype>
#include <sstream>
#include <unordered_set>
#include <vector>

namespace parley::quotes {
namespace {

std::vector<std::string> LowerWords(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == ',') {
      if (!w.empty()) out.push_back(w);
      w.clear();
    } else {
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

std::string LastWordLower(const std::string& s) {
  std::vector<std::string> w = LowerWords(s);
  return w.empty() ? "" : w.back();
}

// Nouns that, after "the", refer back to a person already named ("the diplomat", "the envoy").
bool IsRoleNoun(const std::string& w) {
  static const std::unordered_set<std::string> roles{
      "diplomat", "envoy", "ambassador", "minister", "official", "spokesman", "spokeswoman", "spokesperson",
      "president", "premier", "chancellor", "secretary", "senator", "lawmaker", "politician", "leader", "chief",
      "head", "general", "commander", "adviser", "advisor", "aide", "candidate", "nominee", "governor", "mayor",
      "prosecutor", "judge", "representative", "negotiator", "officer", "congressman", "congresswoman", "king",
      "prime", "foreign", "director", "chairman", "chairwoman", "billionaire", "businessman",
      "former", "democrat", "republican", "executive", "deputy", "mogul", "frontrunner", "front-runner"};
  return roles.count(w) > 0;
}

bool IsPersonKind(const Mention& m) {
  return m.kind == "person" || ((m.kind == "coref" || m.kind == "pronoun") && !m.entity.empty());
}

bool LastWordCapitalized(const std::string& s) {
  size_t sp = s.find_last_of(' ');
  size_t i = sp == std::string::npos ? 0 : sp + 1;
  return i < s.size() && std::isupper(static_cast<unsigned char>(s[i]));
}

bool HasInstitutionWord(const std::vector<std::string>& words) {
  static const std::unordered_set<std::string> inst{
      "ministry", "embassy", "office", "department", "agency", "council", "house", "committee", "party", "government",
      "campaign", "post", "times", "news", "kremlin", "pentagon", "service", "administration", "commission",
      "parliament", "congress", "senate", "court", "bank", "union", "organization", "journal", "press", "tass",
      "reuters", "ap", "cnn", "fbi", "cia", "un", "nato", "state", "foundation", "institute", "university", "group"};
  for (const std::string& w : words) if (inst.count(w)) return true;
  return false;
}

int Rank(const std::string& kind) {
  if (kind == "person") return 0;
  if (kind == "coref") return 1;
  if (kind == "pronoun") return 2;
  if (kind == "agent") return 3;
  if (kind == "org") return 4;
  if (kind == "country") return 5;
  return 6;
}

}  // namespace

Speaker SpeakerResolver::FromMention(const Mention& m, const std::string& as_written) const {
  Speaker s;
  s.name = m.entity.empty() ? m.name : m.entity;
  s.code = m.code;
  s.as_written = as_written;
  s.person = IsPersonKind(m);
  return s;
}

Speaker SpeakerResolver::NearestPersonBefore(uint32_t byte) const {
  for (size_t i = a_.mentions.size(); i-- > 0;) {
    const Mention& m = a_.mentions[i];
    if (m.span.end <= byte && IsPersonKind(m)) return FromMention(m, "");
  }
  return Speaker{};
}

Speaker SpeakerResolver::BySurname(const std::string& surname, uint32_t before) const {
  if (surname.empty()) return Speaker{};
  if (last_person_.known() && LastWordLower(last_person_.name) == surname) return last_person_;
  for (size_t i = a_.mentions.size(); i-- > 0;) {
    const Mention& m = a_.mentions[i];
    if (m.span.begin >= before || !IsPersonKind(m)) continue;
    if (LastWordLower(m.entity) == surname || LastWordLower(m.name) == surname) return FromMention(m, "");
  }
  return Speaker{};
}

Speaker SpeakerResolver::PersonInSentence(uint32_t sentence, uint32_t before) const {
  for (const Mention& m : a_.mentions)
    if (m.sentence == sentence && m.span.begin < before && IsPersonKind(m)) return FromMention(m, std::string(a_.slice(m.span)));
  return Speaker{};
}

void SpeakerResolver::Remember(const Speaker& s) {
  if (!s.known()) return;
  last_ = s;
  if (s.person) last_person_ = s;
}

Speaker SpeakerResolver::Resolve(Span phrase) {
  if (phrase.size() == 0) {
    Speaker s = last_;
    s.as_written.clear();
    return s;
  }
  std::string as_written(a_.slice(phrase));
  while (!as_written.empty() && (as_written.back() == ',' || as_written.back() == ' ')) as_written.pop_back();
  std::vector<std::string> words = LowerWords(as_written);
  const Mention* best = nullptr;
  for (const Mention& m : a_.mentions) {
    if (m.span.begin < phrase.begin || m.span.end > phrase.end) continue;
    if (!best || Rank(m.kind) < Rank(best->kind) || (Rank(m.kind) == Rank(best->kind))) best = &m;
  }
  bool definite_role = words.size() >= 2 && words.front() == "the" && IsRoleNoun(words.back());
  bool pronoun = words.size() == 1 && (words[0] == "he" || words[0] == "she");
  Speaker out;
  auto earlier_person = [&]() { return last_person_.known() ? last_person_ : NearestPersonBefore(phrase.begin); };
  if (best && Rank(best->kind) <= 2 && (best->kind == "person" || !best->entity.empty())) {
    out = FromMention(*best, as_written);
  } else if (pronoun || definite_role) {
    out = earlier_person();
    if (!out.known() && best) out = FromMention(*best, as_written);
  } else if (words.size() == 1 && (words[0] == "they" || words[0] == "we")) {
    out = last_;
  } else if (best) {
    out = FromMention(*best, as_written);
  } else if (LastWordCapitalized(as_written)) {
    out = BySurname(words.empty() ? "" : words.back(), phrase.begin);
  }
  if (!out.known()) {  // unresolved: the phrase as written; a capitalised name without an institution word is a person
    out.name = as_written;
    out.code.clear();
    out.person = LastWordCapitalized(as_written) && !HasInstitutionWord(words);
  }
  out.as_written = as_written;
  Remember(out);
  return out;
}

}  // namespace parley::quotes
