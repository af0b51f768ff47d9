// The [inet_http_server] listening socket (IPv4, as the reference).
#pragma once

#include <string>

#include "inet_address.hpp"

namespace sup::rpc_http {

struct OpenedInetSocket {
    int fd = -1;
    std::string error;  // in the reference's words
};

OpenedInetSocket open_inet_socket(const InetAddress& address);

// "127.0.0.1:51234" for the access log.
std::string peer_name(int client_fd);

}  // namespace sup::rpc_http
