// Bringing up the plugins of one run: plan from the config, find and open
// the libraries, warn about implied plugins that are not installed, then
// initialise. Also what --list-plugins prints.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "config/model.hpp"
#include "plugin_host/plugin_host.hpp"

namespace sup::plugin_host {

// Returns "" or the one-line reason supervisord must not go on. Nothing is
// left initialised after a failure.
std::string start_plugins(PluginHost& host, const config::Config& config, const std::vector<std::string>& dirs);

// --list-plugins: what would load for `config`, from where and why. Returns
// the exit code: 0 if the set would load, 1 if something required would not.
int list_plugins(const config::Config& config, const std::vector<std::string>& dirs, std::FILE* out);

}  // namespace sup::plugin_host
