// Inventory: processes and groups, their runtime facts and their config.
#include <algorithm>
#include <cstring>

#include "plugin_host/host_api.hpp"

namespace sup::plugin_host {
namespace {

// Copies what fits in the plugin's version of the struct (its struct_size).
template <class T>
int fill_out(sup_plugin_ctx* ctx, T* out, const T& full) {
    if (!out || out->struct_size < sizeof(uint32_t))
        return ctx->fail(SUP_ERR_BAD_ARGUMENTS, "set struct_size to the struct's size before the call");
    const uint32_t size = std::min<uint32_t>(out->struct_size, sizeof(T));
    std::memcpy(out, &full, size);
    out->struct_size = size;
    return SUP_OK;
}

size_t process_count(sup_plugin_ctx* ctx) { return host_of(ctx).inventory().size(); }

sup_process_id process_at(sup_plugin_ctx* ctx, size_t index) {
    const auto& inventory = host_of(ctx).inventory();
    return index < inventory.size() ? inventory[index].process->id() : 0;
}

sup_process_id process_find(sup_plugin_ctx* ctx, const char* namespec) {
    if (!namespec) return 0;
    const process::Process* p = host_of(ctx).supervisor().find_process(std::string_view(namespec));
    return p ? p->id() : 0;
}

int process_info(sup_plugin_ctx* ctx, sup_process_id id, sup_process_info* out) {
    const PluginHost::Entry* e = host_of(ctx).entry(id);
    if (!e) return ctx->fail(SUP_ERR_BAD_NAME, "no process with id " + std::to_string(id));
    const process::Process& p = *e->process;
    const sup_process_info info{sizeof info,
                                p.id(),
                                p.name().c_str(),
                                e->group->config.name.c_str(),
                                static_cast<int32_t>(p.state()),
                                static_cast<int32_t>(p.pid()),
                                p.last_start(),
                                p.last_stop(),
                                p.exit_status().value_or(0),
                                p.spawn_error().c_str(),
                                p.stdout_logfile().c_str(),
                                p.stderr_logfile().c_str(),
                                group_kind(e->group->config.kind)};
    return fill_out(ctx, out, info);
}

int process_config(sup_plugin_ctx* ctx, sup_process_id id, sup_process_config* out) {
    PluginHost& host = host_of(ctx);
    const PluginHost::Entry* e = host.entry(id);
    if (!e) return ctx->fail(SUP_ERR_BAD_NAME, "no process with id " + std::to_string(id));
    return fill_out(ctx, out, host.config_view(*e));
}

size_t group_count(sup_plugin_ctx* ctx) { return host_of(ctx).supervisor().groups().size(); }

const char* group_at(sup_plugin_ctx* ctx, size_t index) {
    const auto& groups = host_of(ctx).supervisor().groups();
    return index < groups.size() ? groups[index]->config.name.c_str() : nullptr;
}

}  // namespace

void fill_process_api(sup_host_api& api) {
    api.process_count = process_count;
    api.process_at = process_at;
    api.process_find = process_find;
    api.process_info = process_info;
    api.process_config = process_config;
    api.group_count = group_count;
    api.group_at = group_at;
}

}  // namespace sup::plugin_host
