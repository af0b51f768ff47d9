// Base64 for HTTP Basic Auth and XML-RPC <base64> (OpenSSL underneath).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sup::ctl {

std::string base64_encode(std::string_view bytes);  // one line, no newline

// Whitespace is skipped, as Python's decoder does; nullopt when the rest is
// not valid base64.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace sup::ctl
