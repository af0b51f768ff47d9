#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "config/python_text.hpp"
#include "runtime/daemon.hpp"
#include "runtime/main_log.hpp"

namespace sup::runtime {
namespace {

// How Python words an OSError about a path: "[Errno 2] No such file or
// directory: '/x'"; the reference logs it verbatim.
std::string os_error_text(int err, const std::string& path) {
    return "[Errno " + std::to_string(err) + "] " + std::strerror(err) + ": " +
           config::py_repr(path);
}

void point_at_dev_null(int target_fd, int flags) {
    int fd = ::open("/dev/null", flags);
    if (fd < 0) return;
    if (fd != target_fd) {
        ::dup2(fd, target_fd);
        ::close(fd);
    }
}

}  // namespace

std::string daemonize(const std::optional<std::string>& directory, unsigned umask) {
    std::fflush(nullptr);  // or buffered output would be written twice
    pid_t pid = ::fork();
    if (pid < 0) return std::string("could not fork into the background: ") + std::strerror(errno);
    if (pid > 0) {
        mainlog::blather("supervisord forked; parent exiting");
        ::_exit(0);
    }
    mainlog::info("daemonizing the supervisord process");
    if (directory) {
        if (::chdir(directory->c_str()) != 0) {
            mainlog::critical("can't chdir into " + config::py_repr(*directory) + ": " +
                              os_error_text(errno, *directory));
        } else {
            mainlog::info("set current directory: " + config::py_repr(*directory));
        }
    }
    point_at_dev_null(STDIN_FILENO, O_RDONLY);
    point_at_dev_null(STDOUT_FILENO, O_WRONLY);
    point_at_dev_null(STDERR_FILENO, O_WRONLY);
    ::setsid();
    ::umask(umask);
    return {};
}

}  // namespace sup::runtime
