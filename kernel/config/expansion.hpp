// %(name)s expansion with the semantics of Python's `format % mapping`,
// which is what the reference applies to config values: named specifiers
// with flags, width, precision and conversion (%(process_num)02d), and %%.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <variant>

namespace sup::config {

using ExpansionValue = std::variant<std::string, long long>;
using Expansions = std::map<std::string, ExpansionValue, std::less<>>;

// Throws ValueProblem worded as the reference words it; `what` names the
// value in messages ("program:x.command").
std::string expand(std::string_view format, const Expansions& names, std::string_view what);

}  // namespace sup::config
