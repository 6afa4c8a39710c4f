// Hand-built coded articles for the store tests (no dependence on the coder).
#pragma once
#include <unistd.h>

#include <cstdio>
#include <string>

#include "core/article.h"
#include "store/sqlite_store.h"
#include "store/store.h"

namespace parley::store::testing {

/// A temporary directory removed (with its files) at scope end.
struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/parley_store_test_XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() { std::string cmd = "rm -rf '" + path + "'"; if (std::system(cmd.c_str()) != 0) {} }
  std::string file(const std::string& name) const { return path + "/" + name; }
};

/// One event's description for MakeArticle.
struct Ev {
  std::string src, tgt, code, date;  // date "" = unresolved
  int quad = 1;
  double goldstein = 1.0;
  std::string place;                 // "" = unknown
  std::string issue;
};

/// An article whose text has one sentence per event ("Sentence N."), with the events on those sentences.
inline Article MakeArticle(const std::string& id, const std::vector<Ev>& evs, const std::string& report_date = "2021-11-02",
                           const std::string& source = "TASS") {
  Article a;
  a.id = id;
  a.source = source;
  a.url = "https://example.org/" + id;
  a.report_date = Date::ParseIso(report_date);
  for (size_t i = 0; i < evs.size() || i < 1; ++i) {
    Sentence s;
    s.span.begin = static_cast<uint32_t>(a.text.size());
    a.text += "Sentence " + std::to_string(i) + " of " + id + " about talks.";
    s.span.end = static_cast<uint32_t>(a.text.size());
    a.text += " ";
    a.sentences.push_back(s);
  }
  for (size_t i = 0; i < evs.size(); ++i) {
    const Ev& v = evs[i];
    Event e;
    e.sentence = static_cast<uint32_t>(i);
    e.source.code = v.src;
    e.source.country = v.src.substr(0, 3);
    e.source.name = v.src;
    e.source.span = {a.sentences[i].span.begin, a.sentences[i].span.begin + 8};
    e.target.code = v.tgt;
    e.target.country = v.tgt.substr(0, 3);
    e.target.name = v.tgt;
    e.target.span = {a.sentences[i].span.begin + 9, a.sentences[i].span.begin + 10};
    e.code = v.code;
    e.root = v.code.substr(0, 2);
    e.quad_class = v.quad;
    e.goldstein = v.goldstein;
    e.plover_event = "CONSULT";
    e.plover_mode = "visit";
    e.date = Date::ParseIso(v.date);
    e.date_precision = PrecisionName(e.date.precision());
    if (!v.place.empty()) {
      e.place.name = v.place;
      e.place.resolved = v.place;
      e.place.country = "RUS";
      e.place.kind = "city";
      e.place.lat = 55.75;
      e.place.lon = 37.62;
      e.place.known = true;
    }
    if (!v.issue.empty()) e.issues.push_back(v.issue);
    e.pattern = "meet";
    e.pattern_entry = "data/events/verbs.txt:10";
    a.events.push_back(e);
  }
  return a;
}

/// Opens a SQLite store at path or fails the test.
inline std::unique_ptr<SqliteStore> OpenOrDie(const std::string& path, StoreOptions o = {}) {
  auto s = SqliteStore::OpenFile(path, o);
  if (!s.ok()) { std::fprintf(stderr, "open failed: %s\n", s.error().c_str()); std::abort(); }
  return std::move(s.value());
}

}  // namespace parley::store::testing
