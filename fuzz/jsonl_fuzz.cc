// libFuzzer target: jsonl ingest never crashes and every article keeps its invariants.
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  parley::fuzz::IngestAndCheck(data, size, "jsonl");
  return 0;
}
