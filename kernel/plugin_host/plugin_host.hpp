// The plugin host of one run: the loaded plugins' contexts, their init and
// fini, and the kernel state behind the host API (sup_host_api) they call.
// Created after the Supervisor of the run and destroyed before it.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "plugin_host/plugin_context.hpp"
#include "plugin_host/plugin_set.hpp"
#include "plugin_host/process_config_view.hpp"
#include "plugin_host/rpc_registry.hpp"
#include "supervisor/supervisor.hpp"

namespace sup::plugin_host {

class PluginHost {
public:
    PluginHost(Supervisor& supervisor, const config::Config& config);
    ~PluginHost();  // finalises plugins still initialised, then unloads them
    PluginHost(const PluginHost&) = delete;
    PluginHost& operator=(const PluginHost&) = delete;

    // Takes the opened libraries (in the order they are to be initialised).
    void adopt(std::vector<LoadedPlugin> plugins);
    // Calls every init in order. On a failure, finalises the ones already
    // initialised (in reverse) and returns the one-line reason; "" = all up.
    std::string init_all();
    // Calls every fini in reverse order and drops what each left behind.
    void fini_all();
    void reopen_logs();  // SIGUSR2

    const sup_host_api& api() const;
    // The host's own context: lets the kernel (and tests) use the API,
    // e.g. rpc_call_new + rpc_invoke, as a plugin would.
    sup_plugin_ctx* own_context() { return &own_; }

    Supervisor& supervisor() { return supervisor_; }
    const config::Config& config() const { return config_; }
    RpcRegistry& rpc() { return rpc_; }
    // Runs `work` on the loop soon, unless this host is gone by then.
    void defer(std::function<void()> work);

    // Inventory in start order (groups by priority, then processes).
    struct Entry {
        process::Process* process;
        const ProcessGroup* group;
    };
    const std::vector<Entry>& inventory();
    const Entry* entry(sup_process_id id);
    // A process's config as the ABI shows it; lives while the process does.
    const sup_process_config& config_view(const Entry& entry);

    // Child output to plugins (a claimed group's stdout goes to its claimer only).
    std::uint64_t add_output_subscriber(sup_plugin_ctx* ctx, sup_output_fn fn, void* user_data);
    void remove_output_subscriber(sup_plugin_ctx* ctx, std::uint64_t token);
    void claim_output(sup_plugin_ctx* ctx, const std::string& group, sup_output_fn fn, void* user_data);

private:
    struct OutputSubscriber {
        std::uint64_t token;
        sup_plugin_ctx* ctx;
        sup_output_fn fn;
        void* user_data;
    };

    void finalise(sup_plugin_ctx& ctx);
    void forget_removed_processes();
    void deliver_output(process::Process& p, process::Channel channel, std::string_view data,
                        const OutputSubscriber& to);

    Supervisor& supervisor_;
    const config::Config& config_;
    std::vector<LoadedPlugin> libraries_;  // declared first: unloaded last
    RpcRegistry rpc_;
    sup_plugin_ctx own_;
    std::vector<std::unique_ptr<sup_plugin_ctx>> contexts_;  // in init order

    std::vector<Entry> inventory_;
    std::unordered_map<sup_process_id, size_t> inventory_index_;  // id -> position
    bool inventory_stale_ = true;
    std::unordered_map<sup_process_id, std::unique_ptr<ProcessConfigView>> config_views_;
    events::EventBus::Token group_watch_ = 0;

    std::vector<OutputSubscriber> output_subscribers_;
    std::uint64_t next_output_token_ = 1;
    // Liveness for callbacks the Supervisor keeps beyond this host's life
    // (output observer, reopen hook, claims) and for deferred work.
    std::shared_ptr<char> alive_ = std::make_shared<char>();
};

}  // namespace sup::plugin_host
