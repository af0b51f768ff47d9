// [unix_http_server] file, chmod and chown, checked as the reference does.
#pragma once

#include <functional>
#include <string>

#include "unix_socket.hpp"

namespace sup::rpc_unix {

// A key's raw value in the section, nullptr when absent.
using SettingLookup = std::function<const char*(const char* key)>;

struct UnixSettings {
    UnixSocketSpec socket;
    std::string error;  // non-empty: the section is invalid
};

UnixSettings read_unix_settings(const std::string& section, const SettingLookup& lookup);

// ~ expanded, made absolute against the working directory, normalised.
std::string normalize_path(const std::string& path);

}  // namespace sup::rpc_unix
