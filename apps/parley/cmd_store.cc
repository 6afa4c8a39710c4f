// The store query commands: events, dyad, actors, search, stats, explain-event and quotes --db.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "args.h"
#include "commands.h"
#include "store/period.h"
#include "store/serialize.h"
#include "store/store.h"
#include "store_commands.h"

namespace parley::cli {
namespace {

using store::Store;
using store::TextTable;

const Option kDb{"db", 0, "PATH", "the store to read", "parley.db"};
const Option kFormat{"format", 'f', "FMT", "output format: table, jsonl or csv", "table"};

bool ValidFormat(const std::string& f) { return f == "table" || f == "jsonl" || f == "csv"; }

// Opens an existing store for queries; prints the error and returns null on failure.
std::unique_ptr<Store> OpenForQuery(const Spec& spec, const Parsed& p) {
  store::StoreOptions o;
  o.create_if_missing = false;
  auto s = Store::Open(p.get("db"), o);
  if (!s.ok()) {
    std::fprintf(stderr, "parley %s: %s\n", spec.command.c_str(), s.error().c_str());
    return nullptr;
  }
  return std::move(s.value());
}

// Parses the common prologue; returns -1 to continue, else an exit status.
int Prologue(const Spec& spec, const Parsed& p, size_t min_pos, size_t max_pos) {
  if (p.help) { std::fputs(Help(spec).c_str(), stdout); return 0; }
  if (!p.error.empty()) return UsageError(spec, p.error);
  if (p.positional.size() < min_pos || p.positional.size() > max_pos)
    return UsageError(spec, "wrong number of arguments");
  if (p.has("format") && !ValidFormat(p.get("format")) && spec.command != "export")
    return UsageError(spec, "unknown format '" + p.get("format") + "' (table, jsonl or csv)");
  return -1;
}

// Prints a table; an empty result is a normal answer ("no ... match" on stderr for the table format).
int Emit(const TextTable& t, const std::string& format, const char* empty_message) {
  if (t.rows.empty() && format == "table") {
    std::fprintf(stderr, "%s\n", empty_message);
    return 0;
  }
  std::fputs(t.Render(format).c_str(), stdout);
  return 0;
}

int Fail(const Spec& spec, const std::string& msg) {
  std::fprintf(stderr, "parley %s: %s\n", spec.command.c_str(), msg.c_str());
  return 1;
}

long long ParseCount(const std::string& s, bool* ok) {
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  *ok = !s.empty() && end && *end == 0 && v >= 0;
  return v;
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

int CmdEvents(int argc, char** argv) {
  Spec spec{"events", "[options]",
            "List stored events, one row per clustered event (or per mention with --mentions).\n"
            "Example: parley events --db parley.db --dyad RUS,USA --root 04 --format jsonl",
            {kDb, {"actor", 'a', "CODE", "source or target code starts with CODE (RUS matches RUSGOV)", ""},
             {"dyad", 0, "A,B", "events between A and B, either direction", ""},
             {"root", 0, "RR", "CAMEO root code, e.g. 04", ""}, {"code", 0, "CODE", "CAMEO code prefix, e.g. 043", ""},
             {"from", 0, "DATE", "first date (YYYY-MM-DD)", ""}, {"to", 0, "DATE", "last date (inclusive)", ""},
             {"issue", 0, "TAG", "events tagged with an issue, e.g. arms_control", ""},
             {"place", 0, "NAME", "place name contains NAME", ""}, kFormat,
             {"limit", 'n', "N", "at most N rows", ""}, {"mentions", 0, "", "one row per mention", ""}}};
  Parsed p = Parse(spec, argc, argv);
  if (int rc = Prologue(spec, p, 0, 0); rc >= 0) return rc;
  store::EventFilter f;
  f.actor = p.get("actor");
  if (p.has("dyad")) {
    std::string d = p.get("dyad");
    auto comma = d.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 == d.size())
      return UsageError(spec, "--dyad takes two codes separated by a comma, e.g. RUS,USA");
    f.dyad_a = d.substr(0, comma);
    f.dyad_b = d.substr(comma + 1);
  }
  f.root = p.get("root");
  f.code = p.get("code");
  f.from = p.get("from");
  f.to = p.get("to");
  f.issue = p.get("issue");
  f.place = p.get("place");
  f.mentions = p.has("mentions");
  if (p.has("limit")) {
    bool ok;
    f.limit = ParseCount(p.get("limit"), &ok);
    if (!ok) return UsageError(spec, "--limit takes a non-negative number");
  }
  auto s = OpenForQuery(spec, p);
  if (!s) return 1;
  auto rows = s->Events(f);
  if (!rows.ok()) return Fail(spec, rows.error());
  std::string format = p.get("format");
  if (format == "jsonl") {
    for (const auto& r : rows.value()) std::printf("%s\n", store::EventJson(r, f.mentions).c_str());
    return 0;
  }
  TextTable t;
  t.header = store::EventHeader();
  if (f.mentions) t.header.insert(t.header.begin(), "mention_id");
  t.numeric = {0, 6, 7, 8, 9, 10};
  for (const auto& r : rows.value()) {
    auto cells = store::EventCells(r);
    if (f.mentions) cells.insert(cells.begin(), std::to_string(r.id));
    t.rows.push_back(std::move(cells));
  }
  return Emit(t, format, "no events match");
}

int CmdDyad(int argc, char** argv) {
  Spec spec{"dyad", "A B [options]",
            "Cooperation/conflict series between actors A and B (code prefixes), both directions and the total.\n"
            "net_coop = (QuadClass 1 + 2 events) - (QuadClass 3 + 4 events); goldstein_sum is also given.\n"
            "Example: parley dyad RUS USA --by month",
            {kDb, {"by", 0, "PERIOD", "week (ISO, 2021-W44), month (2021-11) or year", "month"}, kFormat}};
  Parsed p = Parse(spec, argc, argv);
  if (int rc = Prologue(spec, p, 2, 2); rc >= 0) return rc;
  store::Period by;
  if (!store::ParsePeriod(p.get("by"), &by)) return UsageError(spec, "--by takes week, month or year");
  auto s = OpenForQuery(spec, p);
  if (!s) return 1;
  auto rows = s->Dyad(p.positional[0], p.positional[1], by);
  if (!rows.ok()) return Fail(spec, rows.error());
  TextTable t;
  t.header = {"period", "direction", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict",
              "goldstein_mean", "goldstein_sum", "net_coop"};
  t.numeric = {2, 3, 4, 5, 6, 7, 8, 9};
  for (const auto& r : rows.value())
    t.rows.push_back({r.period, r.direction, std::to_string(r.events), std::to_string(r.quad[0]),
                      std::to_string(r.quad[1]), std::to_string(r.quad[2]), std::to_string(r.quad[3]),
                      Num(r.goldstein_mean), Num(r.goldstein_sum), std::to_string(r.net_cooperation)});
  return Emit(t, p.get("format"), "no events between these actors");
}

int CmdActors(int argc, char** argv) {
  Spec spec{"actors", "[options]", "The most frequent actor codes in stored events.\nExample: parley actors --top 10",
            {kDb, {"top", 'n', "N", "show the N most frequent", "20"}, kFormat}};
  Parsed p = Parse(spec, argc, argv);
  if (int rc = Prologue(spec, p, 0, 0); rc >= 0) return rc;
  bool ok;
  long long top = ParseCount(p.get("top"), &ok);
  if (!ok) return UsageError(spec, "--top takes a number");
  auto s = OpenForQuery(spec, p);
  if (!s) return 1;
  auto rows = s->Actors(static_cast<int>(top));
  if (!rows.ok()) return Fail(spec, rows.error());
  TextTable t;
  t.header = {"code", "as_source", "as_target", "actor_mentions", "country", "name"};
  t.numeric = {1, 2, 3};
  for (const auto& r : rows.value())
    t.rows.push_back({r.code, std::to_string(r.as_source), std::to_string(r.as_target), std::to_string(r.mentions),
                      r.country, r.name});
  return Emit(t, p.get("format"), "no actors stored");
}

int CmdSearch(int argc, char** argv) {
  Spec spec{"search", "TEXT [options]",
            "Full-text search (SQLite FTS5 syntax: words, \"phrases\", OR, NOT, prefix*) over stored sentences and\n"
            "quotes, best matches first, with the hits in [brackets].\nExample: parley search '\"arms control\"'",
            {kDb, {"limit", 'n', "N", "at most N hits", "20"}, kFormat}};
  Parsed p = Parse(spec, argc, argv);
  if (int rc = Prologue(spec, p, 1, 1); rc >= 0) return rc;
  bool ok;
  long long limit = ParseCount(p.get("limit"), &ok);
  if (!ok) return UsageError(spec, "--limit takes a number");
  auto s = OpenForQuery(spec, p);
  if (!s) return 1;
  auto rows = s->Search(p.positional[0], static_cast<int>(limit));
  if (!rows.ok()) return Fail(spec, rows.error());
  TextTable t;
  t.header = {"kind", "article_id", "sentence", "snippet"};
  t.numeric = {2};
  for (const auto& r : rows.value()) t.rows.push_back({r.kind, r.article_id, std::to_string(r.sentence), r.snippet});
  return Emit(t, p.get("format"), "no matches");
}

int CmdStats(int argc, char** argv) {
  Spec spec{"stats", "[options]", "Counts of what the store holds.\nExample: parley stats --db parley.db", {kDb, kFormat}};
  Parsed p = Parse(spec, argc, argv);
  if (int rc = Prologue(spec, p, 0, 0); rc >= 0) return rc;
  auto s = OpenForQuery(spec, p);
  if (!s) return 1;
  auto r = s->Stats();
  if (!r.ok()) return Fail(spec, r.error());
  const store::StoreStats& x = r.value();
  TextTable t;
  t.header = {"what", "value"};
  auto add = [&](const std::string& k, const std::string& v) { t.rows.push_back({k, v}); };
  add("articles", std::to_string(x.articles));
  add("rejected", std::to_string(x.rejected));
  add("sentences", std::to_string(x.sentences));
  add("mentions", std::to_string(x.mentions));
  add("events", std::to_string(x.events));
  add("quotes", std::to_string(x.quotes));
  add("actor_mentions", std::to_string(x.actor_mentions));
  add("first_date", x.first_date);
  add("last_date", x.last_date);
  for (const auto& [root, n] : x.by_root) add("events_root_" + root, std::to_string(n));
  for (const auto& [v, n] : x.dict_versions) add("dict_version " + v, std::to_string(n) + " articles");
  add("schema_version", std::to_string(x.schema_version));
  std::fputs(t.Render(p.get("format")).c_str(), stdout);
  return 0;
}

int CmdExplainEvent(int argc, char** argv) {
  Spec spec{"explain-event", "ID [options]",
            "Show the mentions merged into one clustered event and why each was merged.\n"
            "Example: parley explain-event 42 --db parley.db",
            {kDb, kFormat}};
  Parsed p = Parse(spec, argc, argv);
  if (int rc = Prologue(spec, p, 1, 1); rc >= 0) return rc;
  bool ok;
  long long id = ParseCount(p.positional[0], &ok);
  if (!ok) return UsageError(spec, "ID must be an event number (see 'parley events')");
  auto s = OpenForQuery(spec, p);
  if (!s) return 1;
  auto rows = s->MentionsOfEvent(id);
  if (!rows.ok()) return Fail(spec, rows.error());
  if (rows.value().empty()) return Fail(spec, "no event " + std::to_string(id));
  const auto& first = rows.value().front();
  if (p.get("format") == "table")
    std::printf("event %lld: %s -> %s, code %s (root %s), %lld mention(s) in %lld article(s) from %lld source(s)\n\n",
                id, first.source.code.c_str(), first.target.code.c_str(), first.code.c_str(), first.root.c_str(),
                first.num_mentions, first.num_articles, first.num_sources);
  TextTable t;
  t.header = {"mention_id", "article_id", "sentence", "bytes", "date", "place", "reason", "sentence_text"};
  t.numeric = {0, 2};
  for (const auto& r : rows.value()) {
    std::string bytes = std::to_string(r.sentence_begin) + "-" + std::to_string(r.sentence_begin + static_cast<long long>(r.sentence_text.size()));
    std::string date = r.date.empty() ? r.report_date + " (report)" : r.date;
    t.rows.push_back({std::to_string(r.id), r.article_id, std::to_string(r.sentence), bytes, date,
                      !r.place.known ? "" : r.place.resolved.empty() ? r.place.name : r.place.resolved,
                      r.merge_reason, r.sentence_text});
  }
  std::fputs(t.Render(p.get("format")).c_str(), stdout);
  return 0;
}

int RunStoredQuotes(int argc, char** argv) {
  Spec spec{"quotes", "--db PATH [options]",
            "Quotes stored in a database.\nExample: parley quotes --db parley.db --speaker Lavrov --issue arms_control",
            {kDb, {"speaker", 0, "NAME", "speaker name or code contains NAME", ""},
             {"issue", 0, "TAG", "quotes tagged with an issue", ""},
             {"search", 0, "TEXT", "full-text query over the quote text", ""}, kFormat,
             {"limit", 'n', "N", "at most N quotes", ""}}};
  Parsed p = Parse(spec, argc, argv);
  if (int rc = Prologue(spec, p, 0, 0); rc >= 0) return rc;
  store::QuoteFilter f;
  f.speaker = p.get("speaker");
  f.issue = p.get("issue");
  f.search = p.get("search");
  if (p.has("limit")) {
    bool ok;
    f.limit = ParseCount(p.get("limit"), &ok);
    if (!ok) return UsageError(spec, "--limit takes a number");
  }
  auto s = OpenForQuery(spec, p);
  if (!s) return 1;
  auto rows = s->Quotes(f);
  if (!rows.ok()) return Fail(spec, rows.error());
  TextTable t;
  t.header = {"article_id", "date", "speaker", "code", "verb", "direct", "text"};
  for (const auto& q : rows.value())
    t.rows.push_back({q.article_id, q.report_date, q.speaker_name.empty() ? q.speaker_as_written : q.speaker_name,
                      q.speaker_code, q.verb, q.direct ? "yes" : "no", q.text});
  return Emit(t, p.get("format"), "no quotes match");
}

}  // namespace parley::cli
