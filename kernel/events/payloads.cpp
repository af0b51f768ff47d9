#include "events/payloads.hpp"

namespace sup::events {

namespace {
std::string str(std::string_view v) { return std::string(v); }
}  // namespace

std::string process_state_payload(const ProcessStatePayload& p) {
    std::string s = "processname:" + str(p.process_name) + " groupname:" + str(p.group_name) +
                    " from_state:" + str(p.from_state);
    const std::string_view to = p.to_state;
    if (to == "STARTING" || to == "BACKOFF") {
        s += " tries:" + std::to_string(p.tries);
    } else if (to == "EXITED") {
        s += std::string(" expected:") + (p.expected ? "1" : "0") + " pid:" + std::to_string(p.pid);
    } else if (to == "RUNNING" || to == "STOPPING" || to == "STOPPED") {
        s += " pid:" + std::to_string(p.pid);
    }
    return s;
}

std::string process_log_payload(std::string_view process_name, std::string_view group_name,
                                int pid, std::string_view channel, std::string_view data) {
    return "processname:" + str(process_name) + " groupname:" + str(group_name) +
           " pid:" + std::to_string(pid) + " channel:" + str(channel) + "\n" + str(data);
}

std::string process_communication_payload(std::string_view process_name,
                                          std::string_view group_name, int pid,
                                          std::string_view data) {
    return "processname:" + str(process_name) + " groupname:" + str(group_name) +
           " pid:" + std::to_string(pid) + "\n" + str(data);
}

std::string remote_communication_payload(std::string_view type, std::string_view data) {
    return "type:" + str(type) + "\n" + str(data);
}

std::string process_group_payload(std::string_view group_name) {
    return "groupname:" + str(group_name) + "\n";
}

std::string tick_payload(long long when) { return "when:" + std::to_string(when); }

std::string buffer_overflow_payload(std::string_view group_name, std::string_view event_type) {
    return "groupname:" + str(group_name) + " event_type:" + str(event_type);
}

}  // namespace sup::events
