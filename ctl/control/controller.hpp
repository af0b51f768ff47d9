// The client's state across commands and what every command uses: the
// settings (server URL, credentials), the XML-RPC connection, the exit
// status, output, and the questions the shell asks. Runs one command line
// the way the reference's shell does (cmd.Cmd.onecmd and its overrides).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cli/ctl_settings.hpp"
#include "rpc/rpc_client.hpp"
#include "rpc/xmlrpc_value.hpp"

namespace sup::ctl {

class CommandFailure;
class LineInput;
struct Command;

class Controller {
public:
    explicit Controller(Settings& settings) : settings_(settings), rpc_(settings.access) {}

    // One command line: "?" means help, the leading word ([A-Za-z0-9_]*)
    // picks the command, an unknown one prints "*** Unknown syntax: LINE".
    // An error no command handles is printed as the reference prints an
    // unexpected exception, and sets exit status 1; a 401 is answered with
    // a login prompt in the shell. True when the line asks the shell to end.
    // Throws Interrupted on Ctrl-C.
    bool run_line(const std::string& line);

    int exit_status() const { return exit_status_; }
    void set_exit_status(int status) { exit_status_ = status; }
    // A per-process result code: faults that mean "the program is dead" set
    // 7, other faults 1; SUCCESS and `ignored` leave the status alone.
    void set_exit_status_from_fault(int code, int ignored = -1);

    void output(std::string_view line);  // the line and "\n", on stdout
    void write(std::string_view text);   // text as is, on stdout
    void flush();

    // "supervisor.<method>"; pending output is flushed first, so progress
    // shows while the server works.
    Value supervisor(std::string_view method, const Array& params = {});
    RpcClient& rpc() { return rpc_; }
    Settings& settings() { return settings_; }

    // The reference's check before most commands: can we reach the server,
    // and does it speak our API? Prints why not and sets the exit status.
    bool upcheck();

    // Questions in the shell, asked as Python's input()/getpass() do; end
    // of input throws CommandFailure (EOFError), as input() raises it.
    void set_line_input(LineInput* input) { line_input_ = input; }
    std::string ask(const std::string& prompt);
    std::string ask_password(const std::string& prompt);

    // getAllProcessInfo, fetched once per command line for tab completion.
    const Array& process_infos_for_completion();

private:
    bool dispatch(const Command& command, const std::string& arg, const std::string& line);
    void report_unexpected(const CommandFailure& failure);
    void unknown_syntax(const std::string& line);

    Settings& settings_;
    RpcClient rpc_;
    int exit_status_ = 0;
    LineInput* line_input_ = nullptr;
    std::optional<Array> completion_infos_;
};

}  // namespace sup::ctl
