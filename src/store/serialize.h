// Text forms of stored records: event JSON (the coder's field names plus event counts), CSV fields, aligned tables.
#pragma once
#include <string>
#include <vector>

#include "store/records.h"

namespace parley::store {

/// One event record as a JSON object with the coder's JSONL fields (article_id, sentence, sentence_text, source,
/// target, code, root, quad_class, goldstein, plover, modality, report_date, date, date_end, date_precision, place,
/// issues, evidence) followed by event_id, num_mentions, num_sources, num_articles (and merge_reason for mentions).
std::string EventJson(const EventRecord& r, bool mention_row);

/// A field quoted per RFC 4180 when it holds a comma, quote, CR or LF.
std::string CsvField(const std::string& s);

/// The issue tags of a stored row: a comma-separated list, empty items dropped.
std::vector<std::string> SplitTags(const std::string& s);

/// Rows of string cells with a header, rendered as an aligned table, CSV (RFC 4180) or JSON Lines.
struct TextTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  /// Column indexes whose JSON value is a number (written unquoted in JSONL; "" becomes null).
  std::vector<size_t> numeric;

  /// Space-aligned columns for a terminal (numbers right-aligned), header first.
  std::string Aligned() const;
  /// CSV with a header line, CRLF-free ("\n" line ends), fields quoted when needed.
  std::string Csv() const;
  /// One JSON object per row keyed by the header names.
  std::string Jsonl() const;
  /// Dispatches on "table", "csv" or "jsonl".
  std::string Render(const std::string& format) const;
};

/// The event record's fields as flat CSV/table columns (the header matches EventCells).
std::vector<std::string> EventHeader();
/// The cells of one event record in EventHeader order.
std::vector<std::string> EventCells(const EventRecord& r);

}  // namespace parley::store
