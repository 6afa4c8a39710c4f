// A small, fast JSON writer for output (events, articles); input JSON is parsed with nlohmann-json in ingest.
#pragma once
#include <string>
#include <string_view>

namespace parley {

/// Appends `s` to `out` as a JSON string literal (quotes included); invalid UTF-8 bytes become U+FFFD.
void JsonEscape(std::string_view s, std::string& out);

/// Builds one JSON value into a string; the caller keeps commas right through key()/value() order.
class JsonWriter {
 public:
  /// Starts an object; pair with EndObject().
  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  /// Starts an array; pair with EndArray().
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  /// Writes an object key; the next call writes its value.
  JsonWriter& Key(std::string_view k);
  JsonWriter& String(std::string_view s);
  /// Writes null when `s` is empty, else the string.
  JsonWriter& StringOrNull(std::string_view s);
  JsonWriter& Int(long long v);
  JsonWriter& Double(double v);
  JsonWriter& Bool(bool v);
  JsonWriter& Null();
  /// Writes pre-serialised JSON verbatim.
  JsonWriter& Raw(std::string_view json);
  /// The JSON text so far.
  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }
 private:
  void Sep();
  std::string out_;
  bool need_comma_ = false;
};

}  // namespace parley
