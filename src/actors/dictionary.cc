#include "actors/dictionary.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

#include "core/utf8.h"

namespace parley {
namespace {

std::string StripComment(const std::string& line) {
  auto h = line.find('#');
  return std::string(Trim(h == std::string::npos ? line : line.substr(0, h)));
}

bool ReadLines(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path);
  if (!in) return false;
  std::string l;
  while (std::getline(in, l)) lines->push_back(l);
  return true;
}

bool IsCode(const std::string& s) {
  if (s.empty() || s.size() > 15) return false;
  for (char c : s) if (!(std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)))) return false;
  return true;
}

bool ParseRoleDate(const std::string& s, Date* d) {
  if (s == "-") { *d = Date{}; return true; }
  *d = Date::ParseIso(s);
  // Exactly YYYY, YYYY-MM or YYYY-MM-DD, each part valid.
  size_t want = d->day ? 10 : d->month ? 7 : 4;
  return d->year > 0 && s.size() == want;
}

// Compares a role boundary with a date, treating missing month/day as the widest range.
long StartDays(const Date& d) { return Date{d.year, d.month ? d.month : 1, d.day ? d.day : 1}.days(); }
long EndDays(const Date& d) {
  if (!d.year) return 1L << 40;
  int m = d.month ? d.month : 12;
  return Date{d.year, m, d.day ? d.day : Date::DaysInMonth(d.year, m)}.days();
}

}  // namespace

std::vector<std::string> NameTokens(const std::string& name, const TextAnalyzer& analyzer) {
  Article a;
  a.text = name;
  analyzer.Analyze(a);
  std::vector<std::string> out;
  out.reserve(a.tokens.size());
  for (const auto& t : a.tokens) out.push_back(t.lower);
  return out;
}

uint32_t ActorDictionary::Child(uint32_t node, const std::string& t) const {
  const auto& ch = nodes_[node].children;
  auto it = ch.find(t);
  return it == ch.end() ? UINT32_MAX : it->second;
}

const std::vector<ActorEntry>& ActorDictionary::EntriesAt(uint32_t node) const { return nodes_[node].entries; }

Status ActorDictionary::AddName(const std::string& name, ActorEntry entry, const TextAnalyzer& analyzer) {
  auto toks = NameTokens(name, analyzer);
  if (toks.empty()) return Status::Error(entry.entry + ": empty name");
  bool all_caps = name.size() <= 4;
  int letters = 0;
  for (char c : name) {
    if (std::isalpha(static_cast<unsigned char>(c))) { ++letters; if (std::islower(static_cast<unsigned char>(c))) all_caps = false; }
  }
  entry.case_sensitive = all_caps && letters > 0;
  if (nodes_.empty()) nodes_.emplace_back();
  uint32_t n = kRoot;
  for (const auto& t : toks) {
    auto it = nodes_[n].children.find(t);
    if (it == nodes_[n].children.end()) {
      uint32_t id = static_cast<uint32_t>(nodes_.size());
      nodes_[n].children.emplace(t, id);
      nodes_.emplace_back();
      n = id;
    } else {
      n = it->second;
    }
  }
  for (const auto& e : nodes_[n].entries)
    if (e.kind == entry.kind && e.code == entry.code && e.person == entry.person) return Status();
  nodes_[n].entries.push_back(std::move(entry));
  ++name_count_;
  return Status();
}

Status ActorDictionary::LoadSections(const std::string& path, const TextAnalyzer& analyzer) {
  std::vector<std::string> lines;
  if (!ReadLines(path, &lines)) return Status::Error(path + ": cannot read");
  ActorKind kind = ActorKind::kOrg;
  bool org_file = path.find("organizations") != std::string::npos;
  bool have_section = org_file;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string where = path + ":" + std::to_string(i + 1);
    std::string l = StripComment(lines[i]);
    if (l.empty()) continue;
    if (l.front() == '[') {
      if (l == "[country]") kind = ActorKind::kCountry;
      else if (l == "[adjective]") kind = ActorKind::kAdjective;
      else if (l == "[metonym]") kind = ActorKind::kMetonym;
      else if (l == "[org]" || l == "[organization]") kind = ActorKind::kOrg;
      else return Status::Error(where + ": unknown section " + l);
      have_section = true;
      continue;
    }
    if (!have_section) return Status::Error(where + ": entry before any [section]");
    auto colon = l.find(':');
    if (colon == std::string::npos) return Status::Error(where + ": expected 'CODE: name | name'");
    std::string code(Trim(l.substr(0, colon)));
    if (!IsCode(code)) return Status::Error(where + ": bad actor code '" + code + "'");
    if (kind == ActorKind::kCountry) countries_.emplace(code, std::string(Trim(Split(l.substr(colon + 1), '|')[0])));
    for (const auto& raw : Split(l.substr(colon + 1), '|')) {
      std::string name(Trim(raw));
      if (name.empty()) return Status::Error(where + ": empty name in list");
      ActorEntry e;
      e.kind = kind;
      e.code = code;
      e.entry = where;
      Status s = AddName(name, e, analyzer);
      if (!s.ok()) return s;
    }
  }
  return Status();
}

