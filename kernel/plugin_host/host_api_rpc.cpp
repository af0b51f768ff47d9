// RPC: registering methods, completing calls, and invoking methods (what
// transports do with each request).
#include "plugin_host/host_api.hpp"

namespace sup::plugin_host {
namespace {

int rpc_register(sup_plugin_ctx* ctx, const char* method, sup_rpc_method_fn fn, void* user_data,
                 const char* signature, const char* help) {
    const std::string name = method ? method : "";
    const int rc = host_of(ctx).rpc().add(ctx, name, fn, user_data, signature, help);
    if (rc == SUP_ERR_ALREADY_ADDED) return ctx->fail(rc, "the method " + name + " is already registered");
    if (rc != SUP_OK)
        return ctx->fail(rc, "cannot register '" + name +
                                 "': want namespace.method, not starting with '_', outside system.*");
    return SUP_OK;
}

void rpc_return(sup_rpc_call* call, const sup_value* result) {
    if (call) call->registry->finish(call, result);
}

void rpc_fault(sup_rpc_call* call, int code, const char* message) {
    if (call) call->registry->fault(call, code, message);
}

sup_rpc_call* rpc_call_new(sup_plugin_ctx* ctx) { return host_of(ctx).rpc().new_call(ctx); }

void rpc_call_discard(sup_rpc_call* call) {
    if (call) call->registry->discard(call);
}

void rpc_invoke(sup_rpc_call* call, const char* method, const sup_value* params, sup_rpc_result_fn done,
                void* user_data) {
    if (!call) return;
    // The outcome reaches the invoker only while it is loaded.
    auto alive = call->invoker ? call->invoker->alive : nullptr;
    call->registry->invoke(call, method ? method : "", params,
                           [alive, done, user_data](const sup_value* result, int code, const char* text) {
                               if (done && (!alive || alive->load())) done(user_data, result, code, text);
                           });
}

}  // namespace

void fill_rpc_api(sup_host_api& api) {
    api.rpc_register = rpc_register;
    api.rpc_return = rpc_return;
    api.rpc_fault = rpc_fault;
    api.rpc_call_new = rpc_call_new;
    api.rpc_invoke = rpc_invoke;
    api.rpc_call_discard = rpc_call_discard;
}

}  // namespace sup::plugin_host
