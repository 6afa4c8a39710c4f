#include "core/data_lines.h"

#include <fstream>

#include "core/utf8.h"

namespace parley {

Status ForEachDataLine(const std::string& path, const std::string& what,
                       const std::function<Status(const std::string& line, const std::string& where)>& fn) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read " + what);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    auto h = line.find('#');
    std::string l(Trim(h == std::string::npos ? std::string_view(line) : std::string_view(line).substr(0, h)));
    if (l.empty()) continue;
    Status s = fn(l, path + ":" + std::to_string(n));
    if (!s.ok()) return s;
  }
  return Status();
}

}  // namespace parley
