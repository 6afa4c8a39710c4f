// The one document model every stage reads and writes: Article -> Sentence -> Token -> Mention -> Event.
// All spans are byte offsets into Article::text (the article body as ingested, UTF-8).
#pragma once
#include <cstdint>
#include <string_view>
#include <string>
#include <vector>

#include "core/date.h"

namespace parley {

/// A half-open byte range [begin, end) into Article::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
};

/// Coarse token classes from the tokenizer.
enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kQuote, kSymbol };

/// One token: its bytes in the text, lower-cased form and lemma.
struct Token {
  Span span;
  std::string lower;   ///< lower-cased surface form
  std::string lemma;   ///< dictionary form (verbs and nouns lemmatised; others = lower)
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  ///< first character is an upper-case letter
};

/// One sentence: its span and its tokens [first_token, first_token + token_count) in Article::tokens.
struct Sentence {
  Span span;
  uint32_t first_token = 0;
  uint32_t token_count = 0;
  uint32_t paragraph = 0;  ///< 0-based paragraph index (blank-line separated)
};

/// The place, month/day/year and agency of a wire dateline ("WASHINGTON, November 2. /TASS/.").
struct Dateline {
  std::string place;    ///< as written, e.g. "WASHINGTON"
  std::string agency;   ///< e.g. "TASS", "Reuters", "AP"; empty when none
  Date date;            ///< month/day, year when present
  Span span;            ///< the dateline's bytes in Article::text (empty when none)
  bool found = false;
};

/// An actor mention found in a sentence.
struct Mention {
  uint32_t sentence = 0;
  Span span;                 ///< bytes of the name as written
  uint32_t first_token = 0;  ///< absolute token index
  uint32_t token_count = 0;
  std::string code;          ///< CAMEO actor code, e.g. "RUSGOV", "USASPY", "IGOUNO"
  std::string country;       ///< ISO 3166-1 alpha-3 or "" (IGOs, unknown)
  std::string name;          ///< the name as written
  std::string entity;        ///< canonical entity name for people/organisations ("Sergei Lavrov"), else ""
  std::string entry;         ///< dictionary evidence, "data/actors/people/russia.txt:120"
  std::string kind;          ///< "country", "person", "org", "agent", "pronoun", "coref", "place"
  int32_t person = -1;       ///< index of the dictionary person, -1 when none
  std::string title_sector;  ///< sector implied by the title in the mention ("GOV"), "" when none
  std::vector<uint32_t> group;  ///< for "they"/compounds: indices into Article::mentions of the members
};

/// Where an event happened.
struct Place {
  std::string name;      ///< as written
  std::string resolved;  ///< gazetteer name
  std::string country;   ///< ISO alpha-3
  double lat = 0, lon = 0;
  std::string kind;      ///< "city", "region", "country", "place"
  std::string how;       ///< "clause", "dateline", "actor"
  bool known = false;
};

/// One coded event mention.
struct Event {
  uint32_t sentence = 0;
  Mention source;
  Mention target;
  std::string code;        ///< CAMEO code with leading zero, "042"
  std::string root;        ///< two-digit root, "04"
  int quad_class = 0;      ///< 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;
  std::string plover_event;
  std::string plover_mode;
  std::string modality = "asserted";  ///< asserted, negated, future, hypothetical
  Span trigger;            ///< bytes of the verb/noun that triggered it
  std::string pattern;     ///< the pattern that fired
  std::string pattern_entry;  ///< its dictionary file:line
  bool nominal = false;    ///< triggered by a noun pattern ("the meeting of A and B")
  // Filled by the temporal and places stages:
  Date date, date_end;
  std::string date_precision;  ///< "day", "month", "year", "range", "none"
  std::string date_source;     ///< "text:on Tuesday", "report_date"
  Place place;
  std::vector<std::string> issues;
};

/// One direct quote or indirect statement.
struct Quote {
  uint32_t sentence = 0;       ///< sentence where the quote starts
  Span span;                   ///< bytes of the quoted text
  std::string text;
  std::string speaker_name;    ///< resolved name ("Anatoly Antonov")
  std::string speaker_code;    ///< actor code at the article date ("RUSGOV")
  std::string speaker_as_written;  ///< "the diplomat", "he"
  std::string verb;            ///< "said", "added", "told TASS"
  bool direct = true;
  std::vector<std::string> issues;
};

/// A news article as it flows through the pipeline.
struct Article {
  std::string id;            ///< JSONL id, WARC record id, Reuters NEWID, or file name
  std::string origin;        ///< file (and record) it came from, for messages
  std::string format;        ///< input format detected: "text", "jsonl", "html", "warc", "sgml"
  std::string title;
  std::string subtitle;
  std::string url;
  std::string source;        ///< publisher or agency
  std::string text;          ///< the body; every Span points into it
  Dateline dateline;
  Date report_date;
  std::string report_date_source;  ///< "metadata", "dateline", "dateline+--year", "inferred:weekday+tenure", "unresolved"
  std::vector<std::string> warnings;

  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Mention> mentions;
  std::vector<Event> events;
  std::vector<Quote> quotes;

  /// The bytes of a span.
  std::string_view slice(Span s) const { return std::string_view(text).substr(s.begin, s.end - s.begin); }
};

}  // namespace parley
