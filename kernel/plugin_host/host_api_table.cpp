#include "plugin_host/host_api.hpp"

namespace sup::plugin_host {
namespace {

sup_host_api build() {
    sup_host_api api{};
    api.struct_size = sizeof api;
    api.abi_major = SUP_ABI_MAJOR;
    api.abi_minor = SUP_ABI_MINOR;
    fill_config_api(api);
    fill_supervisor_api(api);
    fill_process_api(api);
    fill_control_api(api);
    fill_event_api(api);
    fill_rpc_api(api);
    fill_value_api(api);
    fill_loop_api(api);
    return api;
}

}  // namespace

const sup_host_api& host_api_table() {
    static const sup_host_api table = build();
    return table;
}

int32_t group_kind(config::GroupConfig::Kind kind) {
    switch (kind) {
        case config::GroupConfig::Kind::Program: return SUP_GROUP_PROGRAM;
        case config::GroupConfig::Kind::Heterogeneous: return SUP_GROUP_HETEROGENEOUS;
        case config::GroupConfig::Kind::EventListenerPool: return SUP_GROUP_EVENT_LISTENER;
        case config::GroupConfig::Kind::FastCgi: return SUP_GROUP_FCGI;
    }
    return SUP_GROUP_PROGRAM;
}

}  // namespace sup::plugin_host
