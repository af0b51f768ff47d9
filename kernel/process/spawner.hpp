// Starting a child: clone(CLONE_VM|CLONE_VFORK) into a function that only
// makes async-signal-safe syscalls, then execve. Everything that allocates
// or reads files (argv, envp, the user's groups, error texts) is prepared
// in the parent first, so the child never touches the heap.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

namespace sup::process {

struct Credentials {
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<gid_t> groups;  // supplementary groups, primary included
};

struct SpawnRequest {
    std::string filename;           // resolved executable path
    std::vector<std::string> argv;  // argv[0] as the user wrote it
    std::vector<std::string> env;   // "KEY=value"
    std::optional<std::string> directory;
    std::optional<mode_t> umask;
    std::optional<Credentials> credentials;  // set: switch to this user
    std::string user_label;  // the config's user=, for the child's error text
    // Descriptors that become the child's 0, 1, 2 (stderr may equal stdout).
    int child_stdin = -1;
    int child_stdout = -1;
    int child_stderr = -1;
    // Set: the child reports this (after its descriptors are in place, so
    // the text reaches the process log) and exits 127 without exec.
    std::optional<std::string> fail_message;
};

// Returns the child's pid, or -errno if clone itself failed. Failures after
// the clone (chdir, setuid, exec) are reported the reference's way: the
// child writes "supervisor: couldn't ..." to its stderr and exits 127.
pid_t spawn_child(const SpawnRequest& request);

// Resolve user= (a name or a numeric uid) to credentials. Returns an error
// text in the reference's words on failure.
std::optional<Credentials> resolve_user(const std::string& user, std::string& error);

}  // namespace sup::process
