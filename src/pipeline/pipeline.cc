#include "pipeline/pipeline.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "core/utf8.h"
#include "issues/issue_tagger.h"
#include "places/gazetteer.h"
#include "quotes/quote_extractor.h"
#include "temporal/event_dates.h"

namespace parley {

std::string DefaultDataDir() {
  const char* env = std::getenv("PARLEY_DATA");
  if (env && *env) return env;
#ifdef PARLEY_DATA_DIR
  return PARLEY_DATA_DIR;
#else
  return "data";
#endif
}

Result<std::shared_ptr<const Pipeline>> Pipeline::Load(const std::string& data_dir) {
  auto p = std::make_shared<Pipeline>();
  std::ifstream vf(data_dir + "/VERSION");
  if (!vf) return Status::Error(data_dir + "/VERSION: cannot read (is --data pointing at Parley's data directory?)");
  std::getline(vf, p->dict_version_);
  p->dict_version_ = std::string(Trim(p->dict_version_));
  auto lem = Lemmatizer::Load(data_dir);
  if (!lem.ok()) return lem.status();
  p->text_ = std::make_unique<TextAnalyzer>(lem.value());
  auto actors = ActorDictionary::Load(data_dir, *p->text_);
  if (!actors.ok()) return actors.status();
  p->mentions_ = std::make_unique<MentionFinder>(actors.value());
  auto book = Codebook::Load(data_dir);
  if (!book.ok()) return book.status();
  auto pats = PatternSet::Load(data_dir, *book.value());
  if (!pats.ok()) return pats.status();
  auto cues = StatementCues::Load(data_dir, *book.value());
  if (!cues.ok()) return cues.status();
  p->pattern_count_ = pats.value()->size();
  p->code_count_ = book.value()->size();
  p->coder_ = std::make_unique<EventCoder>(book.value(), pats.value(), cues.value());
  auto gaz = Gazetteer::Load(data_dir);
  if (!gaz.ok()) return gaz.status();
  p->gazetteer_ = gaz.value();
  auto quotes = QuoteExtractor::Load(data_dir);
  if (!quotes.ok()) return quotes.status();
  p->quotes_ = quotes.value();
  auto issues = IssueTagger::Load(data_dir);
  if (!issues.ok()) return issues.status();
  p->issues_ = issues.value();
  return std::shared_ptr<const Pipeline>(p);
}

std::string Pipeline::Describe() const {
  const auto& d = mentions_->dict();
  return "dictionaries " + dict_version_ + ": " + std::to_string(d.name_count()) + " actor names, " +
         std::to_string(d.people().size()) + " people, " + std::to_string(code_count_) + " CAMEO codes, " +
         std::to_string(pattern_count_) + " patterns";
}

namespace {

// Tenure constraints for year inference: each person's roles matching the title used in the text.
std::vector<TenureConstraint> Constraints(const Article& a, const ActorDictionary& d) {
  std::vector<TenureConstraint> out;
  std::vector<int32_t> seen;
  for (const auto& m : a.mentions) {
    if (m.kind != "person" || m.person < 0) continue;
    bool dup = false;
    for (auto p : seen) dup |= p == m.person;
    if (dup) continue;
    seen.push_back(m.person);
    TenureConstraint c;
    c.who = d.people()[m.person].name;
    for (const auto& r : d.people()[m.person].roles)
      if (m.title_sector.empty() || (r.code.size() >= 6 && r.code.compare(3, 3, m.title_sector) == 0))
        c.intervals.push_back({r.from, r.to});
    if (c.intervals.empty())
      for (const auto& r : d.people()[m.person].roles) c.intervals.push_back({r.from, r.to});
    if (!c.intervals.empty()) out.push_back(std::move(c));
  }
  return out;
}

// Gazetteer places after place prepositions ("arrived in Sochi") become place mentions, so movement
// patterns can take their country as the target.
void AddPlaceMentions(Article& a, const Gazetteer& g) {
  std::vector<bool> covered(a.tokens.size(), false);
  for (const auto& m : a.mentions)
    for (uint32_t t = m.first_token; t < m.first_token + m.token_count && t < covered.size(); ++t) covered[t] = true;
  size_t before = a.mentions.size();
  std::vector<uint32_t> cands;
  for (uint32_t s = 0; s < a.sentences.size(); ++s) {
    uint32_t b = a.sentences[s].first_token, e = b + a.sentences[s].token_count;
    for (uint32_t t = b + 1; t < e; ++t) {
      const std::string& prev = a.tokens[t - 1].lower;
      if (covered[t] || !a.tokens[t].capitalized) continue;
      if (prev != "in" && prev != "to" && prev != "at" && prev != "into" && prev != "from" && prev != "near") continue;
      cands.clear();
      uint32_t n = g.MatchTokens(a, t, e, &cands);
      if (!n || cands.empty()) continue;
      const GazetteerEntry* best = &g.entry(cands[0]);
      for (uint32_t c : cands) if (g.entry(c).population > best->population) best = &g.entry(c);
      Mention m;
      m.sentence = s;
      m.first_token = t;
      m.token_count = n;
      m.span = {a.tokens[t].span.begin, a.tokens[t + n - 1].span.end};
      m.name = std::string(a.slice(m.span));
      m.code = best->country;
      m.country = best->country;
      m.kind = "place";
      m.entry = best->origin;
      a.mentions.push_back(std::move(m));
      t += n - 1;
    }
  }
  if (a.mentions.size() != before)
    std::sort(a.mentions.begin(), a.mentions.end(), [](const Mention& x, const Mention& y) {
      return x.sentence != y.sentence ? x.sentence < y.sentence : x.first_token < y.first_token;
    });
}

}  // namespace

void Pipeline::Process(Article& a, std::vector<std::string>* trace, const ProcessOptions& options) const {
  text_->Analyze(a);
  mentions_->Find(a);
  AddPlaceMentions(a, *gazetteer_);
  if (!a.report_date.year && a.report_date.month && a.report_date.day) {
    if (InferReportYear(a, Constraints(a, mentions_->dict()))) {
      mentions_->Recode(a);
      if (trace) trace->push_back("report date year inferred: " + a.report_date.iso() + " (" + a.report_date_source + ")");
    }
  }
  if (options.quotes) quotes_->Extract(a);
  coder_->Code(a, trace);
  ResolveEventDates(a);
  AssignPlaces(a, *gazetteer_);
  issues_->TagArticle(a);
}

}  // namespace parley
