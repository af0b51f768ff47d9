// The system.* namespace, served by the host itself (the reference's
// SystemNamespaceRPCInterface): introspection over every registered method
// and multicall, which runs its calls one after another, a deferred one
// holding back the rest, and reports each fault in place as a struct.
#include <memory>
#include <string>

#include "plugin_host/rpc_registry.hpp"

namespace sup::plugin_host {
namespace {

constexpr int kIncorrectParameters = 2;
constexpr int kSignatureUnsupported = 4;

RpcRegistry& registry_of(void* user_data) { return *static_cast<RpcRegistry*>(user_data); }

bool has_count(const sup_value* params, std::size_t n) { return params->items.size() == n; }

// The method a methodHelp/methodSignature call asks about, if it exists.
const RpcMethod* named_method(RpcRegistry& registry, const sup_value* params) {
    const sup_value* name = params->items[0];
    return name->type == SUP_VALUE_STRING ? registry.find(name->text) : nullptr;
}

void list_methods(void* user_data, sup_rpc_call* call, const sup_value* params) {
    RpcRegistry& registry = registry_of(user_data);
    if (!has_count(params, 0)) return registry.fault(call, kIncorrectParameters, nullptr);
    sup_value* names = call->arena->make(SUP_VALUE_ARRAY);
    for (const auto& name : registry.method_names())
        append_item(*names, call->arena->make_text(SUP_VALUE_STRING, name));
    registry.finish(call, names);
}

void method_help(void* user_data, sup_rpc_call* call, const sup_value* params) {
    RpcRegistry& registry = registry_of(user_data);
    if (!has_count(params, 1)) return registry.fault(call, kIncorrectParameters, nullptr);
    const RpcMethod* method = named_method(registry, params);
    if (!method) return registry.fault(call, kSignatureUnsupported, nullptr);
    registry.finish(call, call->arena->make_text(SUP_VALUE_STRING, method->help));
}

void method_signature(void* user_data, sup_rpc_call* call, const sup_value* params) {
    RpcRegistry& registry = registry_of(user_data);
    if (!has_count(params, 1)) return registry.fault(call, kIncorrectParameters, nullptr);
    const RpcMethod* method = named_method(registry, params);
    if (!method || !method->signature || method->signature->empty())
        return registry.fault(call, kSignatureUnsupported, nullptr);
    sup_value* types = call->arena->make(SUP_VALUE_ARRAY);
    const std::string& text = *method->signature;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find(',', start);
        if (end == std::string::npos) end = text.size();
        std::string type = text.substr(start, end - start);
        type.erase(0, type.find_first_not_of(' '));
        type.erase(type.find_last_not_of(' ') + 1);
        append_item(*types, call->arena->make_text(SUP_VALUE_STRING, type));
        start = end + 1;
    }
    registry.finish(call, types);
}

struct Multicall {
    RpcRegistry& registry;
    sup_rpc_call* call;
    const sup_value* calls;
    sup_value* results;
    std::size_t next = 0;
    bool stepping = false;  // inside step(): a completion just records
    bool waiting = false;   // the current sub-call has not completed yet
};

void record_fault(Multicall& m, int code, const char* text) {
    sup_value* fault = m.call->arena->make(SUP_VALUE_STRUCT);
    set_member(*fault, "faultCode", m.call->arena->make_int(code));
    set_member(*fault, "faultString", m.call->arena->make_text(SUP_VALUE_STRING, text));
    append_item(*m.results, fault);
}

void step(const std::shared_ptr<Multicall>& m);

void start_one(const std::shared_ptr<Multicall>& m, const sup_value* spec) {
    const sup_value* name = find_member(*spec, "methodName");
    if (!name || name->type != SUP_VALUE_STRING)
        return record_fault(*m, kIncorrectParameters, "INCORRECT_PARAMETERS: No methodName");
    if (name->text == "system.multicall")
        return record_fault(*m, kIncorrectParameters, "INCORRECT_PARAMETERS: Recursive system.multicall forbidden");
    m->waiting = true;
    sup_rpc_call* sub = m->registry.new_call(nullptr, m->call->arena);
    m->registry.invoke(sub, name->text, find_member(*spec, "params"),
                       [m](const sup_value* result, int code, const char* text) {
                           if (code) record_fault(*m, code, text);
                           else append_item(*m->results, const_cast<sup_value*>(result));
                           m->waiting = false;
                           if (!m->stepping) step(m);
                       });
}

void step(const std::shared_ptr<Multicall>& m) {
    m->stepping = true;
    while (m->next < m->calls->items.size()) {
        start_one(m, m->calls->items[m->next++]);
        if (m->waiting) {  // deferred: its completion resumes the loop
            m->stepping = false;
            return;
        }
    }
    m->stepping = false;
    m->registry.finish(m->call, m->results);
}

void multicall(void* user_data, sup_rpc_call* call, const sup_value* params) {
    RpcRegistry& registry = registry_of(user_data);
    if (!has_count(params, 1) || params->items[0]->type != SUP_VALUE_ARRAY)
        return registry.fault(call, kIncorrectParameters, nullptr);
    step(std::make_shared<Multicall>(
        Multicall{registry, call, params->items[0], call->arena->make(SUP_VALUE_ARRAY)}));
}

}  // namespace

void register_system_methods(RpcRegistry& registry) {
    registry.add_host_method("system.listMethods", list_methods, "array",
                             "List the names of every method this server offers.\n\n"
                             "@return array result  The method names (strings), sorted.");
    registry.add_host_method("system.methodHelp", method_help, "string,string",
                             "The documentation of one method.\n\n"
                             "@param string name   The method's name.\n"
                             "@return string result The documentation.");
    registry.add_host_method("system.methodSignature", method_signature, "array,string",
                             "The types of one method as [return type, parameter types...].\n\n"
                             "@param string name  The method's name.\n"
                             "@return array result  The type names.");
    registry.add_host_method("system.multicall", multicall, "array,array",
                             "Run several calls in one request, in order. Each call is a struct\n"
                             "{'methodName': string, 'params': array}; each result is the call's\n"
                             "value, or a struct {'faultCode': int, 'faultString': string}.\n\n"
                             "@param array calls  The calls.\n"
                             "@return array result  One result per call.");
}

}  // namespace sup::plugin_host
