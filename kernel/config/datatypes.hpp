// Converters from a config value's text to a typed value, one per datatype
// of the reference (datatypes.py). Each throws ValueProblem with the
// reference's wording for what is wrong.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "config/model.hpp"

namespace sup::config {

int to_integer(std::string_view text);             // Python int(), in int range
bool to_boolean(std::string_view text);            // true/false/yes/no/on/off/1/0
std::uint64_t to_byte_size(std::string_view text);  // 1024, 50KB, 50MB, 1GB
unsigned to_octal(std::string_view text);          // 022, 0o22, at most 07777
AutoRestart to_auto_restart(std::string_view text);
LogLevel to_log_level(std::string_view text);
std::vector<std::string> to_list_of_strings(std::string_view text);  // a, b,c
std::vector<int> to_exit_codes(std::string_view text);               // 0,2 (0..255)

// stdout_logfile / stderr_logfile. The deprecated "syslog" value is its
// own kind here; the caller rewrites it as the reference does.
struct LogfileValue {
    enum class Kind { Auto, None, Syslog, Path } kind;
    std::string path;
};
LogfileValue to_logfile(std::string_view text);

// [inet_http_server] port: "host:port", "*:port", ":port" or "port".
std::pair<std::string, int> to_inet_address(std::string_view text);
int to_port_number(std::string_view text);  // 1..65535

// A program, group or process name: stripped, without ' ', ':' or '/'.
std::string to_process_or_group_name(std::string_view text);

}  // namespace sup::config
