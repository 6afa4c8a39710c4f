// Text-stage throughput (sentences + tokens + lemmas) in MB/s over the BBC corpus, and lemmatizer load time.
// Build: cmake -S . -B build-bench -DPARLEY_BENCH=ON -DCMAKE_BUILD_TYPE=Release && cmake --build build-bench --target text_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/analyzer.h"

namespace {

// Every .txt file under the BBC corpus directory (empty when the corpus is absent).
const std::vector<std::string>& BbcTexts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    std::filesystem::path root = std::filesystem::path(PARLEY_SHARED_DIR) / "corpora" / "bbc";
    std::error_code ec;
    if (!std::filesystem::is_directory(root, ec)) return out;
    for (const auto& e : std::filesystem::recursive_directory_iterator(root, ec)) {
      if (!e.is_regular_file() || e.path().extension() != ".txt" || e.path().filename() == "README.TXT") continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      out.push_back(ss.str());
    }
    return out;
  }();
  return texts;
}

std::shared_ptr<const parley::Lemmatizer> LoadedLemmatizer() {
  static auto lem = parley::Lemmatizer::Load(PARLEY_DATA_DIR);
  return lem.ok() ? lem.value() : nullptr;
}

void BM_AnalyzeBbc(benchmark::State& state) {
  const auto& texts = BbcTexts();
  if (texts.empty()) { state.SkipWithError("BBC corpus not found under PARLEY_SHARED_DIR/corpora/bbc"); return; }
  auto lem = LoadedLemmatizer();
  if (!lem) { state.SkipWithError("cannot load the lemmatizer"); return; }
  parley::TextAnalyzer analyzer(lem);
  parley::Article article;
  int64_t bytes = 0, tokens = 0;
  for (auto _ : state) {
    for (const std::string& t : texts) {
      article.text = t;
      analyzer.Analyze(article);
      bytes += static_cast<int64_t>(t.size());
      tokens += static_cast<int64_t>(article.tokens.size());
    }
  }
  state.SetBytesProcessed(bytes);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AnalyzeBbc)->Unit(benchmark::kMillisecond);

void BM_LemmatizerLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto lem = parley::Lemmatizer::Load(PARLEY_DATA_DIR);
    if (!lem.ok()) { state.SkipWithError(lem.error().c_str()); return; }
    benchmark::DoNotOptimize(lem.value());
  }
}
BENCHMARK(BM_LemmatizerLoad)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
