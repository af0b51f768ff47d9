#include "cli/python_text.hpp"

#include <cstdio>
#include <limits>

namespace sup::cli {
namespace {

// Decodes one UTF-8 sequence at `pos`; nullopt if it is not well formed.
std::optional<char32_t> decode_utf8(std::string_view s, std::size_t& pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned char lead = byte(pos);
    int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
    if (extra < 0 || lead > 0xF4 || s.size() - pos <= static_cast<std::size_t>(extra)) {
        return std::nullopt;
    }
    char32_t cp = lead & (0x3F >> extra);
    for (int i = 1; i <= extra; ++i) {
        unsigned char next = byte(pos + i);
        if ((next & 0xC0) != 0x80) return std::nullopt;
        cp = (cp << 6) | (next & 0x3F);
    }
    static constexpr char32_t smallest[] = {0, 0x80, 0x800, 0x10000};
    if (cp < smallest[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return std::nullopt;
    }
    pos += extra + 1;
    return cp;
}

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

bool ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

}  // namespace

std::string python_repr(std::string_view text) {
    bool has_single = text.find('\'') != std::string_view::npos;
    bool has_double = text.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out(1, quote);
    std::size_t pos = 0;
    while (pos < text.size()) {
        char c = text[pos];
        if (static_cast<unsigned char>(c) >= 0x80) {
            std::size_t start = pos;
            if (auto cp = decode_utf8(text, pos)) {
                if (printable(*cp)) {
                    out.append(text.substr(start, pos - start));
                } else {
                    out += escaped(*cp);
                }
            } else {  // surrogateescape: byte 0xNN becomes U+DCNN
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

std::string python_list_repr(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += python_repr(items[i]);
    }
    return out + "]";
}

std::optional<std::int64_t> parse_python_int(std::string_view text, int base) {
    while (!text.empty() && ascii_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && ascii_space(text.back())) text.remove_suffix(1);
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
    std::string quoted = python_repr(text);
    std::size_t pos = 0;
    for (int chars = 0; chars < 200 && pos < quoted.size(); ++chars) {
        do {
            ++pos;
        } while (pos < quoted.size() && (static_cast<unsigned char>(quoted[pos]) & 0xC0) == 0x80);
    }
    return "invalid literal for int() with base 10: " + quoted.substr(0, pos);
}

}  // namespace sup::cli
