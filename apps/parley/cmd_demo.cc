// parley demo: the quick-start job. Codes the bundled sample articles into parley.db and prints
// what an analyst looks at first: counts, the Russia-US dyad series and the latest quotes.
#include <cstdio>
#include <algorithm>
#include <filesystem>

#include "args.h"
#include "coding_run.h"
#include "commands.h"
#include "store/store.h"

namespace parley::cli {

int CmdDemo(int argc, char** argv) {
  Spec spec{"demo", "[options]",
            "Codes the sample articles bundled with Parley (samples/) into a SQLite store and prints a\n"
            "summary: what was read and coded, the Russia-US dyad by month and the latest quotes.\n\n"
            "Example: parley demo --db parley.db",
            {{"db", 0, "PATH", "the store to write", "parley.db"},
             {"samples", 0, "DIR", "directory of sample articles", PARLEY_SAMPLES_DIR},
             {"data", 0, "DIR", "dictionary directory", ""}}};
  Parsed p = Parse(spec, argc, argv);
  if (p.help) { std::fputs(Help(spec).c_str(), stdout); return 0; }
  if (!p.error.empty()) return UsageError(spec, p.error);
  RunConfig cfg;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(p.get("samples"), ec))
    if (e.is_regular_file()) cfg.files.push_back(e.path().string());
  std::sort(cfg.files.begin(), cfg.files.end());
  if (cfg.files.empty()) { std::fprintf(stderr, "parley demo: no sample articles in %s\n", p.get("samples").c_str()); return 1; }
  cfg.data_dir = p.get("data").empty() ? DefaultDataDir() : p.get("data");
  auto pipeline = LoadPipelineOrReport(cfg.data_dir);
  if (!pipeline) return 1;
  auto st = store::Store::Open(p.get("db"), store::StoreOptions{});
  if (!st.ok()) { std::fprintf(stderr, "parley demo: %s\n", st.error().c_str()); return 1; }
  auto& db = *st.value();
  std::printf("Parley demo: coding %zu sample files into %s\n%s\n\n", cfg.files.size(), p.get("db").c_str(), pipeline->Describe().c_str());
  std::fflush(stdout);
  RunSummary summary;
  Status s = db.BeginBatch();
  std::string err;
  int rc = RunCoding(cfg, *pipeline, [&](Article& a) {
        auto w = db.WriteArticle(a, pipeline->dict_version());
        if (!w.ok() && err.empty()) err = w.error();
        std::printf("  %-24.24s %-10s %2zu sentences %2zu events %2zu quotes  %s\n", a.id.c_str(), a.report_date.iso().c_str(),
                    a.sentences.size(), a.events.size(), a.quotes.size(), a.title.substr(0, 60).c_str());
      },
      [&](const Rejection& r) { db.WriteRejection(r.origin, r.reason); }, &summary);
  if (s.ok()) s = db.CommitBatch();
  if (!s.ok() || !err.empty()) { std::fprintf(stderr, "parley demo: store error: %s\n", (err.empty() ? s.message() : err).c_str()); return 1; }
  db.Cluster(store::ClusterOptions{});
  auto stats = db.Stats();
  if (stats.ok())
    std::printf("\nStore: %lld articles, %lld sentences, %lld event mentions in %lld events, %lld quotes\n", stats.value().articles,
                stats.value().sentences, stats.value().mentions, stats.value().events, stats.value().quotes);
  auto dyad = db.Dyad("RUS", "USA", store::Period::kMonth);
  std::printf("\nRussia-US dyad by month (events, verbal/material cooperation, verbal/material conflict, mean Goldstein):\n");
  if (dyad.ok())
    for (const auto& r : dyad.value())
      std::printf("  %-8s %-9s %3lld events  coop %lld/%lld  conflict %lld/%lld  Goldstein %+.2f\n", r.period.c_str(), r.direction.c_str(),
                  r.events, r.quad[0], r.quad[1], r.quad[2], r.quad[3], r.goldstein_mean);
  store::QuoteFilter qf;
  auto quotes = db.Quotes(qf);
  std::printf("\nLatest quotes:\n");
  if (quotes.ok()) {
    auto& all = quotes.value();
    // Newest report date first; within an article, in text order.
    std::stable_sort(all.begin(), all.end(), [](const store::QuoteRecord& a, const store::QuoteRecord& b) { return a.report_date > b.report_date; });
    if (all.size() > 5) all.resize(5);
  }
  if (quotes.ok())
    for (const auto& q : quotes.value())
      std::printf("  %s %s (%s): \"%.100s%s\"\n", q.report_date.c_str(), q.speaker_name.empty() ? "?" : q.speaker_name.c_str(),
                  q.speaker_code.c_str(), q.text.c_str(), q.text.size() > 100 ? "..." : "");
  std::printf("\nNext: parley events --db %s | parley dyad RUS USA --by month --db %s | parley export --db %s --format gdelt-events\n",
              p.get("db").c_str(), p.get("db").c_str(), p.get("db").c_str());
  return rc;
}

}  // namespace parley::cli
