// start, stop, restart and signal: one process, a group (g:*), several, or all.
#include <algorithm>

#include "commands/commands.hpp"
#include "config/python_text.hpp"
#include "control/controller.hpp"
#include "control/exit_status.hpp"
#include "control/namespec.hpp"
#include "control/rpc_constants.hpp"
#include "rpc/rpc_errors.hpp"

namespace sup::ctl {
namespace {

// One process's outcome, from a result struct of a multi-process call or
// from the fault of a single-process one.
struct Outcome {
    std::string name;  // namespec
    int code = fault::kSuccess;
    std::string description;
};

Outcome outcome_of(const Value& result) {
    return {make_namespec(result["group"].text(), result["name"].text()),
            static_cast<int>(result["status"].integer()), result["description"].text()};
}

Outcome outcome_of(const Fault& error, const Namespec& spec) {
    return {make_namespec(spec.group, spec.process.value_or("")), error.code(), error.text()};
}

[[noreturn]] void unknown_code(const Outcome& outcome) {
    throw CommandFailure("ValueError",
                         "Unknown result code " + std::to_string(outcome.code) + " for " + outcome.name);
}

std::string start_message(const Outcome& outcome) {
    const auto error = [&](const char* what) { return outcome.name + ": ERROR (" + what + ")"; };
    switch (outcome.code) {
        case fault::kBadName: return error("no such process");
        case fault::kNoFile: return error("no such file");
        case fault::kNotExecutable: return error("file is not executable");
        case fault::kAlreadyStarted: return error("already started");
        case fault::kSpawnError: return error("spawn error");
        case fault::kAbnormalTermination: return error("abnormal termination");
        case fault::kSuccess: return outcome.name + ": started";
        default: unknown_code(outcome);
    }
}

std::string signal_message(const Outcome& outcome, const char* success) {
    const auto error = [&](const char* what) { return outcome.name + ": ERROR (" + what + ")"; };
    switch (outcome.code) {
        case fault::kBadName: return error("no such process");
        case fault::kBadSignal: return error("bad signal name");
        case fault::kNotRunning: return error("not running");
        case fault::kSuccess: return outcome.name + ": " + success;
        case fault::kFailed: return outcome.description;
        default: unknown_code(outcome);
    }
}

bool mentions_all(const std::vector<std::string_view>& names) {
    return std::find(names.begin(), names.end(), "all") != names.end();
}

// Prints each result of a multi-process call.
template <class Message>
void report_results(Controller& ctl, const Value& results, Message message, int ignored_fault) {
    for (const Value& result : results.array()) {
        const Outcome outcome = outcome_of(result);
        ctl.output(message(outcome));
        ctl.set_exit_status_from_fault(outcome.code, ignored_fault);
    }
}

std::string start_message_of(const Outcome& o) { return start_message(o); }
std::string stop_message_of(const Outcome& o) { return signal_message(o, "stopped"); }
std::string signal_message_of(const Outcome& o) { return signal_message(o, "signalled"); }

}  // namespace

bool start_command(Controller& ctl, const std::string& arg) {
    if (!ctl.upcheck()) return false;
    const std::vector<std::string_view> names = config::py_split(arg);
    if (names.empty()) {
        ctl.output("Error: start requires a process name");
        ctl.set_exit_status(exit_status::kInvalidArgs);
        print_help_of(ctl, "start");
        return false;
    }
    if (mentions_all(names)) {
        report_results(ctl, ctl.supervisor("startAllProcesses"), start_message_of, fault::kAlreadyStarted);
        return false;
    }
    for (const std::string_view name : names) {
        const Namespec spec = split_namespec(name);
        if (!spec.process) {
            try {
                report_results(ctl, ctl.supervisor("startProcessGroup", {spec.group}), start_message_of,
                               fault::kAlreadyStarted);
            } catch (const Fault& error) {
                if (error.code() != fault::kBadName) {
                    ctl.set_exit_status(exit_status::kGeneric);
                    throw;
                }
                ctl.output(spec.group + ": ERROR (no such group)");
                ctl.set_exit_status(exit_status::kInvalidArgs);
            }
            continue;
        }
        try {
            ctl.supervisor("startProcess", {std::string(name)});
            ctl.output(make_namespec(spec.group, *spec.process) + ": started");
        } catch (const Fault& error) {
            ctl.output(start_message(outcome_of(error, spec)));
            ctl.set_exit_status_from_fault(error.code(), fault::kAlreadyStarted);
        }
    }
    return false;
}

bool stop_command(Controller& ctl, const std::string& arg) {
    if (!ctl.upcheck()) return false;
    const std::vector<std::string_view> names = config::py_split(arg);
    if (names.empty()) {
        ctl.output("Error: stop requires a process name");
        ctl.set_exit_status(exit_status::kGeneric);
        print_help_of(ctl, "stop");
        return false;
    }
    if (mentions_all(names)) {
        report_results(ctl, ctl.supervisor("stopAllProcesses"), stop_message_of, fault::kNotRunning);
        return false;
    }
    for (const std::string_view name : names) {
        const Namespec spec = split_namespec(name);
        if (!spec.process) {
            try {
                report_results(ctl, ctl.supervisor("stopProcessGroup", {spec.group}), stop_message_of,
                               fault::kNotRunning);
            } catch (const Fault& error) {
                ctl.set_exit_status(exit_status::kGeneric);
                if (error.code() != fault::kBadName) throw;
                ctl.output(spec.group + ": ERROR (no such group)");
            }
            continue;
        }
        try {
            ctl.supervisor("stopProcess", {std::string(name)});
            ctl.output(make_namespec(spec.group, *spec.process) + ": stopped");
        } catch (const Fault& error) {
            ctl.output(stop_message_of(outcome_of(error, spec)));
            ctl.set_exit_status_from_fault(error.code(), fault::kNotRunning);
        }
    }
    return false;
}

bool restart_command(Controller& ctl, const std::string& arg) {
    if (!ctl.upcheck()) return false;
    if (config::py_split(arg).empty()) {
        ctl.output("Error: restart requires a process name");
        ctl.set_exit_status(exit_status::kGeneric);
        print_help_of(ctl, "restart");
        return false;
    }
    stop_command(ctl, arg);
    start_command(ctl, arg);
    return false;
}

bool signal_command(Controller& ctl, const std::string& arg) {
    if (!ctl.upcheck()) return false;
    const std::vector<std::string_view> words = config::py_split(arg);
    if (words.size() < 2) {
        ctl.output("Error: signal requires a signal name and a process name");
        print_help_of(ctl, "signal");
        ctl.set_exit_status(exit_status::kGeneric);
        return false;
    }
    const std::string signal_name(words[0]);
    const std::vector<std::string_view> names(words.begin() + 1, words.end());
    if (mentions_all(names)) {
        report_results(ctl, ctl.supervisor("signalAllProcesses", {signal_name}), signal_message_of, -1);
        return false;
    }
    for (const std::string_view name : names) {
        const Namespec spec = split_namespec(name);
        if (!spec.process) {
            try {
                report_results(ctl, ctl.supervisor("signalProcessGroup", {spec.group, signal_name}),
                               signal_message_of, -1);
            } catch (const Fault& error) {
                if (error.code() != fault::kBadName) throw;
                ctl.output(spec.group + ": ERROR (no such group)");
                ctl.set_exit_status(exit_status::kGeneric);
            }
            continue;
        }
        try {
            ctl.supervisor("signalProcess", {std::string(name), signal_name});
            ctl.output(make_namespec(spec.group, *spec.process) + ": signalled");
        } catch (const Fault& error) {
            ctl.output(signal_message_of(outcome_of(error, spec)));
            ctl.set_exit_status_from_fault(error.code());
        }
    }
    return false;
}

}  // namespace sup::ctl
