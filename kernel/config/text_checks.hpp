// Checks every config text passes before either front end reads it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sup::config {

inline constexpr std::size_t kMaxConfigFileSize = 16u << 20;  // 16 MiB

// Rejects (ConfigError naming file and line) text that is too large,
// contains a NUL byte, or is not UTF-8.
void check_config_text(std::string_view text, const std::string& file);

// Text without a leading UTF-8 byte order mark.
std::string_view strip_byte_order_mark(std::string_view text);

}  // namespace sup::config
