// The host API table handed to every plugin, assembled from one file per
// area (config, supervisord, processes, events and output, RPC, values,
// loop). Each function finds the kernel through its context's PluginHost.
#pragma once

#include "config/model.hpp"
#include "plugin_host/plugin_host.hpp"
#include "supervisor/plugin.h"

namespace sup::plugin_host {

const sup_host_api& host_api_table();

void fill_config_api(sup_host_api& api);
void fill_supervisor_api(sup_host_api& api);
void fill_process_api(sup_host_api& api);
void fill_control_api(sup_host_api& api);
void fill_event_api(sup_host_api& api);
void fill_rpc_api(sup_host_api& api);
void fill_value_api(sup_host_api& api);
void fill_loop_api(sup_host_api& api);

inline PluginHost& host_of(sup_plugin_ctx* ctx) { return *ctx->host; }
int32_t group_kind(config::GroupConfig::Kind kind);  // sup_group_kind

}  // namespace sup::plugin_host
