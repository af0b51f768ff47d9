#include "cli/option_values.hpp"

#include <pwd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <utility>

#include "cli/path_text.hpp"
#include "config/python_text.hpp"

namespace sup::cli {
namespace {

std::string lowercase(std::string_view text) {
    std::string out(text);
    std::ranges::transform(out, out.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

template <typename T>
Converted<T> refuse(std::string reason) {
    return {std::nullopt, std::move(reason)};
}

}  // namespace

Converted<int> to_integer(std::string_view text) {
    auto parsed = config::parse_python_int(text, 10);
    if (!parsed) return refuse<int>(config::python_int_error(text));
    constexpr std::int64_t lowest = std::numeric_limits<int>::min();
    constexpr std::int64_t highest = std::numeric_limits<int>::max();
    return {static_cast<int>(std::clamp(*parsed, lowest, highest)), {}};
}

Converted<std::uint64_t> to_byte_size(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, std::uint64_t>, 3> suffixes{{
        {"kb", 1024ull}, {"mb", 1024ull * 1024}, {"gb", 1024ull * 1024 * 1024}}};
    std::string lower = lowercase(text);
    std::string_view number = lower;
    std::uint64_t multiplier = 1;
    for (const auto& [suffix, factor] : suffixes) {
        if (lower.size() >= suffix.size() && lower.ends_with(suffix)) {
            number.remove_suffix(suffix.size());
            multiplier = factor;
            break;
        }
    }
    auto parsed = config::parse_python_int(number, 10);
    if (!parsed) return refuse<std::uint64_t>(config::python_int_error(number));
    if (*parsed <= 0) return {0, {}};
    auto count = static_cast<std::uint64_t>(*parsed);
    constexpr auto most = std::numeric_limits<std::uint64_t>::max();
    return {count > most / multiplier ? most : count * multiplier, {}};
}

Converted<unsigned> to_umask(std::string_view text) {
    auto parsed = config::parse_python_int(text, 8);
    if (!parsed || *parsed < 0 || *parsed > 07777) {
        return refuse<unsigned>(std::string(text) + " can not be converted to an octal type");
    }
    return {static_cast<unsigned>(*parsed), {}};
}

Converted<config::LogLevel> to_log_level(std::string_view text) {
    using config::LogLevel;
    static constexpr std::array<std::pair<std::string_view, LogLevel>, 7> names{{
        {"critical", LogLevel::Critical}, {"error", LogLevel::Error}, {"warn", LogLevel::Warn},
        {"info", LogLevel::Info}, {"debug", LogLevel::Debug}, {"trace", LogLevel::Trace},
        {"blather", LogLevel::Blather}}};
    std::string lower = lowercase(text);
    for (const auto& [name, level] : names) {
        if (lower == name) return {level, {}};
    }
    return refuse<LogLevel>("bad logging level name " + config::py_repr(text));
}

Converted<std::string> to_existing_directory(const std::string& text) {
    std::string expanded = path_expand_user(text);
    if (path_is_directory(expanded)) return {expanded, {}};
    return refuse<std::string>(text + " is not an existing directory");
}

Converted<std::string> to_file_in_existing_directory(const std::string& text) {
    std::string expanded = path_expand_user(text);
    std::string directory = path_dirname(expanded);
    if (directory.empty() || path_is_directory(directory)) return {expanded, {}};
    return refuse<std::string>("The directory named as part of the path " + text +
                               " does not exist");
}

Converted<uid_t> to_uid(const std::string& text) {
    if (auto number = config::parse_python_int(text, 10)) {
        if (*number < 0 || *number > std::numeric_limits<uid_t>::max() ||
            getpwuid(static_cast<uid_t>(*number)) == nullptr) {
            return refuse<uid_t>("Invalid user id " + text);
        }
        return {static_cast<uid_t>(*number), {}};
    }
    const passwd* entry = getpwnam(text.c_str());
    if (entry == nullptr) return refuse<uid_t>("Invalid user name " + text);
    return {entry->pw_uid, {}};
}

}  // namespace sup::cli
