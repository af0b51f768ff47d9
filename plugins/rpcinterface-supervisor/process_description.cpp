#include "process_description.hpp"

#include <supervisor/plugin.h>

#include <cstdio>
#include <ctime>

namespace sup::rpc_supervisor {

std::string_view process_state_name(int state) {
    switch (state) {
        case SUP_STATE_STOPPED: return "STOPPED";
        case SUP_STATE_STARTING: return "STARTING";
        case SUP_STATE_RUNNING: return "RUNNING";
        case SUP_STATE_BACKOFF: return "BACKOFF";
        case SUP_STATE_STOPPING: return "STOPPING";
        case SUP_STATE_EXITED: return "EXITED";
        case SUP_STATE_FATAL: return "FATAL";
        default: return "UNKNOWN";
    }
}

std::string_view supervisor_state_name(int state) {
    switch (state) {
        case SUP_SUPERVISOR_FATAL: return "FATAL";
        case SUP_SUPERVISOR_RUNNING: return "RUNNING";
        case SUP_SUPERVISOR_RESTARTING: return "RESTARTING";
        case SUP_SUPERVISOR_SHUTDOWN: return "SHUTDOWN";
        default: return "UNKNOWN";
    }
}

std::string format_uptime(std::int64_t seconds) {
    if (seconds < 0) seconds = 0;
    const std::int64_t days = seconds / 86400;
    const std::int64_t rest = seconds % 86400;
    char clock[32];
    std::snprintf(clock, sizeof clock, "%lld:%02lld:%02lld", static_cast<long long>(rest / 3600),
                  static_cast<long long>(rest % 3600 / 60), static_cast<long long>(rest % 60));
    if (days == 0) return clock;
    return std::to_string(days) + (days == 1 ? " day, " : " days, ") + clock;
}

std::string format_stop_time(std::int64_t epoch_seconds) {
    static constexpr const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::time_t when = static_cast<std::time_t>(epoch_seconds);
    std::tm tm{};
    localtime_r(&when, &tm);
    const int hour12 = tm.tm_hour % 12 == 0 ? 12 : tm.tm_hour % 12;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s %02d %02d:%02d %s", months[tm.tm_mon], tm.tm_mday, hour12, tm.tm_min,
                  tm.tm_hour < 12 ? "AM" : "PM");
    return buf;
}

std::string describe_process(const DescribedProcess& p) {
    switch (p.state) {
        case SUP_STATE_RUNNING:
            return "pid " + std::to_string(p.pid) + ", uptime " + format_uptime(p.now - p.start);
        case SUP_STATE_FATAL:
        case SUP_STATE_BACKOFF:
            if (!p.spawnerr.empty()) return p.spawnerr;
            return "unknown error (try \"tail " + p.name + "\")";
        case SUP_STATE_STOPPED:
        case SUP_STATE_EXITED:
            return p.start ? format_stop_time(p.stop) : "Not started";
        default: return "";
    }
}

}  // namespace sup::rpc_supervisor
