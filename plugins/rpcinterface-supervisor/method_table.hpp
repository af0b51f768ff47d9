// Every supervisor.* method with its signature and help text, as
// registered with the host (system.methodSignature / methodHelp read them).
#pragma once

#include <span>

#include "rpc_call.hpp"

namespace sup::rpc_supervisor {

struct MethodEntry {
    const char* name;       // "supervisor.getState"
    void (*run)(Call& call);
    const char* signature;  // return type first
    const char* help;
};

std::span<const MethodEntry> method_table();

}  // namespace sup::rpc_supervisor
