#include "control/command_table.hpp"

#include <array>

#include "commands/commands.hpp"

namespace sup::ctl {
namespace {

using enum CommandListing;

// Sorted by name: `help` lists them in this order.
constexpr std::array kCommands = {
    Command{"EOF", eof_command, "", Unlisted},
    Command{"add", add_command, "add <name> [...]\tActivates any updates in config for process/group\n", Reference},
    Command{"avail", avail_command, "avail\t\t\tDisplay all configured processes\n", Reference},
    Command{"call", call_command,
            "call <method> [arg ...]\tCall any XML-RPC method of the server, e.g. one\n"
            "\t\t\tthat a plugin provides, and print the result.\n"
            "\t\t\tArguments are integers, true/false, or strings\n"
            "\t\t\t('quoted' or \"quoted\" to keep one as a string).\n"
            "call system.listMethods\tList the methods the server provides.\n",
            Addition},
    Command{"clear", clear_command,
            "clear <name>\t\tClear a process' log files.\n"
            "clear <name> <name>\tClear multiple process' log files\n"
            "clear all\t\tClear all process' log files\n",
            Reference},
    Command{"exit", quit_command, "exit\tExit the supervisor shell.\n", Reference},
    Command{"fg", fg_command, "fg <process>\tConnect to a process in foreground mode\n\t\tCtrl-C to exit\n", Reference},
    Command{"help", help_command, "help\t\tPrint a list of available actions\nhelp <action>\tPrint help for <action>\n",
            Unlisted},
    Command{"maintail", maintail_command,
            "maintail -f \tContinuous tail of supervisor main log file (Ctrl-C to exit)\n"
            "maintail -100\tlast 100 *bytes* of supervisord main log file\n"
            "maintail\tlast 1600 *bytes* of supervisor main log file\n\n",
            Reference},
    Command{"open", open_command,
            "open <url>\tConnect to a remote supervisord process.\n"
            "\t\t(for UNIX domain socket, use unix:///socket/path)\n",
            Reference},
    Command{"pid", pid_command,
            "pid\t\t\tGet the PID of supervisord.\n"
            "pid <name>\t\tGet the PID of a single child process by name.\n"
            "pid all\t\t\tGet the PID of every child process, one per line.\n",
            Reference},
    Command{"quit", quit_command, "quit\tExit the supervisor shell.\n", Reference},
    Command{"reload", reload_command, "reload \t\tRestart the remote supervisord.\n", Reference},
    Command{"remove", remove_command, "remove <name> [...]\tRemoves process/group from active config\n", Reference},
    Command{"reread", reread_command,
            "reread \t\t\tReload the daemon's configuration files without add/remove\n", Reference},
    Command{"restart", restart_command,
            "restart <name>\t\tRestart a process\n"
            "restart <gname>:*\tRestart all processes in a group\n"
            "restart <name> <name>\tRestart multiple processes or groups\n"
            "restart all\t\tRestart all processes\n"
            "Note: restart does not reread config files. For that, see reread and update.\n",
            Reference},
    Command{"shutdown", shutdown_command, "shutdown \tShut the remote supervisord down.\n", Reference},
    Command{"signal", signal_command,
            "signal <signal name> <name>\t\tSignal a process\n"
            "signal <signal name> <gname>:*\t\tSignal all processes in a group\n"
            "signal <signal name> <name> <name>\tSignal multiple processes or groups\n"
            "signal <signal name> all\t\tSignal all processes\n",
            Reference},
    Command{"start", start_command,
            "start <name>\t\tStart a process\n"
            "start <gname>:*\t\tStart all processes in a group\n"
            "start <name> <name>\tStart multiple processes or groups\n"
            "start all\t\tStart all processes\n",
            Reference},
    Command{"status", status_command,
            "status <name>\t\tGet status for a single process\n"
            "status <gname>:*\tGet status for all processes in a group\n"
            "status <name> <name>\tGet status for multiple named processes\n"
            "status\t\t\tGet all process status info\n",
            Reference},
    Command{"stop", stop_command,
            "stop <name>\t\tStop a process\n"
            "stop <gname>:*\t\tStop all processes in a group\n"
            "stop <name> <name>\tStop multiple processes or groups\n"
            "stop all\t\tStop all processes\n",
            Reference},
    Command{"tail", tail_command,
            "tail [-f] <name> [stdout|stderr] (default stdout)\n"
            "Ex:\n"
            "tail -f <name>\t\tContinuous tail of named process stdout\n"
            "\t\t\tCtrl-C to exit.\n"
            "tail -100 <name>\tlast 100 *bytes* of process stdout\n"
            "tail <name> stderr\tlast 1600 *bytes* of process stderr\n",
            Reference},
    Command{"update", update_command,
            "update\t\t\tReload config and add/remove as necessary, and will restart affected programs\n"
            "update all\t\tReload config and add/remove as necessary, and will restart affected programs\n"
            "update <gname> [...]\tUpdate specific groups\n",
            Reference},
    Command{"version", version_command, "version\t\t\tShow the version of the remote supervisord process\n",
            Reference},
};

}  // namespace

std::span<const Command> all_commands() { return kCommands; }

const Command* find_command(std::string_view name) {
    for (const Command& command : kCommands)
        if (command.name == name) return &command;
    return nullptr;
}

}  // namespace sup::ctl
