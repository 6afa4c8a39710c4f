// Ingest throughput on Reuters-21578 (27 MB of SGML): ingest alone, and ingest + sentence splitting.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "text/analyzer.h"

namespace {

struct Corpus {
  std::vector<std::pair<std::string, std::string>> files;  // name, bytes
  size_t bytes = 0;
};

const Corpus& Reuters() {
  static Corpus c = [] {
    Corpus out;
    std::string dir = std::string(PARLEY_SHARED_DIR) + "/corpora/reuters21578";
    for (int i = 0; i < 22; ++i) {
      char name[32];
      std::snprintf(name, sizeof name, "/reut2-%03d.sgm", i);
      std::ifstream f(dir + name, std::ios::binary);
      if (!f) continue;
      std::stringstream ss;
      ss << f.rdbuf();
      out.bytes += ss.str().size();
      out.files.emplace_back(dir + name, ss.str());
    }
    return out;
  }();
  return c;
}

void BM_IngestReuters(benchmark::State& state) {
  const Corpus& c = Reuters();
  if (c.files.empty()) { state.SkipWithError("Reuters-21578 not found under PARLEY_SHARED_DIR"); return; }
  size_t articles = 0;
  parley::IngestSink sink;
  sink.on_article = [&](parley::Article&& a) { ++articles; benchmark::DoNotOptimize(a.text.data()); };
  sink.on_rejection = [](parley::Rejection&&) {};
  for (auto _ : state)
    for (const auto& [name, bytes] : c.files) parley::IngestBuffer(bytes, name, parley::IngestOptions{}, sink);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["articles"] = static_cast<double>(articles) / state.iterations();
}
BENCHMARK(BM_IngestReuters)->Unit(benchmark::kMillisecond);

void BM_IngestAndSplitReuters(benchmark::State& state) {
  const Corpus& c = Reuters();
  if (c.files.empty()) { state.SkipWithError("Reuters-21578 not found under PARLEY_SHARED_DIR"); return; }
  auto lem = parley::Lemmatizer::Load(PARLEY_DATA_DIR);
  if (!lem.ok()) { state.SkipWithError(("cannot load dictionaries: " + lem.error()).c_str()); return; }
  parley::TextAnalyzer analyzer(lem.value());
  size_t sentences = 0;
  parley::IngestSink sink;
  sink.on_article = [&](parley::Article&& a) { analyzer.Analyze(a); sentences += a.sentences.size(); };
  sink.on_rejection = [](parley::Rejection&&) {};
  for (auto _ : state)
    for (const auto& [name, bytes] : c.files) parley::IngestBuffer(bytes, name, parley::IngestOptions{}, sink);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["sentences"] = static_cast<double>(sentences) / state.iterations();
}
BENCHMARK(BM_IngestAndSplitReuters)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
