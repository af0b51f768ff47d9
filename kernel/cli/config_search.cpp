#include "cli/path_text.hpp"
#include "cli/server_options.hpp"

namespace sup::cli {

const std::string_view root_config_search_warning =
    "Supervisord is running as root and it is searching for its configuration file in "
    "default locations (including its current working directory); you probably want to "
    "specify a \"-c\" argument specifying an absolute path to a configuration file for "
    "improved security.";

std::vector<std::string> config_search_paths(const std::string& argv0) {
    // The reference starts from the directory above the one holding the
    // program, e.g. /usr for /usr/bin/supervisord.
    std::string prefix = path_dirname(path_dirname(program_path(argv0)));
    return {
        path_join(path_join(prefix, "etc"), "supervisord.conf"),
        path_join(prefix, "supervisord.conf"),
        "supervisord.conf",
        "etc/supervisord.conf",
        "/etc/supervisord.conf",
        "/etc/supervisor/supervisord.conf",
    };
}

std::optional<std::string> find_config_file(const std::string& argv0) {
    for (const std::string& path : config_search_paths(argv0)) {
        if (path_exists(path)) return path;
    }
    return std::nullopt;
}

std::string no_config_file_message(const std::string& argv0) {
    std::string joined;
    for (const std::string& path : config_search_paths(argv0)) {
        if (!joined.empty()) joined += ", ";
        joined += path;
    }
    return "No config file found at default paths (" + joined +
           "); use the -c option to specify a config file at a different path";
}

}  // namespace sup::cli