Status ActorDictionary::LoadAgents(const std::string& path, const TextAnalyzer& analyzer) {
  std::vector<std::string> lines;
  if (!ReadLines(path, &lines)) return Status::Error(path + ": cannot read");
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string where = path + ":" + std::to_string(i + 1);
    std::string l = StripComment(lines[i]);
    if (l.empty() || l.front() == '[') continue;
    auto colon = l.find(':');
    if (colon == std::string::npos) return Status::Error(where + ": expected 'SECTOR: noun | noun'");
    std::string code(Trim(l.substr(0, colon)));
    if (code.size() != 3 || !IsCode(code)) return Status::Error(where + ": sector must be 3 capital letters, got '" + code + "'");
    for (const auto& raw : Split(l.substr(colon + 1), '|')) {
      std::string name(Trim(raw));
      if (name.empty()) return Status::Error(where + ": empty noun in list");
      ActorEntry e;
      e.kind = ActorKind::kAgent;
      e.code = code;
      e.entry = where;
      Status s = AddName(AsciiLower(name), e, analyzer);
      if (!s.ok()) return s;
    }
  }
  return Status();
}

Status ActorDictionary::LoadPeople(const std::string& path, const TextAnalyzer& analyzer) {
  std::vector<std::string> lines;
  if (!ReadLines(path, &lines)) return Status::Error(path + ": cannot read");
  int32_t current = -1;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string where = path + ":" + std::to_string(i + 1);
    std::string l = StripComment(lines[i]);
    if (l.empty()) continue;
    if (l.front() == '+') {
      auto names = Split(l.substr(1), '|');
      Person p;
      p.name = std::string(Trim(names[0]));
      p.entry = where;
      if (p.name.empty()) return Status::Error(where + ": person without a name");
      current = static_cast<int32_t>(people_.size());
      people_.push_back(p);
      for (const auto& raw : names) {
        std::string name(Trim(raw));
        if (name.empty()) continue;
        ActorEntry e;
        e.kind = ActorKind::kPerson;
        e.person = current;
        e.entry = where;
        Status s = AddName(name, e, analyzer);
        if (!s.ok()) return s;
      }
      continue;
    }
    if (current < 0) return Status::Error(where + ": role line before any '+ Name' line");
    std::vector<std::string> parts;
    size_t p = 0;
    for (int k = 0; k < 3; ++k) {
      while (p < l.size() && std::isspace(static_cast<unsigned char>(l[p]))) ++p;
      size_t q = p;
      while (q < l.size() && !std::isspace(static_cast<unsigned char>(l[q]))) ++q;
      parts.push_back(l.substr(p, q - p));
      p = q;
    }
    Role r;
    r.code = parts[0];
    r.entry = where;
    r.description = std::string(Trim(l.substr(std::min(p, l.size()))));
    if (!IsCode(r.code)) return Status::Error(where + ": bad role code '" + r.code + "'");
    if (!ParseRoleDate(parts[1], &r.from) || parts[1] == "-")
      return Status::Error(where + ": bad start date '" + parts[1] + "' (YYYY, YYYY-MM or YYYY-MM-DD)");
    if (!ParseRoleDate(parts[2], &r.to)) return Status::Error(where + ": bad end date '" + parts[2] + "' (date or -)");
    if (r.to.year && EndDays(r.to) < StartDays(r.from)) return Status::Error(where + ": role ends before it starts");
    people_[current].roles.push_back(std::move(r));
  }
  return Status();
}

Result<std::shared_ptr<const ActorDictionary>> ActorDictionary::Load(const std::string& data_dir, const TextAnalyzer& analyzer) {
  auto d = std::make_shared<ActorDictionary>();
  d->nodes_.emplace_back();
  namespace fs = std::filesystem;
  std::string base = data_dir + "/actors/";
  for (const char* f : {"countries.txt", "organizations.txt"}) {
    if (!fs::exists(base + f)) return Status::Error(base + f + ": missing dictionary file");
    Status s = d->LoadSections(base + f, analyzer);
    if (!s.ok()) return s;
  }
  Status s = d->LoadAgents(base + "agents.txt", analyzer);
  if (!s.ok()) return s;
  std::vector<std::string> people_files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(base + "people", ec))
    if (e.path().extension() == ".txt") people_files.push_back(e.path().string());
  std::sort(people_files.begin(), people_files.end());
  for (const auto& f : people_files) {
    s = d->LoadPeople(f, analyzer);
    if (!s.ok()) return s;
  }
  return std::shared_ptr<const ActorDictionary>(d);
}

const Role* ActorDictionary::RoleAt(int32_t person, const Date& date, const std::string& prefer_sector) const {
  if (person < 0 || static_cast<size_t>(person) >= people_.size()) return nullptr;
  const auto& roles = people_[person].roles;
  if (roles.empty()) return nullptr;
  if (!date.year) {
    // Unknown date: a role matching the title's sector, else the latest role.
    if (!prefer_sector.empty())
      for (auto it = roles.rbegin(); it != roles.rend(); ++it)
        if (it->code.size() >= 6 && it->code.compare(3, 3, prefer_sector) == 0) return &*it;
    return &roles.back();
  }
  Date d = date;
  if (!d.month) d.month = 6;
  if (!d.day) d.day = 15;
  long day = d.days();
  const Role* best = nullptr;
  for (const auto& r : roles) {
    if (day < StartDays(r.from) || day > EndDays(r.to)) continue;
    if (!best) best = &r;
    if (!prefer_sector.empty() && r.code.size() >= 6 && r.code.compare(3, 3, prefer_sector) == 0) return &r;
  }
  return best;
}

std::string ActorDictionary::CountryOf(const std::string& code) const {
  if (code.size() >= 3 && countries_.count(code.substr(0, 3))) return code.substr(0, 3);
  return "";
}

}  // namespace parley
