#include "pipeline/peer_records.h"

#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/date.h"
#include "core/utf8.h"

namespace parley {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ':' || c == '.';
}

// Appends code point `cp` as UTF-8.
void AppendUtf8(unsigned long cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Decodes the five predefined XML entities and numeric references; anything else stays literal.
std::string DecodeEntities(std::string_view s) {
  static const std::pair<std::string_view, char> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    size_t semi = s[i] == '&' ? s.find(';', i + 1) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) { out.push_back(s[i]); continue; }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    bool done = false;
    for (const auto& [name, ch] : kNamed)
      if (ent == name) { out.push_back(ch); done = true; break; }
    if (!done && ent.size() >= 2 && ent[0] == '#') {
      bool hex = ent[1] == 'x' || ent[1] == 'X';
      std::string digits(ent.substr(hex ? 2 : 1));
      char* end = nullptr;
      unsigned long cp = digits.empty() ? 0 : std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
      if (!digits.empty() && end && *end == '\0' && cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
        AppendUtf8(cp, &out);
        done = true;
      }
    }
    if (done) i = semi; else out.push_back(s[i]);
  }
  return out;
}

// Turns every run of whitespace into one space and trims both ends.
std::string CollapseSpace(std::string_view s) {
  std::string out;
  bool pending = false;
  for (char c : s) {
    if (IsSpace(c)) { pending = !out.empty(); continue; }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(c);
  }
  return out;
}

// One start or end tag with its attributes (names lower-cased, values entity-decoded).
struct Tag {
  std::string name;  // lower-cased
  bool closing = false, self_closing = false;
  std::map<std::string, std::string> attrs;
  std::string get(const std::string& key) const { auto it = attrs.find(key); return it == attrs.end() ? "" : it->second; }
  bool has(const std::string& key) const { return attrs.count(key) > 0; }
};

// Walks the document once, turning byte offsets into line numbers on the way.
class Reader {
 public:
  Reader(std::string_view xml, const std::string& name) : s_(xml), name_(name) {}
  Result<PetrarchFile> Run();

 private:
  std::string Where(size_t pos) { return name_ + ":" + std::to_string(LineAt(pos)); }
  int LineAt(size_t pos) {
    for (; scanned_ < pos && scanned_ < s_.size(); ++scanned_)
      if (s_[scanned_] == '\n') ++line_;
    return line_;
  }
  Status ReadTag(size_t lt, Tag* tag, size_t* after);
  Status OnTag(const Tag& tag, size_t at);
  Status OpenSentence(const Tag& tag, size_t at);
  Status CloseSentence(size_t at);
  Status AddCoding(const Tag& tag, size_t at);

  std::string_view s_;
  std::string name_;
  size_t scanned_ = 0;
  int line_ = 1;
  PetrarchFile file_;
  bool in_sentence_ = false, in_text_ = false, saw_text_ = false, coded_ = true;
  GoldRecord record_;
  std::string category_, text_;
};

Status Reader::ReadTag(size_t lt, Tag* tag, size_t* after) {
  size_t i = lt + 1;
  if (i < s_.size() && s_[i] == '/') { tag->closing = true; ++i; }
  size_t start = i;
  while (i < s_.size() && IsNameChar(s_[i])) ++i;
  tag->name = AsciiLower(s_.substr(start, i - start));
  if (tag->name.empty()) return Status::Error(Where(lt) + ": malformed tag");
  for (;;) {
    while (i < s_.size() && IsSpace(s_[i])) ++i;
    if (i >= s_.size()) return Status::Error(Where(lt) + ": unterminated <" + tag->name + "> tag");
    if (s_[i] == '>') { *after = i + 1; return Status(); }
    if (s_[i] == '/' && i + 1 < s_.size() && s_[i + 1] == '>') { tag->self_closing = true; *after = i + 2; return Status(); }
    size_t ns = i;
    while (i < s_.size() && IsNameChar(s_[i])) ++i;
    std::string key = AsciiLower(s_.substr(ns, i - ns));
    while (i < s_.size() && IsSpace(s_[i])) ++i;
    if (key.empty() || i >= s_.size() || s_[i] != '=')
      return Status::Error(Where(i < s_.size() ? i : lt) + ": expected name=\"value\" in <" + tag->name + ">");
    ++i;
    while (i < s_.size() && IsSpace(s_[i])) ++i;
    if (i >= s_.size() || (s_[i] != '"' && s_[i] != '\''))
      return Status::Error(Where(lt) + ": attribute " + key + " of <" + tag->name + "> needs a quoted value");
    size_t close = s_.find(s_[i], i + 1);
    if (close == std::string_view::npos) return Status::Error(Where(lt) + ": unterminated value of attribute " + key);
    tag->attrs[key] = DecodeEntities(s_.substr(i + 1, close - i - 1));
    i = close + 1;
  }
}

