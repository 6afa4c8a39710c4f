// libFuzzer target: any bytes as article text through the whole coding pipeline must not crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/utf8.h"
#include "pipeline/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::shared_ptr<const parley::Pipeline> pipeline = [] {
    auto p = parley::Pipeline::Load(PARLEY_DATA_DIR);
    return p.ok() ? p.value() : nullptr;
  }();
  if (!pipeline || size > 1 << 16) return 0;
  parley::Article a;
  a.id = "fuzz";
  a.text = parley::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  a.report_date = parley::Date{2021, 11, 2};
  pipeline->Process(a);
  for (const auto& e : a.events)
    if (e.source.span.end > a.text.size() || e.target.span.end > a.text.size()) __builtin_trap();
  return 0;
}
