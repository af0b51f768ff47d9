// The reference's process states, with its numeric codes (they cross the
// RPC API as `state`). The plugin ABI owns the numbers.
#pragma once

#include <string_view>

#include "supervisor/plugin.h"

namespace sup::process {

enum class ProcessState : int {
    STOPPED = SUP_STATE_STOPPED,
    STARTING = SUP_STATE_STARTING,
    RUNNING = SUP_STATE_RUNNING,
    BACKOFF = SUP_STATE_BACKOFF,
    STOPPING = SUP_STATE_STOPPING,
    EXITED = SUP_STATE_EXITED,
    FATAL = SUP_STATE_FATAL,
    UNKNOWN = SUP_STATE_UNKNOWN,
};

constexpr std::string_view state_name(ProcessState s) {
    switch (s) {
        case ProcessState::STOPPED: return "STOPPED";
        case ProcessState::STARTING: return "STARTING";
        case ProcessState::RUNNING: return "RUNNING";
        case ProcessState::BACKOFF: return "BACKOFF";
        case ProcessState::STOPPING: return "STOPPING";
        case ProcessState::EXITED: return "EXITED";
        case ProcessState::FATAL: return "FATAL";
        case ProcessState::UNKNOWN: return "UNKNOWN";
    }
    return "UNKNOWN";
}

// The reference's STOPPED_STATES: nothing runs, nothing is pending.
constexpr bool is_stopped_state(ProcessState s) {
    return s == ProcessState::STOPPED || s == ProcessState::EXITED ||
           s == ProcessState::FATAL || s == ProcessState::UNKNOWN;
}

// The reference's RUNNING_STATES (a start request is "already started").
constexpr bool is_running_state(ProcessState s) {
    return s == ProcessState::RUNNING || s == ProcessState::BACKOFF ||
           s == ProcessState::STARTING;
}

// The reference's SIGNALLABLE_STATES.
constexpr bool is_signallable_state(ProcessState s) {
    return s == ProcessState::RUNNING || s == ProcessState::STARTING ||
           s == ProcessState::STOPPING;
}

}  // namespace sup::process
