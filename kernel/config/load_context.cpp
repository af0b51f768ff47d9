#include "config/load_context.hpp"

#include <sys/utsname.h>

#include <string_view>

#include "config/paths.hpp"

extern char** environ;

namespace sup::config {

LoadContext::LoadContext(const std::string& main_file)
    : file(main_file), here(parent_directory(normalize_path(main_file))) {
    utsname names{};
    if (uname(&names) == 0) host_node_name = names.nodename;
    for (char** entry = environ; entry && *entry; ++entry) {
        const std::string_view variable(*entry);
        const std::size_t equals = variable.find('=');
        if (equals == std::string_view::npos || equals == 0) continue;
        environment["ENV_" + std::string(variable.substr(0, equals))] = std::string(variable.substr(equals + 1));
    }
}

}  // namespace sup::config
