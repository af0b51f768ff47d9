#include "plugin_host/plugin_dirs.hpp"

#include <boost/dll/runtime_symbol_info.hpp>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace sup::plugin_host {

namespace fs = std::filesystem;

std::string plugin_file_name(std::string_view name) { return "sup-" + std::string(name) + ".so"; }

std::string executable_dir() {
    std::error_code ec;
    const fs::path exe = boost::dll::program_location(ec);
    return ec ? fs::current_path(ec).string() : exe.parent_path().string();
}

std::vector<std::string> default_plugin_dirs(const std::string& exe_dir) {
    const fs::path here(exe_dir);
    std::vector<std::string> dirs{here.lexically_normal().string(),
                                  (here / "../lib/supervisor-cpp/plugins").lexically_normal().string()};
    std::vector<std::string> build_dirs;
    std::error_code ec;
    for (fs::directory_iterator it(here / "../plugins", ec), end; !ec && it != end; it.increment(ec))
        if (it->is_directory(ec)) build_dirs.push_back(it->path().lexically_normal().string());
    std::sort(build_dirs.begin(), build_dirs.end());
    dirs.insert(dirs.end(), build_dirs.begin(), build_dirs.end());
    return dirs;
}

std::vector<std::string> plugin_search_path(const std::vector<std::string>& command_line_dirs,
                                            const std::vector<std::string>& config_dirs,
                                            const std::string& exe_dir) {
    std::vector<std::string> dirs = command_line_dirs;
    dirs.insert(dirs.end(), config_dirs.begin(), config_dirs.end());
    for (auto& d : default_plugin_dirs(exe_dir))
        if (std::find(dirs.begin(), dirs.end(), d) == dirs.end()) dirs.push_back(std::move(d));
    return dirs;
}

std::optional<std::string> find_plugin_file(std::string_view name, const std::vector<std::string>& dirs) {
    const std::string file = plugin_file_name(name);
    for (const auto& dir : dirs) {
        std::error_code ec;
        const fs::path candidate = fs::path(dir) / file;
        if (fs::is_regular_file(candidate, ec)) return candidate.string();
    }
    return std::nullopt;
}

}  // namespace sup::plugin_host
