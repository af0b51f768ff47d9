// What tab completes in the shell, as the reference decides: command
// names, then group names (add, remove, update) or process names (start,
// stop, status, tail, ...) fetched from the server; for our `call`, the
// server's method names.
#pragma once

#include <string>
#include <vector>

namespace sup::ctl {

class Controller;

std::vector<std::string> completions(Controller& ctl, const std::string& line, const std::string& word);

}  // namespace sup::ctl
