#include "rpc/socket_connect.hpp"

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <string>

#include "rpc/rpc_errors.hpp"
#include "control/interrupt.hpp"

namespace sup::ctl {
namespace {

// connect(), giving up only on Ctrl-C: after another signal the connection
// attempt goes on in the background, so wait for it to finish.
void connect_or_throw(int fd, const sockaddr* address, socklen_t length) {
    if (connect(fd, address, length) == 0) return;
    int error = errno;
    if (error == EINTR) {
        throw_if_interrupted();
        pollfd one{fd, POLLOUT, 0};
        while (poll(&one, 1, -1) < 0) {
            if (errno != EINTR) throw SocketError(errno);
            throw_if_interrupted();
        }
        socklen_t size = sizeof error;
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size);
        if (error == 0) return;
    }
    throw SocketError(error);
}

int connect_unix(const std::string& path) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof address.sun_path) throw CommandFailure("OSError", "AF_UNIX path too long");
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) throw SocketError(errno);
    try {
        connect_or_throw(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    } catch (...) {
        close(fd);
        throw;
    }
    return fd;
}

// Every address of the host in turn, as Python's create_connection does;
// when none answers, the first failure is the one reported.
int connect_tcp(const std::string& host, int port) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const std::string service = std::to_string(port);
    const int resolved = getaddrinfo(host.empty() ? nullptr : host.c_str(), service.c_str(), &hints, &found);
    if (resolved != 0) throw SocketError(resolved == EAI_SYSTEM ? errno : resolved);
    std::optional<SocketError> first_failure;
    int connected = -1;
    for (const addrinfo* candidate = found; candidate && connected < 0; candidate = candidate->ai_next) {
        const int fd = socket(candidate->ai_family, candidate->ai_socktype | SOCK_CLOEXEC, candidate->ai_protocol);
        if (fd < 0) {
            if (!first_failure) first_failure.emplace(errno);
            continue;
        }
        try {
            connect_or_throw(fd, candidate->ai_addr, candidate->ai_addrlen);
            connected = fd;
        } catch (const SocketError& failure) {
            close(fd);
            if (!first_failure) first_failure = failure;
        } catch (...) {
            close(fd);
            freeaddrinfo(found);
            throw;
        }
    }
    freeaddrinfo(found);
    if (connected < 0) throw first_failure.value_or(SocketError(ECONNREFUSED));
    const int on = 1;
    setsockopt(connected, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    return connected;
}

}  // namespace

int connect_to(const Endpoint& endpoint) {
    return endpoint.is_unix ? connect_unix(endpoint.socket_path) : connect_tcp(endpoint.host, endpoint.port);
}

}  // namespace sup::ctl
