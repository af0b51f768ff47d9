// The reference's fault names and how a fault string is composed:
// "NAME" or "NAME: detail".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sup::rpc_supervisor {

// XML-RPC fault codes (positive, as on the wire).
enum Fault : int {
    UNKNOWN_METHOD = 1,
    INCORRECT_PARAMETERS = 2,
    BAD_ARGUMENTS = 3,
    SIGNATURE_UNSUPPORTED = 4,
    SHUTDOWN_STATE = 6,
    BAD_NAME = 10,
    BAD_SIGNAL = 11,
    NO_FILE = 20,
    NOT_EXECUTABLE = 21,
    FAILED = 30,
    ABNORMAL_TERMINATION = 40,
    SPAWN_ERROR = 50,
    ALREADY_STARTED = 60,
    NOT_RUNNING = 70,
    SUCCESS = 80,
    ALREADY_ADDED = 90,
    STILL_RUNNING = 91,
    CANT_REREAD = 92,
};

// "BAD_NAME" for 10 (or -10, a SUP_ERR_* code); "UNKNOWN" otherwise.
std::string_view fault_name(int code);

std::string fault_text(int code, const std::optional<std::string>& detail = std::nullopt);

}  // namespace sup::rpc_supervisor
