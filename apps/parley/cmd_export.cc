// parley export: the store as GDELT 2.0 Events/Mentions, PLOVER JSON Lines, or CSV/JSONL of any table.
#include <cstdio>
#include <map>
#include <string>

#include "args.h"
#include "commands.h"
#include "store/export_formats.h"
#include "store/serialize.h"
#include "store/store.h"

namespace parley::cli {
namespace {

// Writes to a file or stdout; reports a write failure once at the end.
class Output {
 public:
  bool Open(const std::string& path) {
    if (path.empty() || path == "-") { f_ = stdout; return true; }
    f_ = std::fopen(path.c_str(), "wb");
    owned_ = f_ != nullptr;
    return owned_;
  }
  void Write(const std::string& s) { if (std::fwrite(s.data(), 1, s.size(), f_) != s.size()) failed_ = true; }
  bool Close() {
    if (std::fflush(f_) != 0) failed_ = true;
    if (owned_ && std::fclose(f_) != 0) failed_ = true;
    return !failed_;
  }
 private:
  FILE* f_ = nullptr;
  bool owned_ = false, failed_ = false;
};

}  // namespace

int CmdExport(int argc, char** argv) {
  Spec spec{"export", "--format FMT [options]",
            "Export the store. gdelt-events: GDELT 2.0 Event table (61 tab-separated columns, no header unless\n"
            "--header); gdelt-mentions: GDELT 2.0 Mentions (16 columns); plover: PLOVER JSON Lines; csv or jsonl:\n"
            "one table (--table events|mentions|quotes|articles).\n"
            "Example: parley export --db parley.db --format gdelt-events --out events.tsv",
            {{"db", 0, "PATH", "the store to read", "parley.db"},
             {"format", 'f', "FMT", "gdelt-events, gdelt-mentions, plover, csv or jsonl", ""},
             {"table", 't', "TABLE", "for csv/jsonl: events, mentions, quotes or articles", "events"},
             {"out", 'o', "FILE", "write here instead of standard output", ""},
             {"header", 0, "", "print a header line for the GDELT formats", ""}}};
  Parsed p = Parse(spec, argc, argv);
  if (p.help) { std::fputs(Help(spec).c_str(), stdout); return 0; }
  if (!p.error.empty()) return UsageError(spec, p.error);
  if (!p.positional.empty()) return UsageError(spec, "unexpected argument '" + p.positional[0] + "'");
  const std::string format = p.get("format"), table = p.get("table");
  if (format != "gdelt-events" && format != "gdelt-mentions" && format != "plover" && format != "csv" &&
      format != "jsonl")
    return UsageError(spec, format.empty() ? "--format is required" : "unknown format '" + format + "'");
  if (table != "events" && table != "mentions" && table != "quotes" && table != "articles")
    return UsageError(spec, "unknown table '" + table + "'");

  store::StoreOptions o;
  o.create_if_missing = false;
  auto opened = store::Store::Open(p.get("db"), o);
  if (!opened.ok()) { std::fprintf(stderr, "parley export: %s\n", opened.error().c_str()); return 1; }
  store::Store& s = *opened.value();
  Output out;
  if (!out.Open(p.get("out"))) {
    std::fprintf(stderr, "parley export: cannot write %s\n", p.get("out").c_str());
    return 1;
  }
  auto fail = [&](const std::string& m) { out.Close(); std::fprintf(stderr, "parley export: %s\n", m.c_str()); return 1; };

  store::EventFilter all;
  bool mentions = format == "gdelt-mentions" || ((format == "csv" || format == "jsonl") && table == "mentions");
  if (format == "gdelt-events" || format == "plover" || format == "gdelt-mentions" ||
      ((format == "csv" || format == "jsonl") && (table == "events" || table == "mentions"))) {
    auto events = s.Events(all);
    if (!events.ok()) return fail(events.error());
    if (format == "gdelt-events") {
      if (p.has("header")) out.Write(store::TabLine(store::GdeltEventHeader()));
      for (const auto& e : events.value()) out.Write(store::TabLine(store::GdeltEventFields(e)));
    } else if (format == "plover") {
      for (const auto& e : events.value()) out.Write(store::PloverJson(e) + "\n");
    } else if (!mentions) {
      if (format == "jsonl") {
        for (const auto& e : events.value()) out.Write(store::EventJson(e, false) + "\n");
      } else {
        store::TextTable t;
        t.header = store::EventHeader();
        for (const auto& e : events.value()) t.rows.push_back(store::EventCells(e));
        out.Write(t.Csv());
      }
    } else {
      std::map<long long, const store::EventRecord*> by_id;
      for (const auto& e : events.value()) by_id[e.event_id] = &e;
      all.mentions = true;
      auto rows = s.Events(all);
      if (!rows.ok()) return fail(rows.error());
      if (format == "gdelt-mentions") {
        if (p.has("header")) out.Write(store::TabLine(store::GdeltMentionHeader()));
        for (const auto& m : rows.value()) {
          auto it = by_id.find(m.event_id);
          out.Write(store::TabLine(store::GdeltMentionFields(m, it == by_id.end() ? m : *it->second)));
        }
      } else if (format == "jsonl") {
        for (const auto& m : rows.value()) out.Write(store::EventJson(m, true) + "\n");
      } else {
        store::TextTable t;
        t.header = store::EventHeader();
        t.header.insert(t.header.begin(), "mention_id");
        t.header.push_back("merge_reason");
        for (const auto& m : rows.value()) {
          auto cells = store::EventCells(m);
          cells.insert(cells.begin(), std::to_string(m.id));
          cells.push_back(m.merge_reason);
          t.rows.push_back(std::move(cells));
        }
        out.Write(t.Csv());
      }
    }
  } else if (table == "quotes") {
    auto rows = s.Quotes(store::QuoteFilter{});
    if (!rows.ok()) return fail(rows.error());
    store::TextTable t;
    t.header = {"id", "article_id", "report_date", "sentence", "begin", "end", "speaker_name", "speaker_code",
                "speaker_as_written", "verb", "direct", "issues", "text"};
    t.numeric = {0, 3, 4, 5};
    for (const auto& q : rows.value()) {
      std::string issues;
      for (const auto& i : q.issues) issues += (issues.empty() ? "" : ";") + i;
      t.rows.push_back({std::to_string(q.id), q.article_id, q.report_date, std::to_string(q.sentence),
                        std::to_string(q.begin), std::to_string(q.end), q.speaker_name, q.speaker_code,
                        q.speaker_as_written, q.verb, q.direct ? "true" : "false", issues, q.text});
    }
    out.Write(t.Render(format));
  } else {
    auto rows = s.Articles();
    if (!rows.ok()) return fail(rows.error());
    store::TextTable t;
    t.header = {"id", "title", "url", "source", "origin", "report_date", "hash", "dict_version", "added_at",
                "sentence_count", "event_count", "quote_count"};
    t.numeric = {9, 10, 11};
    for (const auto& a : rows.value())
      t.rows.push_back({a.id, a.title, a.url, a.source, a.origin, a.report_date, a.hash, a.dict_version, a.added_at,
                        std::to_string(a.sentence_count), std::to_string(a.event_count), std::to_string(a.quote_count)});
    out.Write(t.Render(format));
  }
  if (!out.Close()) { std::fprintf(stderr, "parley export: write failed (disk full?)\n"); return 1; }
  return 0;
}

}  // namespace parley::cli
