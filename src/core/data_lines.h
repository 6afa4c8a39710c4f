// Reading Parley's line-based dictionary files: comments (#) and blank lines skipped, file:line kept.
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace parley {

/// Calls `fn(line, where)` for each non-blank line of `path` with its #-comment removed and trimmed;
/// `where` is "path:N". Stops at and returns the first error `fn` returns; an unreadable file is an
/// error that names it and `what` ("the verb patterns").
Status ForEachDataLine(const std::string& path, const std::string& what,
                       const std::function<Status(const std::string& line, const std::string& where)>& fn);

/// The same over text already in memory; `origin` names it in `where` ("origin:N").
Status ForEachDataLineIn(std::string_view text, const std::string& origin,
                         const std::function<Status(const std::string& line, const std::string& where)>& fn);

}  // namespace parley
