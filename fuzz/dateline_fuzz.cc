// libFuzzer target: the dateline parser and wire-text ingest.
#include "fuzz_check.h"
#include "ingest/dateline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  parley::Dateline d;
  size_t consumed = 0;
  if (parley::ParseDateline(text, &d, &consumed)) {
    if (!d.found || d.span.end > consumed || consumed > text.size() || d.place.empty()) __builtin_trap();
    if (d.date.month < 0 || d.date.month > 12 || d.date.day < 0 || d.date.day > 31) __builtin_trap();
  }
  parley::fuzz::IngestAndCheck(data, size, "text");
  return 0;
}
