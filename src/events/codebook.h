// The CAMEO event codebook (data/events/cameo.txt): QuadClass, Goldstein, PLOVER per code.
#pragma once
#include <memory>
#include <string>
#include <unordered_map>

#include "core/result.h"

namespace parley {

/// One CAMEO event code's attributes.
struct CameoCode {
  std::string code;        ///< "042"
  int quad_class = 0;      ///< 1..4
  double goldstein = 0;
  std::string plover_event, plover_mode;  ///< "" when none
  std::string name;
};

/// All CAMEO codes by code string.
class Codebook {
 public:
  /// Loads data_dir/events/cameo.txt; errors name file:line.
  static Result<std::shared_ptr<const Codebook>> Load(const std::string& data_dir);
  /// The code's attributes, or null when unknown.
  const CameoCode* Find(const std::string& code) const;
  /// Number of codes.
  size_t size() const { return codes_.size(); }
 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

}  // namespace parley
