#include "cli/help_text.hpp"

namespace sup::cli {

std::string help_text(const std::string& program) {
    return "supervisord (supervisor-cpp) -- start a set of programs and keep them running.\n"
           "\n"
           "Usage: " + program + " [options]\n"
           "\n"
           "Options (each overrides the same key of the [supervisord] section):\n"
           "  -c, --configuration FILE   config file, INI or TOML (*.toml); searched for in\n"
           "                             the usual places when not given\n"
           "  -n, --nodaemon             stay in the foreground\n"
           "  -s, --silent               in the foreground, do not copy the log to stdout\n"
           "  -h, -?, --help             show this help and exit\n"
           "  -v, --version              show the version and exit\n"
           "  -u, --user USER            switch to this user name or numeric uid\n"
           "  -m, --umask UMASK          octal umask once in the background (default 022)\n"
           "  -d, --directory DIR        directory to change to once in the background\n"
           "  -l, --logfile FILE         main log file (\"syslog\" for syslog)\n"
           "  -y, --logfile_maxbytes N   main log size that triggers rotation (e.g. 50MB)\n"
           "  -z, --logfile_backups N    rotated main log files to keep\n"
           "  -e, --loglevel LEVEL       critical, error, warn, info, debug, trace, blather\n"
           "  -j, --pidfile FILE         file to write supervisord's pid to\n"
           "  -i, --identifier NAME      name of this supervisord instance\n"
           "  -q, --childlogdir DIR      directory for AUTO child log files\n"
           "  -k, --nocleanup            keep old AUTO child log files at startup\n"
           "  -a, --minfds N             file descriptors that must be available to start\n"
           "      --minprocs N           processes that must be available to start\n"
           "  -t, --strip_ansi           remove ANSI escape sequences from child output\n"
           "      --profile_options OPTS accepted for compatibility; profiling is not\n"
           "                             supported and the value is ignored\n"
           "\n"
           "supervisor-cpp additions:\n"
           "      --plugin-dir DIR       look for plugins in DIR as well (repeatable)\n"
           "      --list-plugins         list the plugins that can be found and exit\n";
}

}  // namespace sup::cli
