// The command handlers (see control/command_table.hpp), one file per area.
#pragma once

#include <string>
#include <string_view>

namespace sup::ctl {

class Controller;

// status_command.cpp
bool status_command(Controller& ctl, const std::string& arg);
// process_commands.cpp
bool start_command(Controller& ctl, const std::string& arg);
bool stop_command(Controller& ctl, const std::string& arg);
bool restart_command(Controller& ctl, const std::string& arg);
bool signal_command(Controller& ctl, const std::string& arg);
// pid_command.cpp
bool pid_command(Controller& ctl, const std::string& arg);
// log_commands.cpp
bool tail_command(Controller& ctl, const std::string& arg);
bool maintail_command(Controller& ctl, const std::string& arg);
bool clear_command(Controller& ctl, const std::string& arg);
// config_commands.cpp
bool avail_command(Controller& ctl, const std::string& arg);
bool reread_command(Controller& ctl, const std::string& arg);
bool update_command(Controller& ctl, const std::string& arg);
bool add_command(Controller& ctl, const std::string& arg);
bool remove_command(Controller& ctl, const std::string& arg);
// daemon_commands.cpp
bool shutdown_command(Controller& ctl, const std::string& arg);
bool reload_command(Controller& ctl, const std::string& arg);
bool version_command(Controller& ctl, const std::string& arg);
bool open_command(Controller& ctl, const std::string& arg);
// fg_command.cpp
bool fg_command(Controller& ctl, const std::string& arg);
// shell_commands.cpp
bool help_command(Controller& ctl, const std::string& arg);
bool quit_command(Controller& ctl, const std::string& arg);
bool eof_command(Controller& ctl, const std::string& arg);
// call_command.cpp
bool call_command(Controller& ctl, const std::string& arg);

// shell_commands.cpp: `help NAME`'s text, for commands that print it
// after a usage error.
void print_help_of(Controller& ctl, std::string_view name);
// For commands that take no argument: when one was given anyway, prints
// "Error: NAME accepts no arguments" and the help, sets exit status 1 and
// returns true.
bool refuse_arguments(Controller& ctl, const std::string& arg, std::string_view name);

}  // namespace sup::ctl
