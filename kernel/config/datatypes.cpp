#include "config/datatypes.hpp"

#include <charconv>
#include <limits>
#include <optional>

#include "config/paths.hpp"
#include "config/python_text.hpp"
#include "config/value_problem.hpp"

namespace sup::config {
namespace {

constexpr std::string_view kTruthy[] = {"yes", "true", "on", "1"};
constexpr std::string_view kFalsy[] = {"no", "false", "off", "0"};

bool is_one_of(std::string_view value, const std::string_view (&options)[4]) {
    for (std::string_view option : options)
        if (value == option) return true;
    return false;
}

}  // namespace

int to_integer(std::string_view text) {
    const auto value = parse_python_int(text, 10);
    if (!value) throw ValueProblem("not an integer: " + py_repr(text));
    if (*value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max())
        throw ValueProblem("integer out of range: " + py_repr(text));
    return static_cast<int>(*value);
}

bool to_boolean(std::string_view text) {
    const std::string lowered = ascii_lower(text);
    if (is_one_of(lowered, kTruthy)) return true;
    if (is_one_of(lowered, kFalsy)) return false;
    throw ValueProblem("not a valid boolean value: " + py_repr(text));
}

std::uint64_t to_byte_size(std::string_view text) {
    const std::string lowered = ascii_lower(text);
    std::string_view number = lowered;
    long long multiplier = 1;
    for (const auto& [suffix, factor] : {std::pair{"kb", 1ll << 10}, {"mb", 1ll << 20}, {"gb", 1ll << 30}}) {
        if (number.size() >= 2 && number.substr(number.size() - 2) == suffix) {
            number.remove_suffix(2);
            multiplier = factor;
            break;
        }
    }
    const auto value = parse_python_int(number, 10);
    if (!value) throw ValueProblem("not a valid byte size: " + py_repr(text));
    if (*value < 0) throw ValueProblem("a byte size cannot be negative: " + py_repr(text));
    // parse_python_int saturates past 64 bits; the maximum itself is too big.
    if (*value >= std::numeric_limits<std::int64_t>::max() / multiplier)
        throw ValueProblem("byte size out of range: " + py_repr(text));
    return static_cast<std::uint64_t>(*value * multiplier);
}

unsigned to_octal(std::string_view text) {
    const auto value = parse_python_int(text, 8);
    if (!value || *value < 0) throw ValueProblem(std::string(text) + " can not be converted to an octal type");
    if (*value > 07777) throw ValueProblem(std::string(text) + " is not a file mode (at most 7777)");
    return static_cast<unsigned>(*value);
}

AutoRestart to_auto_restart(std::string_view text) {
    const std::string lowered = ascii_lower(text);
    if (is_one_of(lowered, kTruthy)) return AutoRestart::Always;
    if (is_one_of(lowered, kFalsy)) return AutoRestart::Never;
    if (lowered == "unexpected") return AutoRestart::Unexpected;
    throw ValueProblem("invalid 'autorestart' value " + py_repr(lowered));
}

LogLevel to_log_level(std::string_view text) {
    static constexpr std::pair<std::string_view, LogLevel> kLevels[] = {
        {"critical", LogLevel::Critical}, {"error", LogLevel::Error}, {"warn", LogLevel::Warn},
        {"info", LogLevel::Info},         {"debug", LogLevel::Debug}, {"trace", LogLevel::Trace},
        {"blather", LogLevel::Blather}};
    const std::string lowered = ascii_lower(text);
    for (const auto& [name, level] : kLevels)
        if (lowered == name) return level;
    throw ValueProblem("bad logging level name " + py_repr(text));
}

std::vector<std::string> to_list_of_strings(std::string_view text) {
    std::vector<std::string> items;
    if (text.empty()) return items;
    std::size_t pos = 0;
    while (true) {
        const std::size_t comma = text.find(',', pos);
        items.emplace_back(py_strip(text.substr(pos, comma - pos)));
        if (comma == std::string_view::npos) break;
        pos = comma + 1;
    }
    return items;
}

std::vector<int> to_exit_codes(std::string_view text) {
    std::vector<int> codes;
    if (text.empty()) return codes;
    std::size_t pos = 0;
    while (true) {
        const std::size_t comma = text.find(',', pos);
        const auto code = parse_python_int(text.substr(pos, comma - pos), 10);
        if (!code || *code < 0 || *code > 255)
            throw ValueProblem("not a valid list of exit codes: " + py_repr(text));
        codes.push_back(static_cast<int>(*code));
        if (comma == std::string_view::npos) break;
        pos = comma + 1;
    }
    return codes;
}

LogfileValue to_logfile(std::string_view text) {
    const std::string lowered = ascii_lower(text);
    if (lowered == "none" || lowered == "off") return {LogfileValue::Kind::None, {}};
    if (lowered == "auto") return {LogfileValue::Kind::Auto, {}};
    if (lowered == "syslog") return {LogfileValue::Kind::Syslog, {}};
    return {LogfileValue::Kind::Path, existing_dirpath(text)};
}

int to_port_number(std::string_view text) {
    const auto value = parse_python_int(text, 10);
    if (!value) throw ValueProblem("not an integer: " + py_repr(text));
    if (*value < 1) throw ValueProblem(std::to_string(*value) + " is below lower bound (1)");
    if (*value > 65535) throw ValueProblem(std::to_string(*value) + " is above upper bound (65535)");
    return static_cast<int>(*value);
}

std::pair<std::string, int> to_inet_address(std::string_view text) {
    const std::size_t colon = text.rfind(':');
    if (colon == std::string_view::npos) {
        try {
            return {"", to_port_number(text)};
        } catch (const ValueProblem&) {
            throw ValueProblem("not a valid port number: " + py_repr(text));
        }
    }
    const std::string_view port = text.substr(colon + 1);
    if (port.empty()) throw ValueProblem("no port number specified in " + py_repr(port));
    const int number = to_port_number(port);
    std::string host = ascii_lower(text.substr(0, colon));
    if (host == "*") host.clear();
    return {host, number};
}

std::string to_process_or_group_name(std::string_view text) {
    const std::string_view name = py_strip(text);
    for (char bad : {' ', ':', '/'}) {
        if (name.find(bad) != std::string_view::npos)
            throw ValueProblem("Invalid name: " + py_repr(text) + " because of character: " +
                               py_repr(std::string_view(&bad, 1)));
    }
    if (name.empty()) throw ValueProblem("Invalid name: " + py_repr(text) + " because it is empty");
    return std::string(name);
}

}  // namespace sup::config
