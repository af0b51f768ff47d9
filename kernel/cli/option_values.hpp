// Converters for supervisord's option values, each accepting what the
// reference accepts and refusing with the reason the reference gives
// (the text after "invalid value for -x 'v': ").
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "config/model.hpp"

namespace sup::cli {

template <typename T>
struct Converted {
    std::optional<T> value;
    std::string error;  // set when value is not
};

// Python int(); values beyond int's range are clamped.
Converted<int> to_integer(std::string_view text);
// "1024", "10KB", "5mb", "1GB" (suffixes case-insensitive). Negative means
// "no limit" to the reference, the same as 0, so it becomes 0.
Converted<std::uint64_t> to_byte_size(std::string_view text);
// Octal, e.g. "022" or "0o22".
Converted<unsigned> to_umask(std::string_view text);
// critical error warn info debug trace blather (any case).
Converted<config::LogLevel> to_log_level(std::string_view text);
// "~" expanded; must name an existing directory.
Converted<std::string> to_existing_directory(const std::string& text);
// "~" expanded; its directory part, if any, must exist.
Converted<std::string> to_file_in_existing_directory(const std::string& text);
// A user name or numeric uid that exists in the passwd database.
Converted<uid_t> to_uid(const std::string& text);

}  // namespace sup::cli
