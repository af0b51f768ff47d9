// Turning a program's `command` into an executable path and argv, with the
// reference's checks and spawn-error texts.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace sup::process {

// POSIX shell-like word splitting as the reference's shlex.split: quotes,
// backslash escapes, no expansion. Throws std::invalid_argument with the
// reason ("No closing quotation", "No escaped character").
std::vector<std::string> split_command(const std::string& command);

struct ResolvedCommand {
    std::string filename;
    std::vector<std::string> argv;
};

// Why a command cannot be run, in the reference's words (e.g. "can't find
// command 'foo'"). `not_found` is the reference's NotFound (RPC fault
// NO_FILE); every other reason is NOT_EXECUTABLE.
struct CommandError {
    bool not_found = false;
    std::string message;
};

// Split, look the program up on `path_value` (a $PATH string) unless it
// contains '/', and check it can be run.
std::variant<ResolvedCommand, CommandError> resolve_command(const std::string& command,
                                                            const std::string& path_value);

}  // namespace sup::process
