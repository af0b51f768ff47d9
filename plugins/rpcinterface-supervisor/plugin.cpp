// rpcinterface-supervisor: the supervisor.* XML-RPC namespace, what the
// reference's supervisor.rpcinterface:make_main_rpcinterface provides.
#include <supervisor/plugin.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <string>
#include <vector>

#include "interface.hpp"
#include "method_table.hpp"

namespace {

using sup::rpc_supervisor::Call;
using sup::rpc_supervisor::MethodEntry;
using sup::rpc_supervisor::SupervisorInterface;

// What the host calls for every method: the table entry is the user data.
struct Binding {
    SupervisorInterface* self;
    const MethodEntry* entry;
};

void run_method(void* user_data, sup_rpc_call* handle, const sup_value* params) {
    const auto* binding = static_cast<const Binding*>(user_data);
    Call call(*binding->self, handle, params);
    try {
        binding->entry->run(call);
    } catch (const std::exception& e) {
        call.fail(sup::rpc_supervisor::FAILED, e.what());
    }
}

struct State {
    SupervisorInterface self;
    std::vector<Binding> bindings;
    State(const sup_host_api* api, sup_plugin_ctx* ctx) : self(api, ctx) {}
};

int copy_error(const std::string& message, char* error, size_t error_size) {
    if (error && error_size) {
        const size_t n = std::min(message.size(), error_size - 1);
        message.copy(error, n);
        error[n] = '\0';
    }
    return SUP_ERR_FAILED;
}

// "rpcinterface:supervisor" -> "supervisor"
std::string interface_name(const sup_host_api* api, sup_plugin_ctx* ctx) {
    const std::string section = api->config_own_section(ctx);
    const auto colon = section.find(':');
    return colon == std::string::npos ? "supervisor" : section.substr(colon + 1);
}

int init(const sup_host_api* api, sup_plugin_ctx* ctx, void** instance, char* error, size_t error_size) try {
    auto state = std::make_unique<State>(api, ctx);
    const auto table = sup::rpc_supervisor::method_table();
    state->bindings.reserve(table.size());  // stable addresses: the host keeps them
    for (const MethodEntry& entry : table) {
        Binding& binding = state->bindings.emplace_back(Binding{&state->self, &entry});
        if (api->rpc_register(ctx, entry.name, run_method, &binding, entry.signature, entry.help) != SUP_OK)
            return copy_error(std::string("cannot register ") + entry.name, error, error_size);
    }
    const std::string message = "RPC interface '" + interface_name(api, ctx) + "' initialized";
    api->log(ctx, SUP_LOG_INFO, message.data(), message.size());
    *instance = state.release();
    return SUP_OK;
} catch (const std::exception& e) {
    return copy_error(std::string("rpcinterface-supervisor: ") + e.what(), error, error_size);
}

void fini(void* instance) { delete static_cast<State*>(instance); }

const sup_plugin_descriptor descriptor = {
    sizeof(sup_plugin_descriptor),
    SUP_ABI_MAJOR,
    SUP_ABI_MINOR,
    "rpcinterface-supervisor",
    "1.0.0",
    SUP_KIND_RPC_INTERFACE,
    init,
    nullptr,
    fini,
};

}  // namespace

extern "C" const sup_plugin_descriptor* supervisor_plugin_entry(void) { return &descriptor; }
