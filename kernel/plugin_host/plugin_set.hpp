// From the plan to loaded, checked libraries (nothing initialised yet):
// finds each plugin's file, opens it, and decides what a missing one means.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "plugin_host/plugin_library.hpp"
#include "plugin_host/plugin_plan.hpp"

namespace sup::plugin_host {

// The file a request names or the first one found in `dirs`.
std::optional<std::string> resolve_plugin_path(const PluginRequest& request, const std::vector<std::string>& dirs);

// Why `request` has no file, in one line. For an implied plugin it is a
// warning ("... not found in DIRS; [section] is ignored"), else an error.
std::string not_found_message(const PluginRequest& request, const std::vector<std::string>& dirs);

struct PluginSet {
    std::vector<LoadedPlugin> plugins;  // in plan order
    std::vector<std::string> warnings;  // implied plugins that are not installed
    std::string error;                  // the first fatal problem; "" = none
};

// Stops at the first fatal problem: a required plugin not found, or any
// plugin found that cannot be opened or is built for another ABI.
PluginSet load_plugin_set(const std::vector<PluginRequest>& plan, const std::vector<std::string>& dirs);

}  // namespace sup::plugin_host
