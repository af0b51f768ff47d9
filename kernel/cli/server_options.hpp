// supervisord's command line: the reference's options, config discovery,
// and command-line values overriding the [supervisord] section.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/model.hpp"

namespace sup::cli {

struct ServerOptions {
    std::optional<std::string> configfile;  // -c; nullopt = search
    // Overrides of [supervisord] keys given on the command line (-n -s -u -m
    // -d -l -y -z -e -j -i -q -k -a -t --minprocs), already validated.
    // Paths are as given with "~" expanded; apply_overrides makes the log
    // and pid file absolute.
    std::optional<bool> nodaemon, silent, nocleanup, strip_ansi;
    std::optional<std::string> user, directory, logfile, pidfile, identifier, childlogdir;
    std::optional<unsigned> umask;
    std::optional<std::uint64_t> logfile_maxbytes;
    std::optional<int> logfile_backups, minfds, minprocs;
    std::optional<config::LogLevel> loglevel;
    // supervisor-cpp additions (documented in --help).
    std::vector<std::string> plugin_dirs;  // --plugin-dir DIR (repeatable)
    bool list_plugins = false;             // --list-plugins
    // For the caller to print to stderr before starting, e.g. that
    // --profile_options is accepted but ignored.
    std::vector<std::string> warnings;
};

// What parse_server_args decided.
struct ParseOutcome {
    std::optional<ServerOptions> options;  // set: go on and run
    int exit_code = 0;                     // otherwise exit with this...
    std::string output;                    // ...after printing this
    bool output_to_stderr = false;         //    (to stderr instead of stdout)
};

// -h/-?/--help and -v/--version produce output + exit 0; a bad option
// produces the reference's "Error: ..." + "For help, use <argv0> -h" and
// exit 2. Options are checked in order, as the reference does: "-v -z x"
// prints the version, "-z x -v" is an error.
ParseOutcome parse_server_args(int argc, char** argv);

// argv[0] as the reference would see it: a bare name is looked up on PATH
// (a script started from PATH gets its full path). Used in messages.
std::string program_path(const std::string& argv0);

// The text supervisord prints to stderr before exiting 2 for a usage error
// (bad option, config error, unknown user...):
//   "Error: <message>\nFor help, use <program_path(argv0)> -h\n"
std::string usage_error(const std::string& argv0, std::string_view message);

// The reference's search order when -c is absent: ../etc/supervisord.conf,
// ../supervisord.conf (relative to the executable's dir), ./supervisord.conf,
// ./etc/supervisord.conf, /etc/supervisord.conf, /etc/supervisor/supervisord.conf.
std::vector<std::string> config_search_paths(const std::string& argv0);
std::optional<std::string> find_config_file(const std::string& argv0);
// The usage_error message when find_config_file found nothing:
// "No config file found at default paths (<paths joined by ", ">); use the
// -c option to specify a config file at a different path"
std::string no_config_file_message(const std::string& argv0);
// Printed (to stderr) by the reference when it searches as root.
extern const std::string_view root_config_search_warning;

// Apply command-line overrides onto a loaded config. The caller then checks
// the effective user= with to_uid() (cli/option_values.hpp), as the
// reference does before starting.
void apply_overrides(config::Config& cfg, const ServerOptions& opts);

}  // namespace sup::cli
