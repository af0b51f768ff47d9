// Everything supervisorctl runs with, from its command line, the
// [supervisorctl] section of its config file and the reference's defaults
// (in that order of precedence).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rpc/server_access.hpp"

namespace sup::ctl {

struct Settings {
    ServerAccess access;
    std::string prompt = "supervisor";
    std::optional<std::string> history_file;
    bool interactive = false;           // -i, or no command given
    std::vector<std::string> command;   // the words after the options
};

struct SettingsOutcome {
    std::optional<Settings> settings;  // set: go on and run
    int exit_code = 0;                 // otherwise exit with this...
    std::string output;                // ...after printing this
    bool output_to_stderr = false;     //    (to stderr instead of stdout)
};

// -h prints the usage text (exit 0); -v our version (exit 0, an addition);
// a bad option or config file prints the reference's "Error: ...\nFor help,
// use PROGRAM -h" (exit 2).
SettingsOutcome read_settings(int argc, char** argv);

}  // namespace sup::ctl
