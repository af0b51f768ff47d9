#include "config/expansion.hpp"

#include <cstdio>
#include <optional>
#include <string>

#include "config/python_text.hpp"
#include "config/value_problem.hpp"

namespace sup::config {
namespace {

// Hostile input must not make us allocate without bound: a width such as
// %(x)999999999s, or a value expanded into something enormous.
constexpr std::size_t kMaxWidth = 1u << 16;
constexpr std::size_t kMaxExpandedSize = 16u << 20;

struct Spec {
    bool left = false, plus = false, space = false, alternate = false, zero = false;
    std::size_t width = 0;
    std::optional<std::size_t> precision;
    char conversion = 0;
};

// Thrown inside this file for "badly formatted"; the caller adds context.
struct BadFormat {
    std::string why;
};

std::string utf8_of(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

std::string pad(std::string body, const Spec& spec) {
    const std::size_t len = code_point_count(body);
    if (len >= spec.width) return body;
    const std::string fill(spec.width - len, ' ');
    return spec.left ? body + fill : fill + body;
}

std::string format_integer(long long value, const Spec& spec) {
    unsigned base = 10;
    std::string prefix;
    if (spec.conversion == 'o') {
        base = 8;
        if (spec.alternate) prefix = "0o";
    } else if (spec.conversion == 'x' || spec.conversion == 'X') {
        base = 16;
        if (spec.alternate) prefix = spec.conversion == 'x' ? "0x" : "0X";
    }
    const bool negative = value < 0;
    unsigned long long magnitude =
        negative ? 0ull - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
    const char* digits_of = spec.conversion == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string digits;
    do {
        digits.insert(digits.begin(), digits_of[magnitude % base]);
        magnitude /= base;
    } while (magnitude != 0);
    if (spec.precision && digits.size() < *spec.precision)
        digits.insert(0, *spec.precision - digits.size(), '0');
    const std::string sign = negative ? "-" : spec.plus ? "+" : spec.space ? " " : "";
    std::string head = sign + prefix;
    if (spec.zero && !spec.left && head.size() + digits.size() < spec.width)
        digits.insert(0, spec.width - head.size() - digits.size(), '0');
    return pad(head + digits, spec);
}

std::string format_float(double value, const Spec& spec) {
    std::string fmt = "%";
    if (spec.left) fmt += '-';
    if (spec.plus) fmt += '+';
    if (spec.space) fmt += ' ';
    if (spec.alternate) fmt += '#';
    if (spec.zero) fmt += '0';
    fmt += std::to_string(spec.width);
    fmt += '.';
    fmt += std::to_string(spec.precision.value_or(6));
    fmt += spec.conversion;
    const int needed = std::snprintf(nullptr, 0, fmt.c_str(), value);
    std::string out(static_cast<std::size_t>(needed) + 1, '\0');
    std::snprintf(out.data(), out.size(), fmt.c_str(), value);
    out.resize(static_cast<std::size_t>(needed));
    return out;
}

std::string type_name(const ExpansionValue& value) {
    return std::holds_alternative<std::string>(value) ? "str" : "int";
}

std::string convert(const ExpansionValue& value, const Spec& spec) {
    const auto* text = std::get_if<std::string>(&value);
    const auto* number = std::get_if<long long>(&value);
    switch (spec.conversion) {
        case 's':
        case 'r':
        case 'a': {
            std::string body = number ? std::to_string(*number)
                               : spec.conversion == 's' ? *text
                                                        : py_repr(*text);
            if (spec.precision) {  // keeps the first `precision` code points
                std::size_t keep = 0, seen = 0;
                for (; keep < body.size(); ++keep) {
                    const bool starts_code_point = (static_cast<unsigned char>(body[keep]) & 0xC0) != 0x80;
                    if (starts_code_point && seen++ == *spec.precision) break;
                }
                body.resize(keep);
            }
            return pad(std::move(body), spec);
        }
        case 'd':
        case 'i':
        case 'u':
            if (!number)
                throw BadFormat{std::string("%") + spec.conversion +
                                " format: a real number is required, not " + type_name(value)};
            return format_integer(*number, spec);
        case 'o':
        case 'x':
        case 'X':
            if (!number)
                throw BadFormat{std::string("%") + spec.conversion +
                                " format: an integer is required, not " + type_name(value)};
            return format_integer(*number, spec);
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            if (!number) throw BadFormat{"must be real number, not " + type_name(value)};
            return format_float(static_cast<double>(*number), spec);
        case 'c':
            if (number) {
                if (*number < 0 || *number > 0x10FFFF) throw BadFormat{"%c arg not in range(0x110000)"};
                return pad(utf8_of(static_cast<char32_t>(*number)), spec);
            }
            if (code_point_count(*text) != 1) throw BadFormat{"%c requires int or char"};
            return pad(*text, spec);
        default:
            return {};  // unreachable: conversion was checked by the parser
    }
}

std::size_t read_number(std::string_view format, std::size_t& pos) {
    std::size_t value = 0;
    while (pos < format.size() && format[pos] >= '0' && format[pos] <= '9') {
        value = value * 10 + static_cast<std::size_t>(format[pos] - '0');
        if (value > kMaxWidth) throw BadFormat{"width too big"};
        ++pos;
    }
    return value;
}

std::string available_names(const Expansions& names) {
    std::string out;
    for (const auto& [name, value] : names) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

}  // namespace

std::string expand(std::string_view format, const Expansions& names, std::string_view what) {
    const auto bad = [&](const std::string& why) {
        return ValueProblem("Format string " + py_repr(format) + " for " + py_repr(what) +
                            " is badly formatted: " + why);
    };
    std::string out;
    std::size_t pos = 0;
    try {
        while (pos < format.size()) {
            const std::size_t percent = format.find('%', pos);
            out.append(format.substr(pos, percent - pos));
            if (percent == std::string_view::npos) break;
            pos = percent + 1;
            if (pos < format.size() && format[pos] == '%') {
                out += '%';
                ++pos;
                continue;
            }
            if (pos >= format.size() || format[pos] != '(')
                throw BadFormat{"a '%' must start %(name)s or be doubled as %%"};
            // The key runs to the matching parenthesis, nested ones included.
            std::size_t depth = 1, key_end = pos + 1;
            for (; key_end < format.size() && depth > 0; ++key_end) {
                if (format[key_end] == '(') ++depth;
                if (format[key_end] == ')') --depth;
            }
            if (depth > 0) throw BadFormat{"incomplete format key"};
            const std::string_view key = format.substr(pos + 1, key_end - pos - 2);
            pos = key_end;
            const auto found = names.find(key);
            if (found == names.end())
                throw ValueProblem("Format string " + py_repr(format) + " for " + py_repr(what) +
                                   " contains names (" + py_repr(key) +
                                   ") which cannot be expanded. Available names: " +
                                   available_names(names));
            Spec spec;
            for (; pos < format.size(); ++pos) {
                const char c = format[pos];
                if (c == '-') spec.left = true;
                else if (c == '+') spec.plus = true;
                else if (c == ' ') spec.space = true;
                else if (c == '#') spec.alternate = true;
                else if (c == '0') spec.zero = true;
                else break;
            }
            if (pos < format.size() && format[pos] == '*') throw BadFormat{"* wants int"};
            spec.width = read_number(format, pos);
            if (pos < format.size() && format[pos] == '.') {
                ++pos;
                if (pos < format.size() && format[pos] == '*') throw BadFormat{"* wants int"};
                spec.precision = read_number(format, pos);
            }
            if (pos < format.size() && (format[pos] == 'h' || format[pos] == 'l' || format[pos] == 'L'))
                ++pos;
            if (pos >= format.size()) throw BadFormat{"incomplete format"};
            spec.conversion = format[pos];
            if (std::string_view("srauidoxXeEfFgGc").find(spec.conversion) == std::string_view::npos) {
                char hex[16];
                std::snprintf(hex, sizeof hex, "0x%x", static_cast<unsigned char>(spec.conversion));
                throw BadFormat{"unsupported format character " +
                                py_repr(std::string_view(&format[pos], 1)) + " (" + hex + ") at index " +
                                std::to_string(code_point_count(format.substr(0, pos)))};
            }
            ++pos;
            out += convert(found->second, spec);
            if (out.size() > kMaxExpandedSize) throw BadFormat{"the expanded value is too long"};
        }
    } catch (const BadFormat& problem) {
        throw bad(problem.why);
    }
    return out;
}

}  // namespace sup::config
