// Control: start, stop, signal, stdin, config reload and group add/remove,
// with the reference's rpcinterface.py result codes.
#include <signal.h>

#include "plugin_host/host_api.hpp"

namespace sup::plugin_host {
namespace {

process::Process* find(sup_plugin_ctx* ctx, sup_process_id id) {
    const PluginHost::Entry* e = host_of(ctx).entry(id);
    return e ? e->process : nullptr;
}

// A completion that reaches the plugin only while it is loaded.
Supervisor::Done completion(sup_plugin_ctx* ctx, sup_process_id id, sup_done_fn done, void* user_data) {
    if (!done) return nullptr;
    return [alive = ctx->alive, done, user_data, id](int result) {
        if (alive->load()) done(user_data, id, result);
    };
}

int process_start(sup_plugin_ctx* ctx, sup_process_id id, sup_done_fn done, void* user_data) {
    process::Process* p = find(ctx, id);
    if (!p) return ctx->fail(SUP_ERR_BAD_NAME);
    std::string message;
    const int rc = host_of(ctx).supervisor().start_process(*p, completion(ctx, id, done, user_data), message);
    return rc == SUP_OK ? rc : ctx->fail(rc, message);
}

int process_stop(sup_plugin_ctx* ctx, sup_process_id id, sup_done_fn done, void* user_data) {
    process::Process* p = find(ctx, id);
    if (!p) return ctx->fail(SUP_ERR_BAD_NAME);
    const int rc = host_of(ctx).supervisor().stop_process(*p, completion(ctx, id, done, user_data));
    return rc == SUP_OK ? rc : ctx->fail(rc);
}

int process_signal(sup_plugin_ctx* ctx, sup_process_id id, int signo) {
    process::Process* p = find(ctx, id);
    if (!p) return ctx->fail(SUP_ERR_BAD_NAME);
    if (signo < 0 || signo >= NSIG) return ctx->fail(SUP_ERR_BAD_SIGNAL);  // 0 probes, as kill(2) does
    if (!process::is_signallable_state(p->state())) return ctx->fail(SUP_ERR_NOT_RUNNING);
    std::string error = p->send_signal(signo);
    return error.empty() ? SUP_OK : ctx->fail(SUP_ERR_FAILED, std::move(error));
}

int process_write_stdin(sup_plugin_ctx* ctx, sup_process_id id, const char* data, size_t len) {
    process::Process* p = find(ctx, id);
    if (!p) return ctx->fail(SUP_ERR_BAD_NAME);
    if (p->pid() <= 0 || p->state() == process::ProcessState::STOPPING) return ctx->fail(SUP_ERR_NOT_RUNNING);
    std::string error = p->write_stdin(std::string_view(data ? data : "", data ? len : 0));
    return error.empty() ? SUP_OK : ctx->fail(SUP_ERR_NO_FILE, std::move(error));
}

std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& name : names) text += (text.empty() ? "" : " ") + name;
    return text;
}

int reload_config(sup_plugin_ctx* ctx, const char** added, const char** changed, const char** removed,
                  const char** error) {
    ctx->reload_added.clear();
    ctx->reload_changed.clear();
    ctx->reload_removed.clear();
    ctx->reload_error.clear();
    int rc = SUP_OK;
    try {
        const Supervisor::ConfigDiff diff = host_of(ctx).supervisor().reload_config();
        ctx->reload_added = joined(diff.added);
        ctx->reload_changed = joined(diff.changed);
        ctx->reload_removed = joined(diff.removed);
    } catch (const std::exception& e) {  // config::ConfigError, worded for the user
        ctx->reload_error = e.what();
        rc = ctx->fail(SUP_ERR_CANT_REREAD, e.what());
    }
    if (added) *added = ctx->reload_added.c_str();
    if (changed) *changed = ctx->reload_changed.c_str();
    if (removed) *removed = ctx->reload_removed.c_str();
    if (error) *error = ctx->reload_error.c_str();
    return rc;
}

int group_add(sup_plugin_ctx* ctx, const char* group) {
    if (!group) return ctx->fail(SUP_ERR_BAD_NAME);
    const int rc = host_of(ctx).supervisor().add_group(group);
    return rc == SUP_OK ? rc : ctx->fail(rc);
}

int group_remove(sup_plugin_ctx* ctx, const char* group) {
    if (!group) return ctx->fail(SUP_ERR_BAD_NAME);
    const int rc = host_of(ctx).supervisor().remove_group(group);
    return rc == SUP_OK ? rc : ctx->fail(rc);
}

}  // namespace

void fill_control_api(sup_host_api& api) {
    api.process_start = process_start;
    api.process_stop = process_stop;
    api.process_signal = process_signal;
    api.process_write_stdin = process_write_stdin;
    api.reload_config = reload_config;
    api.group_add = group_add;
    api.group_remove = group_remove;
}

}  // namespace sup::plugin_host
