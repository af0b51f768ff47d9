#include "inet_address.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace sup::rpc_http {

namespace {

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// Python's repr() of a str, near enough for error messages.
std::string quoted(const std::string& s) { return "'" + s + "'"; }

}  // namespace

InetAddress parse_inet_address(const std::string& text) {
    InetAddress address;
    std::string port_text = text;
    const auto colon = text.rfind(':');
    if (colon != std::string::npos) {
        address.host = text.substr(0, colon);
        port_text = text.substr(colon + 1);
        if (port_text.empty()) {
            address.error = "no port number specified in " + quoted(port_text);
            return address;
        }
        std::transform(address.host.begin(), address.host.end(), address.host.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    }
    if (address.host == "*") address.host.clear();
    const std::string digits = trim(port_text);
    long port = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size()) {
        address.error = colon == std::string::npos ? "not a valid port number: " + quoted(text) + " "
                                                   : "invalid literal for int() with base 10: " + quoted(port_text);
        return address;
    }
    if (port < 1) {
        address.error = std::to_string(port) + " is below lower bound (1)";
        return address;
    }
    if (port > 0xffff) {
        address.error = std::to_string(port) + " is above upper bound (65535)";
        return address;
    }
    address.port = static_cast<std::uint16_t>(port);
    return address;
}

}  // namespace sup::rpc_http
