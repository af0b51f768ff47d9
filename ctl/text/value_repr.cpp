#include "text/value_repr.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "config/python_text.hpp"
#include "rpc/xmlrpc_value.hpp"

namespace sup::ctl {
namespace {

std::string bytes_repr(std::string_view bytes) {
    const bool has_single = bytes.find('\'') != std::string_view::npos;
    const char quote = has_single && bytes.find('"') == std::string_view::npos ? '"' : '\'';
    std::string out = "b";
    out += quote;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == quote || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (byte < 0x20 || byte >= 0x7F) {
            char escape[5];
            std::snprintf(escape, sizeof escape, "\\x%02x", byte);
            out += escape;
        } else {
            out += c;
        }
    }
    out += quote;
    return out;
}

}  // namespace

std::string python_float_repr(double number) {
    if (std::isnan(number)) return "nan";
    if (std::isinf(number)) return number < 0 ? "-inf" : "inf";
    // Shortest round-trip digits, laid out by Python's rule: positional
    // notation for decimal exponents -4..15, scientific otherwise.
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::scientific);
    const std::string_view scientific(buffer, static_cast<std::size_t>(result.ptr - buffer));
    const std::size_t e = scientific.find('e');
    std::string sign, digits;
    for (const char c : scientific.substr(0, e)) {
        if (c == '-') sign = "-";
        else if (c != '.') digits += c;
    }
    const int exponent = std::stoi(std::string(scientific.substr(e + 1)));
    if (exponent < -4 || exponent >= 16) {
        std::string out = sign + digits.substr(0, 1);
        if (digits.size() > 1) out += "." + digits.substr(1);
        char exponent_text[16];
        std::snprintf(exponent_text, sizeof exponent_text, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        return out + exponent_text;
    }
    if (exponent < 0) return sign + "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
    const auto integer_digits = static_cast<std::size_t>(exponent) + 1;
    if (digits.size() <= integer_digits)
        return sign + digits + std::string(integer_digits - digits.size(), '0') + ".0";
    return sign + digits.substr(0, integer_digits) + "." + digits.substr(integer_digits);
}

std::string python_str(const Value& value) {
    if (const auto* text = std::get_if<std::string>(&value.data)) return *text;
    return python_repr(value);
}

std::string python_repr(const Value& value) {
    struct Printer {
        std::string operator()(const Nil&) const { return "None"; }
        std::string operator()(std::int64_t v) const { return std::to_string(v); }
        std::string operator()(bool v) const { return v ? "True" : "False"; }
        std::string operator()(double v) const { return python_float_repr(v); }
        std::string operator()(const std::string& v) const { return config::py_repr(v); }
        std::string operator()(const DateTime& v) const { return "<DateTime " + config::py_repr(v.iso8601) + ">"; }
        std::string operator()(const Binary& v) const { return bytes_repr(v.bytes); }
        std::string operator()(const Array& items) const {
            std::string out = "[";
            for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + python_repr(items[i]);
            return out + "]";
        }
        std::string operator()(const Struct& members) const {
            std::string out = "{";
            for (std::size_t i = 0; i < members.size(); ++i)
                out += (i ? ", " : "") + config::py_repr(members[i].first) + ": " + python_repr(members[i].second);
            return out + "}";
        }
    };
    return std::visit(Printer{}, value.data);
}

}  // namespace sup::ctl
