// The words getProcessInfo uses: state names and the `description` field
// ("pid 1234, uptime 0:01:02", "Nov 24 08:25 AM", "Not started", ...).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sup::rpc_supervisor {

std::string_view process_state_name(int state);
std::string_view supervisor_state_name(int state);

struct DescribedProcess {
    std::string name;
    int state = 0;
    std::int64_t start = 0;  // seconds since the epoch, 0 = never started
    std::int64_t stop = 0;
    std::int64_t now = 0;
    std::int64_t pid = 0;
    std::string spawnerr;
};

std::string describe_process(const DescribedProcess& process);

// Python's str(timedelta) for whole seconds: "0:01:02", "2 days, 3:04:05".
std::string format_uptime(std::int64_t seconds);

// Local time as "%b %d %I:%M %p" in the C locale: "Nov 24 08:25 AM".
std::string format_stop_time(std::int64_t epoch_seconds);

}  // namespace sup::rpc_supervisor
