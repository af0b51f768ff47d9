#include "cli/ctl_settings.hpp"

#include "cli/getopt.hpp"
#include "cli/server_options.hpp"
#include "cli/usage_text.hpp"
#include "config/load.hpp"
#include "config/python_text.hpp"
#include "rpc/server_url.hpp"

namespace sup::ctl {
namespace {

constexpr std::string_view kShortOptions = "h?c:is:u:p:r:v";
const std::vector<std::string> kLongOptions = {"help",      "configuration=", "interactive", "serverurl=",
                                               "username=", "password=",      "history_file=", "version"};

// What the command line said; each option at most once.
struct CommandLine {
    std::optional<std::string> configfile, serverurl, username, password, history_file;
    bool interactive = false;
};

SettingsOutcome finish(int code, std::string output, bool to_stderr) {
    SettingsOutcome outcome;
    outcome.exit_code = code;
    outcome.output = std::move(output);
    outcome.output_to_stderr = to_stderr;
    return outcome;
}

}  // namespace

SettingsOutcome read_settings(int argc, char** argv) {
    const std::string argv0 = argc > 0 ? argv[0] : "supervisorctl";
    const auto usage = [&](std::string_view message) { return finish(2, cli::usage_error(argv0, message), true); };

    const std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    const cli::GetoptResult split = cli::python_getopt(args, kShortOptions, kLongOptions);
    if (!split.error.empty()) return usage(split.error);

    // In command-line order, as the reference handles them: -h wins over a
    // later bad value, an earlier bad value wins over -h.
    CommandLine line;
    for (const auto& [option, value] : split.options) {
        const auto named = [&](char letter, std::string_view word) {
            return option == std::string{'-', letter} || option == "--" + std::string(word);
        };
        if (named('h', "help") || option == "-?") return finish(0, usage_text(cli::program_path(argv0)), false);
        if (named('v', "version")) return finish(0, std::string(SUPERVISOR_CPP_VERSION) + "\n", false);
        const auto set_once = [&](std::optional<std::string>& slot) -> bool {
            if (slot) return false;
            slot = value;
            return true;
        };
        bool fresh = true;
        if (named('c', "configuration")) fresh = set_once(line.configfile);
        else if (named('u', "username")) fresh = set_once(line.username);
        else if (named('p', "password")) fresh = set_once(line.password);
        else if (named('r', "history_file")) fresh = set_once(line.history_file);
        else if (named('s', "serverurl")) {
            if (!looks_like_url(value))
                return usage("invalid value for " + option + " " + config::py_repr(value) + ": value " +
                             config::py_repr(value) + " is not a URL");
            fresh = set_once(line.serverurl);
        } else if (named('i', "interactive")) {
            fresh = !line.interactive;
            line.interactive = true;
        }
        if (!fresh) return usage("conflicting command line option " + config::py_repr(option));
    }

    Settings settings;
    settings.command = split.positional;
    settings.interactive = line.interactive || settings.command.empty();

    // No config file anywhere is fine for the client: defaults apply.
    const std::optional<std::string> configfile = line.configfile ? line.configfile : cli::find_config_file(argv0);
    config::CtlConfig from_file;
    if (configfile) {
        try {
            from_file = config::load_ctl_file(*configfile);
        } catch (const config::ConfigError& error) {
            return usage(error.what());
        }
    }
    settings.access.serverurl = line.serverurl.value_or(from_file.serverurl);
    settings.access.username = line.username ? line.username : from_file.username;
    settings.access.password = line.password ? line.password : from_file.password;
    settings.prompt = from_file.prompt;
    settings.history_file = line.history_file ? line.history_file : from_file.history_file;

    SettingsOutcome outcome;
    outcome.settings = std::move(settings);
    return outcome;
}

}  // namespace sup::ctl
