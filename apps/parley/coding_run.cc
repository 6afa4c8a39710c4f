#include "coding_run.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <chrono>
#include <thread>

namespace parley::cli {

std::vector<Option> RunOptions() {
  return {
      {"input-format", 0, "FMT", "force the input format: text, jsonl, html, warc, sgml (default: detect)", ""},
      {"year", 0, "YEAR", "year for datelines that give none (e.g. 'MOSCOW, May 16')", ""},
      {"max-record-bytes", 0, "N", "reject records larger than N bytes", "16777216"},
      {"jobs", 'j', "N", "code with N threads; output stays in input order", "1"},
      {"data", 0, "DIR", "dictionary directory (default: $PARLEY_DATA or the built-in data/)", ""},
      {"strict", 0, "", "treat any rejected input as fatal (exit 1)", ""},
  };
}

bool ReadRunConfig(const Parsed& p, RunConfig* cfg, std::string* error) {
  cfg->files = p.positional;
  if (cfg->files.empty()) { *error = "no input files (use '-' for standard input)"; return false; }
  cfg->ingest.force_format = p.get("input-format");
  if (!p.get("year").empty()) {
    cfg->ingest.default_year = std::atoi(p.get("year").c_str());
    if (cfg->ingest.default_year < 1800 || cfg->ingest.default_year > 2200) { *error = "--year must be a year like 2019"; return false; }
  }
  long long mrb = std::atoll(p.get("max-record-bytes").c_str());
  if (mrb <= 0) { *error = "--max-record-bytes must be a positive number"; return false; }
  cfg->ingest.max_record_bytes = static_cast<size_t>(mrb);
  cfg->threads = std::atoi(p.get("jobs").c_str());
  if (cfg->threads < 1 || cfg->threads > 256) { *error = "-j must be between 1 and 256"; return false; }
  cfg->data_dir = p.get("data").empty() ? DefaultDataDir() : p.get("data");
  cfg->strict = p.has("strict");
  return true;
}

std::shared_ptr<const Pipeline> LoadPipelineOrReport(const std::string& data_dir) {
  auto p = Pipeline::Load(data_dir);
  if (!p.ok()) {
    std::fprintf(stderr, "parley: cannot load dictionaries: %s\n", p.error().c_str());
    return nullptr;
  }
  return p.value();
}

namespace {

// Codes a batch of articles with `threads` workers; articles keep their order.
void CodeBatch(std::vector<Article>& batch, const Pipeline& pipeline, int threads, const ProcessOptions& options) {
  if (threads <= 1 || batch.size() < 2) {
    for (auto& a : batch) pipeline.Process(a, nullptr, options);
    return;
  }
  std::vector<std::thread> workers;
  for (int w = 0; w < threads; ++w)
    workers.emplace_back([&, w] {
      for (size_t i = static_cast<size_t>(w); i < batch.size(); i += static_cast<size_t>(threads)) pipeline.Process(batch[i], nullptr, options);
    });
  for (auto& t : workers) t.join();
}

}  // namespace

int RunCoding(const RunConfig& cfg, const Pipeline& pipeline, const std::function<void(Article&)>& on_article,
              const std::function<void(const Rejection&)>& on_reject, RunSummary* summary) {
  const bool progress = isatty(STDERR_FILENO);
  const auto start = std::chrono::steady_clock::now();
  size_t bytes = 0, sentences = 0, events = 0;
  std::vector<Article> batch;
  const size_t batch_size = static_cast<size_t>(64 * cfg.threads);
  int status = 0;
  auto flush = [&] {
    CodeBatch(batch, pipeline, cfg.threads, cfg.process);
    for (auto& a : batch) {
      bytes += a.text.size();
      sentences += a.sentences.size();
      events += a.events.size();
      on_article(a);
    }
    batch.clear();
    if (progress) std::fprintf(stderr, "\r%zu read, %zu coded, %zu rejected", summary->read(), summary->ingested(), summary->rejected());
  };
  IngestSink sink;
  sink.on_article = [&](Article&& a) {
    summary->Ingested();
    batch.push_back(std::move(a));
    if (batch.size() >= batch_size) flush();
  };
  sink.on_rejection = [&](Rejection&& r) {
    summary->Rejected(r);
    std::fprintf(stderr, "rejected %s: %s%s%s\n", r.origin.c_str(), r.reason.c_str(), r.detail.empty() ? "" : ": ", r.detail.c_str());
    on_reject(r);
  };
  for (const auto& f : cfg.files) {
    Status s = IngestFile(f, cfg.ingest, sink);
    if (!s.ok()) {
      std::fprintf(stderr, "parley: %s\n", s.message().c_str());
      status = 1;
    }
  }
  flush();
  if (progress) std::fprintf(stderr, "\n");
  std::fprintf(stderr, "%s", summary->Format().c_str());
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "coded %zu sentences, %zu events from %.1f MB of text in %.2f s (%.1f MB/s, %.0f sentences/s, %d thread%s)\n",
               sentences, events, bytes / 1e6, secs, secs > 0 ? bytes / 1e6 / secs : 0.0, secs > 0 ? sentences / secs : 0.0,
               cfg.threads, cfg.threads == 1 ? "" : "s");
  if (cfg.strict && summary->rejected() > 0) {
    std::fprintf(stderr, "parley: --strict: %zu input(s) rejected\n", summary->rejected());
    status = 1;
  }
  return status;
}

}  // namespace parley::cli
