// Finding what a namespec names: one process, or a whole group.
#pragma once

#include <optional>
#include <string>

#include "inventory.hpp"
#include "rpc_call.hpp"

namespace sup::rpc_supervisor {

struct Target {
    std::string group;
    std::optional<ProcessView> process;  // nullopt: the whole group
};

// Faults the call with BAD_NAME (and returns nullopt) for an unknown name.
std::optional<Target> resolve(Call& call, const std::string& namespec);

// Like resolve, but a group alone is BAD_NAME too.
std::optional<ProcessView> resolve_process(Call& call, const std::string& namespec);

}  // namespace sup::rpc_supervisor
