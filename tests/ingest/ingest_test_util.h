// Helpers for the ingest tests: run the ingester into vectors.
#pragma once
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace parley::testing_util {

/// Everything one ingest call produced.
struct Collected {
  std::vector<Article> articles;
  std::vector<Rejection> rejections;
};

/// Ingests `bytes` as if read from a file called `name`.
inline Collected IngestString(const std::string& bytes, const std::string& name, const IngestOptions& options = {}) {
  Collected c;
  IngestSink sink;
  sink.on_article = [&](Article&& a) { c.articles.push_back(std::move(a)); };
  sink.on_rejection = [&](Rejection&& r) { c.rejections.push_back(std::move(r)); };
  IngestBuffer(bytes, name, options, sink);
  return c;
}

/// Reads a whole file ("" when missing).
inline std::string ReadAll(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace parley::testing_util
