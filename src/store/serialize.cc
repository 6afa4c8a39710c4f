#include "store/serialize.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "core/json.h"

namespace parley::store {
namespace {

void Actor(JsonWriter& w, const char* key, const ActorRecord& a) {
  w.Key(key).BeginObject();
  w.Key("code").String(a.code).Key("country").StringOrNull(a.country).Key("name").String(a.name);
  w.Key("span").BeginArray().Int(a.begin).Int(a.end).EndArray();
  w.EndObject();
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

}  // namespace

std::string EventJson(const EventRecord& r, bool mention_row) {
  JsonWriter w;
  w.BeginObject();
  w.Key("article_id").String(r.article_id);
  w.Key("sentence").Int(r.sentence);
  w.Key("sentence_text").String(r.sentence_text);
  Actor(w, "source", r.source);
  Actor(w, "target", r.target);
  w.Key("code").String(r.code).Key("root").String(r.root);
  w.Key("quad_class").Int(r.quad_class).Key("goldstein").Double(r.goldstein);
  w.Key("plover").BeginObject().Key("event").StringOrNull(r.plover_event).Key("mode").StringOrNull(r.plover_mode).EndObject();
  w.Key("modality").String(r.modality);
  w.Key("report_date").StringOrNull(r.report_date);
  w.Key("date").StringOrNull(r.date).Key("date_end").StringOrNull(r.date_end);
  w.Key("date_precision").String(r.date_precision.empty() ? "none" : r.date_precision);
  w.Key("place");
  if (r.place.known) {
    w.BeginObject();
    w.Key("name").String(r.place.name).Key("resolved").StringOrNull(r.place.resolved);
    w.Key("country").StringOrNull(r.place.country).Key("lat").Double(r.place.lat).Key("lon").Double(r.place.lon);
    w.Key("kind").StringOrNull(r.place.kind).Key("how").StringOrNull(r.place.how);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("issues").BeginArray();
  for (const auto& t : r.issues) w.String(t);
  w.EndArray();
  w.Key("evidence").BeginObject().Key("pattern").String(r.pattern).Key("entry").String(r.pattern_entry);
  w.Key("dict_version").String(r.dict_version).EndObject();
  w.Key("event_id").Int(r.event_id);
  w.Key("num_mentions").Int(r.num_mentions).Key("num_sources").Int(r.num_sources).Key("num_articles").Int(r.num_articles);
  if (mention_row) w.Key("mention_id").Int(r.id).Key("merge_reason").String(r.merge_reason);
  w.EndObject();
  return w.Take();
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string TextTable::Aligned() const {
  std::vector<size_t> width(header.size(), 0);
  // Display columns: code points, i.e. bytes that are not UTF-8 continuation bytes.
  auto cols = [](const std::string& s) {
    size_t n = 0;
    for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
    return n;
  };
  for (size_t c = 0; c < header.size(); ++c) width[c] = cols(header[c]);
  for (const auto& r : rows)
    for (size_t c = 0; c < r.size() && c < width.size(); ++c) width[c] = std::max(width[c], std::min<size_t>(cols(r[c]), 60));
  auto is_num = [&](size_t c) { return std::find(numeric.begin(), numeric.end(), c) != numeric.end(); };
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (size_t c = 0; c < cells.size() && c < width.size(); ++c) {
      std::string cell = cells[c];
      for (char& ch : cell) if (ch == '\n' || ch == '\t' || ch == '\r') ch = ' ';
      size_t n = cols(cell);
      std::string pad(n < width[c] ? width[c] - n : 0, ' ');
      if (c) out += "  ";
      out += is_num(c) ? pad + cell : (c + 1 == cells.size() ? cell : cell + pad);
    }
    return out + "\n";
  };
  std::string out = line(header);
  for (const auto& r : rows) out += line(r);
  return out;
}

std::string TextTable::Csv() const {
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    for (size_t c = 0; c < cells.size(); ++c) out += (c ? "," : "") + CsvField(cells[c]);
    out += "\n";
  };
  line(header);
  for (const auto& r : rows) line(r);
  return out;
}

std::string TextTable::Jsonl() const {
  std::string out;
  for (const auto& r : rows) {
    JsonWriter w;
    w.BeginObject();
    for (size_t c = 0; c < header.size() && c < r.size(); ++c) {
      w.Key(header[c]);
      if (std::find(numeric.begin(), numeric.end(), c) != numeric.end()) {
        if (r[c].empty()) w.Null(); else w.Raw(r[c]);
      } else {
        w.String(r[c]);
      }
    }
    w.EndObject();
    out += w.str() + "\n";
  }
  return out;
}

std::string TextTable::Render(const std::string& format) const {
  if (format == "csv") return Csv();
  if (format == "jsonl" || format == "json") return Jsonl();
  return Aligned();
}

std::vector<std::string> EventHeader() {
  return {"event_id", "date", "source", "target", "code", "root", "quad_class", "goldstein", "num_mentions",
          "num_sources", "num_articles", "place", "issues", "article_id", "sentence", "sentence_text"};
}

std::vector<std::string> EventCells(const EventRecord& r) {
  std::string date = r.date.empty() ? (r.report_date.empty() ? "" : r.report_date + "?") : r.date;
  return {std::to_string(r.event_id), date, r.source.code, r.target.code, r.code, r.root,
          std::to_string(r.quad_class), Num(r.goldstein), std::to_string(r.num_mentions),
          std::to_string(r.num_sources), std::to_string(r.num_articles),
          r.place.known ? (r.place.resolved.empty() ? r.place.name : r.place.resolved) : "", Join(r.issues, ";"),
          r.article_id, std::to_string(r.sentence), r.sentence_text};
}

std::vector<std::string> SplitTags(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string t;
  while (std::getline(in, t, ',')) if (!t.empty()) out.push_back(t);
  return out;
}

}  // namespace parley::store
