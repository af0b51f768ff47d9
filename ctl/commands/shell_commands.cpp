// help, quit, exit and EOF (what Ctrl-D sends in the shell).
#include <vector>

#include "commands/commands.hpp"
#include "control/command_table.hpp"
#include "control/controller.hpp"
#include "control/exit_status.hpp"
#include "text/columns.hpp"

namespace sup::ctl {
namespace {

// The heading for our own commands: the reference lists each plugin's
// commands under "<plugin name> commands", and keeps its own list intact.
constexpr std::string_view kAdditionsName = "supervisor-cpp";

void print_topics(Controller& ctl, std::string_view owner, CommandListing listing) {
    std::vector<std::string_view> names;
    for (const Command& command : all_commands())
        if (command.listing == listing) names.push_back(command.name);
    const std::string header = std::string(owner) + " commands (type help <topic>):";
    ctl.output("");
    ctl.write(header + "\n" + std::string(header.size(), '=') + "\n" + columnize(names, 79) + "\n");
}

}  // namespace

void print_help_of(Controller& ctl, std::string_view name) {
    if (const Command* command = find_command(name)) ctl.write(command->help);
}

bool refuse_arguments(Controller& ctl, const std::string& arg, std::string_view name) {
    if (arg.empty()) return false;
    ctl.output("Error: " + std::string(name) + " accepts no arguments");
    ctl.set_exit_status(exit_status::kGeneric);
    print_help_of(ctl, name);
    return true;
}

bool help_command(Controller& ctl, const std::string& arg) {
    if (arg.empty()) {
        print_topics(ctl, "default", CommandListing::Reference);
        print_topics(ctl, kAdditionsName, CommandListing::Addition);
        return false;
    }
    // EOF has no help of its own, as in the reference.
    const Command* command = find_command(arg);
    if (command && !command->help.empty()) print_help_of(ctl, arg);
    else ctl.output("*** No help on " + arg);
    return false;
}

bool quit_command(Controller& ctl, const std::string& arg) { return eof_command(ctl, arg); }

bool eof_command(Controller& ctl, const std::string&) {
    ctl.output("");
    return true;
}

}  // namespace sup::ctl
