// Shared driver for commands that ingest and code files: batches, -j threads, input order, summary.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "args.h"
#include "ingest/ingest.h"
#include "ingest/summary.h"
#include "pipeline/pipeline.h"

namespace parley::cli {

/// What a coding run needs from the command line.
struct RunConfig {
  std::vector<std::string> files;
  IngestOptions ingest;
  int threads = 1;
  std::string data_dir;
  bool strict = false;
  ProcessOptions process;  ///< optional stages (quotes are skipped when nothing prints or stores them)
};

/// Reads the common options (--input-format, --year, --max-record-bytes, -j, --data, --strict) into a RunConfig.
bool ReadRunConfig(const Parsed& p, RunConfig* cfg, std::string* error);

/// The option rows shared by coding commands.
std::vector<Option> RunOptions();

/// Ingests and codes every file; calls `on_article` for each coded article in input order and `on_reject`
/// for each rejection. Prints the summary to stderr. Returns the exit status (0 ok, 1 unreadable/strict).
int RunCoding(const RunConfig& cfg, const Pipeline& pipeline, const std::function<void(Article&)>& on_article,
              const std::function<void(const Rejection&)>& on_reject, RunSummary* summary);

/// Loads the pipeline, printing the error (with file:line) when it fails.
std::shared_ptr<const Pipeline> LoadPipelineOrReport(const std::string& data_dir);

}  // namespace parley::cli
