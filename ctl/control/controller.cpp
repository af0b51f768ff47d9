#include "control/controller.hpp"

#include <cerrno>
#include <cstdio>

#include "config/python_text.hpp"
#include "control/command_table.hpp"
#include "control/exit_status.hpp"
#include "control/rpc_constants.hpp"
#include "rpc/rpc_errors.hpp"
#include "shell/line_input.hpp"
#include "shell/password_prompt.hpp"
#include "text/value_repr.hpp"

namespace sup::ctl {
namespace {

bool is_identifier_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string base_name(const char* path) {
    const std::string_view text(path);
    const std::size_t slash = text.rfind('/');
    return std::string(slash == std::string_view::npos ? text : text.substr(slash + 1));
}

}  // namespace

bool Controller::run_line(const std::string& raw_line) {
    std::string line(config::py_strip(raw_line));
    if (line.empty()) return false;  // an empty line does not repeat the last one
    if (line[0] == '?') line = "help " + line.substr(1);
    std::size_t end = 0;
    while (end < line.size() && is_identifier_char(line[end])) ++end;
    const Command* command = end == 0 ? nullptr : find_command(std::string_view(line).substr(0, end));
    if (!command) {
        unknown_syntax(line);
        return false;
    }
    completion_infos_.reset();
    return dispatch(*command, std::string(config::py_strip(std::string_view(line).substr(end))), line);
}

bool Controller::dispatch(const Command& command, const std::string& arg, const std::string& line) {
    try {
        try {
            return command.run(*this, arg);
        } catch (const ProtocolError& error) {
            exit_status_ = exit_status::kGeneric;
            if (error.status() != 401) throw;
            output("Server requires authentication");
            // Outside the shell the reference tries once more, which fails
            // the same way and is reported as an error.
            if (!settings_.interactive) throw;
            settings_.access.username = ask("Username:");
            settings_.access.password = ask_password("Password:");
            output("");
            rpc_.disconnect();
            return run_line(line);
        }
    } catch (const CommandFailure& failure) {
        report_unexpected(failure);
        exit_status_ = exit_status::kGeneric;
    }
    return false;
}

void Controller::report_unexpected(const CommandFailure& failure) {
    output("error: <class '" + failure.python_class() + "'>, " + failure.what() +
           ": file: " + base_name(failure.where().file_name()) + " line: " + std::to_string(failure.where().line()));
}

void Controller::unknown_syntax(const std::string& line) {
    output("*** Unknown syntax: " + line);
    exit_status_ = exit_status::kGeneric;
}

void Controller::set_exit_status_from_fault(int code, int ignored) {
    if (code == ignored || code == fault::kSuccess) return;
    if (code == fault::kSpawnError || code == fault::kAbnormalTermination || code == fault::kNotRunning)
        exit_status_ = exit_status::kNotRunning;
    else
        exit_status_ = exit_status::kGeneric;
}

void Controller::output(std::string_view line) {
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
}

void Controller::write(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }

void Controller::flush() { std::fflush(stdout); }

Value Controller::supervisor(std::string_view method, const Array& params) {
    flush();
    return rpc_.call("supervisor." + std::string(method), params);
}

bool Controller::upcheck() {
    try {
        const Value api = supervisor("getVersion");
        const std::string* text = std::get_if<std::string>(&api.data);
        if (!text || *text != kApiVersion) {
            output(std::string("Sorry, this version of supervisorctl expects to talk to a server with API version ") +
                   kApiVersion + ", but the remote version is " + python_str(api) + ".");
            exit_status_ = exit_status::kNotInstalled;
            return false;
        }
    } catch (const Fault& fault) {
        if (fault.code() == fault::kUnknownMethod) {
            output("Sorry, supervisord responded but did not recognize the supervisor namespace commands that "
                   "supervisorctl uses to control it.  Please check that the [rpcinterface:supervisor] section is "
                   "enabled in the configuration file (see sample.conf).");
            exit_status_ = exit_status::kUnimplementedFeature;
            return false;
        }
        exit_status_ = exit_status::kGeneric;
        throw;
    } catch (const SocketError& error) {
        if (error.number() == ECONNREFUSED) {
            output(settings_.access.serverurl + " refused connection");
            exit_status_ = exit_status::kInsufficientPrivileges;
            return false;
        }
        if (error.number() == ENOENT) {
            output(settings_.access.serverurl + " no such file");
            exit_status_ = exit_status::kNotRunning;
            return false;
        }
        exit_status_ = exit_status::kGeneric;
        throw;
    }
    return true;
}

std::string Controller::ask(const std::string& prompt) {
    flush();
    std::optional<std::string> answer = line_input_ ? line_input_->read_line(prompt) : std::nullopt;
    if (!answer) throw CommandFailure("EOFError", "EOF when reading a line");
    return std::move(*answer);
}

std::string Controller::ask_password(const std::string& prompt) {
    flush();
    std::optional<std::string> answer = read_password(prompt);
    if (!answer) throw CommandFailure("EOFError", "");
    return std::move(*answer);
}

const Array& Controller::process_infos_for_completion() {
    if (!completion_infos_) completion_infos_ = supervisor("getAllProcessInfo").array();
    return *completion_infos_;
}

}  // namespace sup::ctl
