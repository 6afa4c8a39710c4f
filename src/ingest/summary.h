// Counts of a run: read = ingested + rejected, with rejection reasons grouped for the closing summary.
#pragma once
#include <map>
#include <string>

#include "ingest/ingest.h"

namespace parley {

/// Tallies articles and rejections and formats the closing summary line.
class RunSummary {
 public:
  /// Counts one ingested article.
  void Ingested() { ++ingested_; }
  /// Counts one rejection (reason grouped; the first few origins kept as examples).
  void Rejected(const Rejection& r);
  size_t read() const { return ingested_ + rejected_; }
  size_t ingested() const { return ingested_; }
  size_t rejected() const { return rejected_; }
  /// "1000 read, 998 ingested, 2 rejected" followed by one line per reason with examples.
  std::string Format() const;
 private:
  size_t ingested_ = 0, rejected_ = 0;
  std::map<std::string, std::pair<size_t, std::string>> reasons_;  // reason -> (count, examples)
};

}  // namespace parley
