#include "ingest/summary.h"

namespace parley {

void RunSummary::Rejected(const Rejection& r) {
  ++rejected_;
  auto& [count, examples] = reasons_[r.reason];
  ++count;
  if (count <= 3) {
    if (!examples.empty()) examples += ", ";
    examples += r.origin;
  }
}

std::string RunSummary::Format() const {
  std::string out = std::to_string(read()) + " read, " + std::to_string(ingested_) + " ingested, " +
                    std::to_string(rejected_) + " rejected\n";
  for (const auto& [reason, ce] : reasons_) {
    out += "  " + std::to_string(ce.first) + " x " + reason + " (e.g. " + ce.second + (ce.first > 3 ? ", ..." : "") + ")\n";
  }
  return out;
}

}  // namespace parley
