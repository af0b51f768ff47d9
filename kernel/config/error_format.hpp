// The wording of config errors and warnings, in one place so every message
// has the same shape:
//   Invalid value for 'KEY' in section 'SECTION' (file: 'F', line N): DETAIL
//   DETAIL in section 'SECTION' (file: 'F', line N)
//   DETAIL (file: 'F', line N)
#pragma once

#include <string>
#include <string_view>

#include "config/load.hpp"
#include "config/model.hpp"

namespace sup::config {

// "(file: 'F', line N)", or "(file: 'F')" when the line is unknown.
std::string describe_location(const SourceLocation& where);

ConfigError value_error(std::string_view section, std::string_view key, const SourceLocation& where,
                        std::string_view detail);
ConfigError section_error(std::string_view section, const SourceLocation& where, std::string_view detail);
ConfigError file_error(const SourceLocation& where, std::string_view detail);

}  // namespace sup::config
