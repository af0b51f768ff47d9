// Group operations (startProcessGroup, stopAllProcesses, ...): one action
// per chosen process, answered with the reference's array of
// {name, group, status, description} once every action has settled.
#pragma once

#include <functional>
#include <vector>

#include "inventory.hpp"
#include "process_control.hpp"
#include "rpc_call.hpp"

namespace sup::rpc_supervisor {

// Runs `action` on each of `processes` (in order) and reports each outcome.
using BatchAction = std::function<void(const ProcessView& process, Settled settled)>;

void run_batch(Call call, const std::vector<ProcessView>& processes, const BatchAction& action);

}  // namespace sup::rpc_supervisor
