#include "unix_socket.hpp"

#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sup::rpc_unix {

namespace {

constexpr int listen_backlog = 1024;

const char* const address_in_use =
    "Another program is already listening on a port that one of our HTTP servers is configured to use.  "
    "Shut this program down first before starting supervisord.";

bool make_address(const std::string& path, sockaddr_un& addr) {
    addr = {};
    addr.sun_family = AF_UNIX;
    if (path.size() >= sizeof addr.sun_path) return false;
    std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
    return true;
}

std::string socket_error(int err) {
    return "Cannot open an HTTP server: socket.error reported errno." + std::string(strerrorname_np(err)) + " (" +
           std::to_string(err) + ")";
}

std::string current_user() {
    const passwd* pw = ::getpwuid(::geteuid());
    return pw ? pw->pw_name : std::to_string(::geteuid());
}

}  // namespace

bool socket_in_use(const std::string& path) {
    sockaddr_un addr;
    if (!make_address(path, addr)) return false;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return false;
    const bool live = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    ::close(fd);
    return live;
}

OpenedSocket open_unix_socket(const UnixSocketSpec& spec) {
    OpenedSocket result;
    const std::string temp = spec.path + "." + std::to_string(::getpid());
    sockaddr_un addr;
    if (!make_address(temp, addr)) {
        result.error = "the socket path " + spec.path + " is too long";
        return result;
    }
    ::unlink(temp.c_str());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        result.error = socket_error(errno);
        return result;
    }
    // Bound and chmod'ed under a temporary name, then hard-linked into
    // place: the socket never appears with the wrong mode.
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::chmod(temp.c_str(), spec.mode) != 0) {
        result.error = socket_error(errno);
        ::close(fd);
        ::unlink(temp.c_str());
        return result;
    }
    while (::link(temp.c_str(), spec.path.c_str()) != 0) {
        const int err = errno;
        if (err != EEXIST || socket_in_use(spec.path)) {
            result.error = err == EEXIST ? address_in_use : socket_error(err);
            ::close(fd);
            ::unlink(temp.c_str());
            return result;
        }
        std::fprintf(stderr, "Unlinking stale socket %s\n", spec.path.c_str());
        ::unlink(spec.path.c_str());
    }
    ::unlink(temp.c_str());
    if (spec.owner != static_cast<uid_t>(-1) || spec.group != static_cast<gid_t>(-1)) {
        if (::chown(spec.path.c_str(), spec.owner, spec.group) != 0) {
            const int err = errno;
            result.error = err == EPERM ? "Not permitted to chown " + spec.path + " to uid/gid (" +
                                              std::to_string(static_cast<int>(spec.owner)) + ", " +
                                              std::to_string(static_cast<int>(spec.group)) +
                                              "); adjust \"sockchown\" value in config file or on command line "
                                              "to values that the current user (" +
                                              current_user() + ") can successfully chown"
                                        : socket_error(err);
            ::close(fd);
            ::unlink(spec.path.c_str());
            return result;
        }
    }
    if (::listen(fd, listen_backlog) != 0) {
        result.error = socket_error(errno);
        ::close(fd);
        ::unlink(spec.path.c_str());
        return result;
    }
    struct stat st {};
    if (::lstat(spec.path.c_str(), &st) == 0) {
        result.inode = st.st_ino;
        result.device = st.st_dev;
    }
    result.fd = fd;
    return result;
}

void remove_socket_file(const std::string& path, const OpenedSocket& socket) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 && st.st_ino == socket.inode && st.st_dev == socket.device)
        ::unlink(path.c_str());
}

}  // namespace sup::rpc_unix
