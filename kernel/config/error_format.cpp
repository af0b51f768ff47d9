#include "config/error_format.hpp"

#include "config/python_text.hpp"

namespace sup::config {

std::string describe_location(const SourceLocation& where) {
    std::string out = "(file: " + py_repr(where.file);
    if (where.line > 0) out += ", line " + std::to_string(where.line);
    return out + ")";
}

ConfigError value_error(std::string_view section, std::string_view key, const SourceLocation& where,
                        std::string_view detail) {
    return ConfigError("Invalid value for " + py_repr(key) + " in section " + py_repr(section) + " " +
                       describe_location(where) + ": " + std::string(detail));
}

ConfigError section_error(std::string_view section, const SourceLocation& where, std::string_view detail) {
    return ConfigError(std::string(detail) + " in section " + py_repr(section) + " " + describe_location(where));
}

ConfigError file_error(const SourceLocation& where, std::string_view detail) {
    return ConfigError(std::string(detail) + " " + describe_location(where));
}

}  // namespace sup::config
