// Python's getpass(), which the reference's shell uses to ask for a
// password after a 401.
#pragma once

#include <optional>
#include <string>

namespace sup::ctl {

// The prompt and the answer on the terminal (/dev/tty), without echo.
// Without a terminal, Python's fallback: a warning and the prompt on
// stderr, a plain line from stdin. nullopt at end of input.
std::optional<std::string> read_password(const std::string& prompt);

}  // namespace sup::ctl
