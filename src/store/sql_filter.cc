#include "store/sql_filter.h"

namespace parley::store {

void SqlFilter::Add(const char* fragment, std::vector<std::string> values) {
  where += where.empty() ? " WHERE (" : " AND (";
  where += fragment;
  where += ")";
  for (auto& v : values) params.push_back(std::move(v));
}

std::string PrefixUpperBound(const std::string& prefix) {
  std::string up = prefix;
  while (!up.empty()) {
    unsigned char c = static_cast<unsigned char>(up.back());
    if (c < 0xff) { up.back() = static_cast<char>(c + 1); return up; }
    up.pop_back();
  }
  return "\xff\xff\xff\xff";
}

std::string LikeContains(const std::string& s) {
  std::string out = "%";
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

}  // namespace parley::store
