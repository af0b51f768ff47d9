#include "plugin_host/rpc_registry.hpp"

#include <algorithm>

#include "plugin_host/plugin_context.hpp"
#include "runtime/main_log.hpp"

namespace sup::plugin_host {
namespace {

constexpr int kUnknownMethod = 1;
constexpr int kIncorrectParameters = 2;
constexpr int kFailed = 30;

// The reference's traverse(): exactly "namespace.method", and nothing that
// starts with an underscore is callable.
bool valid_method_name(std::string_view name) {
    const auto dot = name.find('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < name.size() &&
           name.find('.', dot + 1) == std::string_view::npos && name[dot + 1] != '_';
}

}  // namespace

const char* fault_name(int code) {
    switch (code) {
        case 1: return "UNKNOWN_METHOD";
        case 2: return "INCORRECT_PARAMETERS";
        case 3: return "BAD_ARGUMENTS";
        case 4: return "SIGNATURE_UNSUPPORTED";
        case 6: return "SHUTDOWN_STATE";
        case 10: return "BAD_NAME";
        case 11: return "BAD_SIGNAL";
        case 20: return "NO_FILE";
        case 21: return "NOT_EXECUTABLE";
        case 30: return "FAILED";
        case 40: return "ABNORMAL_TERMINATION";
        case 50: return "SPAWN_ERROR";
        case 60: return "ALREADY_STARTED";
        case 70: return "NOT_RUNNING";
        case 80: return "SUCCESS";
        case 90: return "ALREADY_ADDED";
        case 91: return "STILL_RUNNING";
        case 92: return "CANT_REREAD";
    }
    return "UNKNOWN";
}

RpcRegistry::RpcRegistry() { register_system_methods(*this); }

// Calls still in flight belong to a run that is over: nobody waits for them.
RpcRegistry::~RpcRegistry() = default;

int RpcRegistry::add(sup_plugin_ctx* owner, std::string_view name, sup_rpc_method_fn fn, void* user_data,
                     const char* signature, const char* help) {
    if (!fn || !valid_method_name(name) || name.substr(0, 7) == "system.") return SUP_ERR_BAD_ARGUMENTS;
    if (methods_.count(name)) return SUP_ERR_ALREADY_ADDED;
    RpcMethod method{fn, user_data, std::nullopt, help ? help : "", owner};
    if (signature) method.signature = signature;
    methods_.emplace(std::string(name), std::move(method));
    return SUP_OK;
}

void RpcRegistry::add_host_method(const char* name, sup_rpc_method_fn fn, const char* signature, const char* help) {
    methods_.emplace(name, RpcMethod{fn, this, std::string(signature), help, nullptr});
}

const RpcMethod* RpcRegistry::find(std::string_view name) const {
    const auto it = methods_.find(name);
    return it == methods_.end() ? nullptr : &it->second;
}

std::vector<std::string> RpcRegistry::method_names() const {
    std::vector<std::string> names;
    names.reserve(methods_.size());
    for (const auto& entry : methods_) names.push_back(entry.first);  // a std::map: sorted
    return names;
}

sup_rpc_call* RpcRegistry::new_call(sup_plugin_ctx* invoker, std::shared_ptr<ValueArena> arena) {
    auto call = std::make_unique<sup_rpc_call>();
    call->registry = this;
    call->invoker = invoker;
    call->arena = arena ? std::move(arena) : std::make_shared<ValueArena>();
    sup_rpc_call* handle = call.get();
    calls_.emplace(handle, std::move(call));
    return handle;
}

void RpcRegistry::discard(sup_rpc_call* call) {
    const auto it = calls_.find(call);
    if (it != calls_.end() && it->second->phase == sup_rpc_call::Phase::Built) calls_.erase(it);
}

void RpcRegistry::invoke(sup_rpc_call* call, std::string_view method, const sup_value* params,
                         RpcCompletion done) {
    const auto it = calls_.find(call);
    if (it == calls_.end() || call->phase != sup_rpc_call::Phase::Built) {
        mainlog::error("rpc_invoke on a call that is not new (" + std::string(method) + "); ignored");
        return;
    }
    call->phase = sup_rpc_call::Phase::Running;
    call->on_done = std::move(done);
    const RpcMethod* m = find(method);
    if (!m) return fault(call, kUnknownMethod, nullptr);
    if (!params) params = call->arena->make(SUP_VALUE_ARRAY);
    if (params->type != SUP_VALUE_ARRAY) return fault(call, kIncorrectParameters, nullptr);
    call->executor = m->owner;
    m->fn(m->user_data, call, params);  // may complete (and free) the call before returning
}

void RpcRegistry::finish(sup_rpc_call* call, const sup_value* result) {
    if (!result) return complete(call, nullptr, kFailed, "FAILED: the method returned no value");
    complete(call, result, 0, nullptr);
}

void RpcRegistry::fault(sup_rpc_call* call, int code, const char* message) {
    if (code < 0) code = -code;
    if (code == 0) code = kFailed;  // a fault must say it is one
    complete(call, nullptr, code, message ? message : fault_name(code));
}

void RpcRegistry::complete(sup_rpc_call* call, const sup_value* result, int code, const char* message) {
    const auto it = calls_.find(call);
    if (it == calls_.end() || it->second->phase != sup_rpc_call::Phase::Running) {
        mainlog::error("an RPC call was completed twice or never invoked; ignored");
        return;
    }
    std::unique_ptr<sup_rpc_call> owned = std::move(it->second);
    calls_.erase(it);
    if (result && result->arena != owned->arena.get()) result = owned->arena->copy(*result);
    if (owned->on_done) owned->on_done(result, code, message);
}

void RpcRegistry::drop_owner(sup_plugin_ctx* owner) {
    std::erase_if(methods_, [&](const auto& entry) { return entry.second.owner == owner; });
    std::erase_if(calls_, [&](const auto& entry) {
        return entry.second->phase == sup_rpc_call::Phase::Built && entry.second->invoker == owner;
    });
    const std::string why = "FAILED: plugin " + owner->name + " was unloaded before it answered";
    // One at a time, looking again each time: a completion may start or
    // finish other calls (a multicall goes on with its next one).
    for (;;) {
        const auto it = std::find_if(calls_.begin(), calls_.end(), [&](const auto& entry) {
            return entry.second->phase == sup_rpc_call::Phase::Running && entry.second->executor == owner;
        });
        if (it == calls_.end()) return;
        complete(it->first, nullptr, kFailed, why.c_str());
    }
}

}  // namespace sup::plugin_host
