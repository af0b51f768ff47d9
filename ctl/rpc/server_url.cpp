#include "rpc/server_url.hpp"

#include <cctype>
#include <charconv>

#include "rpc/rpc_errors.hpp"
#include "config/python_text.hpp"

namespace sup::ctl {
namespace {

constexpr std::string_view kUnixPrefix = "unix://";
constexpr std::string_view kHttpPrefix = "http://";

bool is_scheme_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
}

// The URL with its scheme and ':' removed, when it has a scheme.
std::string_view after_scheme(std::string_view url) {
    const std::size_t colon = url.find(':');
    if (colon == std::string_view::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(url[0]))) return url;
    for (std::size_t i = 0; i < colon; ++i)
        if (!is_scheme_char(url[i])) return url;
    return url.substr(colon + 1);
}

}  // namespace

std::string url_scheme(std::string_view url) {
    const std::string_view rest = after_scheme(url);
    if (rest.size() == url.size()) return "";
    std::string scheme(url.substr(0, url.size() - rest.size() - 1));
    for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return scheme;
}

bool looks_like_url(std::string_view url) {
    const std::string_view rest = after_scheme(url);
    if (rest.size() == url.size()) return false;
    std::string_view netloc;
    std::string_view path = rest;
    if (rest.substr(0, 2) == "//") {
        const std::size_t end = rest.find_first_of("/?#", 2);
        netloc = rest.substr(2, end == std::string_view::npos ? std::string_view::npos : end - 2);
        path = end == std::string_view::npos ? std::string_view() : rest.substr(end);
    }
    path = path.substr(0, path.find_first_of("?#"));
    return !netloc.empty() || !path.empty();
}

Endpoint endpoint_for(std::string_view serverurl) {
    Endpoint endpoint;
    if (serverurl.rfind(kUnixPrefix, 0) == 0) {
        endpoint.is_unix = true;
        endpoint.socket_path = serverurl.substr(kUnixPrefix.size());
        return endpoint;
    }
    if (serverurl.rfind(kHttpPrefix, 0) != 0)
        throw CommandFailure("ValueError", "Unknown protocol for serverurl " + std::string(serverurl));
    std::string_view netloc = serverurl.substr(kHttpPrefix.size());
    netloc = netloc.substr(0, netloc.find_first_of("/?#"));
    if (const std::size_t at = netloc.rfind('@'); at != std::string_view::npos) netloc.remove_prefix(at + 1);
    std::string_view port_text;
    if (!netloc.empty() && netloc[0] == '[') {  // [IPv6]:port
        const std::size_t close = netloc.find(']');
        endpoint.host = std::string(netloc.substr(1, close == std::string_view::npos ? close : close - 1));
        if (close != std::string_view::npos && close + 1 < netloc.size() && netloc[close + 1] == ':')
            port_text = netloc.substr(close + 2);
    } else {
        const std::size_t colon = netloc.rfind(':');
        endpoint.host = std::string(netloc.substr(0, colon));
        if (colon != std::string_view::npos) port_text = netloc.substr(colon + 1);
    }
    for (char& c : endpoint.host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!port_text.empty()) {
        int port = 0;
        const auto [end, error] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
        if (error != std::errc() || end != port_text.data() + port_text.size())
            throw CommandFailure("ValueError",
                                 "Port could not be cast to integer value as " + config::py_repr(port_text));
        if (port < 0 || port > 65535) throw CommandFailure("ValueError", "Port out of range 0-65535");
        endpoint.port = port;
    }
    return endpoint;
}

}  // namespace sup::ctl
