#include "supervisor/fcgi_socket.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <grp.h>
#include <netdb.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace sup {
namespace {

[[noreturn]] void fail(const std::string& what) { throw std::runtime_error(what); }

std::string errno_text() { return "[Errno " + std::to_string(errno) + "] " + std::strerror(errno); }

// "user[:group]" -> ids; the config loader has already checked they exist.
std::pair<uid_t, gid_t> owner_ids(const std::string& owner) {
    auto colon = owner.find(':');
    std::string user = owner.substr(0, colon);
    uid_t uid;
    if (struct passwd* pw = getpwnam(user.c_str())) uid = pw->pw_uid;
    else uid = static_cast<uid_t>(std::stoul(user));
    gid_t gid = static_cast<gid_t>(-1);
    if (colon != std::string::npos) {
        std::string group = owner.substr(colon + 1);
        if (struct group* gr = getgrnam(group.c_str())) gid = gr->gr_gid;
        else gid = static_cast<gid_t>(std::stoul(group));
    }
    return {uid, gid};
}

int bind_unix(const config::SocketConfig& c) {
    sockaddr_un addr{};
    if (c.path.size() >= sizeof addr.sun_path) fail("AF_UNIX path too long");
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, c.path.c_str(), c.path.size() + 1);
    ::unlink(c.path.c_str());
    int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) fail(errno_text());
    try {
        if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) < 0) fail(errno_text());
        if (c.owner) {
            auto [uid, gid] = owner_ids(*c.owner);
            if (::chown(c.path.c_str(), uid, gid) < 0)
                fail("Could not change ownership of socket file: " + errno_text());
        }
        if (c.mode && ::chmod(c.path.c_str(), *c.mode) < 0)
            fail("Could not change permissions of socket file: " + errno_text());
    } catch (...) {
        ::close(fd);
        ::unlink(c.path.c_str());
        throw;
    }
    return fd;
}

int bind_inet(const config::SocketConfig& c) {
    addrinfo hints{};
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE;
    addrinfo* res = nullptr;
    if (int rc = getaddrinfo(c.host.c_str(), std::to_string(c.port).c_str(), &hints, &res))
        fail(gai_strerror(rc));
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        freeaddrinfo(res);
        fail(errno_text());
    }
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    int rc = ::bind(fd, res->ai_addr, res->ai_addrlen);
    int bind_errno = errno;
    freeaddrinfo(res);
    if (rc < 0) {
        ::close(fd);
        errno = bind_errno;
        fail(errno_text());
    }
    return fd;
}

}  // namespace

FcgiSocket::FcgiSocket(const config::SocketConfig& config) {
    try {
        int fd = config.family == config::SocketConfig::Family::Unix ? bind_unix(config)
                                                                     : bind_inet(config);
        if (::listen(fd, config.backlog.value_or(SOMAXCONN)) < 0) {
            std::string why = errno_text();
            ::close(fd);
            fail(why);
        }
        fd_ = fd;
    } catch (const std::exception& e) {
        error_ = "Could not create FastCGI socket " + config.url + ": " + e.what();
    }
}

FcgiSocket::~FcgiSocket() {
    if (fd_ >= 0) ::close(fd_);
}

}  // namespace sup
