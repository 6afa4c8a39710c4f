// Text forms ClickHouse reads and writes: TabSeparated cells, SQL string literals, and clickhouse:// URIs.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace parley::store {

/// The parts of "clickhouse://HOST[:PORT]/DB" (port 8123 and database "parley" when left out).
struct ClickHouseUri {
  std::string host;
  int port = 8123;
  std::string database = "parley";
};

/// Parses a clickhouse:// URI; the database name must be letters, digits and '_'.
Result<ClickHouseUri> ParseClickHouseUri(const std::string& uri);

/// A value escaped for a TabSeparated cell (backslash, tab, newline, CR and NUL escaped).
std::string TsvEscape(std::string_view s);

/// Undoes TabSeparated escaping of one cell.
std::string TsvUnescape(std::string_view s);

/// Splits a TabSeparated response into rows of unescaped cells (a trailing newline ends the last row).
std::vector<std::vector<std::string>> ParseTsv(const std::string& body);

/// A SQL string literal: 'text' with backslash and quote escaped.
std::string SqlQuote(std::string_view s);

/// Appends cells to a TabSeparated row under construction.
class TsvRow {
 public:
  /// Adds a text cell.
  TsvRow& Add(std::string_view s);
  /// Adds an integer cell.
  TsvRow& Add(long long v);
  /// Adds a floating-point cell (round-trip precision).
  TsvRow& Add(double v);
  /// The row ended by a newline.
  std::string Line() const { return text_ + "\n"; }
 private:
  std::string text_;
  bool first_ = true;
};

}  // namespace parley::store
