// supervisorctl's server URLs: "unix:///path/to/socket" or
// "http://host[:port]", read the way the reference reads them.
#pragma once

#include <string>
#include <string_view>

namespace sup::ctl {

// The scheme Python's urlparse finds, lower-cased ("" when there is none).
std::string url_scheme(std::string_view url);

// The reference's check of -s values: a scheme and a host or a path.
bool looks_like_url(std::string_view url);

struct Endpoint {
    bool is_unix = false;
    std::string socket_path;  // is_unix
    std::string host;         // otherwise; "" = the loopback
    int port = 80;
};

// Where the XML-RPC transport connects for `serverurl`. Throws
// CommandFailure (ValueError) for another scheme or a bad port, with the
// reference's words.
Endpoint endpoint_for(std::string_view serverurl);

}  // namespace sup::ctl
