#include "store/export_formats.h"

#include <cstdio>
#include <cstring>

#include "core/date.h"
#include "core/json.h"
#include "store/fips.h"

namespace parley::store {
namespace {

bool InList(const std::string& s, const char* const* list) {
  for (; *list; ++list) if (s == *list) return true;
  return false;
}

// CAMEO role/sector codes (Type1-3), international/known groups and religions.
const char* const kTypes[] = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM",
                              "CVL", "LEG", "HLH", "REF", "MOD", "RAD", "AGR", "ELI", "LAB", "UAF", "ENV", "SET",
                              "INS", "IGO", "NGO", "IMG", "NGM", "MNC", "HRI", "DEV", "IRC", "SEP", "UIS", nullptr};
const char* const kGroups[] = {"UNO", "NAT", "EEC", "EUR", "AFR", "ARL", "ASN", "OPC", "WTO", "IMF", "WBK", "ICC",
                               "ICG", "HRW", "AMN", "MSF", "OAS", "CIS", "SCO", "GCC", "APE", "OSC", "CSC", "IAE",
                               "WHO", "UNH", "UNR", "UNI", "BRI", "G20", "G08", nullptr};
const char* const kReligions[] = {"CHR", "CTH", "ORT", "PRO", "JEW", "MOS", "SHI", "SUN", "HIN", "BUD", "SIK",
                                  "JAN", "BAH", "ZRO", "TAO", "CON", "SHN", "ADR", "DRZ", nullptr};

// The event's effective date: its own when full, else the report date, else the partial date (missing parts 0).
Date EffectiveDate(const EventRecord& e) {
  Date d = Date::ParseIso(e.date);
  if (d.full()) return d;
  Date r = Date::ParseIso(e.report_date);
  if (r.full()) return r;
  return d.year ? d : r;
}

std::string Fmt(const char* fmt, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

std::string Digits(const std::string& s) {
  std::string out;
  for (char c : s) if (c >= '0' && c <= '9') out += c;
  return out;
}

// GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
std::string GeoType(const PlaceRecord& p) {
  if (!p.known) return "0";
  bool us = p.country == "USA";
  if (p.kind == "country") return "1";
  if (p.kind == "region") return us ? "2" : "5";
  return us ? "3" : "4";
}

void AppendGeo(std::vector<std::string>& f, const PlaceRecord& p) {
  if (!p.known) {
    f.insert(f.end(), {"0", "", "", "", "", "", "", ""});
    return;
  }
  std::string fips = IsoToFips(p.country);
  std::string name = p.resolved.empty() ? p.name : p.resolved;
  f.push_back(GeoType(p));
  f.push_back(name);
  f.push_back(fips);
  f.push_back(fips);  // ADM1: we know only the country, which GDELT writes as the bare FIPS code
  f.push_back("");
  f.push_back(Fmt("%.4f", p.lat));
  f.push_back(Fmt("%.4f", p.lon));
  f.push_back(p.kind == "country" ? fips : "");
}

void AppendActor(std::vector<std::string>& f, const ActorRecord& a) {
  CameoActorParts p = SplitCameoActor(a.code, a.country);
  f.insert(f.end(), {a.code, a.name, p.country, p.known_group, p.ethnic, p.religion1, p.religion2, p.type1, p.type2,
                     p.type3});
}

}  // namespace

CameoActorParts SplitCameoActor(const std::string& code, const std::string& country_hint) {
  CameoActorParts p;
  std::vector<std::string> chunks;
  for (size_t i = 0; i + 3 <= code.size(); i += 3) chunks.push_back(code.substr(i, 3));
  size_t i = 0;
  if (!chunks.empty() && !InList(chunks[0], kTypes) && !InList(chunks[0], kGroups) && !InList(chunks[0], kReligions))
    p.country = chunks[i++];
  else if (!country_hint.empty() && !chunks.empty() && chunks[0] == country_hint)
    p.country = chunks[i++];
  std::string* types[] = {&p.type1, &p.type2, &p.type3};
  size_t t = 0;
  for (; i < chunks.size(); ++i) {
    const std::string& c = chunks[i];
    if (InList(c, kTypes)) { if (t < 3) *types[t++] = c; }
    else if (InList(c, kReligions)) { (p.religion1.empty() ? p.religion1 : p.religion2) = c; }
    else if (InList(c, kGroups) && p.known_group.empty()) p.known_group = c;
    else if (p.ethnic.empty()) p.ethnic = c;
  }
  return p;
}

const std::vector<std::string>& GdeltEventHeader() {
  static const std::vector<std::string> h = [] {
    std::vector<std::string> v = {"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"};
    for (const char* a : {"Actor1", "Actor2"})
      for (const char* f : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                            "Religion2Code", "Type1Code", "Type2Code", "Type3Code"})
        v.push_back(std::string(a) + f);
    for (const char* f : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                          "NumMentions", "NumSources", "NumArticles", "AvgTone"})
      v.push_back(f);
    for (const char* g : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"})
      for (const char* f : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"})
        v.push_back(std::string(g) + f);
    v.push_back("DATEADDED");
    v.push_back("SOURCEURL");
    return v;
  }();
  return h;
}

const std::vector<std::string>& GdeltMentionHeader() {
  static const std::vector<std::string> h = {
      "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
      "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
      "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras"};
  return h;
}

std::vector<std::string> GdeltEventFields(const EventRecord& e) {
  std::vector<std::string> f;
  f.reserve(61);
  Date d = EffectiveDate(e);
  char day[16], month[16], year[8];
  std::snprintf(day, sizeof day, "%04d%02d%02d", d.year % 10000, d.month % 100, d.day % 100);
  std::snprintf(month, sizeof month, "%04d%02d", d.year % 10000, d.month % 100);
  std::snprintf(year, sizeof year, "%04d", d.year % 10000);
  double doy = d.full() ? static_cast<double>(d.days() - Date{d.year, 1, 1}.days() + 1) : 0;
  f.push_back(std::to_string(e.event_id));
  f.push_back(d.year ? day : "");
  f.push_back(d.year ? month : "");
  f.push_back(d.year ? year : "");
  f.push_back(d.year ? Fmt("%.4f", d.year + doy / 365.0) : "");
  AppendActor(f, e.source);
  AppendActor(f, e.target);
  f.push_back(e.sentence == 0 ? "1" : "0");
  f.push_back(e.code);
  f.push_back(e.code.substr(0, 3));
  f.push_back(e.root.empty() ? e.code.substr(0, 2) : e.root);
  f.push_back(std::to_string(e.quad_class));
  f.push_back(Fmt("%.1f", e.goldstein));
  f.push_back(std::to_string(e.num_mentions));
  f.push_back(std::to_string(e.num_sources));
  f.push_back(std::to_string(e.num_articles));
  f.push_back("");  // AvgTone: Parley does not score tone
  PlaceRecord none;
  AppendGeo(f, none);  // Actor1Geo: actors are not geolocated
  AppendGeo(f, none);  // Actor2Geo
  AppendGeo(f, e.place);
  f.push_back(Digits(e.added_at));
  f.push_back(e.url.empty() ? e.article_id : e.url);
  return f;
}

std::vector<std::string> GdeltMentionFields(const EventRecord& m, const EventRecord& e) {
  bool web = m.url.rfind("http://", 0) == 0 || m.url.rfind("https://", 0) == 0;
  return {std::to_string(e.event_id),
          Digits(e.added_at),
          Digits(m.added_at),
          web ? "1" : "2",
          m.source_name,
          web ? m.url : m.article_id,
          std::to_string(m.sentence + 1),
          std::to_string(m.source.begin),
          std::to_string(m.target.begin),
          std::to_string(m.trigger_begin),
          "1",
          m.modality == "asserted" || m.modality.empty() ? "100" : "50",
          "",
          "",
          "",
          ""};
}

std::string TabLine(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += '\t';
    for (char c : fields[i]) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  }
  out += '\n';
  return out;
}

