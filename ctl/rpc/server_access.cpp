#include "rpc/server_access.hpp"

#include "rpc/base64.hpp"

namespace sup::ctl {
namespace {

std::string basic_header(const std::string& username, const std::string& password) {
    return "Authorization: Basic " + base64_encode(username + ":" + password) + "\r\n";
}

}  // namespace

std::string rpc_authorization_header(const ServerAccess& access) {
    if (!access.username || !access.password) return "";
    return basic_header(*access.username, *access.password);
}

std::string stream_authorization_header(const ServerAccess& access) {
    if (!access.password || access.password->empty()) return "";
    return basic_header(access.username.value_or(""), *access.password);
}

}  // namespace sup::ctl
