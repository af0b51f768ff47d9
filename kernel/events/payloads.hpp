// Event payloads exactly as the reference serializes them (what an event
// listener reads after the header line).
#pragma once

#include <string>
#include <string_view>

namespace sup::events {

// PROCESS_STATE_*: "processname:x groupname:g from_state:STARTING" plus
// "tries:N" (STARTING, BACKOFF), "expected:1 pid:N" (EXITED) or "pid:N"
// (RUNNING, STOPPING, STOPPED); nothing more for FATAL and UNKNOWN.
struct ProcessStatePayload {
    std::string_view process_name, group_name, from_state, to_state;
    int tries = 0;
    bool expected = true;
    int pid = 0;
};
std::string process_state_payload(const ProcessStatePayload& p);

// PROCESS_LOG_*: "processname:x groupname:g pid:N channel:stdout\n<data>"
std::string process_log_payload(std::string_view process_name, std::string_view group_name,
                                int pid, std::string_view channel, std::string_view data);

// PROCESS_COMMUNICATION_*: "processname:x groupname:g pid:N\n<data>"
std::string process_communication_payload(std::string_view process_name,
                                          std::string_view group_name, int pid,
                                          std::string_view data);

// REMOTE_COMMUNICATION: "type:T\n<data>"
std::string remote_communication_payload(std::string_view type, std::string_view data);

// PROCESS_GROUP_*: "groupname:g\n"
std::string process_group_payload(std::string_view group_name);

// TICK_*: "when:N" where N is the start of the period's time slice.
std::string tick_payload(long long when);

// EVENT_BUFFER_OVERFLOW (supervisor 3.x): "groupname:g event_type:T"
std::string buffer_overflow_payload(std::string_view group_name, std::string_view event_type);

}  // namespace sup::events
