#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "cli/getopt.hpp"
#include "cli/help_text.hpp"
#include "cli/option_values.hpp"
#include "config/python_text.hpp"
#include "cli/server_options.hpp"

namespace sup::cli {
namespace {

enum class Option {
    Help, Version, Configuration, Nodaemon, Silent, User, Umask, Directory, Logfile,
    LogfileMaxbytes, LogfileBackups, Loglevel, Pidfile, Identifier, Childlogdir, Minfds,
    Minprocs, Nocleanup, StripAnsi, ProfileOptions, PluginDir, ListPlugins
};

struct OptionSpec {
    Option option;
    char letter;                 // 0 = long form only
    std::string_view long_name;  // "" = short form only
    bool takes_value;
};

// The reference's options in its getopt order, then ours.
constexpr std::array<OptionSpec, 23> option_specs{{
    {Option::Help, 'h', "help", false},
    {Option::Help, '?', "", false},
    {Option::Configuration, 'c', "configuration", true},
    {Option::Version, 'v', "version", false},
    {Option::Nodaemon, 'n', "nodaemon", false},
    {Option::User, 'u', "user", true},
    {Option::Umask, 'm', "umask", true},
    {Option::Directory, 'd', "directory", true},
    {Option::Logfile, 'l', "logfile", true},
    {Option::LogfileMaxbytes, 'y', "logfile_maxbytes", true},
    {Option::LogfileBackups, 'z', "logfile_backups", true},
    {Option::Loglevel, 'e', "loglevel", true},
    {Option::Pidfile, 'j', "pidfile", true},
    {Option::Identifier, 'i', "identifier", true},
    {Option::Childlogdir, 'q', "childlogdir", true},
    {Option::Minfds, 'a', "minfds", true},
    {Option::Minprocs, 0, "minprocs", true},
    {Option::Nocleanup, 'k', "nocleanup", false},
    {Option::StripAnsi, 't', "strip_ansi", false},
    {Option::ProfileOptions, 0, "profile_options", true},
    {Option::Silent, 's', "silent", false},
    {Option::PluginDir, 0, "plugin-dir", true},
    {Option::ListPlugins, 0, "list-plugins", false},
}};

// "-c" and "--configuration" -> Option::Configuration, for every spec.
const std::map<std::string, Option>& options_by_name() {
    static const auto names = [] {
        std::map<std::string, Option> map;
        for (const OptionSpec& spec : option_specs) {
            if (spec.letter != 0) map.emplace(std::string("-") + spec.letter, spec.option);
            if (!spec.long_name.empty()) map.emplace("--" + std::string(spec.long_name), spec.option);
        }
        return map;
    }();
    return names;
}

// Options that may be given any number of times; the others conflict with
// themselves, as in the reference.
bool repeatable(Option option) {
    return option == Option::Help || option == Option::Version ||
           option == Option::PluginDir || option == Option::ListPlugins;
}

template <typename T>
std::string store(std::optional<T>& target, Converted<T> converted) {
    if (converted.value) target = std::move(*converted.value);
    return converted.error;
}

// Converts and stores one option's value; returns the reason it was refused.
std::string take_value(Option option, const std::string& value, ServerOptions& out) {
    switch (option) {
        case Option::Configuration: out.configfile = value; return {};
        case Option::Nodaemon: out.nodaemon = true; return {};
        case Option::Silent: out.silent = true; return {};
        case Option::Nocleanup: out.nocleanup = true; return {};
        case Option::StripAnsi: out.strip_ansi = true; return {};
        case Option::User: out.user = value; return {};
        case Option::Identifier: out.identifier = value; return {};
        case Option::Umask: return store(out.umask, to_umask(value));
        case Option::Directory: return store(out.directory, to_existing_directory(value));
        case Option::Childlogdir: return store(out.childlogdir, to_existing_directory(value));
        case Option::Logfile: return store(out.logfile, to_file_in_existing_directory(value));
        case Option::Pidfile: return store(out.pidfile, to_file_in_existing_directory(value));
        case Option::LogfileMaxbytes: return store(out.logfile_maxbytes, to_byte_size(value));
        case Option::LogfileBackups: return store(out.logfile_backups, to_integer(value));
        case Option::Minfds: return store(out.minfds, to_integer(value));
        case Option::Minprocs: return store(out.minprocs, to_integer(value));
        case Option::Loglevel: return store(out.loglevel, to_log_level(value));
        case Option::ProfileOptions:
            out.warnings.push_back("--profile_options: profiling is not supported by "
                                   "supervisor-cpp; the option is ignored");
            return {};
        case Option::PluginDir: {
            std::optional<std::string> dir;
            std::string error = store(dir, to_existing_directory(value));
            if (dir) out.plugin_dirs.push_back(*dir);
            return error;
        }
        case Option::ListPlugins: out.list_plugins = true; return {};
        case Option::Help:
        case Option::Version: return {};
    }
    return {};
}

ParseOutcome finish(int exit_code, std::string output, bool to_stderr) {
    return {std::nullopt, exit_code, std::move(output), to_stderr};
}

}  // namespace

ParseOutcome parse_server_args(int argc, char** argv) {
    std::string argv0 = argc > 0 ? argv[0] : "supervisord";
    std::vector<std::string> args(argv + std::min(argc, 1), argv + argc);

    std::string short_spec;
    std::vector<std::string> long_spec;
    for (const OptionSpec& spec : option_specs) {
        if (spec.letter != 0) short_spec += std::string(1, spec.letter) + (spec.takes_value ? ":" : "");
        if (!spec.long_name.empty()) {
            long_spec.push_back(std::string(spec.long_name) + (spec.takes_value ? "=" : ""));
        }
    }
    auto usage = [&](std::string_view message) { return finish(2, usage_error(argv0, message), true); };

    GetoptResult split = python_getopt(args, short_spec, long_spec);
    if (!split.error.empty()) return usage(split.error);
    if (!split.positional.empty()) {
        return usage("positional arguments are not supported: " + config::py_list_repr(split.positional));
    }

    ServerOptions options;
    std::set<Option> seen;
    for (const auto& [given, value] : split.options) {
        Option option = options_by_name().find(given)->second;  // getopt knows no others
        if (option == Option::Help) return finish(0, help_text(program_path(argv0)), false);
        if (option == Option::Version) return finish(0, SUPERVISOR_CPP_VERSION "\n", false);
        if (std::string refused = take_value(option, value, options); !refused.empty()) {
            return usage("invalid value for " + given + " " + config::py_repr(value) + ": " + refused);
        }
        if (!repeatable(option) && !seen.insert(option).second) {
            return usage("conflicting command line option " + config::py_repr(given));
        }
    }
    return {std::move(options), 0, {}, false};
}

}  // namespace sup::cli
