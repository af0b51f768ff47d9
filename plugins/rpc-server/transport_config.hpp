// What both transports read from their section: the optional user and
// password, with the reference's rule that one needs the other.
#pragma once

#include <optional>
#include <string>

#include "basic_auth.hpp"
#include "host.hpp"

namespace sup::rpc {

struct CredentialsSetting {
    std::optional<Credentials> credentials;  // nullopt: no authentication
    std::string error;                       // non-empty: the section is invalid
};

CredentialsSetting read_credentials(const Host& host, const std::string& section);

// The reference's CRIT line for a server without authentication.
void warn_if_unauthenticated(const Host& host, const std::string& section, const CredentialsSetting& setting);

// Writes `message` into the plugin's init error buffer.
int init_failure(const std::string& message, char* error, std::size_t error_size);

}  // namespace sup::rpc
