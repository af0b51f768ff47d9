// One parsed HTTP request, as the endpoints see it.
#pragma once

#include <optional>
#include <string>

namespace sup::rpc {

struct Request {
    std::string method;  // "GET", "POST", ...
    std::string target;  // as sent, e.g. "/logtail/web/stderr"
    int version = 11;    // 10 or 11
    bool keep_alive = true;
    bool has_body_length = false;  // Content-Length or chunked
    std::optional<std::string> authorization;
    std::string body;
};

}  // namespace sup::rpc
