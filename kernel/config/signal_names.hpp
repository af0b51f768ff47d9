// Signal names and numbers as the reference accepts them for stopsignal.
#pragma once

#include <string_view>

namespace sup::config {

// "TERM", "SIGTERM", "term", "15": the signal number. Throws ValueProblem
// ("value 'FOO' is not a valid signal name").
int to_signal_number(std::string_view text);

}  // namespace sup::config
