#include "pipeline/eval.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "pipeline/output.h"

namespace parley {
namespace {

std::string Country(const std::string& code) { return code.size() >= 3 ? code.substr(0, 3) : code; }

// Multiset matching: each gold key can be matched once.
void ScoreKeys(std::vector<std::string> gold, std::vector<std::string> sys, Score* s, std::map<std::string, Score>* by_root,
               bool with_root, std::vector<std::string>* misses, std::vector<std::string>* fas, const std::string& label) {
  std::vector<bool> used(gold.size(), false);
  for (const auto& k : sys) {
    bool hit = false;
    for (size_t i = 0; i < gold.size(); ++i)
      if (!used[i] && gold[i] == k) { used[i] = true; hit = true; break; }
    std::string root = k.substr(k.rfind(' ') + 1);
    if (hit) { ++s->tp; if (with_root) ++(*by_root)[root].tp; }
    else { ++s->fp; if (with_root) ++(*by_root)[root].fp; if (fas) fas->push_back(label + ": " + k); }
  }
  for (size_t i = 0; i < gold.size(); ++i)
    if (!used[i]) {
      ++s->fn;
      if (with_root) ++(*by_root)[gold[i].substr(gold[i].rfind(' ') + 1)].fn;
      if (misses) misses->push_back(label + ": " + gold[i]);
    }
}

}  // namespace

Result<std::vector<GoldRecord>> ReadGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read gold file");
  std::vector<GoldRecord> out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    std::string where = path + ":" + std::to_string(n);
    if (j.is_discarded() || !j.is_object()) return Status::Error(where + ": not a JSON object");
    GoldRecord r;
    r.line = n;
    if (!j.contains("text") || !j["text"].is_string()) return Status::Error(where + ": missing \"text\"");
    r.text = j["text"].get<std::string>();
    r.id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : std::to_string(n);
    if (j.contains("date") && j["date"].is_string()) r.date = j["date"].get<std::string>();
    if (j.contains("events")) {
      if (!j["events"].is_array()) return Status::Error(where + ": \"events\" must be an array");
      for (const auto& e : j["events"]) {
        if (!e.is_object() || !e.contains("source") || !e.contains("target") || !e.contains("code"))
          return Status::Error(where + ": each event needs source, target and code");
        GoldEvent ge;
        ge.source = e["source"].get<std::string>();
        ge.target = e["target"].get<std::string>();
        ge.code = e["code"].get<std::string>();
        if (e.contains("date") && e["date"].is_string()) ge.date = e["date"].get<std::string>();
        if (e.contains("place") && e["place"].is_object()) {
          const auto& pl = e["place"];
          if (pl.contains("country") && pl["country"].is_string()) ge.place_country = pl["country"].get<std::string>();
          if (pl.contains("lat") && pl.contains("lon") && pl["lat"].is_number() && pl["lon"].is_number()) {
            ge.lat = pl["lat"].get<double>();
            ge.lon = pl["lon"].get<double>();
            ge.has_coords = true;
          }
        }
        r.events.push_back(ge);
      }
    }
    out.push_back(std::move(r));
  }
  return out;
}

