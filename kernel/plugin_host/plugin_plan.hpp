// Which plugins a config asks for, and why: plugins implied by sections the
// kernel does not serve itself, [rpcinterface:x] factories, and explicit
// [plugin:x] sections. Decided from the config alone; nothing is loaded here.
#pragma once

#include <string>
#include <vector>

#include "config/model.hpp"

namespace sup::plugin_host {

// The reference's factory for its own `supervisor` namespace; it selects our
// rpcinterface-supervisor plugin.
inline constexpr const char* kMainRpcInterfaceFactory = "supervisor.rpcinterface:make_main_rpcinterface";
inline constexpr const char* kMainRpcInterfacePlugin = "rpcinterface-supervisor";

struct PluginRequest {
    std::string name;          // "rpc-unix"; for a plugin given by path, its section's name
    std::string path;          // explicit .so path; "" = find sup-<name>.so in the plugin dirs
    std::string entry_symbol;  // SUP_PLUGIN_ENTRY_SYMBOL unless the config names another
    std::string own_section;   // what config_own_section answers; "" if none
    bool required = false;     // asked for explicitly: not finding it is fatal
    // "implied by [unix_http_server]", "[plugin:stats]", ... in file order.
    std::vector<std::string> reasons;
    // For an implied plugin that is not installed: what the user loses,
    // e.g. "[unix_http_server] is ignored".
    std::vector<std::string> losses;
};

// The plugins `config` asks for, in the order their first section appears.
// Throws config::ConfigError for an rpcinterface factory we cannot serve.
std::vector<PluginRequest> plan_plugins(const config::Config& config);

// "implied by [a], [b]; [plugin:x]"
std::string describe_reasons(const PluginRequest& request);

}  // namespace sup::plugin_host
