// Decoding a waitpid() status the way the reference words it.
#pragma once

#include <string>

namespace sup::process {

struct ExitDescription {
    int exit_status;      // WEXITSTATUS, or -1 when killed by a signal
    std::string message;  // "exit status 1", "terminated by SIGKILL (core dumped)"
};

ExitDescription describe_wait_status(int status);

// "SIGTERM" for 15; "signal 99" for an unnamed number.
std::string signal_name(int sig);

}  // namespace sup::process
