// The RPC side of the host: a registry of "ns.method" -> (plugin function,
// user data, signature, help), and the calls in flight. A call owns an arena
// for its values; it is completed exactly once (now or later) and freed
// right after its completion has been delivered.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "plugin_host/rpc_value.hpp"
#include "supervisor/plugin.h"

namespace sup::plugin_host {

class RpcRegistry;

// Delivered once: `result` (fault_code 0) or fault_code + fault_string.
using RpcCompletion = std::function<void(const sup_value* result, int fault_code, const char* fault_string)>;

struct RpcMethod {
    sup_rpc_method_fn fn;
    void* user_data;
    std::optional<std::string> signature;  // "boolean,string,boolean"
    std::string help;
    sup_plugin_ctx* owner;  // null: the host's own (system.*)
};

}  // namespace sup::plugin_host

struct sup_rpc_call {
    enum class Phase { Built, Running };
    sup::plugin_host::RpcRegistry* registry;
    sup_plugin_ctx* invoker;             // who made it; null for the host's own sub-calls
    sup_plugin_ctx* executor = nullptr;  // whose method runs it
    std::shared_ptr<sup::plugin_host::ValueArena> arena;  // shared by a multicall's sub-calls
    Phase phase = Phase::Built;
    sup::plugin_host::RpcCompletion on_done;
};

namespace sup::plugin_host {

class RpcRegistry {
public:
    RpcRegistry();  // with the system.* namespace
    ~RpcRegistry();

    // SUP_OK, SUP_ERR_BAD_ARGUMENTS (not "ns.method", "_x", system.*) or
    // SUP_ERR_ALREADY_ADDED.
    int add(sup_plugin_ctx* owner, std::string_view name, sup_rpc_method_fn fn, void* user_data,
            const char* signature, const char* help);
    // One of the host's own methods (the system.* namespace); user data is
    // the registry.
    void add_host_method(const char* name, sup_rpc_method_fn fn, const char* signature, const char* help);
    const RpcMethod* find(std::string_view name) const;
    std::vector<std::string> method_names() const;  // sorted, system.* included

    // A new call; `arena` given = a sub-call sharing its parent's values.
    sup_rpc_call* new_call(sup_plugin_ctx* invoker, std::shared_ptr<ValueArena> arena = nullptr);
    void discard(sup_rpc_call* call);  // a call never invoked
    void invoke(sup_rpc_call* call, std::string_view method, const sup_value* params, RpcCompletion done);
    void finish(sup_rpc_call* call, const sup_value* result);
    // `code`: fault code or negative SUP_ERR_*; `message` null = its name.
    void fault(sup_rpc_call* call, int code, const char* message);

    // A plugin is being finalised: its methods go, calls running in them
    // fault FAILED, calls it built but never invoked are freed.
    void drop_owner(sup_plugin_ctx* owner);

private:
    void complete(sup_rpc_call* call, const sup_value* result, int code, const char* message);

    std::map<std::string, RpcMethod, std::less<>> methods_;
    std::unordered_map<sup_rpc_call*, std::unique_ptr<sup_rpc_call>> calls_;
};

// The reference's fault name for a code ("BAD_NAME"), "UNKNOWN" otherwise.
const char* fault_name(int code);

// Registers system.listMethods, methodHelp, methodSignature and multicall.
void register_system_methods(RpcRegistry& registry);

}  // namespace sup::plugin_host
