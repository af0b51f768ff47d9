// [inet_http_server] port = "host:port", "*:port", ":port" or "port".
#pragma once

#include <cstdint>
#include <string>

namespace sup::rpc_http {

struct InetAddress {
    std::string host;  // "" = every interface
    std::uint16_t port = 0;
    std::string error;  // non-empty: not an address, in the reference's words
};

InetAddress parse_inet_address(const std::string& text);

}  // namespace sup::rpc_http
