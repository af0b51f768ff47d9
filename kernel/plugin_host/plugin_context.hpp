// What the host keeps for one loaded plugin: the ABI's opaque
// sup_plugin_ctx. Everything the plugin registered is listed here so the
// host can drop it when the plugin is finalised.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "supervisor/plugin.h"

namespace sup::plugin_host {
class PluginHost;
}

struct sup_plugin_ctx {
    sup::plugin_host::PluginHost* host;
    std::string name;         // as the config names it; "supervisord" for the host's own
    std::string path;
    std::string own_section;  // config_own_section
    const sup_plugin_descriptor* descriptor = nullptr;  // null for the host's own context
    void* instance = nullptr;
    bool initialised = false;

    // True from init until fini starts. Anything that may call the plugin
    // later (posts from other threads, deferred completions, timers) holds
    // this and checks it first. Never reassigned, so other threads may copy it.
    const std::shared_ptr<std::atomic<bool>> alive = std::make_shared<std::atomic<bool>>(false);

    std::string last_error;  // last_error()
    std::string reload_added, reload_changed, reload_removed, reload_error;  // reload_config()

    std::vector<std::uint64_t> event_subscriptions;   // EventBus tokens
    std::vector<std::uint64_t> output_subscriptions;  // PluginHost output tokens
    // Defined in loop_handles.hpp; shared: a callback in progress keeps its watch.
    std::map<sup_watch*, std::shared_ptr<sup_watch>> watches;
    std::map<sup_timer*, std::unique_ptr<sup_timer>> timers;

    bool is_alive() const { return alive->load(); }
    // Records why a host call failed; returns `code` for `return ctx->fail(...)`.
    int fail(int code, std::string why = {}) {
        last_error = std::move(why);
        return code;
    }
};
