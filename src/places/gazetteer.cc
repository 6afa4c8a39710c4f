#include "places/gazetteer.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/utf8.h"

namespace parley {
namespace {

// ASCII letter for a two-byte UTF-8 Latin-1 letter (second byte after 0xC3), or 0.
char FoldLatin1(unsigned char b) {
  static const char* kMap = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
  if (b < 0x80 || b > 0xBF) return 0;
  return kMap[b - 0x80];
}

bool ParseDouble(const std::string& s, double* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return end && *end == '\0';
}

bool SameRow(const GazetteerEntry& a, const GazetteerEntry& b) {
  return a.name == b.name && a.country == b.country && a.kind == b.kind && a.lat == b.lat && a.lon == b.lon;
}

}  // namespace

std::string Gazetteer::Normalize(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    char ch = 0;
    if (c == 0xC3 && i + 1 < name.size()) {
      ch = FoldLatin1(static_cast<unsigned char>(name[i + 1]));
      ++i;
      if (!ch) continue;
    } else if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80) {
      unsigned char t = static_cast<unsigned char>(name[i + 2]);
      i += 2;
      ch = (t == 0x98 || t == 0x99) ? '\'' : ' ';  // curly apostrophes; dashes become spaces
    } else if (c < 0x80) {
      ch = static_cast<char>(c);
    } else {
      out += static_cast<char>(c);
      continue;
    }
    if (ch == '.') continue;
    if (ch == '-' || ch == '_' || ch == ',' || std::isspace(static_cast<unsigned char>(ch))) ch = ' ';
    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (ch == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += ch;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Status Gazetteer::AddTsv(std::string_view tsv, const std::string& origin) {
  std::istringstream in{std::string(tsv)};
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    std::string where = origin + ":" + std::to_string(lineno);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    std::vector<std::string> f = Split(line, '\t');
    if (f.size() != 7) return Status::Error(where + ": expected 7 tab-separated fields, got " + std::to_string(f.size()));
    GazetteerEntry e;
    e.name = std::string(Trim(f[0]));
    e.country = std::string(Trim(f[2]));
    e.kind = std::string(Trim(f[5]));
    e.origin = where;
    if (e.name.empty()) return Status::Error(where + ": empty name");
    if (e.country.size() != 3 || !std::all_of(e.country.begin(), e.country.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
      return Status::Error(where + ": country must be an ISO alpha-3 code, got '" + e.country + "'");
    if (!ParseDouble(std::string(Trim(f[3])), &e.lat) || e.lat < -90 || e.lat > 90) return Status::Error(where + ": bad latitude");
    if (!ParseDouble(std::string(Trim(f[4])), &e.lon) || e.lon < -180 || e.lon > 180) return Status::Error(where + ": bad longitude");
    if (e.kind != "city" && e.kind != "region" && e.kind != "country" && e.kind != "place")
      return Status::Error(where + ": kind must be city, region, country or place, got '" + e.kind + "'");
    std::string pop(Trim(f[6]));
    if (!pop.empty() && pop != "-") {
      double p = 0;
      if (!ParseDouble(pop, &p) || p < 0) return Status::Error(where + ": bad population '" + pop + "'");
      e.population = static_cast<long>(p);
    }
    std::vector<std::string> names = {e.name};
    if (!Trim(f[1]).empty() && Trim(f[1]) != "-")
      for (const std::string& alt : Split(f[1], '|')) if (!Trim(alt).empty()) names.emplace_back(Trim(alt));
    bool duplicate = false;
    for (uint32_t other : Find(e.name)) {
      const GazetteerEntry& o = entries_[other];
      if (o.name == e.name && o.country == e.country && o.kind == e.kind) {
        if (!SameRow(o, e)) return Status::Error(where + ": conflicts with " + o.origin);
        duplicate = true;
      }
    }
    if (duplicate) continue;
    uint32_t idx = static_cast<uint32_t>(entries_.size());
    for (const std::string& n : names) {
      std::string key = Normalize(n);
      if (key.empty()) continue;
      auto& v = by_name_[key];
      if (std::find(v.begin(), v.end(), idx) == v.end()) v.push_back(idx);
      uint32_t words = 1 + static_cast<uint32_t>(std::count(key.begin(), key.end(), ' '));
      max_words_ = std::max(max_words_, words);
    }
    if (e.kind == "country" && !countries_.count(e.country)) countries_[e.country] = idx;
    entries_.push_back(std::move(e));
  }
  return Status();
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::FromTsv(std::string_view tsv, const std::string& origin) {
  auto g = std::make_shared<Gazetteer>();
  Status s = g->AddTsv(tsv, origin);
  if (!s.ok()) return s;
  return std::shared_ptr<const Gazetteer>(g);
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Load(const std::string& data_dir) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(data_dir) / "places";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Error(dir.string() + ": gazetteer directory not found");
  std::vector<fs::path> files;
  for (const auto& de : fs::directory_iterator(dir, ec))
    if (de.path().extension() == ".tsv") files.push_back(de.path());
  if (ec) return Status::Error(dir.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());
  if (files.empty()) return Status::Error(dir.string() + ": no .tsv files");
  auto g = std::make_shared<Gazetteer>();
  for (const fs::path& p : files) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return Status::Error(p.string() + ": cannot read");
    std::stringstream buf;
    buf << in.rdbuf();
    Status s = g->AddTsv(buf.str(), "data/places/" + p.filename().string());
    if (!s.ok()) return s;
  }
  return std::shared_ptr<const Gazetteer>(g);
}

std::vector<uint32_t> Gazetteer::Find(std::string_view name) const {
  auto it = by_name_.find(Normalize(name));
  return it == by_name_.end() ? std::vector<uint32_t>{} : it->second;
}

uint32_t Gazetteer::MatchTokens(const Article& a, uint32_t token, uint32_t end_token, std::vector<uint32_t>* out) const {
  if (token >= end_token || token >= a.tokens.size()) return 0;
  const Token& first = a.tokens[token];
  if (!first.capitalized) return 0;
  uint32_t limit = std::min<uint32_t>({end_token, static_cast<uint32_t>(a.tokens.size()), token + 2 * max_words_ + 1});
  uint32_t best = 0;
  std::string joined;
  for (uint32_t t = token; t < limit; ++t) {
    if (t > token) joined += ' ';
    joined += a.tokens[t].lower;
    if (a.tokens[t].kind == TokenKind::kPunct) continue;
    auto it = by_name_.find(Normalize(joined));
    if (it != by_name_.end()) { best = t - token + 1; *out = it->second; }
  }
  return best;
}

const GazetteerEntry* Gazetteer::Country(const std::string& iso3) const {
  auto it = countries_.find(iso3);
  return it == countries_.end() ? nullptr : &entries_[it->second];
}

}  // namespace parley
