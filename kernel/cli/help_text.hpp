// supervisord --help: our own wording, every option listed.
#pragma once

#include <string>

namespace sup::cli {

std::string help_text(const std::string& program);

}  // namespace sup::cli
