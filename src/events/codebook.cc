#include "events/codebook.h"

#include <cctype>
#include <cstdlib>
#include <fstream>

#include "core/data_lines.h"
#include "core/utf8.h"

namespace parley {

Result<std::shared_ptr<const Codebook>> Codebook::Load(const std::string& data_dir) {
  std::string path = data_dir + "/events/cameo.txt";
  auto book = std::make_shared<Codebook>();
  Status st = ForEachDataLine(path, "the CAMEO codebook", [&](const std::string& l, const std::string& where) {
    auto f = Split(l, '|');
    if (f.size() < 6) return Status::Error(where + ": expected 'CODE | QUAD | GOLDSTEIN | PLOVER_EVENT | PLOVER_MODE | name'");
    CameoCode c;
    c.code = std::string(Trim(f[0]));
    if (c.code.size() < 2 || c.code.size() > 4) return Status::Error(where + ": bad CAMEO code '" + c.code + "'");
    for (char ch : c.code) if (!std::isdigit(static_cast<unsigned char>(ch))) return Status::Error(where + ": bad CAMEO code '" + c.code + "'");
    std::string q(Trim(f[1]));
    c.quad_class = std::atoi(q.c_str());
    if (c.quad_class < 1 || c.quad_class > 4) return Status::Error(where + ": QuadClass must be 1-4");
    std::string g(Trim(f[2]));
    char* end = nullptr;
    c.goldstein = std::strtod(g.c_str(), &end);
    if (g.empty() || *end || c.goldstein < -10 || c.goldstein > 10) return Status::Error(where + ": Goldstein must be a number in [-10, 10]");
    c.plover_event = std::string(Trim(f[3]));
    c.plover_mode = std::string(Trim(f[4]));
    if (c.plover_event == "-") c.plover_event.clear();
    if (c.plover_mode == "-") c.plover_mode.clear();
    c.name = std::string(Trim(f[5]));
    if (book->codes_.count(c.code)) return Status::Error(where + ": duplicate code " + c.code);
    book->codes_.emplace(c.code, std::move(c));
    return Status();
  });
  if (!st.ok()) return st;
  if (book->codes_.empty()) return Status::Error(path + ": no codes");
  return std::shared_ptr<const Codebook>(book);
}

const CameoCode* Codebook::Find(const std::string& code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace parley
