#include "transport_config.hpp"

#include <algorithm>
#include <cstring>

namespace sup::rpc {

CredentialsSetting read_credentials(const Host& host, const std::string& section) {
    const char* username = host.api->config_get(host.ctx, section.c_str(), "username");
    const char* password = host.api->config_get(host.ctx, section.c_str(), "password");
    CredentialsSetting setting;
    if ((username == nullptr) != (password == nullptr)) {
        setting.error = "Section [" + section +
                        "] contains incomplete authentication: If a username or a password is specified, both "
                        "the username and password must be specified";
        return setting;
    }
    // An empty username turns authentication off, as in the reference.
    if (username && *username) setting.credentials = Credentials{username, password};
    return setting;
}

void warn_if_unauthenticated(const Host& host, const std::string& section, const CredentialsSetting& setting) {
    if (!setting.credentials)
        host.log(SUP_LOG_CRITICAL, "Server '" + section + "' running without any HTTP authentication checking");
}

int init_failure(const std::string& message, char* error, std::size_t error_size) {
    if (error && error_size > 0) {
        const std::size_t n = std::min(message.size(), error_size - 1);
        std::memcpy(error, message.data(), n);
        error[n] = '\0';
    }
    return SUP_ERR_FAILED;
}

}  // namespace sup::rpc
