#include "process/spawner.hpp"

#include <grp.h>
#include <pwd.h>
#include <sched.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace sup::process {
namespace {

// Everything the child needs, as plain pointers into parent memory.
struct ChildPlan {
    const char* filename;
    char* const* argv;
    char* const* envp;
    const char* directory;  // may be null
    int umask_value;        // -1 = leave alone
    bool switch_user;
    uid_t uid;
    gid_t gid;
    const gid_t* groups;
    size_t ngroups;
    int fd_in, fd_out, fd_err;
    // Prepared message prefixes ("supervisor: couldn't chdir to /x: ").
    const char* chdir_msg;
    const char* setuid_msg;
    const char* exec_msg;
    const char* fail_msg;  // may be null
    sigset_t parent_mask;
};

void write_all(int fd, const char* s) {
    size_t len = std::strlen(s);
    while (len > 0) {
        ssize_t n = ::write(fd, s, len);
        if (n <= 0) {
            if (n < 0 && errno == EINTR) continue;
            return;
        }
        s += n;
        len -= static_cast<size_t>(n);
    }
}

[[noreturn]] void child_fail(const char* prefix, int err) {
    write_all(2, prefix);
    const char* name = strerrorname_np(err);  // table lookup, no allocation
    write_all(2, name ? name : "unknown error");
    write_all(2, "\nsupervisor: child process was not spawned\n");
    _exit(127);
}

int child_main(void* arg) {
    const ChildPlan& p = *static_cast<const ChildPlan*>(arg);

    // The parent's handlers (Asio's self-pipe writer) must never run here.
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    for (int sig = 1; sig < NSIG; ++sig) {
        if (sig == SIGKILL || sig == SIGSTOP) continue;
        sigaction(sig, &dfl, nullptr);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);

    setpgid(0, 0);  // own process group: killasgroup, and terminal signals stay ours

    if (dup2(p.fd_in, 0) < 0 || dup2(p.fd_out, 1) < 0 || dup2(p.fd_err, 2) < 0) _exit(127);
    close_range(3, ~0U, 0);

    if (p.fail_msg) {
        write_all(2, p.fail_msg);
        write_all(2, "supervisor: child process was not spawned\n");
        _exit(127);
    }

    if (p.switch_user) {
        if (setgroups(p.ngroups, p.groups) < 0 || setgid(p.gid) < 0 || setuid(p.uid) < 0)
            child_fail(p.setuid_msg, errno);
    }
    if (p.directory && chdir(p.directory) < 0) child_fail(p.chdir_msg, errno);
    if (p.umask_value >= 0) umask(static_cast<mode_t>(p.umask_value));
    execve(p.filename, p.argv, p.envp);
    child_fail(p.exec_msg, errno);
}

std::vector<char*> c_array(const std::vector<std::string>& strings) {
    std::vector<char*> out;
    out.reserve(strings.size() + 1);
    for (const auto& s : strings) out.push_back(const_cast<char*>(s.c_str()));
    out.push_back(nullptr);
    return out;
}

constexpr size_t kChildStackSize = 64 * 1024;

}  // namespace

pid_t spawn_child(const SpawnRequest& r) {
    auto argv = c_array(r.argv);
    auto envp = c_array(r.env);
    const std::string chdir_msg =
        "supervisor: couldn't chdir to " + r.directory.value_or("") + ": ";
    const std::string setuid_msg = "supervisor: couldn't setuid to " + r.user_label + ": ";
    const std::string exec_msg =
        "supervisor: couldn't exec " + (r.argv.empty() ? r.filename : r.argv[0]) + ": ";

    ChildPlan plan{};
    plan.filename = r.filename.c_str();
    plan.argv = argv.data();
    plan.envp = envp.data();
    plan.directory = r.directory ? r.directory->c_str() : nullptr;
    plan.umask_value = r.umask ? static_cast<int>(*r.umask) : -1;
    plan.switch_user = r.credentials.has_value();
    if (r.credentials) {
        plan.uid = r.credentials->uid;
        plan.gid = r.credentials->gid;
        plan.groups = r.credentials->groups.data();
        plan.ngroups = r.credentials->groups.size();
    }
    plan.fd_in = r.child_stdin;
    plan.fd_out = r.child_stdout;
    plan.fd_err = r.child_stderr;
    plan.chdir_msg = chdir_msg.c_str();
    plan.setuid_msg = setuid_msg.c_str();
    plan.exec_msg = exec_msg.c_str();
    plan.fail_msg = r.fail_message ? r.fail_message->c_str() : nullptr;

    // Block every signal across the clone so no handler runs in the child
    // before it has reset them; the child unblocks after resetting.
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &plan.parent_mask);

    auto stack = std::make_unique<char[]>(kChildStackSize);
    pid_t pid = clone(child_main, stack.get() + kChildStackSize,
                      CLONE_VM | CLONE_VFORK | SIGCHLD, &plan);
    int err = errno;
    pthread_sigmask(SIG_SETMASK, &plan.parent_mask, nullptr);
    return pid < 0 ? -err : pid;
}

std::optional<Credentials> resolve_user(const std::string& user, std::string& error) {
    struct passwd pwbuf {};
    struct passwd* pw = nullptr;
    std::vector<char> buf(16384);
    char* end = nullptr;
    errno = 0;
    unsigned long numeric = std::strtoul(user.c_str(), &end, 10);
    bool is_number = !user.empty() && end && *end == '\0';
    if (is_number)
        getpwuid_r(static_cast<uid_t>(numeric), &pwbuf, buf.data(), buf.size(), &pw);
    else
        getpwnam_r(user.c_str(), &pwbuf, buf.data(), buf.size(), &pw);
    if (!pw) {
        error = is_number ? "Can't find uid " + user : "Can't find username '" + user + "'";
        return std::nullopt;
    }
    Credentials c;
    c.uid = pw->pw_uid;
    c.gid = pw->pw_gid;
    int n = 64;
    c.groups.resize(static_cast<size_t>(n));
    while (getgrouplist(pw->pw_name, pw->pw_gid, c.groups.data(), &n) < 0)
        c.groups.resize(static_cast<size_t>(n));
    c.groups.resize(static_cast<size_t>(n));
    return c;
}

}  // namespace sup::process
