#include "rpc/socket_io.hpp"

#include <sys/socket.h>

#include <cerrno>

#include "control/interrupt.hpp"
#include "rpc/rpc_errors.hpp"

namespace sup::ctl {

void send_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        // MSG_NOSIGNAL: a server that went away is an error, not SIGPIPE.
        const ssize_t sent = send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno != EINTR) throw SocketError(errno);
            throw_if_interrupted();
            continue;
        }
        bytes.remove_prefix(static_cast<std::size_t>(sent));
    }
}

std::size_t receive_some(int fd, char* buffer, std::size_t capacity) {
    while (true) {
        const ssize_t got = recv(fd, buffer, capacity, 0);
        if (got >= 0) return static_cast<std::size_t>(got);
        if (errno != EINTR) throw SocketError(errno);
        throw_if_interrupted();
    }
}

}  // namespace sup::ctl
