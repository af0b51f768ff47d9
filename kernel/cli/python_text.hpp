// The reference's error messages quote user input the way Python prints it
// (repr) and reject numbers the way Python's int() does; these reproduce
// both so our messages match byte for byte.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sup::cli {

// repr() of a str decoded from UTF-8 with surrogateescape, as Python does
// with argv: 'abc', "it's", 'a\tb', '\udcff' for an invalid byte.
std::string python_repr(std::string_view text);
// repr() of a list of str: ['a', 'b']
std::string python_list_repr(const std::vector<std::string>& items);

// int(text, base) for base 8 or 10: surrounding whitespace, a sign, "0o"
// (base 8), '_' between digits. Values beyond 64 bits saturate.
std::optional<std::int64_t> parse_python_int(std::string_view text, int base);
// The ValueError text int(text) raises.
std::string python_int_error(std::string_view text);

}  // namespace sup::cli
