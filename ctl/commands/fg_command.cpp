// fg NAME: the process's output on the terminal, each line typed sent to
// its stdin, until Ctrl-C, Ctrl-D or the process stops.
#include <unistd.h>

#include "commands/commands.hpp"
#include "config/python_text.hpp"
#include "control/controller.hpp"
#include "control/exit_status.hpp"
#include "control/rpc_constants.hpp"
#include "rpc/rpc_errors.hpp"
#include "shell/stdin_lines.hpp"
#include "stream/log_stream.hpp"

namespace sup::ctl {
namespace {

// The next line typed, while the process's output keeps streaming;
// nullopt at end of input.
std::optional<std::string> next_line(LogStream* const* streams, std::size_t count) {
    StdinLines& input = StdinLines::instance();
    while (true) {
        if (std::optional<std::string> line = input.take_line()) return line;
        pump_streams(streams, count, STDIN_FILENO);
        if (!input.read_more()) return input.read_line();
    }
}

bool is_running(const Value& info) { return info["state"].integer() == process_state::kRunning; }

// Forwards lines until Ctrl-D or the process is gone, and says which.
void forward_input(Controller& ctl, const std::string& name, LogStream* const* streams, std::size_t count) {
    while (const std::optional<std::string> line = next_line(streams, count)) {
        try {
            ctl.supervisor("sendProcessStdin", {name, *line + "\n"});
        } catch (const Fault& error) {
            ctl.output(error.code() == fault::kNotRunning ? "Process got killed" : "ERROR: " + std::string(error.what()));
            ctl.output("Exiting foreground");
            return;
        }
        if (!is_running(ctl.supervisor("getProcessInfo", {name}))) {
            ctl.output("Process got killed");
            ctl.output("Exiting foreground");
            return;
        }
        ctl.flush();
    }
    ctl.output("Exiting foreground");  // Ctrl-D
}

}  // namespace

bool fg_command(Controller& ctl, const std::string& arg) {
    if (!ctl.upcheck()) return false;
    const std::vector<std::string_view> names = config::py_split(arg);
    if (names.empty()) {
        ctl.output("ERROR: no process name supplied");
        ctl.set_exit_status(exit_status::kGeneric);
        print_help_of(ctl, "fg");
        return false;
    }
    if (names.size() > 1) {
        ctl.output("ERROR: too many process names supplied");
        ctl.set_exit_status(exit_status::kGeneric);
        return false;
    }
    const std::string name(names.front());
    try {
        if (!is_running(ctl.supervisor("getProcessInfo", {name}))) {
            ctl.output("ERROR: process not running");
            ctl.set_exit_status(exit_status::kGeneric);
            return false;
        }
    } catch (const Fault& error) {
        if (error.code() == fault::kBadName) {
            ctl.output("ERROR: bad process name supplied");
            ctl.set_exit_status(exit_status::kGeneric);
        } else {
            ctl.output("ERROR: " + std::string(error.what()));
        }
        return false;
    }
    ctl.output("==> Press Ctrl-C to exit <==");
    ctl.flush();
    LogStream out(ctl.settings().access, "/logtail/" + name + "/stdout");
    LogStream err(ctl.settings().access, "/logtail/" + name + "/stderr");
    LogStream* const streams[] = {&out, &err};
    try {
        out.open();
        err.open();
        forward_input(ctl, name, streams, 2);
    } catch (const Interrupted&) {
        ctl.output("Exiting foreground");
    }
    return false;
}

}  // namespace sup::ctl
