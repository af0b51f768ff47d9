// Runs a function in a forked child and returns the text it reports, for
// tests of things that change the whole process (uid, rlimits, session).
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <functional>
#include <string>

namespace sup::test {

inline std::string in_child(const std::function<std::string()>& body) {
    int fds[2];
    if (::pipe(fds) != 0) return "pipe failed";
    pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        std::string report = body();
        ssize_t ignored = ::write(fds[1], report.data(), report.size());
        (void)ignored;
        ::_exit(0);
    }
    ::close(fds[1]);
    std::string report;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0) report.append(buffer, n);
    ::close(fds[0]);
    ::waitpid(pid, nullptr, 0);
    return report;
}

}  // namespace sup::test
