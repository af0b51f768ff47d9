// Starting and stopping one process the way supervisor.startProcess and
// stopProcess do, reporting the outcome once: SUCCESS, or a fault code with
// its complete fault string ("SPAWN_ERROR: web"). With `wait`, the outcome
// comes when the process has settled -- possibly before these return.
#pragma once

#include <functional>
#include <string>

#include "interface.hpp"
#include "inventory.hpp"

namespace sup::rpc_supervisor {

using Settled = std::function<void(int code, const std::string& text)>;

void start_one(SupervisorInterface& self, const ProcessView& process, bool wait, Settled settled);
void stop_one(SupervisorInterface& self, const ProcessView& process, bool wait, Settled settled);

}  // namespace sup::rpc_supervisor
