// String primitives with the exact semantics of the Python str methods the
// reference's config parsing relies on (whitespace, strip, split, repr).
// Text is UTF-8; Python works on code points, so do these.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sup::config {

// Length in bytes of the whitespace character (as Python's str.isspace sees
// it, including the Unicode spaces) starting at `pos`, or 0.
std::size_t space_length_at(std::string_view text, std::size_t pos);

// True when the character that ends right before `pos` is whitespace.
bool space_before(std::string_view text, std::size_t pos);

// str.strip() / str.rstrip() / str.split() with no arguments.
std::string_view py_strip(std::string_view text);
std::string_view py_rstrip(std::string_view text);
std::vector<std::string_view> py_split(std::string_view text);

// Number of code points in `text` (invalid bytes count one each).
std::size_t code_point_count(std::string_view text);

// Byte offset of the first invalid UTF-8 sequence, or npos.
std::size_t invalid_utf8_offset(std::string_view text);

std::string ascii_lower(std::string_view text);
std::string ascii_upper(std::string_view text);

// repr() of a str decoded from UTF-8 with surrogateescape, as Python does
// with argv and files: 'abc', "it's", 'a\tb', '\udcff' for an invalid byte.
std::string py_repr(std::string_view text);
// repr() of a list of str: ['a', 'b']
std::string py_list_repr(const std::vector<std::string>& items);

// int(text, base) for base 8 or 10: surrounding whitespace, a sign, "0o"
// (base 8), '_' between digits. Values beyond 64 bits saturate.
std::optional<std::int64_t> parse_python_int(std::string_view text, int base);
// The ValueError text int(text) raises.
std::string python_int_error(std::string_view text);

}  // namespace sup::config
