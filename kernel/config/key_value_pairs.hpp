// environment= values: KEY=val,KEY2="a, b". The reference tokenises them
// with Python's shlex in its non-POSIX mode, quirks included (a word may
// swallow a quote; '#' starts a comment), and we reproduce that exactly so
// every value means the same thing to both.
#pragma once

#include <string_view>

#include "config/model.hpp"

namespace sup::config {

// Later duplicates replace the earlier value in place. Throws ValueProblem.
Environment to_key_value_pairs(std::string_view text);

}  // namespace sup::config
