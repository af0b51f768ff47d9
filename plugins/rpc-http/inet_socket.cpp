#include "inet_socket.hpp"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sup::rpc_http {

namespace {

constexpr int listen_backlog = 1024;

std::string socket_error(int err) {
    if (err == EADDRINUSE)
        return "Another program is already listening on a port that one of our HTTP servers is configured to "
               "use.  Shut this program down first before starting supervisord.";
    return "Cannot open an HTTP server: socket.error reported errno." + std::string(strerrorname_np(err)) + " (" +
           std::to_string(err) + ")";
}

}  // namespace

OpenedInetSocket open_inet_socket(const InetAddress& address) {
    OpenedInetSocket result;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(address.port);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (!address.host.empty()) {
        addrinfo hints{};
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* found = nullptr;
        if (::getaddrinfo(address.host.c_str(), nullptr, &hints, &found) != 0 || !found) {
            result.error = "Cannot open an HTTP server: cannot resolve the host name " + address.host;
            return result;
        }
        addr.sin_addr = reinterpret_cast<sockaddr_in*>(found->ai_addr)->sin_addr;
        ::freeaddrinfo(found);
    }
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        result.error = socket_error(errno);
        return result;
    }
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd, listen_backlog) != 0) {
        result.error = socket_error(errno);
        ::close(fd);
        return result;
    }
    result.fd = fd;
    return result;
}

std::string peer_name(int client_fd) {
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    if (::getpeername(client_fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0 || addr.sin_family != AF_INET)
        return "localhost:0";
    char ip[INET_ADDRSTRLEN] = "";
    ::inet_ntop(AF_INET, &addr.sin_addr, ip, sizeof ip);
    return std::string(ip) + ":" + std::to_string(ntohs(addr.sin_port));
}

}  // namespace sup::rpc_http