EvalReport Evaluate(const std::vector<GoldRecord>& gold, const Pipeline& pipeline) {
  EvalReport rep;
  for (const auto& g : gold) {
    Article a;
    a.id = g.id;
    a.text = g.text;
    a.report_date = Date::ParseIso(g.date);
    pipeline.Process(a);
    std::vector<std::string> gk, sk, gf, sf;
    for (const auto& e : g.events) {
      gk.push_back(Country(e.source) + " " + Country(e.target) + " " + e.code.substr(0, 2));
      gf.push_back(e.source + " " + e.target + " " + e.code);
    }
    for (const auto& e : a.events) {
      if (!DefaultVisible(e)) continue;
      sk.push_back(Country(e.source.code) + " " + Country(e.target.code) + " " + e.root);
      sf.push_back(e.source.code + " " + e.target.code + " " + e.code);
    }
    // Dates and places of gold events that the system found (same countries and root).
    for (const auto& ge : g.events) {
      const Event* hit = nullptr;
      for (const auto& e : a.events)
        if (DefaultVisible(e) && Country(e.source.code) == Country(ge.source) && Country(e.target.code) == Country(ge.target) &&
            e.root == ge.code.substr(0, 2)) { hit = &e; break; }
      if (!hit) continue;
      if (!ge.date.empty()) {
        ++rep.dates_gold;
        std::string sys = hit->date.iso();
        if (sys == ge.date) ++rep.dates_exact;
        // Within the stated precision: the gold date falls inside the system's date or range, or vice versa.
        std::string lo = sys, hi = hit->date_end.year ? hit->date_end.iso() : sys;
        bool within = !sys.empty() && ((ge.date.rfind(lo, 0) == 0 || lo.rfind(ge.date, 0) == 0) ||
                                       (ge.date >= lo && ge.date <= hi + "~"));
        if (within) ++rep.dates_within;
      }
      if (!ge.place_country.empty() || ge.has_coords) {
        ++rep.places_gold;
        if (hit->place.country == ge.place_country) ++rep.places_country;
        if (ge.has_coords && hit->place.known) {
          const double kPi = 3.14159265358979323846, r = 6371.0;
          double p1 = ge.lat * kPi / 180, p2 = hit->place.lat * kPi / 180;
          double dp = p2 - p1, dl = (hit->place.lon - ge.lon) * kPi / 180;
          double h = std::sin(dp / 2) * std::sin(dp / 2) + std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
          if (2 * r * std::asin(std::sqrt(h)) <= 50.0) ++rep.places_50km;
        }
      }
    }
    std::string label = g.id + " (" + g.text.substr(0, 90) + ")";
    ScoreKeys(gk, sk, &rep.country_root, &rep.by_root, true, &rep.misses, &rep.false_alarms, label);
    ScoreKeys(gf, sf, &rep.full, nullptr, false, nullptr, nullptr, label);
    ++rep.records;
  }
  return rep;
}

std::string FormatReport(const EvalReport& r, int max_examples) {
  std::string out;
  char buf[256];
  std::snprintf(buf, sizeof buf, "%d records\n%-34s %9s %9s %9s %5s %5s %5s\n", r.records, "level", "precision", "recall", "F1", "tp",
                "fp", "fn");
  out += buf;
  auto row = [&](const std::string& name, const Score& s) {
    std::snprintf(buf, sizeof buf, "%-34s %9.3f %9.3f %9.3f %5d %5d %5d\n", name.c_str(), s.precision(), s.recall(), s.f1(), s.tp, s.fp, s.fn);
    out += buf;
  };
  row("source country, target country, root", r.country_root);
  row("full actor codes and CAMEO code", r.full);
  if (r.dates_gold) {
    std::snprintf(buf, sizeof buf, "event dates (found events with a gold date): %d, exact %.3f, within precision %.3f\n", r.dates_gold,
                  static_cast<double>(r.dates_exact) / r.dates_gold, static_cast<double>(r.dates_within) / r.dates_gold);
    out += buf;
  }
  if (r.places_gold) {
    std::snprintf(buf, sizeof buf, "event places (found events with a gold place): %d, country %.3f, within 50 km %.3f\n", r.places_gold,
                  static_cast<double>(r.places_country) / r.places_gold, static_cast<double>(r.places_50km) / r.places_gold);
    out += buf;
  }
  out += "\nper root (country level):\n";
  for (const auto& [root, s] : r.by_root) row("  root " + root, s);
  auto list = [&](const char* title, const std::vector<std::string>& v) {
    out += std::string("\n") + title + " (" + std::to_string(v.size()) + "):\n";
    for (size_t i = 0; i < v.size() && static_cast<int>(i) < max_examples; ++i) out += "  " + v[i] + "\n";
  };
  list("misses", r.misses);
  list("false alarms", r.false_alarms);
  return out;
}

}  // namespace parley
