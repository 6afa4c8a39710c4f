// Store benchmarks: insert rate of coded articles into SQLite (events/s), clustering, and dyad-series latency
// over one million synthetic events. Build with -DPARLEY_BENCH=ON; run build/store_bench.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "store/store.h"

namespace {

using parley::Article;
using parley::Date;
using parley::Event;
using parley::Sentence;
using parley::Status;

const char* const kActors[] = {"RUSGOV", "USAGOV", "CHNGOV", "UKRMIL", "IGOUNO", "FRAGOV", "DEUGOV", "IRNGOV"};

// An article with `n` events on consecutive days of 2020-2022, actors cycling through kActors.
Article Synthetic(long i, int n) {
  Article a;
  a.id = "bench" + std::to_string(i);
  a.source = i % 3 ? "TASS" : "Reuters";
  a.report_date = Date::FromDays(18262 + i % 1000);
  for (int k = 0; k < n; ++k) {
    Sentence s;
    s.span.begin = static_cast<uint32_t>(a.text.size());
    a.text += "Officials met in the capital to discuss talks number " + std::to_string(k) + ". ";
    s.span.end = static_cast<uint32_t>(a.text.size());
    a.sentences.push_back(s);
    Event e;
    e.sentence = static_cast<uint32_t>(k);
    e.source.code = kActors[(i + k) % 8];
    e.target.code = kActors[(i + 3 * k + 1) % 8];
    e.code = (k % 2) ? "042" : "190";
    e.root = e.code.substr(0, 2);
    e.quad_class = (k % 2) ? 1 : 4;
    e.goldstein = (k % 2) ? 1.9 : -10;
    e.date = a.report_date;
    a.events.push_back(e);
  }
  return a;
}

std::string TempDb(const char* name) {
  std::string p = std::string("/tmp/parley_bench_") + name + "_" + std::to_string(getpid()) + ".db";
  std::remove(p.c_str());
  std::remove((p + "-wal").c_str());
  std::remove((p + "-shm").c_str());
  return p;
}

void BM_InsertEvents(benchmark::State& state) {
  std::string path = TempDb("insert");
  auto s = parley::store::Store::Open(path, {});
  if (!s.ok()) { state.SkipWithError(s.error().c_str()); return; }
  long next = 0, events = 0;
  for (auto _ : state) {
    s.value()->BeginBatch();
    for (int i = 0; i < 100; ++i) {
      auto r = s.value()->WriteArticle(Synthetic(next++, 10), "bench");
      if (!r.ok()) { state.SkipWithError(r.error().c_str()); return; }
      events += 10;
    }
    s.value()->CommitBatch();
  }
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
  s.value().reset();
  for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
}
BENCHMARK(BM_InsertEvents)->Unit(benchmark::kMillisecond);

// One million events (100k articles x 10), clustered once; then the dyad query is timed.
parley::store::Store* Million() {
  static std::unique_ptr<parley::store::Store> store;
  static std::string path;
  if (store) return store.get();
  path = TempDb("million");
  std::atexit([] {
    store.reset();
    for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
  });
  auto s = parley::store::Store::Open(path, {});
  if (!s.ok()) return nullptr;
  store = std::move(s.value());
  for (long i = 0; i < 100000; i += 500) {
    store->BeginBatch();
    for (long j = i; j < i + 500; ++j) store->WriteArticle(Synthetic(j, 10), "bench");
    store->CommitBatch();
  }
  store->Cluster({});
  return store.get();
}

void BM_ClusterMillion(benchmark::State& state) {
  auto* s = Million();
  if (!s) { state.SkipWithError("open failed"); return; }
  for (auto _ : state) benchmark::DoNotOptimize(s->Cluster({}).ok());
}
BENCHMARK(BM_ClusterMillion)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_DyadMillion(benchmark::State& state) {
  auto* s = Million();
  if (!s) { state.SkipWithError("open failed"); return; }
  for (auto _ : state) {
    auto rows = s->Dyad("RUS", "USA", parley::store::Period::kMonth);
    benchmark::DoNotOptimize(rows.ok());
  }
}
BENCHMARK(BM_DyadMillion)->Unit(benchmark::kMillisecond);

// ClickHouse: the same inserts and the dyad query over HTTP. Needs a server:
//   scripts/clickhouse-test-server.sh start /tmp/chbench 18123 19000
//   PARLEY_CLICKHOUSE_URI=clickhouse://127.0.0.1:18123/parley_bench build-bench/store_bench
std::string ClickHouseUri() {
  const char* uri = std::getenv("PARLEY_CLICKHOUSE_URI");
  return uri ? uri : "";
}

void BM_ClickHouseInsertEvents(benchmark::State& state) {
  if (ClickHouseUri().empty()) { state.SkipWithError("set PARLEY_CLICKHOUSE_URI to a running server"); return; }
  auto s = parley::store::Store::Open(ClickHouseUri(), {});
  if (!s.ok()) { state.SkipWithError(s.error().c_str()); return; }
  static long next = 1000000;
  long events = 0;
  for (auto _ : state) {
    s.value()->BeginBatch();
    for (int i = 0; i < 100; ++i) {
      auto r = s.value()->WriteArticle(Synthetic(next++, 10), "bench");
      if (!r.ok()) { state.SkipWithError(r.error().c_str()); return; }
      events += 10;
    }
    Status c = s.value()->CommitBatch();
    if (!c.ok()) { state.SkipWithError(c.message().c_str()); return; }
  }
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ClickHouseInsertEvents)->Unit(benchmark::kMillisecond);

// 200,000 events (20k articles x 10) loaded once, clustered, then the dyad query is timed.
void BM_ClickHouseDyad(benchmark::State& state) {
  if (ClickHouseUri().empty()) { state.SkipWithError("set PARLEY_CLICKHOUSE_URI to a running server"); return; }
  static std::unique_ptr<parley::store::Store> store;
  if (!store) {
    auto s = parley::store::Store::Open(ClickHouseUri(), {});
    if (!s.ok()) { state.SkipWithError(s.error().c_str()); return; }
    store = std::move(s.value());
    for (long i = 0; i < 20000; i += 1000) {
      store->BeginBatch();
      for (long j = i; j < i + 1000; ++j) store->WriteArticle(Synthetic(j, 10), "bench");
      store->CommitBatch();
    }
    store->Cluster({});
  }
  for (auto _ : state) {
    auto rows = store->Dyad("RUS", "USA", parley::store::Period::kMonth);
    if (!rows.ok()) { state.SkipWithError(rows.error().c_str()); return; }
    benchmark::DoNotOptimize(rows.value().size());
  }
}
BENCHMARK(BM_ClickHouseDyad)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
