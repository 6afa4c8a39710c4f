// Builds WHERE clauses from fixed SQL fragments with ? placeholders; user input only ever travels as parameters.
#pragma once
#include <string>
#include <vector>

namespace parley::store {

/// A WHERE clause under construction: fixed fragments joined by AND, and their parameters in order.
struct SqlFilter {
  std::string where;                ///< "" or " WHERE ..."
  std::vector<std::string> params;  ///< bound in order to the ? placeholders

  /// Adds a fragment (a compile-time SQL string with ? placeholders) and its parameters.
  void Add(const char* fragment, std::vector<std::string> values);
};

/// The smallest string greater than every string that starts with `prefix` ("RUS" -> "RUT"); "" stays "".
std::string PrefixUpperBound(const std::string& prefix);

/// `s` with LIKE wildcards escaped by backslash, wrapped in % for a substring match.
std::string LikeContains(const std::string& s);

}  // namespace parley::store
