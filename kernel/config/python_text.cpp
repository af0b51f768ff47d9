#include "config/python_text.hpp"

#include <cstdint>
#include <cstdio>
#include <limits>

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

// Python's str.isprintable() for the code points it is likely to meet:
// controls, format characters, separators other than ' ', private use.
bool printable(char32_t cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD) return false;
    if ((cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
        (cp >= 0x205F && cp <= 0x206F) || cp == 0x1680 || cp == 0x180E ||
        cp == 0x3000 || cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB) ||
        (cp >= 0xE000 && cp <= 0xF8FF)) {
        return false;
    }
    return true;
}

std::string escaped(char32_t cp) {
    char buffer[12];
    if (cp <= 0xFF) {
        std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(cp));
    } else if (cp <= 0xFFFF) {
        std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(cp));
    } else {
        std::snprintf(buffer, sizeof buffer, "\\U%08x", static_cast<unsigned>(cp));
    }
    return buffer;
}

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
    const bool has_single = text.find('\'') != std::string_view::npos;
    const bool has_double = text.find('"') != std::string_view::npos;
    const char quote = has_single && !has_double ? '"' : '\'';
    std::string out(1, quote);
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        if (static_cast<unsigned char>(c) >= 0x80) {
            char32_t cp = 0;
            if (std::size_t len = decode_at(text, pos, cp)) {
                if (printable(cp)) out.append(text.substr(pos, len));
                else out += escaped(cp);
                pos += len;
            } else {  // surrogateescape, as Python decodes argv: byte 0xNN is U+DCNN
                out += escaped(0xDC00 + static_cast<unsigned char>(c));
                ++pos;
            }
            continue;
        }
        ++pos;
        if (c == quote || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (!printable(static_cast<unsigned char>(c))) {
            out += escaped(static_cast<unsigned char>(c));
        } else {
            out += c;
        }
    }
    out += quote;
    return out;
}

std::string py_list_repr(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += py_repr(items[i]);
    }
    return out + "]";
}

std::optional<std::int64_t> parse_python_int(std::string_view text, int base) {
    // int() skips the whitespace str.strip() does, except the four ASCII
    // information separators (0x1C-0x1F), which str.isspace() counts.
    const auto separator = [](char c) { return c >= 0x1C && c <= 0x1F; };
    while (!text.empty() && !separator(text.front()) && space_length_at(text, 0) > 0)
        text.remove_prefix(space_length_at(text, 0));
    while (!text.empty() && !separator(text.back()) && space_before(text, text.size())) {
        std::size_t start = text.size() - 1;
        while (start > 0 && space_length_at(text, start) == 0) --start;
        text.remove_suffix(text.size() - start);
    }
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    bool underscore_ok = false;  // only between digits, or right after "0o"
    if (base == 8 && text.size() >= 2 && text[0] == '0' && (text[1] == 'o' || text[1] == 'O')) {
        text.remove_prefix(2);
        underscore_ok = true;
    }
    constexpr std::uint64_t limit = std::numeric_limits<std::int64_t>::max();
    std::uint64_t magnitude = 0;
    bool any_digit = false;
    for (char c : text) {
        if (c == '_') {
            if (!underscore_ok) return std::nullopt;
            underscore_ok = false;
            continue;
        }
        int digit = c - '0';
        if (digit < 0 || digit >= base) return std::nullopt;
        magnitude = magnitude > (limit - digit) / base ? limit : magnitude * base + digit;
        any_digit = true;
        underscore_ok = true;
    }
    if (!any_digit || text.back() == '_') return std::nullopt;
    auto value = static_cast<std::int64_t>(magnitude);
    return negative ? -value : value;
}

std::string python_int_error(std::string_view text) {
    // Python cuts the quoted text at 200 characters.
    std::string quoted = py_repr(text);
    std::size_t pos = 0;
    for (int chars = 0; chars < 200 && pos < quoted.size(); ++chars) {
        do {
            ++pos;
        } while (pos < quoted.size() && (static_cast<unsigned char>(quoted[pos]) & 0xC0) == 0x80);
    }
    return "invalid literal for int() with base 10: " + quoted.substr(0, pos);
}

}  // namespace sup::config
