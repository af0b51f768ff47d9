// The host as the RPC server sees it: the ABI's function table and this
// plugin's handle, with the few calls it makes spelled out.
#pragma once

#include <supervisor/plugin.h>

#include <string_view>

namespace sup::rpc {

struct Host {
    const sup_host_api* api = nullptr;
    sup_plugin_ctx* ctx = nullptr;

    void log(int level, std::string_view message) const { api->log(ctx, level, message.data(), message.size()); }
    bool log_enabled(int level) const { return api->log_enabled(ctx, level) != 0; }
};

}  // namespace sup::rpc
