// Output records for coded articles: events and quotes as JSON Lines or CSV, the shapes users see.
#pragma once
#include <string>

#include "core/article.h"

namespace parley {

/// One event as a JSON object (no trailing newline); fields documented in docs/OUTPUT.md.
std::string EventJson(const Article& a, const Event& e, const std::string& dict_version, bool with_type = false);

/// One quote as a JSON object (no trailing newline).
std::string QuoteJson(const Article& a, const Quote& q, bool with_type = false);

/// The CSV header line for events (with newline).
std::string EventCsvHeader();

/// One event as a CSV row (RFC 4180 quoting, with newline).
std::string EventCsv(const Article& a, const Event& e, const std::string& dict_version);

/// True when an event belongs in default output (asserted or future; negated/hypothetical only on request).
bool DefaultVisible(const Event& e);

}  // namespace parley
