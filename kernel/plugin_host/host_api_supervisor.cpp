// supervisord itself: logging, identity, state, shutdown/restart requests,
// and last_error.
#include <unistd.h>

#include "plugin_host/host_api.hpp"
#include "runtime/main_log.hpp"

namespace sup::plugin_host {
namespace {

// The reference's levels; anything in between counts as the level below it.
config::LogLevel log_level(int level) {
    using L = config::LogLevel;
    if (level >= SUP_LOG_CRITICAL) return L::Critical;
    if (level >= SUP_LOG_ERROR) return L::Error;
    if (level >= SUP_LOG_WARN) return L::Warn;
    if (level >= SUP_LOG_INFO) return L::Info;
    if (level >= SUP_LOG_DEBUG) return L::Debug;
    if (level >= SUP_LOG_TRACE) return L::Trace;
    return L::Blather;
}

void log(sup_plugin_ctx*, int level, const char* message, size_t len) {
    if (!message) return;
    const config::LogLevel l = log_level(level);
    if (mainlog::enabled(l)) mainlog::write(l, std::string_view(message, len));
}

int log_enabled(sup_plugin_ctx*, int level) { return mainlog::enabled(log_level(level)) ? 1 : 0; }

int32_t supervisor_state(sup_plugin_ctx* ctx) { return static_cast<int32_t>(host_of(ctx).supervisor().state()); }

int32_t supervisor_pid(sup_plugin_ctx*) { return static_cast<int32_t>(::getpid()); }

const char* identification(sup_plugin_ctx* ctx) { return host_of(ctx).config().supervisord.identifier.c_str(); }

const char* version(sup_plugin_ctx*) { return "4.2.5"; }

// Deferred: the caller (an RPC method, say) finishes its turn first. A stop
// already under way is not turned into another kind of stop.
void request_stop(sup_plugin_ctx* ctx, SupervisorState mood) {
    PluginHost& host = host_of(ctx);
    host.defer([&host, mood] {
        if (host.supervisor().state() == SupervisorState::RUNNING) host.supervisor().request_stop(mood);
    });
}
void request_shutdown(sup_plugin_ctx* ctx) { request_stop(ctx, SupervisorState::SHUTDOWN); }
void request_restart(sup_plugin_ctx* ctx) { request_stop(ctx, SupervisorState::RESTARTING); }

const char* main_logfile(sup_plugin_ctx* ctx) { return host_of(ctx).config().supervisord.logfile.c_str(); }

const char* last_error(sup_plugin_ctx* ctx) { return ctx->last_error.c_str(); }

}  // namespace

void fill_supervisor_api(sup_host_api& api) {
    api.log = log;
    api.log_enabled = log_enabled;
    api.supervisor_state = supervisor_state;
    api.supervisor_pid = supervisor_pid;
    api.identification = identification;
    api.version = version;
    api.request_shutdown = request_shutdown;
    api.request_restart = request_restart;
    api.main_logfile = main_logfile;
    api.last_error = last_error;
}

}  // namespace sup::plugin_host
