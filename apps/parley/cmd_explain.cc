// parley explain: the whole coding trace for one sentence or article.
#include <sys/stat.h>

#include <cstdio>
#include <string>

#include "args.h"
#include "coding_run.h"
#include "commands.h"
#include "pipeline/output.h"

namespace parley::cli {
namespace {

void PrintTrace(const Article& a, const std::vector<std::string>& trace, const std::string& dict_version) {
  std::printf("article %s  report date %s (%s)\n", a.id.c_str(), a.report_date.iso().empty() ? "unknown" : a.report_date.iso().c_str(),
              a.report_date_source.empty() ? "given" : a.report_date_source.c_str());
  if (a.dateline.found) {
    char md[16] = "";
    if (!a.dateline.date.year && a.dateline.date.month)
      std::snprintf(md, sizeof md, "--%02d-%02d", a.dateline.date.month, a.dateline.date.day);
    std::printf("dateline: place %s, agency %s, date %s\n", a.dateline.place.c_str(), a.dateline.agency.c_str(),
                a.dateline.date.year ? a.dateline.date.iso().c_str() : md);
  }
  for (const auto& w : a.warnings) std::printf("warning: %s\n", w.c_str());
  for (uint32_t s = 0; s < a.sentences.size(); ++s) {
    const Sentence& sent = a.sentences[s];
    std::printf("\n[sentence %u, bytes %u-%u] %.*s\n", s, sent.span.begin, sent.span.end, static_cast<int>(sent.span.size()),
                a.text.data() + sent.span.begin);
    std::printf("  tokens:");
    for (uint32_t t = sent.first_token; t < sent.first_token + sent.token_count; ++t) {
      const Token& tok = a.tokens[t];
      if (tok.lemma != tok.lower) std::printf(" %s/%s", tok.lower.c_str(), tok.lemma.c_str());
      else std::printf(" %s", tok.lower.c_str());
    }
    std::printf("\n");
    for (const auto& m : a.mentions) {
      if (m.sentence != s) continue;
      std::printf("  actor  \"%s\" -> %s [%s%s%s]%s%s\n", m.name.c_str(), m.code.empty() ? "(none)" : m.code.c_str(), m.kind.c_str(),
                  m.entity.empty() ? "" : ": ", m.entity.c_str(), m.entry.empty() ? "" : "  from ", m.entry.c_str());
      if (m.group.size() >= 2) {
        std::printf("         refers to:");
        for (auto g : m.group) std::printf(" %s(%s)", a.mentions[g].name.c_str(), a.mentions[g].code.c_str());
        std::printf("\n");
      }
    }
    std::string prefix = "sentence " + std::to_string(s) + ":";
    for (const auto& line : trace)
      if (line.rfind(prefix, 0) == 0) std::printf("  coder  %s\n", line.c_str() + prefix.size() + 1);
    for (const auto& e : a.events) {
      if (e.sentence != s) continue;
      std::printf("  EVENT  %s -> %s  %s (root %s, quad %d, goldstein %.1f, %s)%s  date %s%s%s  place %s\n", e.source.code.c_str(),
                  e.target.code.c_str(), e.code.c_str(), e.root.c_str(), e.quad_class, e.goldstein, e.modality.c_str(),
                  DefaultVisible(e) ? "" : " [hidden by default]", e.date.iso().c_str(), e.date_end.year ? ".." : "",
                  e.date_end.iso().c_str(), e.place.resolved.empty() ? "-" : e.place.resolved.c_str());
    }
    for (const auto& q : a.quotes)
      if (q.sentence == s)
        std::printf("  QUOTE  %s (%s) %s: \"%.80s%s\"\n", q.speaker_name.c_str(), q.speaker_code.c_str(), q.verb.c_str(), q.text.c_str(),
                    q.text.size() > 80 ? "..." : "");
  }
  for (const auto& line : trace)
    if (line.rfind("sentence ", 0) != 0) std::printf("\nnote: %s\n", line.c_str());
  std::printf("\n%zu events (%s)\n", a.events.size(), dict_version.c_str());
}

}  // namespace

int CmdExplain(int argc, char** argv) {
  Spec spec{"explain", "\"SENTENCE\" | FILE [options]",
            "Shows the whole coding trace: tokens and lemmas, actor mentions with the dictionary entries\n"
            "they matched (file:line), coreference, the patterns tried and chosen, why an event was or\n"
            "was not produced, and the resulting events, dates, places and quotes.\n\n"
            "Example: parley explain \"Russian President Vladimir Putin met US Secretary of State Mike Pompeo in Sochi.\" --date 2019-05-14",
            {{"date", 0, "DATE", "report date of the sentence (YYYY-MM-DD)", ""},
             {"data", 0, "DIR", "dictionary directory", ""},
             {"year", 0, "YEAR", "year for datelines without one (files)", ""}}};
  Parsed p = Parse(spec, argc, argv);
  if (p.help) { std::fputs(Help(spec).c_str(), stdout); return 0; }
  if (!p.error.empty()) return UsageError(spec, p.error);
  if (p.positional.empty()) return UsageError(spec, "give a sentence in quotes or a file");
  auto pipeline = LoadPipelineOrReport(p.get("data").empty() ? DefaultDataDir() : p.get("data"));
  if (!pipeline) return 1;
  std::printf("%s\n", pipeline->Describe().c_str());
  struct stat st;
  std::vector<Article> articles;
  if (p.positional.size() == 1 && stat(p.positional[0].c_str(), &st) == 0) {
    IngestOptions io;
    if (!p.get("year").empty()) io.default_year = std::atoi(p.get("year").c_str());
    IngestSink sink;
    sink.on_article = [&](Article&& a) { articles.push_back(std::move(a)); };
    sink.on_rejection = [&](Rejection&& r) { std::printf("rejected %s: %s\n", r.origin.c_str(), r.reason.c_str()); };
    Status s = IngestFile(p.positional[0], io, sink);
    if (!s.ok()) { std::fprintf(stderr, "parley explain: %s\n", s.message().c_str()); return 1; }
  } else {
    Article a;
    a.id = "sentence";
    for (const auto& w : p.positional) a.text += (a.text.empty() ? "" : " ") + w;
    a.report_date = Date::ParseIso(p.get("date"));
    if (!p.get("date").empty() && !a.report_date.year) return UsageError(spec, "--date must be YYYY-MM-DD");
    articles.push_back(std::move(a));
  }
  for (auto& a : articles) {
    if (!p.get("date").empty()) { a.report_date = Date::ParseIso(p.get("date")); a.report_date_source = "--date"; }
    std::vector<std::string> trace;
    pipeline->Process(a, &trace);
    PrintTrace(a, trace, pipeline->dict_version());
  }
  return 0;
}

}  // namespace parley::cli
