// Reading config files from disk, bounded, and finding [include] matches.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sup::config {

// The whole file, or nullopt with `why` set when it cannot be opened or
// read. Throws ConfigError when it is larger than kMaxConfigFileSize.
std::optional<std::string> try_read_config_file(const std::string& path, std::string& why);

// The same for the main file, which must be there: throws ConfigError
// "could not find config file X" / "could not read config file X" (the
// reference's words).
std::string read_config_file(const std::string& path);

// glob.glob(pattern) sorted: the matching paths in byte order; none is an
// empty list.
std::vector<std::string> sorted_glob(const std::string& pattern);

}  // namespace sup::config
