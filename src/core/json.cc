#include "core/json.h"

#include <cmath>
#include <cstdio>

#include "core/utf8.h"

namespace parley {

void JsonEscape(std::string_view s, std::string& out) {
  out += '"';
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.data() + i, n);
      i += n;
    }
  }
  out += '"';
}

void JsonWriter::Sep() {
  if (need_comma_) out_ += ',';
  need_comma_ = true;
}
JsonWriter& JsonWriter::BeginObject() { Sep(); out_ += '{'; need_comma_ = false; return *this; }
JsonWriter& JsonWriter::EndObject() { out_ += '}'; need_comma_ = true; return *this; }
JsonWriter& JsonWriter::BeginArray() { Sep(); out_ += '['; need_comma_ = false; return *this; }
JsonWriter& JsonWriter::EndArray() { out_ += ']'; need_comma_ = true; return *this; }
JsonWriter& JsonWriter::Key(std::string_view k) { Sep(); JsonEscape(k, out_); out_ += ':'; need_comma_ = false; return *this; }
JsonWriter& JsonWriter::String(std::string_view s) { Sep(); JsonEscape(s, out_); return *this; }
JsonWriter& JsonWriter::StringOrNull(std::string_view s) { return s.empty() ? Null() : String(s); }
JsonWriter& JsonWriter::Int(long long v) { Sep(); out_ += std::to_string(v); return *this; }
JsonWriter& JsonWriter::Double(double v) {
  Sep();
  if (!std::isfinite(v)) { out_ += "null"; return *this; }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  out_ += buf;
  return *this;
}
JsonWriter& JsonWriter::Bool(bool v) { Sep(); out_ += v ? "true" : "false"; return *this; }
JsonWriter& JsonWriter::Null() { Sep(); out_ += "null"; return *this; }
JsonWriter& JsonWriter::Raw(std::string_view json) { Sep(); out_ += json; return *this; }

}  // namespace parley