Status Reader::OpenSentence(const Tag& tag, size_t at) {
  if (in_sentence_) return Status::Error(Where(at) + ": <Sentence> inside another <Sentence> (line " + std::to_string(record_.line) + ")");
  ++file_.sentences;
  in_sentence_ = true;
  saw_text_ = false;
  record_ = GoldRecord();
  record_.line = LineAt(at);
  record_.id = CollapseSpace(tag.get("id"));
  if (record_.id.empty()) record_.id = "line" + std::to_string(record_.line);
  category_ = CollapseSpace(tag.get("category"));
  std::string date = CollapseSpace(tag.get("date"));
  if (!date.empty()) {
    bool digits = date.size() == 8 && date.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || !Date::Valid(std::stoi(date.substr(0, 4)), std::stoi(date.substr(4, 2)), std::stoi(date.substr(6, 2))))
      return Status::Error(Where(at) + ": date \"" + date + "\" of " + record_.id + " is not YYYYMMDD");
    record_.date = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
  }
  std::string coded = AsciiLower(CollapseSpace(tag.get("sentence")));
  if (coded != "" && coded != "true" && coded != "false")
    return Status::Error(Where(at) + ": sentence=\"" + tag.get("sentence") + "\" of " + record_.id + " is neither true nor false");
  coded_ = coded != "false";
  if (tag.self_closing) return CloseSentence(at);
  return Status();
}

Status Reader::CloseSentence(size_t at) {
  if (!in_sentence_) return Status::Error(Where(at) + ": </Sentence> without <Sentence>");
  if (in_text_) return Status::Error(Where(at) + ": <Text> of " + record_.id + " not closed before </Sentence>");
  in_sentence_ = false;
  if (!coded_) { ++file_.skipped; return Status(); }
  if (!saw_text_) return Status::Error(Where(at) + ": record " + record_.id + " has no <Text>");
  file_.records.push_back(std::move(record_));
  file_.categories.push_back(category_);
  return Status();
}

Status Reader::AddCoding(const Tag& tag, size_t at) {
  if (!in_sentence_) return Status::Error(Where(at) + ": <EventCoding> outside a <Sentence>");
  if (tag.has("error")) { if (coded_) ++file_.error_codings; return Status(); }
  if (tag.has("noevents")) { if (coded_) ++file_.noevent_codings; return Status(); }
  for (const char* key : {"sourcecode", "targetcode", "eventcode"})
    if (!tag.has(key)) return Status::Error(Where(at) + ": <EventCoding> of " + record_.id + " lacks " + key);
  GoldEvent e;
  e.source = CollapseSpace(tag.get("sourcecode"));
  e.target = CollapseSpace(tag.get("targetcode"));
  e.code = CollapseSpace(tag.get("eventcode"));
  if (e.code.empty()) return Status::Error(Where(at) + ": empty eventcode in " + record_.id);
  record_.events.push_back(std::move(e));
  return Status();
}

Status Reader::OnTag(const Tag& tag, size_t at) {
  if (tag.name == "sentence") return tag.closing ? CloseSentence(at) : OpenSentence(tag, at);
  if (tag.name == "eventcoding") return tag.closing ? Status() : AddCoding(tag, at);
  if (tag.name == "text") {
    if (!in_sentence_) return Status::Error(Where(at) + ": <Text> outside a <Sentence>");
    if (tag.closing) {
      if (!in_text_) return Status::Error(Where(at) + ": </Text> without <Text>");
      in_text_ = false;
      record_.text = CollapseSpace(record_.text + " " + text_);
    } else if (tag.self_closing) {
      saw_text_ = true;
    } else {
      if (in_text_) return Status::Error(Where(at) + ": <Text> inside <Text>");
      in_text_ = saw_text_ = true;
      text_.clear();
    }
  }
  return Status();
}

