// supervisord: parse the command line, read the config, then run the
// supervisor until it is shut down; a SIGHUP re-reads the config and runs
// again in the same process, as the reference does.
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/server_options.hpp"
#include "config/load.hpp"
#include "plugin_host/plugin_dirs.hpp"
#include "plugin_host/plugin_plan.hpp"
#include "plugin_host/plugin_startup.hpp"
#include "runtime/daemon.hpp"
#include "runtime/main_log.hpp"
#include "supervisor/supervisor.hpp"

extern char** environ;

namespace {

int usage_error(const char* argv0, std::string_view message) {
    std::fputs(sup::cli::usage_error(argv0, message).c_str(), stderr);
    return 2;
}

// Children get fds 0-2 from pipes; make sure our own 0-2 exist so a pipe
// never lands on them (supervisord started with a closed stdin, say).
void ensure_standard_fds() {
    for (int fd = 0; fd < 3; ++fd)
        if (fcntl(fd, F_GETFD) < 0) open("/dev/null", O_RDWR);
}

std::vector<std::string> current_environment() {
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) env.emplace_back(*e);
    return env;
}

// Also checks the plugins it asks for can be named (an unknown
// rpcinterface factory is a config error, as in the reference).
sup::config::Config load_config(const std::string& path, const sup::cli::ServerOptions& opts) {
    auto cfg = sup::config::load_file(path);
    sup::cli::apply_overrides(cfg, opts);
    sup::plugin_host::plan_plugins(cfg);
    return cfg;
}

// --plugin-dir paths are relative to where supervisord was started; made
// absolute before daemonizing changes directory.
std::vector<std::string> absolute_dirs(const std::vector<std::string>& dirs) {
    std::vector<std::string> out;
    for (const auto& d : dirs) out.push_back(std::filesystem::absolute(d).lexically_normal().string());
    return out;
}

std::vector<std::string> plugin_dirs(const std::vector<std::string>& command_line_dirs,
                                     const sup::config::Config& cfg) {
    return sup::plugin_host::plugin_search_path(command_line_dirs, cfg.supervisord.plugin_dirs,
                                                sup::plugin_host::executable_dir());
}

// A plugin that cannot start: one line on stderr and in the main log.
int plugin_failure(const std::string& why) {
    std::fprintf(stderr, "Error: %s\n", why.c_str());
    sup::mainlog::critical(why);
    sup::mainlog::close();
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    const auto base_env = current_environment();
    auto outcome = sup::cli::parse_server_args(argc, argv);
    if (!outcome.options) {
        std::fputs(outcome.output.c_str(), outcome.output_to_stderr ? stderr : stdout);
        return outcome.exit_code;
    }
    const auto& opts = *outcome.options;

    for (const auto& w : opts.warnings) std::fprintf(stderr, "%s\n", w.c_str());
    auto path = opts.configfile;
    if (!path) {
        if (getuid() == 0)
            std::fprintf(stderr, "%.*s\n", int(sup::cli::root_config_search_warning.size()),
                         sup::cli::root_config_search_warning.data());
        path = sup::cli::find_config_file(argv[0]);
        if (!path) return usage_error(argv[0], sup::cli::no_config_file_message(argv[0]));
    }

    sup::config::Config cfg;
    try {
        cfg = load_config(*path, opts);
    } catch (const sup::config::ConfigError& e) {
        return usage_error(argv[0], e.what());
    }
    const auto command_line_plugin_dirs = absolute_dirs(opts.plugin_dirs);
    if (opts.list_plugins)
        return sup::plugin_host::list_plugins(cfg, plugin_dirs(command_line_plugin_dirs, cfg), stdout);

    ensure_standard_fds();
    signal(SIGPIPE, SIG_IGN);

    std::vector<std::string> startup_criticals, startup_infos;
    const auto& sd = cfg.supervisord;
    if (auto err = sup::runtime::apply_user_setting(sd.user, startup_criticals, startup_infos);
        !err.empty())
        return usage_error(argv[0], err);
    if (auto err = sup::runtime::raise_rlimits(sd.minfds, sd.minprocs, startup_infos); !err.empty())
        return usage_error(argv[0], err);

    boost::asio::io_context io;
    boost::asio::signal_set signals(io, SIGTERM, SIGINT, SIGQUIT);
    signals.add(SIGHUP);
    signals.add(SIGUSR2);
    signals.add(SIGCHLD);

    for (bool first = true;; first = false) {
        const auto& s = cfg.supervisord;
        if (auto err = sup::mainlog::configure(s.logfile, s.loglevel, s.nodaemon && !s.silent);
            !err.empty()) {
            if (first) return usage_error(argv[0], err);
            sup::mainlog::error(err);  // keeps logging where it did before
        }
        for (const auto& m : startup_criticals) sup::mainlog::critical(m);
        for (const auto& m : cfg.warnings) sup::mainlog::warn(m);
        for (const auto& m : cfg.infos) sup::mainlog::info(m);
        for (const auto& m : startup_infos) sup::mainlog::info(m);

        sup::Supervisor supervisor(io, signals, cfg, base_env);
        // Plugins start before daemonizing, so a socket that cannot be bound
        // is reported on the terminal; nothing has been spawned yet.
        sup::plugin_host::PluginHost plugins(supervisor, cfg);
        if (auto err = sup::plugin_host::start_plugins(plugins, cfg, plugin_dirs(command_line_plugin_dirs, cfg));
            !err.empty())
            return plugin_failure(err);
        if (first && !s.nodaemon) {
            io.notify_fork(boost::asio::io_context::fork_prepare);
            if (auto err = sup::runtime::daemonize(s.directory, s.umask); !err.empty()) {
                sup::mainlog::critical(err);
                return 1;
            }
            io.notify_fork(boost::asio::io_context::fork_child);
        }
        if (auto err = sup::runtime::write_pidfile(s.pidfile); !err.empty())
            sup::mainlog::critical(err);
        else
            sup::mainlog::info("supervisord started with pid " + std::to_string(getpid()));

        sup::SupervisorState ended = supervisor.run();
        plugins.fini_all();
        sup::runtime::remove_pidfile(s.pidfile);
        if (ended != sup::SupervisorState::RESTARTING) break;

        // A config broken since the last start must not take the daemon
        // down (the reference exits here): say why, and run the old one.
        try {
            cfg = load_config(cfg.path, opts);
        } catch (const sup::config::ConfigError& e) {
            sup::mainlog::error(std::string("restart with the previous config: ") + e.what());
        }
        startup_criticals.clear();
        startup_infos.clear();
    }
    sup::mainlog::close();
    return 0;
}
