#include "store/clickhouse_format.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace parley::store {

Result<ClickHouseUri> ParseClickHouseUri(const std::string& uri) {
  const std::string scheme = "clickhouse://";
  if (uri.rfind(scheme, 0) != 0) return Status::Error("not a clickhouse:// URI: " + uri);
  std::string rest = uri.substr(scheme.size());
  ClickHouseUri out;
  size_t slash = rest.find('/');
  std::string hostport = rest.substr(0, slash);
  if (slash != std::string::npos) {
    std::string db = rest.substr(slash + 1);
    if (!db.empty() && db.back() == '/') db.pop_back();
    if (!db.empty()) out.database = db;
  }
  if (hostport.find('@') != std::string::npos)
    return Status::Error("user names in clickhouse:// URIs are not supported: " + uri);
  std::string host = hostport, port;
  bool has_port = false;
  if (!hostport.empty() && hostport[0] == '[') {  // [IPv6]:PORT
    size_t rb = hostport.find(']');
    if (rb == std::string::npos || (rb + 1 < hostport.size() && hostport[rb + 1] != ':'))
      return Status::Error("bad host in " + uri + " (expected clickhouse://HOST:PORT/DB)");
    host = hostport.substr(1, rb - 1);
    has_port = rb + 1 < hostport.size();
    if (has_port) port = hostport.substr(rb + 2);
  } else if (size_t c = hostport.find(':'); c != std::string::npos && hostport.find(':', c + 1) == std::string::npos) {
    host = hostport.substr(0, c);
    port = hostport.substr(c + 1);
    has_port = true;
  }
  if (has_port) {
    char* end = nullptr;
    long p = std::strtol(port.c_str(), &end, 10);
    if (port.empty() || *end != '\0' || p < 1 || p > 65535)
      return Status::Error("bad port '" + port + "' in " + uri + " (expected clickhouse://HOST:PORT/DB)");
    out.port = static_cast<int>(p);
  }
  if (host.empty()) return Status::Error("no host in " + uri + " (expected clickhouse://HOST:PORT/DB)");
  out.host = host;
  for (char c : out.database)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_')
      return Status::Error("bad database name '" + out.database + "' in " + uri + " (letters, digits and _ only)");
  return out;
}

std::string TsvEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\0': out += "\\0"; break;
      default: out += c;
    }
  }
  return out;
}

std::string TsvUnescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) { out += s[i]; continue; }
    char n = s[++i];
    switch (n) {
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case '0': out += '\0'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      default: out += n;  // \\, \', \" and anything else: the character itself
    }
  }
  return out;
}

std::vector<std::vector<std::string>> ParseTsv(const std::string& body) {
  std::vector<std::vector<std::string>> rows;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t eol = body.find('\n', pos);
    if (eol == std::string::npos) eol = body.size();
    std::string_view line(body.data() + pos, eol - pos);
    std::vector<std::string> cells;
    size_t start = 0;
    for (;;) {
      size_t tab = line.find('\t', start);
      cells.push_back(TsvUnescape(line.substr(start, tab == std::string_view::npos ? line.size() - start : tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(cells));
    pos = eol + 1;
  }
  return rows;
}

std::string SqlQuote(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\\' || c == '\'') out += '\\';
    if (c == '\0') { out += "\\0"; continue; }
    out += c;
  }
  return out + "'";
}

TsvRow& TsvRow::Add(std::string_view s) {
  if (!first_) text_ += '\t';
  first_ = false;
  text_ += TsvEscape(s);
  return *this;
}

TsvRow& TsvRow::Add(long long v) { return Add(std::string_view(std::to_string(v))); }

TsvRow& TsvRow::Add(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return Add(std::string_view(buf));
}

}  // namespace parley::store
