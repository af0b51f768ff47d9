#include "plugin_host/plugin_set.hpp"

#include <filesystem>
#include <system_error>

#include "plugin_host/plugin_dirs.hpp"

namespace sup::plugin_host {
namespace {

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : separator) + item;
    return text;
}

std::string listed(const std::vector<std::string>& dirs) {
    return dirs.empty() ? "(no plugin directories)" : joined(dirs, ", ");
}

}  // namespace

std::optional<std::string> resolve_plugin_path(const PluginRequest& request, const std::vector<std::string>& dirs) {
    if (request.path.empty()) return find_plugin_file(request.name, dirs);
    std::error_code ec;
    if (std::filesystem::exists(request.path, ec)) return request.path;
    return std::nullopt;
}

std::string not_found_message(const PluginRequest& request, const std::vector<std::string>& dirs) {
    const std::string who = "plugin " + request.name + " (" + describe_reasons(request) + ")";
    if (!request.path.empty()) return who + ": no such file " + request.path;
    if (request.required)
        return who + " not found: no " + plugin_file_name(request.name) + " in " + listed(dirs);
    return who + " not found in " + listed(dirs) + "; " + joined(request.losses, "; ");
}

PluginSet load_plugin_set(const std::vector<PluginRequest>& plan, const std::vector<std::string>& dirs) {
    PluginSet set;
    for (const auto& request : plan) {
        const auto path = resolve_plugin_path(request, dirs);
        if (!path) {
            if (!request.required) {
                set.warnings.push_back(not_found_message(request, dirs));
                continue;
            }
            set.error = not_found_message(request, dirs);
            return set;
        }
        auto opened = open_plugin(request, *path);
        if (auto* error = std::get_if<std::string>(&opened)) {
            set.error = std::move(*error);
            return set;
        }
        set.plugins.push_back(std::move(std::get<LoadedPlugin>(opened)));
    }
    return set;
}

}  // namespace sup::plugin_host
