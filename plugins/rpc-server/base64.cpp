#include "base64.hpp"

#include <openssl/evp.h>

namespace sup::rpc {

namespace {

bool in_alphabet(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/' || c == '=';
}

}  // namespace

std::string base64_encode(std::string_view bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(bytes.data()),
                                  static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::string base64_encode_lines(std::string_view bytes) {
    constexpr std::size_t line_input = 57;  // 57 bytes -> 76 characters
    std::string out;
    out.reserve(4 * (bytes.size() / 3 + 1) + bytes.size() / line_input + 1);
    for (std::size_t at = 0; at < bytes.size(); at += line_input) {
        out += base64_encode(bytes.substr(at, line_input));
        out += '\n';
    }
    return out;
}

std::optional<std::string> base64_decode(std::string_view text) {
    std::string clean;
    clean.reserve(text.size());
    for (char c : text)
        if (in_alphabet(c)) clean += c;
    if (clean.size() % 4 != 0) return std::nullopt;
    if (clean.empty()) return std::string();
    // '=' may only pad the end.
    const std::size_t first_pad = clean.find('=');
    std::size_t padding = 0;
    if (first_pad != std::string::npos) {
        padding = clean.size() - first_pad;
        if (padding > 2 || clean.find_first_not_of('=', first_pad) != std::string::npos)
            return std::nullopt;
    }
    std::string out(3 * (clean.size() / 4), '\0');
    const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(clean.data()),
                                  static_cast<int>(clean.size()));
    if (n < 0) return std::nullopt;
    out.resize(static_cast<std::size_t>(n) - padding);
    return out;
}

}  // namespace sup::rpc
