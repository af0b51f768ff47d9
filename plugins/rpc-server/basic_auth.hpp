// HTTP Basic Auth as the reference checks it: one user, the password either
// plain or "{SHA}" + the hex SHA-1 of the password.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sup::rpc {

struct Credentials {
    std::string username;
    std::string password;  // as configured: plain or "{SHA}<40 hex digits>"
};

enum class AuthOutcome {
    granted,
    denied,     // 401
    malformed,  // credentials that are not base64: 400, as the reference
};

// `authorization` is the Authorization header's value, nullopt if absent.
AuthOutcome check_basic_auth(std::optional<std::string_view> authorization, const Credentials& expected);

bool password_matches(std::string_view configured, std::string_view given);

}  // namespace sup::rpc
