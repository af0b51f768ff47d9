// The text `supervisorctl -h` prints: the reference's, word for word.
#pragma once

#include <string>

namespace sup::ctl {

// `program` is argv[0] as the reference shows it (cli::program_path).
std::string usage_text(const std::string& program);

}  // namespace sup::ctl
