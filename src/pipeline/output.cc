#include "pipeline/output.h"

#include <cstdio>

#include "core/json.h"

namespace parley {
namespace {

void WriteActor(JsonWriter& w, const Mention& m) {
  w.BeginObject();
  w.Key("code").StringOrNull(m.code);
  w.Key("country").StringOrNull(m.country);
  w.Key("name").String(m.name);
  if (!m.entity.empty()) w.Key("entity").String(m.entity);
  w.Key("kind").String(m.kind);
  w.Key("span").BeginArray().Int(m.span.begin).Int(m.span.end).EndArray();
  w.EndObject();
}

std::string SentenceText(const Article& a, uint32_t s) {
  if (s >= a.sentences.size()) return "";
  return std::string(a.slice(a.sentences[s].span));
}

void CsvField(std::string& out, std::string_view v) {
  bool quote = v.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!quote) { out.append(v); return; }
  out += '"';
  for (char c : v) { if (c == '"') out += '"'; out += c; }
  out += '"';
}

}  // namespace

bool DefaultVisible(const Event& e) { return e.modality == "asserted" || e.modality == "future"; }

std::string EventJson(const Article& a, const Event& e, const std::string& dict_version, bool with_type) {
  JsonWriter w;
  w.BeginObject();
  if (with_type) w.Key("type").String("event");
  w.Key("article_id").String(a.id);
  w.Key("sentence").Int(e.sentence);
  w.Key("sentence_text").String(SentenceText(a, e.sentence));
  w.Key("source"); WriteActor(w, e.source);
  w.Key("target"); WriteActor(w, e.target);
  w.Key("code").String(e.code);
  w.Key("root").String(e.root);
  w.Key("quad_class").Int(e.quad_class);
  w.Key("goldstein").Double(e.goldstein);
  w.Key("plover").BeginObject().Key("event").StringOrNull(e.plover_event).Key("mode").StringOrNull(e.plover_mode).EndObject();
  w.Key("modality").String(e.modality);
  w.Key("trigger").BeginArray().Int(e.trigger.begin).Int(e.trigger.end).EndArray();
  w.Key("report_date").StringOrNull(a.report_date.iso());
  w.Key("report_date_source").StringOrNull(a.report_date_source);
  w.Key("date").StringOrNull(e.date.iso());
  w.Key("date_end").StringOrNull(e.date_end.iso());
  w.Key("date_precision").StringOrNull(e.date_precision);
  w.Key("date_source").StringOrNull(e.date_source);
  if (e.place.known || !e.place.name.empty()) {
    w.Key("place").BeginObject();
    w.Key("name").String(e.place.name);
    w.Key("resolved").StringOrNull(e.place.resolved);
    w.Key("country").StringOrNull(e.place.country);
    if (e.place.known) { w.Key("lat").Double(e.place.lat); w.Key("lon").Double(e.place.lon); }
    else { w.Key("lat").Null(); w.Key("lon").Null(); }
    w.Key("kind").StringOrNull(e.place.kind);
    w.Key("how").StringOrNull(e.place.how);
    w.EndObject();
  } else {
    w.Key("place").Null();
  }
  w.Key("issues").BeginArray();
  for (const auto& i : e.issues) w.String(i);
  w.EndArray();
  w.Key("evidence").BeginObject();
  w.Key("pattern").String(e.pattern);
  w.Key("entry").String(e.pattern_entry);
  w.Key("source_entry").String(e.source.entry);
  w.Key("target_entry").String(e.target.entry);
  w.Key("dict_version").String(dict_version);
  w.EndObject();
  w.EndObject();
  return w.Take();
}

std::string QuoteJson(const Article& a, const Quote& q, bool with_type) {
  JsonWriter w;
  w.BeginObject();
  if (with_type) w.Key("type").String("quote");
  w.Key("article_id").String(a.id);
  w.Key("sentence").Int(q.sentence);
  w.Key("text").String(q.text);
  w.Key("direct").Bool(q.direct);
  w.Key("speaker").BeginObject();
  w.Key("name").StringOrNull(q.speaker_name);
  w.Key("code").StringOrNull(q.speaker_code);
  w.Key("as_written").StringOrNull(q.speaker_as_written);
  w.EndObject();
  w.Key("verb").StringOrNull(q.verb);
  w.Key("span").BeginArray().Int(q.span.begin).Int(q.span.end).EndArray();
  w.Key("report_date").StringOrNull(a.report_date.iso());
  w.Key("issues").BeginArray();
  for (const auto& i : q.issues) w.String(i);
  w.EndArray();
  w.EndObject();
  return w.Take();
}

std::string EventCsvHeader() {
  return "article_id,sentence,source_code,source_country,source_name,target_code,target_country,target_name,code,root,"
         "quad_class,goldstein,plover_event,plover_mode,modality,report_date,date,date_end,date_precision,place,place_country,"
         "lat,lon,issues,pattern,entry,dict_version,sentence_text\n";
}

std::string EventCsv(const Article& a, const Event& e, const std::string& dict_version) {
  std::string out;
  auto f = [&](std::string_view v) { if (!out.empty()) out += ','; CsvField(out, v); };
  char g[32];
  std::snprintf(g, sizeof g, "%.1f", e.goldstein);
  std::string issues;
  for (const auto& i : e.issues) issues += (issues.empty() ? "" : ";") + i;
  char lat[32] = "", lon[32] = "";
  if (e.place.known) { std::snprintf(lat, sizeof lat, "%.4f", e.place.lat); std::snprintf(lon, sizeof lon, "%.4f", e.place.lon); }
  f(a.id); f(std::to_string(e.sentence)); f(e.source.code); f(e.source.country); f(e.source.name);
  f(e.target.code); f(e.target.country); f(e.target.name); f(e.code); f(e.root); f(std::to_string(e.quad_class)); f(g);
  f(e.plover_event); f(e.plover_mode); f(e.modality); f(a.report_date.iso()); f(e.date.iso()); f(e.date_end.iso());
  f(e.date_precision); f(e.place.resolved.empty() ? e.place.name : e.place.resolved); f(e.place.country); f(lat); f(lon);
  f(issues); f(e.pattern); f(e.pattern_entry); f(dict_version);
  f(e.sentence < a.sentences.size() ? a.slice(a.sentences[e.sentence].span) : std::string_view());
  out += '\n';
  return out;
}

}  // namespace parley
