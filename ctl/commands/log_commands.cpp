// tail, maintail and clear: the processes' and supervisord's own logs.
#include <algorithm>

#include "commands/commands.hpp"
#include "config/python_text.hpp"
#include "control/controller.hpp"
#include "control/exit_status.hpp"
#include "control/namespec.hpp"
#include "control/rpc_constants.hpp"
#include "rpc/rpc_errors.hpp"
#include "stream/log_stream.hpp"

namespace sup::ctl {
namespace {

constexpr std::int64_t kDefaultTailBytes = 1600;

// Follows a log-tail URL until the server ends it or Ctrl-C.
void follow(Controller& ctl, const std::string& path) {
    ctl.output("==> Press Ctrl-C to exit <==");
    ctl.flush();
    LogStream stream(ctl.settings().access, path);
    LogStream* const streams[] = {&stream};
    try {
        stream.open();
        pump_streams(streams, 1, -1);
    } catch (const Interrupted&) {
        stream.end();
        ctl.output("");
    }
}

void report_log_fault(Controller& ctl, const Fault& error, const std::string& name, bool is_process) {
    ctl.set_exit_status(exit_status::kGeneric);
    const std::string prefix = name + ": ERROR (";
    if (error.code() == fault::kNoFile) ctl.output(prefix + "no log file)");
    else if (error.code() == fault::kFailed) ctl.output(prefix + "unknown error reading log)");
    else if (is_process && error.code() == fault::kBadName) ctl.output(prefix + "no such process name)");
    else throw error;
}

std::string clear_message(const std::string& name, int code) {
    switch (code) {
        case fault::kBadName: return name + ": ERROR (no such process)";
        case fault::kFailed: return name + ": ERROR (failed)";
        case fault::kSuccess: return name + ": cleared";
        default:
            throw CommandFailure("ValueError", "Unknown result code " + std::to_string(code) + " for " + name);
    }
}

}  // namespace

bool tail_command(Controller& ctl, const std::string& arg) {
    if (!ctl.upcheck()) return false;
    std::vector<std::string_view> args = config::py_split(arg);
    if (args.empty() || args.size() > 3) {
        ctl.output(args.empty() ? "Error: too few arguments" : "Error: too many arguments");
        ctl.set_exit_status(exit_status::kGeneric);
        print_help_of(ctl, "tail");
        return false;
    }
    std::optional<std::string> modifier;
    if (args.front().substr(0, 1) == "-") {
        modifier = std::string(args.front());
        args.erase(args.begin());
    }
    std::string name, channel = "stdout";
    if (args.size() == 1) {
        name = args.back();
    } else if (!args.empty()) {
        name = args.front();
        channel = config::ascii_lower(args.back());
        if (channel != "stderr" && channel != "stdout") {
            ctl.output("Error: bad channel " + config::py_repr(channel));
            ctl.set_exit_status(exit_status::kGeneric);
            return false;
        }
    } else {
        ctl.output("Error: tail requires process name");
        ctl.set_exit_status(exit_status::kGeneric);
        return false;
    }
    std::int64_t bytes = kDefaultTailBytes;
    if (modifier) {
        const std::string what = modifier->substr(1);
        if (what == "f") {
            follow(ctl, "/logtail/" + name + "/" + channel);
            return false;
        }
        const std::optional<std::int64_t> count = config::parse_python_int(what, 10);
        if (!count) {
            ctl.output("Error: bad argument " + *modifier);
            ctl.set_exit_status(exit_status::kGeneric);
            return false;
        }
        bytes = *count;
    }
    try {
        const char* method = channel == "stdout" ? "readProcessStdoutLog" : "readProcessStderrLog";
        ctl.output(ctl.supervisor(method, {name, -bytes, 0}).text());
    } catch (const Fault& error) {
        report_log_fault(ctl, error, name, true);
    }
    return false;
}

bool maintail_command(Controller& ctl, const std::string& arg) {
    if (!ctl.upcheck()) return false;
    const std::vector<std::string_view> args = config::py_split(arg);
    if (args.size() > 1) {
        ctl.output("Error: too many arguments");
        ctl.set_exit_status(exit_status::kGeneric);
        print_help_of(ctl, "maintail");
        return false;
    }
    std::int64_t bytes = kDefaultTailBytes;
    if (args.size() == 1) {
        const std::string word(args.front());
        const std::optional<std::int64_t> count =
            word.substr(0, 1) == "-" ? config::parse_python_int(word.substr(1), 10) : std::nullopt;
        if (word == "-f") {
            follow(ctl, "/mainlogtail");
            return false;
        }
        if (!count) {
            ctl.output("Error: bad argument " + word);
            ctl.set_exit_status(exit_status::kGeneric);
            return false;
        }
        bytes = *count;
    }
    try {
        ctl.output(ctl.supervisor("readLog", {-bytes, 0}).text());
    } catch (const Fault& error) {
        report_log_fault(ctl, error, "supervisord", false);
    }
    return false;
}

bool clear_command(Controller& ctl, const std::string& arg) {
    if (!ctl.upcheck()) return false;
    const std::vector<std::string_view> names = config::py_split(arg);
    if (names.empty()) {
        ctl.output("Error: clear requires a process name");
        ctl.set_exit_status(exit_status::kGeneric);
        print_help_of(ctl, "clear");
        return false;
    }
    if (std::find(names.begin(), names.end(), "all") != names.end()) {
        const Value results = ctl.supervisor("clearAllProcessLogs");
        for (const Value& result : results.array()) {
            const int code = static_cast<int>(result["status"].integer());
            ctl.output(clear_message(make_namespec(result["group"].text(), result["name"].text()), code));
            ctl.set_exit_status_from_fault(code);
        }
        return false;
    }
    for (const std::string_view name : names) {
        const Namespec spec = split_namespec(name);
        // "g:*" names no process; the reference prints Python's None there.
        const std::string shown = make_namespec(spec.group, spec.process.value_or("None"));
        try {
            ctl.supervisor("clearProcessLogs", {std::string(name)});
            ctl.output(shown + ": cleared");
        } catch (const Fault& error) {
            ctl.output(clear_message(shown, error.code()));
            ctl.set_exit_status_from_fault(error.code());
        }
    }
    return false;
}

}  // namespace sup::ctl
