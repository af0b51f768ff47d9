// Opening one plugin's shared object with Boost.DLL and checking that it is
// a plugin this host can run: the entry symbol resolves, the descriptor's
// ABI major equals ours and its minor is not newer.
#pragma once

#include <boost/dll/shared_library.hpp>

#include <string>
#include <variant>

#include "plugin_host/plugin_plan.hpp"
#include "supervisor/plugin.h"

namespace sup::plugin_host {

struct LoadedPlugin {
    PluginRequest request;
    std::string path;
    boost::dll::shared_library library;  // unloads when the last copy goes
    const sup_plugin_descriptor* descriptor = nullptr;
};

// "1.0"
std::string abi_text(unsigned major, unsigned minor);

// The loaded plugin, or a one-line reason naming the plugin, the path and,
// where they matter, both ABI versions. Never throws.
std::variant<LoadedPlugin, std::string> open_plugin(const PluginRequest& request, const std::string& path);

}  // namespace sup::plugin_host
