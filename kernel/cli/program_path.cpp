#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "cli/path_text.hpp"
#include "cli/server_options.hpp"

namespace sup::cli {

std::string program_path(const std::string& argv0) {
    if (argv0.empty() || argv0.find('/') != std::string::npos) return argv0;
    const char* search = std::getenv("PATH");
    std::string_view dirs = search != nullptr ? search : "";
    while (!dirs.empty()) {
        std::size_t colon = std::min(dirs.find(':'), dirs.size());
        std::string dir(dirs.substr(0, colon));
        dirs.remove_prefix(std::min(colon + 1, dirs.size()));
        std::string candidate = path_join(dir, argv0);
        struct stat st {};
        if (stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
            access(candidate.c_str(), X_OK) == 0) {
            return candidate;
        }
    }
    return argv0;
}

std::string usage_error(const std::string& argv0, std::string_view message) {
    std::string text = "Error: ";
    text.append(message);
    text += "\nFor help, use " + program_path(argv0) + " -h\n";
    return text;
}

}  // namespace sup::cli