std::string PloverJson(const EventRecord& e) {
  JsonWriter w;
  w.BeginObject();
  w.Key("id").String("parley-" + std::to_string(e.event_id));
  w.Key("date").StringOrNull(e.date.empty() ? e.report_date : e.date);
  w.Key("event").StringOrNull(e.plover_event).Key("mode").StringOrNull(e.plover_mode);
  w.Key("context").BeginArray();
  for (const auto& t : e.issues) w.String(t);
  w.EndArray();
  w.Key("actor").String(e.source.name.empty() ? e.source.code : e.source.name);
  w.Key("actor_code").String(e.source.code).Key("actor_country").StringOrNull(e.source.country);
  w.Key("recipient").String(e.target.name.empty() ? e.target.code : e.target.name);
  w.Key("recipient_code").String(e.target.code).Key("recipient_country").StringOrNull(e.target.country);
  w.Key("event_text").String(e.sentence_text);
  w.Key("location");
  if (e.place.known) {
    w.BeginObject().Key("name").String(e.place.resolved.empty() ? e.place.name : e.place.resolved);
    w.Key("country").StringOrNull(e.place.country).Key("lat").Double(e.place.lat).Key("lon").Double(e.place.lon);
    w.Key("kind").StringOrNull(e.place.kind).EndObject();
  } else {
    w.Null();
  }
  w.Key("source").BeginObject().Key("article_id").String(e.article_id).Key("publisher").StringOrNull(e.source_name);
  w.Key("url").StringOrNull(e.url).Key("story_date").StringOrNull(e.report_date).Key("sentence").Int(e.sentence);
  w.EndObject();
  w.Key("cameo_code").String(e.code).Key("num_mentions").Int(e.num_mentions).Key("num_sources").Int(e.num_sources);
  w.Key("coder").String("parley").Key("dict_version").String(e.dict_version);
  w.EndObject();
  return w.Take();
}

}  // namespace parley::store
