#include "xmlrpc_response.hpp"

namespace sup::rpc {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence at text[at], 0 if ill-formed.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    std::size_t len;
    unsigned min_second = 0x80, max_second = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        len = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        len = 3;
        if (lead == 0xE0) min_second = 0xA0;
        if (lead == 0xED) max_second = 0x9F;  // no UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        len = 4;
        if (lead == 0xF0) min_second = 0x90;
        if (lead == 0xF4) max_second = 0x8F;
    } else {
        return 0;
    }
    if (at + len > text.size()) return 0;
    if (byte(at + 1) < min_second || byte(at + 1) > max_second) return 0;
    for (std::size_t i = 2; i < len; ++i)
        if ((byte(at + i) & 0xC0) != 0x80) return 0;
    // U+FFFE and U+FFFF are not XML characters either.
    if (len == 3 && lead == 0xEF && byte(at + 1) == 0xBF && byte(at + 2) >= 0xBE) return 0;
    return len;
}

}  // namespace

void append_xml_text(std::string& out, std::string_view text) {
    out.reserve(out.size() + text.size());
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
                case '&': out += "&amp;"; break;
                case '<': out += "&lt;"; break;
                case '>': out += "&gt;"; break;
                case '\r': out += "&#13;"; break;
                case '\t':
                case '\n': out += static_cast<char>(c); break;
                default:
                    if (c < 0x20) out += replacement;
                    else out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        const std::size_t len = utf8_sequence_length(text, i);
        if (len == 0) {
            out += replacement;
            ++i;
        } else {
            out.append(text.substr(i, len));
            i += len;
        }
    }
}

}  // namespace sup::rpc
