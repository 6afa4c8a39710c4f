// parley code / explain / eval / quotes: coding articles and showing how.
#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "args.h"
#include "coding_run.h"
#include "commands.h"
#include "core/json.h"
#include "pipeline/eval.h"
#include "pipeline/eval_corpora.h"
#include "pipeline/output.h"
#include "pipeline/peer_records.h"
#include "store/store.h"
#include "store_commands.h"

namespace parley::cli {
namespace {

Spec CodeSpec() {
  Spec s{"code", "FILE... [options]",
         "Codes events - who did what to whom, when and where - from news articles in any input format\n"
         "(wire text, JSON Lines, HTML, WARC, Reuters SGML; '-' reads standard input).\n"
         "Prints one JSON object per event (or CSV), in input order for any -j; with --db writes the\n"
         "articles, events and quotes to a SQLite store instead (idempotent: re-coding adds nothing).\n\n"
         "Example: parley code news.jsonl --format jsonl -j 2 > events.jsonl\n"
         "         parley code news.jsonl --db parley.db && parley dyad RUS USA --by month",
         RunOptions()};
  s.options.push_back({"format", 'f', "FMT", "output: jsonl or csv", "jsonl"});
  s.options.push_back({"emit", 0, "WHAT", "what to print: events, quotes, or events,quotes (adds a \"type\" field)", "events"});
  s.options.push_back({"all", 0, "", "also print negated and hypothetical events (flagged in \"modality\")", ""});
  s.options.push_back({"db", 0, "PATH", "write to this SQLite store instead of printing", ""});
  s.options.push_back({"store", 0, "URI", "write to a store URI (sqlite:PATH or clickhouse://HOST:PORT/DB)", ""});
  s.options.push_back({"cluster-days", 0, "N", "with --db: merge day-precision mentions at most N days apart", "1"});
  s.options.push_back({"no-cluster", 0, "", "with --db: keep every mention as its own event", ""});
  return s;
}

int WriteToStore(const std::string& uri, const RunConfig& cfg, const Pipeline& pipeline, const store::ClusterOptions& co) {
  store::StoreOptions so;
  auto st = store::Store::Open(uri, so);
  if (!st.ok()) { std::fprintf(stderr, "parley code: %s\n", st.error().c_str()); return 1; }
  auto& db = *st.value();
  Status s = db.BeginBatch();
  int n = 0, failed = 0;
  std::string first_error;
  RunSummary summary;
  auto check = [&](const Status& x) { if (!x.ok()) { ++failed; if (first_error.empty()) first_error = x.message(); } };
  int rc = RunCoding(cfg, pipeline, [&](Article& a) {
        auto w = db.WriteArticle(a, pipeline.dict_version());
        if (!w.ok()) check(w.status());
        if (++n % 200 == 0) { check(db.CommitBatch()); check(db.BeginBatch()); }
      },
      [&](const Rejection& r) { check(db.WriteRejection(r.origin, r.reason)); }, &summary);
  check(db.CommitBatch());
  if (failed) {
    db.RollbackBatch();
    std::fprintf(stderr, "parley code: store error: %s\n", first_error.c_str());
    return 1;
  }
  Status c = db.Cluster(co);
  if (!c.ok()) { std::fprintf(stderr, "parley code: clustering failed: %s\n", c.message().c_str()); return 1; }
  auto counts = db.counts();
  std::fprintf(stderr, "store %s: %lld new, %lld unchanged, %lld replaced articles\n", uri.c_str(), counts.inserted, counts.unchanged,
               counts.replaced);
  return rc;
}

}  // namespace

int CmdCode(int argc, char** argv) {
  Spec spec = CodeSpec();
  Parsed p = Parse(spec, argc, argv);
  if (p.help) { std::fputs(Help(spec).c_str(), stdout); return 0; }
  if (!p.error.empty()) return UsageError(spec, p.error);
  RunConfig cfg;
  std::string err;
  if (!ReadRunConfig(p, &cfg, &err)) return UsageError(spec, err);
  std::string format = p.get("format"), emit = p.get("emit");
  if (format != "jsonl" && format != "csv") return UsageError(spec, "--format must be jsonl or csv");
  bool ev = emit.find("events") != std::string::npos, qu = emit.find("quotes") != std::string::npos;
  if (!ev && !qu) return UsageError(spec, "--emit takes events, quotes or events,quotes");
  auto pipeline = LoadPipelineOrReport(cfg.data_dir);
  if (!pipeline) return 1;
  if (p.has("db") || p.has("store")) {
    store::ClusterOptions co;
    co.enabled = !p.has("no-cluster");
    co.day_window = std::atoi(p.get("cluster-days").c_str());
    if (co.day_window < 0) return UsageError(spec, "--cluster-days must be 0 or more");
    return WriteToStore(p.has("store") ? p.get("store") : p.get("db"), cfg, *pipeline, co);
  }
  bool all = p.has("all"), typed = ev && qu;
  cfg.process.quotes = qu;  // events never depend on quotes: skip the stage when none are printed
  if (format == "csv") std::fputs(EventCsvHeader().c_str(), stdout);
  RunSummary summary;
  std::string out;
  int rc = RunCoding(cfg, *pipeline, [&](Article& a) {
        out.clear();
        // Events and quotes interleave by sentence when both are asked for.
        size_t qi = 0;
        for (const auto& e : a.events) {
          if (!all && !DefaultVisible(e)) continue;
          while (qu && qi < a.quotes.size() && a.quotes[qi].sentence <= e.sentence) out += QuoteJson(a, a.quotes[qi++], typed) + "\n";
          if (!ev) continue;
          out += format == "csv" ? EventCsv(a, e, pipeline->dict_version()) : EventJson(a, e, pipeline->dict_version(), typed) + "\n";
        }
        while (qu && qi < a.quotes.size()) out += QuoteJson(a, a.quotes[qi++], typed) + "\n";
        std::fwrite(out.data(), 1, out.size(), stdout);
      },
      [](const Rejection&) {}, &summary);
  return rc;
}

int CmdQuotes(int argc, char** argv) {
  for (int i = 0; i < argc; ++i)
    if (std::string(argv[i]) == "--db" || std::string(argv[i]).rfind("--db=", 0) == 0) return RunStoredQuotes(argc, argv);
  Spec spec{"quotes", "FILE... [options]",
            "Lists every direct quote and indirect statement with its speaker (resolved through\n"
            "coreference: 'the diplomat said' names the diplomat), speech verb, span and issues.\n"
            "With --db PATH, lists the quotes held in a store instead (see 'parley quotes --db x --help').\n\n"
            "Example: parley quotes article.txt --format table",
            RunOptions()};
  spec.options.push_back({"format", 'f', "FMT", "jsonl or table", "jsonl"});
  Parsed p = Parse(spec, argc, argv);
  if (p.help) { std::fputs(Help(spec).c_str(), stdout); return 0; }
  if (!p.error.empty()) return UsageError(spec, p.error);
  RunConfig cfg;
  std::string err;
  if (!ReadRunConfig(p, &cfg, &err)) return UsageError(spec, err);
  std::string format = p.get("format");
  if (format != "jsonl" && format != "table") return UsageError(spec, "--format must be jsonl or table");
  auto pipeline = LoadPipelineOrReport(cfg.data_dir);
  if (!pipeline) return 1;
  RunSummary summary;
  return RunCoding(cfg, *pipeline, [&](Article& a) {
        for (const auto& q : a.quotes) {
          if (format == "jsonl") { std::printf("%s\n", QuoteJson(a, q).c_str()); continue; }
          std::string text = q.text.size() > 100 ? q.text.substr(0, 97) + "..." : q.text;
          std::printf("%-14s %3u  %-22s %-8s %-12s %s\n", a.id.substr(0, 14).c_str(), q.sentence,
                      (q.speaker_name.empty() ? "?" : q.speaker_name).substr(0, 22).c_str(), q.speaker_code.c_str(),
                      q.verb.substr(0, 12).c_str(), text.c_str());
        }
      },
      [](const Rejection&) {}, &summary);
}

int CmdEval(int argc, char** argv) {
  Spec spec{"eval", "GOLD.jsonl [options]",
            "Codes every record of a gold file and reports precision, recall and F1 for\n"
            "(source country, target country, root) and for full actor and CAMEO codes, overall and per\n"
            "root, with the misses and false alarms. Gold format: docs/EVAL.md.\n\n"
            "Example: parley eval tests/gold/dev.jsonl --examples 20",
            {{"data", 0, "DIR", "dictionary directory", ""},
             {"examples", 0, "N", "how many misses and false alarms to list", "30"},
             {"min-precision", 0, "P", "exit 1 when country-level precision is below P", ""},
             {"min-recall", 0, "R", "exit 1 when country-level recall is below R", ""},
             {"conll", 0, "", "the file is CoNLL-2003: measure actor-name detection (PER/ORG/LOC)", ""},
             {"cameo-class", 0, "", "the file is sentence<TAB>label (0-4): measure QuadClass agreement", ""},
             {"petrarch-xml", 0, "", "the file is a PETRARCH validation XML file (docs/PEERS.md); adds a per-category table", ""}}};
  Parsed p = Parse(spec, argc, argv);
  if (p.help) { std::fputs(Help(spec).c_str(), stdout); return 0; }
  if (!p.error.empty()) return UsageError(spec, p.error);
  if (p.positional.size() != 1) return UsageError(spec, "give exactly one gold file");
  if (p.has("conll") || p.has("cameo-class")) {
    auto pl = LoadPipelineOrReport(p.get("data").empty() ? DefaultDataDir() : p.get("data"));
    if (!pl) return 1;
    if (p.has("conll")) {
      auto r = EvalConll(p.positional[0], *pl);
      if (!r.ok()) { std::fprintf(stderr, "parley eval: %s\n", r.error().c_str()); return 1; }
      std::fputs(FormatMentionEval(r.value()).c_str(), stdout);
    } else {
      auto r = EvalCameoClass(p.positional[0], *pl);
      if (!r.ok()) { std::fprintf(stderr, "parley eval: %s\n", r.error().c_str()); return 1; }
      std::fputs(FormatQuadEval(r.value()).c_str(), stdout);
    }
    return 0;
  }
  PetrarchFile peer;  // --petrarch-xml: the records, their categories and what was set aside
  if (p.has("petrarch-xml")) {
    auto f = ReadPetrarchFile(p.positional[0]);
    if (!f.ok()) { std::fprintf(stderr, "parley eval: %s\n", f.error().c_str()); return 1; }
    peer = std::move(f.value());
  }
  auto gold = p.has("petrarch-xml") ? Result<std::vector<GoldRecord>>(peer.records) : ReadGold(p.positional[0]);
  if (!gold.ok()) { std::fprintf(stderr, "parley eval: %s\n", gold.error().c_str()); return 1; }
  auto pipeline = LoadPipelineOrReport(p.get("data").empty() ? DefaultDataDir() : p.get("data"));
  if (!pipeline) return 1;
  EvalReport r = Evaluate(gold.value(), *pipeline);
  std::fputs(FormatReport(r, std::atoi(p.get("examples").c_str())).c_str(), stdout);
  if (p.has("petrarch-xml")) {
    std::printf("\nPETRARCH file: %d sentences, %d coded, %d skipped (sentence=\"false\"), %d expected-error codings\n",
                peer.sentences, static_cast<int>(peer.records.size()), peer.skipped, peer.error_codings);
    std::fputs(FormatByCategory(EvaluateByCategory(peer, *pipeline)).c_str(), stdout);
  }
  if (!p.get("min-precision").empty() && r.country_root.precision() < std::atof(p.get("min-precision").c_str())) return 1;
  if (!p.get("min-recall").empty() && r.country_root.recall() < std::atof(p.get("min-recall").c_str())) return 1;
  return 0;
}

}  // namespace parley::cli
