#include "process/wait_status.hpp"

#include <signal.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstring>

namespace sup::process {

std::string signal_name(int sig) {
    // sigabbrev_np gives "TERM"; the reference prints Python's "SIGTERM".
    if (const char* abbrev = sigabbrev_np(sig)) return std::string("SIG") + abbrev;
    return "signal " + std::to_string(sig);
}

ExitDescription describe_wait_status(int status) {
    if (WIFEXITED(status)) {
        int es = WEXITSTATUS(status);
        return {es, "exit status " + std::to_string(es)};
    }
    if (WIFSIGNALED(status)) {
        std::string msg = "terminated by " + signal_name(WTERMSIG(status));
        if (WCOREDUMP(status)) msg += " (core dumped)";
        return {-1, msg};
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "unknown termination cause 0x%04x", status);
    return {-1, buf};
}

}  // namespace sup::process
