#include "core/data_lines.h"

#include <fstream>
#include <sstream>

#include "core/utf8.h"

namespace parley {

Status ForEachDataLineIn(std::string_view text, const std::string& origin,
                         const std::function<Status(const std::string& line, const std::string& where)>& fn) {
  int n = 0;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++n;
    auto h = line.find('#');
    std::string l(Trim(h == std::string_view::npos ? line : line.substr(0, h)));
    if (l.empty()) continue;
    Status s = fn(l, origin + ":" + std::to_string(n));
    if (!s.ok()) return s;
  }
  return Status();
}

Status ForEachDataLine(const std::string& path, const std::string& what,
                       const std::function<Status(const std::string& line, const std::string& where)>& fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read " + what);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return ForEachDataLineIn(buffer.str(), path, fn);
}

}  // namespace parley
