// Internal: one parser per input format, and the checks and date rules they share.
#pragma once
#include <string>
#include <string_view>

#include "ingest/ingest.h"

namespace parley::ingest_internal {

/// Outcome of checking a record's bytes: empty reason means usable (text possibly repaired).
struct TextCheck {
  std::string reason;   ///< "binary data", "invalid UTF-8", "empty text", "record too large"; "" when fine
  std::string detail;
  std::string warning;  ///< e.g. "repaired 3 invalid UTF-8 bytes"
};

/// Checks size, NUL/control bytes and UTF-8 of `text`; repairs a few invalid bytes in place.
TextCheck CheckText(std::string& text, const IngestOptions& options);

/// Parses a dateline at the start of article.text (when any) into article.dateline.
void FillDatelineFromText(Article& article);

/// Sets report_date / report_date_source from `metadata` (if full or partial) else from the dateline.
void ResolveReportDate(Article& article, const Date& metadata, const IngestOptions& options);

/// Base name of a path without directory and extension(s) (".warc.gz" counts as one).
std::string BaseName(const std::string& path);

/// Parses "2021-11-02", "2021-11-02T10:00:00Z", "26-FEB-1987 15:01:01.79", "Tue, 02 Nov 2021 ..." loosely.
Date ParseLooseDate(std::string_view s);

/// Decodes HTML/SGML character references (&lt; &amp; &#3; &#x41; &nbsp;) in `s`.
std::string DecodeEntities(std::string_view s);

/// Sends an article after the shared final checks (empty text is rejected).
void Emit(Article&& article, const IngestSink& sink);

/// Sends a rejection.
void Reject(const IngestSink& sink, std::string origin, std::string reason, std::string detail = "");

/// Wire-style plain text (one article per file).
void IngestWireText(std::string_view bytes, const std::string& name, const IngestOptions& options, const IngestSink& sink);
/// JSON Lines, one article per line.
void IngestJsonl(std::string_view bytes, const std::string& name, const IngestOptions& options, const IngestSink& sink);
/// One HTML page.
void IngestHtml(std::string_view bytes, const std::string& name, const IngestOptions& options, const IngestSink& sink);
/// WARC, plain or gzip (concatenated members allowed).
void IngestWarc(std::string_view bytes, const std::string& name, const IngestOptions& options, const IngestSink& sink);
/// One HTML document already wrapped in `article` (id, origin, url set); `fallback_date` when the page has none.
void IngestHtmlRecord(std::string_view bytes, Article&& article, const Date& fallback_date, const IngestOptions& options,
                      const IngestSink& sink);
/// Reuters-21578 SGML.
void IngestSgml(std::string_view bytes, const std::string& name, const IngestOptions& options, const IngestSink& sink);

}  // namespace parley::ingest_internal
