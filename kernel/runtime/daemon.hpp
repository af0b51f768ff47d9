// Process-level chores of supervisord itself: daemonizing, the pidfile,
// resource limits, dropping privileges. Each returns an error message
// (empty on success) rather than exiting, so the caller decides.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/model.hpp"

namespace sup::runtime {

// Fork into the background the way the reference does: fork, the parent
// exits at once (_exit(0)); the child chdirs to `directory` if given (and
// otherwise stays where it is), points stdin/out/err at /dev/null, calls
// setsid() and sets `umask`. Logs what it does to the main log, including
// a failed chdir (which, as in the reference, is not fatal). Returns an
// error only if fork() itself fails; returns in the child.
std::string daemonize(const std::optional<std::string>& directory, unsigned umask);

// Writes "<pid>\n". On failure returns the reference's message,
// "could not write pidfile <path>" (which it logs as CRIT, then goes on);
// on success the reference logs "supervisord started with pid <pid>".
std::string write_pidfile(const std::string& path);  // logs nothing
void remove_pidfile(const std::string& path);         // ignores errors

// Raise RLIMIT_NOFILE / RLIMIT_NPROC to minfds / minprocs as the reference
// does; returns the reference's error text if the hard limit is too low.
// `infos` receives the "Increased RLIMIT_NOFILE limit to N" messages.
std::string raise_rlimits(int minfds, int minprocs, std::vector<std::string>& infos);

// [supervisord] user=: switch uid/gid (with supplementary groups) before
// anything else runs. `user` is a name or a numeric uid. Returns the
// reference's error text on failure; succeeds doing nothing if we already
// are that user. Reads the passwd and group databases, so it is not for use
// between fork() and exec().
std::string drop_privileges(const std::string& user);

// What the reference does with [supervisord] user= at startup: with no
// user, running as root earns a CRIT message in `criticals`; with one,
// drop_privileges() and "Set uid to user <uid> succeeded" in `infos`.
// Returns drop_privileges()'s error (for a usage error, exit 2).
std::string apply_user_setting(const std::optional<std::string>& user,
                               std::vector<std::string>& criticals,
                               std::vector<std::string>& infos);

}  // namespace sup::runtime
