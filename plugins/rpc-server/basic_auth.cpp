#include "basic_auth.hpp"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <cctype>

#include "base64.hpp"

namespace sup::rpc {

namespace {

bool equal_secret(std::string_view a, std::string_view b) {
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string sha1_hex(std::string_view text) {
    unsigned char digest[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char byte : digest) {
        out += hex[byte >> 4];
        out += hex[byte & 0xF];
    }
    return out;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

}  // namespace

bool password_matches(std::string_view configured, std::string_view given) {
    constexpr std::string_view sha_prefix = "{SHA}";
    if (configured.starts_with(sha_prefix))
        return equal_secret(configured.substr(sha_prefix.size()), sha1_hex(given));
    return equal_secret(configured, given);
}

AuthOutcome check_basic_auth(std::optional<std::string_view> authorization, const Credentials& expected) {
    if (!authorization) return AuthOutcome::denied;
    // "<scheme> <cookie>"
    const std::string_view header = *authorization;
    const auto space = header.find(' ');
    if (space == std::string_view::npos || !iequals(header.substr(0, space), "basic"))
        return AuthOutcome::denied;
    const auto decoded = base64_decode(header.substr(space + 1));
    if (!decoded) return AuthOutcome::malformed;
    const auto colon = decoded->find(':');
    if (colon == std::string::npos) return AuthOutcome::denied;
    const std::string_view user = std::string_view(*decoded).substr(0, colon);
    const std::string_view password = std::string_view(*decoded).substr(colon + 1);
    if (user != expected.username || !password_matches(expected.password, password))
        return AuthOutcome::denied;
    return AuthOutcome::granted;
}

}  // namespace sup::rpc
