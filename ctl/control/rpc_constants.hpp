// Numbers from supervisord's XML-RPC API that the commands look at: fault
// codes and process state codes (the reference's xmlrpc.Faults and
// states.ProcessStates).
#pragma once

#include <cstdint>

namespace sup::ctl {

namespace fault {
inline constexpr int kUnknownMethod = 1;
inline constexpr int kShutdownState = 6;
inline constexpr int kBadName = 10;
inline constexpr int kBadSignal = 11;
inline constexpr int kNoFile = 20;
inline constexpr int kNotExecutable = 21;
inline constexpr int kFailed = 30;
inline constexpr int kAbnormalTermination = 40;
inline constexpr int kSpawnError = 50;
inline constexpr int kAlreadyStarted = 60;
inline constexpr int kNotRunning = 70;
inline constexpr int kSuccess = 80;
inline constexpr int kAlreadyAdded = 90;
inline constexpr int kStillRunning = 91;
inline constexpr int kCantReread = 92;
}  // namespace fault

namespace process_state {
inline constexpr std::int64_t kStopped = 0;
inline constexpr std::int64_t kRunning = 20;
inline constexpr std::int64_t kExited = 100;
inline constexpr std::int64_t kFatal = 200;
inline constexpr std::int64_t kUnknown = 1000;

inline bool is_stopped(std::int64_t state) {
    return state == kStopped || state == kExited || state == kFatal || state == kUnknown;
}
}  // namespace process_state

// The API version this client speaks (supervisor.getVersion).
inline constexpr const char* kApiVersion = "3.0";

}  // namespace sup::ctl
