#include "config/python_text.hpp"

#include <cstdint>

namespace sup::config {
namespace {

// Decodes one UTF-8 sequence at `pos`; returns its length (0 if invalid).
std::size_t decode_at(std::string_view s, std::size_t pos, char32_t& cp) {
    const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(s[i]); };
    const std::uint8_t b0 = byte(pos);
    std::size_t len = 0;
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    } else if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
    } else {
        return 0;
    }
    if (pos + len > s.size()) return 0;
    for (std::size_t i = 1; i < len; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(pos + i) & 0x3F);
    }
    static constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinForLength[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

bool is_unicode_space(char32_t cp) {
    switch (cp) {
        case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D:
        case 0x1C: case 0x1D: case 0x1E: case 0x1F: case 0x20:
        case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
        case 0x202F: case 0x205F: case 0x3000:
            return true;
        default:
            return cp >= 0x2000 && cp <= 0x200A;
    }
}

bool is_continuation_byte(char c) { return (static_cast<std::uint8_t>(c) & 0xC0) == 0x80; }

}  // namespace

std::size_t space_length_at(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return 0;
    char32_t cp = 0;
    const std::size_t len = decode_at(text, pos, cp);
    return (len != 0 && is_unicode_space(cp)) ? len : 0;
}

bool space_before(std::string_view text, std::size_t pos) {
    if (pos == 0) return false;
    std::size_t start = pos - 1;
    while (start > 0 && pos - start < 4 && is_continuation_byte(text[start])) --start;
    return space_length_at(text, start) == pos - start;
}

std::string_view py_rstrip(std::string_view text) {
    std::size_t end = text.size();
    while (space_before(text, end)) {
        --end;  // back to the first byte of that whitespace character
        while (end > 0 && is_continuation_byte(text[end])) --end;
    }
    return text.substr(0, end);
}

std::string_view py_strip(std::string_view text) {
    std::size_t begin = 0;
    while (std::size_t n = space_length_at(text, begin)) begin += n;
    return py_rstrip(text.substr(begin));
}

std::vector<std::string_view> py_split(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (std::size_t n = space_length_at(text, pos)) pos += n;
        const std::size_t start = pos;
        while (pos < text.size() && space_length_at(text, pos) == 0) ++pos;
        if (pos > start) words.push_back(text.substr(start, pos - start));
    }
    return words;
}

std::size_t code_point_count(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) count += is_continuation_byte(c) ? 0 : 1;
    return count;
}

std::size_t invalid_utf8_offset(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        char32_t cp = 0;
        const std::size_t len = decode_at(text, pos, cp);
        if (len == 0) return pos;
        pos += len;
    }
    return std::string_view::npos;
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string ascii_upper(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::string py_repr(std::string_view text) {
    // Python prefers single quotes unless the text has one and no double.
    const bool use_double = text.find('\'') != std::string_view::npos &&
                            text.find('"') == std::string_view::npos;
    const char quote = use_double ? '"' : '\'';
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(1, quote);
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == quote || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20 || u == 0x7F) {
            out += "\\x";
            out += kHex[u >> 4];
            out += kHex[u & 0xF];
        } else {
            out += c;
        }
    }
    out += quote;
    return out;
}

}  // namespace sup::config