Result<PetrarchFile> Reader::Run() {
  size_t i = 0;
  while (i < s_.size()) {
    size_t lt = s_.find('<', i);
    if (in_text_) text_ += DecodeEntities(s_.substr(i, lt == std::string_view::npos ? std::string_view::npos : lt - i));
    if (lt == std::string_view::npos) break;
    std::string_view rest = s_.substr(lt);
    auto skip_to = [&](size_t from, std::string_view end, const char* what) -> Status {
      size_t e = s_.find(end, from);
      if (e == std::string_view::npos) return Status::Error(Where(lt) + ": unterminated " + what);
      i = e + end.size();
      return Status();
    };
    Status st;
    if (rest.rfind("<!--", 0) == 0) {
      st = skip_to(lt + 4, "-->", "comment");
    } else if (rest.rfind("<![CDATA[", 0) == 0) {
      size_t e = s_.find("]]>", lt);
      if (e == std::string_view::npos) return Status::Error(Where(lt) + ": unterminated CDATA section");
      if (in_text_) text_ += std::string(s_.substr(lt + 9, e - lt - 9));
      i = e + 3;
    } else if (rest.rfind("<?", 0) == 0) {
      st = skip_to(lt + 2, "?>", "processing instruction");
    } else if (rest.rfind("<!", 0) == 0) {
      st = skip_to(lt + 2, ">", "declaration");
    } else if (rest.size() < 2 || !(std::isalpha(static_cast<unsigned char>(rest[1])) || rest[1] == '/' || rest[1] == '_')) {
      if (in_text_) text_ += '<';  // a stray '<' in text: keep it literally
      i = lt + 1;
    } else {
      Tag tag;
      size_t after = 0;
      st = ReadTag(lt, &tag, &after);
      if (!st.ok()) return st;
      i = after;
      if (tag.name == "parse" && !tag.closing && !tag.self_closing) {
        size_t e = s_.find("</Parse", after);  // parse trees are skipped whole
        if (e == std::string_view::npos) e = s_.find("</parse", after);
        if (e == std::string_view::npos) return Status::Error(Where(lt) + ": <Parse> never closed");
        i = e;
        continue;
      }
      st = OnTag(tag, lt);
    }
    if (!st.ok()) return st;
  }
  if (in_sentence_) return Status::Error(name_ + ":" + std::to_string(record_.line) + ": <Sentence> " + record_.id + " never closed");
  return std::move(file_);
}

}  // namespace

Result<PetrarchFile> ParsePetrarchXml(std::string_view xml, const std::string& name) { return Reader(xml, name).Run(); }

Result<PetrarchFile> ReadPetrarchFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read PETRARCH XML file");
  std::ostringstream buf;
  buf << in.rdbuf();
  return ParsePetrarchXml(buf.str(), path);
}

Result<std::vector<GoldRecord>> ReadPetrarchXml(const std::string& path) {
  auto file = ReadPetrarchFile(path);
  if (!file.ok()) return file.status();
  return std::move(file.value().records);
}

std::map<std::string, EvalReport> EvaluateByCategory(const PetrarchFile& file, const Pipeline& pipeline) {
  std::map<std::string, std::vector<GoldRecord>> groups;
  for (size_t k = 0; k < file.records.size(); ++k)
    groups[k < file.categories.size() ? file.categories[k] : ""].push_back(file.records[k]);
  std::map<std::string, EvalReport> out;
  for (const auto& [category, records] : groups) out[category] = Evaluate(records, pipeline);
  return out;
}

std::string FormatByCategory(const std::map<std::string, EvalReport>& reports) {
  std::string out;
  char buf[200];
  std::snprintf(buf, sizeof buf, "%-12s %7s %6s %6s %11s %8s\n", "category", "records", "gold", "system", "country F1", "full F1");
  out += buf;
  for (const auto& [category, r] : reports) {
    std::snprintf(buf, sizeof buf, "%-12s %7d %6d %6d %11.3f %8.3f\n", category.empty() ? "(none)" : category.c_str(), r.records,
                  r.full.tp + r.full.fn, r.full.tp + r.full.fp, r.country_root.f1(), r.full.f1());
    out += buf;
  }
  return out;
}

}  // namespace parley
