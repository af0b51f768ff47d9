#include "cli/path_text.hpp"
#include "cli/server_options.hpp"

namespace sup::cli {
namespace {

template <typename T, typename U>
void override_with(T& target, const std::optional<U>& value) {
    if (value) target = *value;
}

}  // namespace

void apply_overrides(config::Config& cfg, const ServerOptions& opts) {
    config::SupervisordConfig& s = cfg.supervisord;
    override_with(s.nodaemon, opts.nodaemon);
    override_with(s.silent, opts.silent);
    override_with(s.nocleanup, opts.nocleanup);
    override_with(s.strip_ansi, opts.strip_ansi);
    override_with(s.umask, opts.umask);
    override_with(s.logfile_maxbytes, opts.logfile_maxbytes);
    override_with(s.logfile_backups, opts.logfile_backups);
    override_with(s.minfds, opts.minfds);
    override_with(s.minprocs, opts.minprocs);
    override_with(s.loglevel, opts.loglevel);
    override_with(s.identifier, opts.identifier);
    override_with(s.childlogdir, opts.childlogdir);
    if (opts.user) s.user = opts.user;
    if (opts.directory) s.directory = opts.directory;
    // An empty -l or -j leaves the config's value, as in the reference;
    // "syslog" is a magic log file name, not a path.
    if (opts.logfile && !opts.logfile->empty()) {
        s.logfile = *opts.logfile == "syslog" ? *opts.logfile : path_absolute(*opts.logfile);
    }
    if (opts.pidfile && !opts.pidfile->empty()) s.pidfile = path_absolute(*opts.pidfile);
}

}  // namespace sup::cli
