// The places stage: where each event happened.
#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "places/gazetteer.h"

namespace parley {
namespace {

// A gazetteer match in the text.
struct PlaceMatch {
  Span span;
  std::vector<uint32_t> candidates;
  std::string qualifier_country;  ///< country of an explicit qualifier ("Paris, Texas" -> USA)
  bool state_of = false;          ///< written "the state of Georgia"
};

bool IsMovementWord(const Token& t) {
  static const std::set<std::string> kWords = {"visit", "trip", "travel", "arrive", "fly", "flew", "come", "came",
                                               "go", "went", "head", "return", "journey", "tour", "move", "delegation",
                                               "mission", "deploy", "send", "sent", "summit", "way"};
  return kWords.count(t.lemma) > 0 || kWords.count(t.lower) > 0;
}

// Prefers an explicit qualifier, then (for "the state of X") regions, then countries among the
// article's actors, then the biggest place; sovereign countries get a small bonus over namesakes.
uint32_t Choose(const Gazetteer& g, const PlaceMatch& m, const std::set<std::string>& context) {
  uint32_t best = m.candidates.front();
  double best_score = -1e9;
  for (uint32_t c : m.candidates) {
    const GazetteerEntry& e = g.entry(c);
    double score = std::log10(static_cast<double>(std::max(e.population, 1L)));
    if (e.kind == "country") score += 1.0;
    if (context.count(e.country)) score += 1.5;
    if (!m.qualifier_country.empty() && e.country == m.qualifier_country) score += 100;
    if (m.state_of && e.kind == "region") score += 50;
    if (score > best_score) { best_score = score; best = c; }
  }
  return best;
}

// Gazetteer names governed by a place preposition in sentence `si`.
std::vector<PlaceMatch> ClausePlaces(const Article& a, const Gazetteer& g, uint32_t si) {
  std::vector<PlaceMatch> out;
  const Sentence& s = a.sentences[si];
  uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, static_cast<uint32_t>(a.tokens.size()));
  for (uint32_t t = s.first_token; t + 1 < end; ++t) {
    const std::string& w = a.tokens[t].lower;
    bool prep = w == "in" || w == "at" || w == "near" || w == "outside";
    if (w == "to") {
      for (uint32_t b = t > s.first_token + 3 ? t - 3 : s.first_token; b < t && !prep; ++b) prep = IsMovementWord(a.tokens[b]);
    }
    if (!prep) continue;
    uint32_t u = t + 1;
    bool state_of = false;
    if (u < end && a.tokens[u].lower == "the") ++u;
    if (u + 1 < end && a.tokens[u].lower == "state" && a.tokens[u + 1].lower == "of") { u += 2; state_of = true; }
    PlaceMatch m;
    uint32_t n = g.MatchTokens(a, u, end, &m.candidates);
    if (!n) continue;
    m.state_of = state_of;
    m.span = Span{a.tokens[u].span.begin, a.tokens[u + n - 1].span.end};
    uint32_t q = u + n;
    if (q + 1 < end && a.tokens[q].lower == ",") {
      std::vector<uint32_t> qual;
      if (g.MatchTokens(a, q + 1, end, &qual)) {
        for (uint32_t c : qual) {
          const GazetteerEntry& e = g.entry(c);
          if (e.kind == "region" || e.kind == "country") { m.qualifier_country = e.country; break; }
        }
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

// Bytes between a place and the trigger; a place before the trigger counts three times as far
// ("flew to Vienna and met in Helsinki": met -> Helsinki).
long Distance(const Span& x, const Span& trigger) {
  if (x.begin >= trigger.end) return static_cast<long>(x.begin) - trigger.end;
  if (x.end <= trigger.begin) return 3 * (static_cast<long>(trigger.begin) - x.end);
  return 0;
}

Place FromEntry(const GazetteerEntry& e, std::string written, const char* how) {
  Place p;
  p.name = std::move(written);
  p.resolved = e.name;
  p.country = e.country;
  p.lat = e.lat;
  p.lon = e.lon;
  p.kind = e.kind;
  p.how = how;
  p.known = true;
  return p;
}

}  // namespace

void AssignPlaces(Article& a, const Gazetteer& g) {
  std::set<std::string> context;
  for (const Mention& m : a.mentions) if (!m.country.empty()) context.insert(m.country);
  for (const Event& e : a.events) {
    if (!e.source.country.empty()) context.insert(e.source.country);
    if (!e.target.country.empty()) context.insert(e.target.country);
  }
  Place dateline;
  if (a.dateline.found && !a.dateline.place.empty()) {
    PlaceMatch m;
    m.candidates = g.Find(a.dateline.place);
    if (!m.candidates.empty()) dateline = FromEntry(g.entry(Choose(g, m, context)), a.dateline.place, "dateline");
  }
  for (Event& e : a.events) {
    e.place = Place{};
    if (e.sentence < a.sentences.size()) {
      Span anchor = e.trigger;
      if (anchor.end <= anchor.begin) anchor = Span{a.sentences[e.sentence].span.begin, a.sentences[e.sentence].span.begin};
      const PlaceMatch* best = nullptr;
      std::vector<PlaceMatch> found = ClausePlaces(a, g, e.sentence);
      for (const PlaceMatch& m : found)
        if (!best || Distance(m.span, anchor) < Distance(best->span, anchor)) best = &m;
      if (best) {
        e.place = FromEntry(g.entry(Choose(g, *best, context)), std::string(a.slice(best->span)), "clause");
        continue;
      }
    }
    if (dateline.known) { e.place = dateline; continue; }
    const std::string& iso = !e.target.country.empty() ? e.target.country : e.source.country;
    if (const GazetteerEntry* c = iso.empty() ? nullptr : g.Country(iso)) {
      e.place = FromEntry(*c, c->name, "actor");
      continue;
    }
    if (a.dateline.found && !a.dateline.place.empty()) {
      e.place.name = a.dateline.place;
      e.place.how = "dateline";
    }
  }
}

}  // namespace parley
