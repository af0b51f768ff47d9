// Where plugins are found by name: the file naming and the search path.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sup::plugin_host {

// The file of plugin `name`: "sup-<name>.so" (rpc-unix -> sup-rpc-unix.so).
std::string plugin_file_name(std::string_view name);

// The directory the running supervisord executable is in.
std::string executable_dir();

// Where an installed or a built supervisord keeps its plugins:
//   <exe_dir>, <exe_dir>/../lib/supervisor-cpp/plugins (installed), and each
//   existing <exe_dir>/../plugins/<name>/ (the build tree), in that order.
std::vector<std::string> default_plugin_dirs(const std::string& exe_dir);

// The search path: --plugin-dir dirs, then [supervisord] plugin_dirs=, then
// the defaults. The first directory holding the file wins, so both options
// override the defaults without hiding the plugins installed there.
std::vector<std::string> plugin_search_path(const std::vector<std::string>& command_line_dirs,
                                            const std::vector<std::string>& config_dirs,
                                            const std::string& exe_dir);

// The path of plugin `name` in the first directory that has it.
std::optional<std::string> find_plugin_file(std::string_view name, const std::vector<std::string>& dirs);

}  // namespace sup::plugin_host
