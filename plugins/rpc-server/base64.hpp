// Base64 as XML-RPC and HTTP Basic Auth use it (OpenSSL underneath).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sup::rpc {

std::string base64_encode(std::string_view bytes);

// Python's base64.encodebytes layout: lines of at most 76 characters, each
// ending in '\n' (nothing at all for empty input). XML-RPC's <base64>.
std::string base64_encode_lines(std::string_view bytes);

// Characters outside the alphabet (line breaks, spaces) are skipped, as
// Python's decoder does; nullopt when what is left is not valid base64.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace sup::rpc
