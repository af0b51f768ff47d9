// What the host knows about processes and groups, copied out of the ABI's
// structs so it can be kept across host calls.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "interface.hpp"

namespace sup::rpc_supervisor {

struct ProcessView {
    sup_process_id id = 0;
    std::string name;
    std::string group;
    int state = SUP_STATE_UNKNOWN;
    std::int64_t pid = 0;
    double start = 0;
    double stop = 0;
    int exitstatus = 0;
    std::string spawnerr;
    std::string stdout_logfile;
    std::string stderr_logfile;

    std::string namespec() const;
};

// In start order (group priority, then process priority).
std::vector<ProcessView> all_processes(const SupervisorInterface& self);
std::vector<ProcessView> group_processes(const SupervisorInterface& self, const std::string& group);
std::optional<ProcessView> process_view(const SupervisorInterface& self, sup_process_id id);
bool group_exists(const SupervisorInterface& self, const std::string& group);

// The reference's state sets.
bool is_running_state(int state);    // STARTING, RUNNING, BACKOFF
bool is_signallable_state(int state);  // STARTING, RUNNING, STOPPING

}  // namespace sup::rpc_supervisor
